"""Lexical retrieval of transcript segments for a claim: an inverted index, numpy scoring.

A claim is scored against every window of neighbouring segments at once: for each of its
content terms, a presence vector over segments is widened to the window by a cumulative sum,
and the IDF-weighted sum over terms gives the share of the claim's content the window holds.
The cost is O(terms x segments) per claim with no Python loop over segments.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from app.domain import Segment
from app.verify.speakers import speaker_names, turn_names
from app.verify.text import Token, canonical, tokenize
from app.verify.vocab import LOW_WEIGHT, PHRASE_ALIASES

FloatArray = npt.NDArray[np.float64]
SUPPORTED = 0.62  # share of a claim's weighted content found in one window
WEAK = 0.42  # below this a claim is flagged for the officer to check
UNSUPPORTED = 0.2  # below this the recording holds next to nothing of the claim
# in normalised form, so that "male" meets the stem of "males"
_LOW_WEIGHT = frozenset({*LOW_WEIGHT, *(canonical(w) for w in LOW_WEIGHT)})


@dataclass(frozen=True, slots=True)
class Match:
    """The best window for a claim: its centre, its segments and what it covers."""

    score: float  # IDF-weighted share of the claim's content found in the window
    centre: int  # segment index (not id) that holds most of the claim
    window: tuple[int, ...]  # segment indices in the window, in order
    ranked: tuple[int, ...]  # window segments holding claim terms, best first
    covered: frozenset[str]
    missing: frozenset[str]  # claim terms absent from the window
    absent: frozenset[str]  # claim terms absent from the whole transcript
    segment_scores: dict[int, float] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)

    def score_without(self, norms: frozenset[str]) -> float:
        """The window's share of the claim once the given terms are set aside."""
        rest = [t for t in self.weights if t not in norms]
        total = sum(self.weights[t] for t in rest)
        if total <= 0:
            return 0.0
        return sum(self.weights[t] for t in rest if t in self.covered) / total

    def held_without(self, norms: frozenset[str]) -> float:
        """The window's share of the claim, counting the given terms as unsaid."""
        total = sum(self.weights.values())
        if total <= 0:
            return 0.0
        return sum(w for t, w in self.weights.items()
                   if t in self.covered and t not in norms) / total


_ROLE_LABELS = frozenset([
    "officer", "ofc", "deputy", "sergeant", "sgt", "trooper", "detective", "dispatch", "dispatcher",
    "driver", "passenger", "victim", "suspect", "witness", "resident", "homeowner", "owner",
    "manager", "bartender", "mother", "father", "man", "woman", "male", "female", "caller",
    "neighbor", "neighbour", "speaker", "unknown", "child", "boy", "girl", "clerk", "employee",
    "security", "medic", "paramedic", "nurse", "doctor", "person", "subject", "complainant",
    "agent", "client", "customer", "host", "guest", "interviewer", "sales", "rep", "representative",
    "police", "unit",
])


_ALIASES = [(re.compile(p, re.IGNORECASE), norm) for p, norm in PHRASE_ALIASES]


def _alias_tokens(text: str) -> list[Token]:
    return [Token(norm, "word", m.start(), m.end(), m.group(0), True)
            for pattern, norm in _ALIASES if (m := pattern.search(text))]


def _name_tokens(speaker: str | None) -> list[Token]:
    """Tokens of the name in a speaker label ("Sandra", "SGT OKAFOR" -> Okafor, "Ofc. Lee"),
    none for a bare role or "Speaker 1"."""
    if not speaker or any(ch.isdigit() for ch in speaker):
        return []
    words = [t for t in tokenize(speaker) if t.kind == "word"
             and t.surface.lower().rstrip(".") not in _ROLE_LABELS | _TITLES]
    return [Token(t.norm, t.kind, 0, 0, t.surface, t.content) for t in words]


_TITLES = frozenset({"sgt", "ofc", "det", "cpl", "lt", "capt", "dep", "tpr", "sro", "mr", "mrs",
                     "ms", "dr", "chief", "sergeant", "lieutenant", "captain", "corporal"})


