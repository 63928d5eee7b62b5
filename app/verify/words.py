"""The unit both sides of the verifier compare: a normalised token, and the stemmer and
synonym heads that make "stated" meet "said" and "car" meet "vehicle"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.verify.vocab import IRREGULAR, SYNONYMS


@dataclass(frozen=True, slots=True)
class Token:
    norm: str  # the comparable form: stem, digits, "t21:40", "p7klm241"
    kind: str  # "word", "num", "time", "plate", "neg"
    start: int  # character offsets into the source text
    end: int
    surface: str  # the text as written, for quoting
    content: bool  # counts towards support (not a stopword)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A small, consistent suffix stripper (the same on both sides, so crude is fine)."""
    w = word.lower()
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    if w in IRREGULAR:
        base = IRREGULAR[w]
        return base if base == w else stem(base)
    if len(w) <= 3:
        return w
    if len(w) > 4 and w.endswith(("eed", "ees")):
        w = w[:-1]  # "agreed", "agrees" -> "agree", the same stem as "agree" itself
    for suffix, repl in (("ness", ""), ("ies", "y"), ("ied", "y"), ("ing", ""), ("edly", ""),
                         ("ed", ""),
                         ("es", ""), ("ly", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= (4 if suffix == "ness" else 3):
            if suffix == "s" and w.endswith("ss"):
                break  # "press", "glass", "address": no plural to strip
            w = w[: -len(suffix)] + repl
            break
    if len(w) > 3 and w.endswith("e") and not w.endswith("ee"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w


_SYNONYM_STEMS: dict[str, str] = {}


@lru_cache(maxsize=65536)
def canonical(word: str) -> str:
    """Stem, then map to the shared synonym head ("vehicle" for car/truck/auto...)."""
    if not _SYNONYM_STEMS:
        for member, head in SYNONYMS.items():
            _SYNONYM_STEMS.setdefault(stem(member), head)
    low = word.lower()
    if low in SYNONYMS:
        return SYNONYMS[low]
    s = stem(low)
    return _SYNONYM_STEMS.get(s) or SYNONYMS.get(s) or s


def next_token(tokens: Sequence[Token], tok: Token) -> Token | None:
    """The word said right after `tok` in its turn (a speaker label's tokens never are)."""
    later = [t for t in tokens if t.start >= tok.end and t.end > 0]
    return min(later, key=lambda t: t.start) if later else None


def pause_after(tokens: Sequence[Token], tok: Token) -> bool:
    """Whether a comma, a full stop or the turn's end follows `tok` ("Dad, that's a scam",
    "before."), not the next word of the sentence."""
    nxt = next_token(tokens, tok)
    return nxt is None or nxt.start - tok.end > 1


def is_question(text: str) -> bool:
    """Whether a turn asks rather than states ("Did you see a gun?"): it asserts nothing. A
    turn the recogniser left unpunctuated asks where its last sentence opens as a question
    does ("Mateo, do you want to press charges")."""
    text = text.rstrip()
    if text.endswith("?"):
        return True
    return not text.endswith((".", "!")) and bool(_ASKS.match(turn_sentences(text)[-1]))


# a question by its opening, after a name or "sir" it is put to
_ASKS = re.compile(r"(?:[\w'.]+,\s*)?(?:do|does|did|are|is|was|were|can|could|will|would|have|"
                   r"has|should)\s+(?:you|he|she|they|it|we|there|anyone|anybody|somebody)\b",
                   re.IGNORECASE)


def turn_sentences(text: str) -> list[str]:
    """The sentences of one spoken turn ("Your license is valid. Any questions?")."""
    return _TURN_BREAK.split(text.strip()) or [""]


# a sentence ends at . ! ? but not at a title ("Have you had anything to drink, Mr. Ferris?")
_TURN_BREAK = re.compile(r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)"
                         r"(?<=[.!?])\s+")
