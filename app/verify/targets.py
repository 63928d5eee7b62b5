"""On whom it was done: "Amaral put both hands on Holloway's shoulders" where the witness says
"the lady put both hands on Sofia's shoulders", and Sofia is Amaral."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.verify.checks import fmt_time
from app.verify.doers import NOT_ACTS, told
from app.verify.index import Match, SegmentIndex
from app.verify.speech import clip
from app.verify.text import Token, tokenize
from app.verify.vocab import NOT_NAMES

# one named person acting on another: "Amaral put both hands on Holloway's shoulders",
# "Voss then shoved Albrecht"
_ACT_ON = re.compile(r"(?-i:\b([A-Z][a-z'-]+|[VSWC]\d{1,2}|R/P))\s+(?:then\s+|first\s+|also\s+)?"
                     r"([a-z]+)\b((?:\s+[a-z]+){0,4}?)\s+"
                     r"(?-i:([A-Z][a-z-]+|[VSWC]\d{1,2}|R/P))(?:'s)?(?![\w/])")
# acts that say nothing of who did what to whom (and words that join or place, not act)
_NOT_ACTS = NOT_ACTS | frozenset({"with", "called", "asked", "saw", "heard", "met", "contacted",
                                  "identified", "than", "from", "by", "for"})
# light verbs that act on someone all the same ("put both hands on Holloway's shoulders")
_HANDS_ON = frozenset({"put", "plac", "laid", "lay"})
# what may stand between an act and the one it is done to ("pushed her, Sofia", "grabbed
# the, uh, Sofia's arm")
_REACH = 6


def target_swap(text: str, match: Match, index: SegmentIndex, ids: dict[str, str]
                ) -> str | None:
    """The report has A acting on B where its passage has the act done to A (by someone
    named or not), and nowhere to B."""
    if not match.ranked:
        return None
    # every name may open an act, also the one another act ends on ("W1 stated Amaral put")
    starts = (_ACT_ON.match(text, w.start()) for w in re.finditer(r"\b(?-i:[A-Z])", text))
    for m in (m for m in starts if m is not None):
        doer, verb, target = m.group(1).lower(), m.group(2), m.group(4).lower()
        if verb in _NOT_ACTS or doer in NOT_NAMES or target in NOT_NAMES or \
                doer not in ids or target not in ids or ids[doer] == ids[target]:
            continue
        act = tokenize(verb)
        if not act or not (act[0].content or act[0].norm in _HANDS_ON):
            continue
        done_to = _done_to(told(match, index), index, act[0].norm, ids)
        if ids[target] in done_to.values() or ids[doer] not in done_to.values():
            continue
        i = next(i for i, who in done_to.items() if who == ids[doer])
        seg = index.segments[i]
        return (f"The report has {m.group(1)} doing this to {m.group(4)} ('{verb}'), but at "
                f"{fmt_time(seg.start)} the recording has it done to {m.group(1)}: "
                f"'{clip(seg.text)}'.")
    return None


def _done_to(places: Sequence[int], index: SegmentIndex, act: str, ids: dict[str, str]
             ) -> dict[int, str]:
    """For each place, the person the act is done to there (the first name after it in the
    same sentence), by their key in `ids`."""
    out: dict[int, str] = {}
    voices = index.speaker_names()
    for i in places:
        said = index.segments[i].text
        words = tokenize(said)
        # "she pushed me" in a voice the recording ties to a name
        me = {ids[n] for n in voices.get(index.segments[i].speaker or "", ()) if n in ids}
        for k, t in enumerate(words):
            if t.norm != act:
                continue
            if k + 1 < len(words) and words[k + 1].surface.lower() == "me" and len(me) == 1:
                out.setdefault(i, next(iter(me)))
                continue
            who = _name_after(said, words, k)
            if who is not None and who in ids:
                out.setdefault(i, ids[who])
    return out


def _name_after(said: str, words: Sequence[Token], k: int) -> str | None:
    """The name of a person within a few words after the act at word k, in its sentence."""
    for j in range(k + 1, min(len(words), k + 1 + _REACH)):
        if re.search(r"[.?!;]", said[words[j - 1].end:words[j].start]):
            return None
        w = words[j]
        if w.surface[:1].isupper() and w.surface.lower() not in NOT_NAMES and \
                w.surface.lower() != "i":
            return w.surface.lower().removesuffix("'s")
    return None