class SegmentIndex:
    def __init__(self, segments: Sequence[Segment], window: int = 1) -> None:
        self.segments = tuple(segments)
        self.window = window
        # a speaker's name is part of what the recording holds ("Ann asks Mike ...")
        self.tokens: list[list[Token]] = [
            tokenize(s.text, spoken=True) + _name_tokens(s.speaker) + _alias_tokens(s.text)
            for s in self.segments]
        self.n = len(self.segments)
        postings: dict[str, list[int]] = {}
        for i, toks in enumerate(self.tokens):
            for norm in {t.norm for t in toks if t.content}:
                postings.setdefault(norm, []).append(i)
        self.postings = {k: np.asarray(v, dtype=np.int64) for k, v in postings.items()}
        self._max_idf = math.log((self.n + 1) / 0.5) + 1.0
        self._cache: dict[str, FloatArray] = {}
        self._speakers: dict[str, frozenset[str]] | None = None
        self._turns: dict[int, frozenset[str]] | None = None

    def idf(self, norm: str) -> float:
        post = self.postings.get(norm)
        df = 0 if post is None else len(post)
        return math.log((self.n + 1) / (df + 0.5)) + 1.0

    def weight(self, norm: str) -> float:
        base = self.idf(norm) if norm in self.postings else self._max_idf
        if norm in _LOW_WEIGHT:
            base *= 0.3
        return base

    def minor(self, norm: str) -> bool:
        """A word that carries little of a claim (attribution, roles): not worth quoting."""
        return norm in _LOW_WEIGHT

    def has(self, norm: str) -> bool:
        return norm in self.postings

    def _window_presence(self, norm: str) -> FloatArray:
        cached = self._cache.get(norm)
        if cached is not None:
            return cached
        presence = np.zeros(self.n + 2 * self.window + 1, dtype=np.float64)
        presence[self.postings[norm] + self.window + 1] = 1.0
        csum = np.cumsum(presence)
        w = self.window
        # window [i-w, i+w] in original indices, via the padded cumulative sum
        out = (csum[2 * w + 1:] - csum[: self.n]) > 0
        result = out.astype(np.float64)
        self._cache[norm] = result
        return result

    def best(self, norms: Sequence[str], anywhere: frozenset[str] = frozenset()
             ) -> Match | None:
        """The window holding most of the terms. Terms in `anywhere` (people the recording
        names) count as held by every window: a person is named once and then called "he" or
        "you", so a name must not pull the evidence to the introduction."""
        terms = sorted(set(norms))
        if not terms or self.n == 0:
            return None
        weights = {t: self.weight(t) for t in terms}
        total = sum(weights.values())
        present = [t for t in terms if t in self.postings]
        if not present:
            return Match(0.0, 0, (), (), frozenset(), frozenset(terms), frozenset(terms),
                         weights=weights)
        win = np.zeros(self.n, dtype=np.float64)
        single = np.zeros(self.n, dtype=np.float64)
        for t in present:
            if t in anywhere:
                win += weights[t]
                single += weights[t]
                # where the name itself is said breaks a tie ("Jordan Pike. I didn't push")
                single[self.postings[t]] += 0.05 * weights[t]
            else:
                win += weights[t] * self._window_presence(t)
                single[self.postings[t]] += weights[t]
        # the window score decides; the centre's own score breaks ties, then earliest wins
        combined = win * 1000.0 + single
        centre = int(np.argmax(combined))
        lo, hi = max(0, centre - self.window), min(self.n, centre + self.window + 1)
        window = tuple(range(lo, hi))
        covered = {t for t in present if t in anywhere or any(self._in(t, i) for i in window)}
        seg_scores = {i: float(single[i]) / total for i in window if single[i] > 0}
        ranked = tuple(sorted(seg_scores, key=lambda i: (-seg_scores[i], i)))
        return Match(
            score=float(win[centre]) / total,
            centre=centre,
            window=window,
            ranked=ranked,
            covered=frozenset(covered),
            missing=frozenset(set(terms) - covered),
            absent=frozenset(t for t in terms if t not in self.postings),
            segment_scores=seg_scores,
            weights=weights,
        )

    def second(self, first: Match, norms: Sequence[str], anywhere: frozenset[str] = frozenset()
               ) -> Match | None:
        """The best window for what `first` left uncovered, scored as a share of the whole
        claim; None when it adds nothing or overlaps the first window."""
        rest = [t for t in set(norms) if t in first.missing and t in self.postings]
        if not rest:
            return None
        found = self.best(rest, anywhere)
        if found is None or not found.covered or set(found.window) & set(first.window):
            return None
        total = sum(first.weights.values())
        score = sum(first.weights[t] for t in found.covered if t in first.weights) / total
        return Match(score, found.centre, found.window, found.ranked, found.covered,
                     found.missing, found.absent, found.segment_scores, found.weights)

    def holders(self, norms: Sequence[str], share: float = 0.6) -> list[int]:
        """Segments (anywhere) holding at least `share` of the best single segment's part of
        the terms, best first; empty when no segment holds any."""
        terms = sorted({t for t in norms if t in self.postings})
        if not terms:
            return []
        single = np.zeros(self.n, dtype=np.float64)
        for t in terms:
            single[self.postings[t]] += self.weight(t)
        top = float(single.max())
        picked = np.nonzero(single >= share * top)[0]
        return sorted((int(i) for i in picked), key=lambda i: (-single[i], i))

    def speaker_names(self) -> dict[str, frozenset[str]]:
        """The names of each labelled voice (computed once)."""
        if self._speakers is None:
            self._speakers = speaker_names(self.segments)
        return self._speakers

    def turn_names(self) -> dict[int, frozenset[str]]:
        """The names of the person speaking each unlabelled turn that tells (computed once)."""
        if self._turns is None:
            self._turns = turn_names(self.segments)
        return self._turns

    def share(self, norms: Sequence[str], index: int) -> float:
        """The weighted share of the terms that segment `index` holds."""
        terms = set(norms)
        total = sum(self.weight(t) for t in terms)
        if total <= 0:
            return 0.0
        return sum(self.weight(t) for t in terms if self._in(t, index)) / total

    def _in(self, norm: str, index: int) -> bool:
        post = self.postings.get(norm)
        if post is None:
            return False
        pos = int(np.searchsorted(post, index))
        return pos < len(post) and int(post[pos]) == index

    def window_tokens(self, window: Sequence[int]) -> list[Token]:
        out: list[Token] = []
        for i in window:
            out.extend(self.tokens[i])
        return out
