"""When a spoken number is a clock time: said with a time word, in the claim's hour, or as
"at five" rather than "five or six times"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.verify.numbers import COUNT_WORDS
from app.verify.text import Token

CLOCK_WORDS = re.compile(r":|\b(?:[ap]\.?m\b|hours|hrs|o'clock|quarter|half past)",
                          re.IGNORECASE)


def same_hour(claimed: str, tok: Token) -> bool:
    """An hour and its minutes said together ("twelve forty?") in the claim's hour (0014
    hours): a time, though no time word comes before it."""
    if not _hour_and_minutes(claimed, tok):
        return False
    hour, said = int(claimed[1:3]) % 12, int(tok.norm[1:3]) % 12
    # ... or the claim's minutes an hour off ("twelve thirty" for 1330 hours)
    return (hour == said and claimed[4:] != tok.norm[4:]) or (
        claimed[4:] == tok.norm[4:] != "00" and (hour - said) % 12 in (1, 11))


def near_hour(claimed: str, tokens: Sequence[Token], tok: Token) -> bool:
    """An hour and its minutes said together an hour or two from the claim's time ("maybe
    like six fifteen" for 0545 hours, "eleven forty last night" for 2140 hours): a time, but
    not the number of a building ("three ten Mercer Street") or a unit's call sign ("Unit four
    twelve", "Four twelve, copy")."""
    if not _hour_and_minutes(claimed, tok) or tok.norm[4:] == "00":
        return False
    if (int(claimed[1:3]) - int(tok.norm[1:3])) % 12 not in (1, 2, 10, 11):
        return False
    words = [t for t in tokens if t.kind == "word" and t.end > 0]  # (not the speaker label)
    before = [t for t in words if t.end <= tok.start]
    after = [t for t in words if t.start >= tok.end]
    if not before or before[-1].surface.lower() in ("unit", "car", "units", "badge", "number",
                                                     "room", "suite", "apartment", "lot"):
        return False
    return not (after and (after[0].surface[:1].isupper() or after[0].surface.lower() in
                           COUNT_WORDS) and after[0].start - tok.end <= 1)


def _hour_and_minutes(claimed: str, tok: Token) -> bool:
    """Whether a claim's clock time meets a time said in two words ("six fifteen")."""
    return " " in tok.surface.strip() and claimed.startswith("t") and tok.norm[:1] == "t"


def said_as_time(tokens: Sequence[Token], tok: Token) -> bool:
    """A spoken hour is the claim's time where it is said as a time ("at five", "five
    thirty"), not where it counts ("five or six times")."""
    if tok.kind != "time":
        return False
    after = sorted((t for t in tokens if t.start >= tok.end and t.kind == "word"),
                   key=lambda t: t.start)
    nxt = after[0].surface.lower() if after else ""
    # ("three and a half hours")
    if [t.surface.lower() for t in after[:3]] == ["and", "a", "half"] and len(after) > 3 and \
            after[3].surface.lower() in _COUNTED:
        return False
    return nxt not in _COUNTED or " " in tok.surface.strip() or not tok.surface[:1].isalpha()


_COUNTED = COUNT_WORDS | {"or", "time"}  # ("five or six times")
