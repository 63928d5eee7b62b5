"""A learned second look at the sentences every check passed.

The checks compare what a sentence says with the passage that holds it; what they miss is mostly
a sentence whose words are all in the recording but whose sense is not: who said it, whether it
was denied, an earlier event or a detail added ("had checked the tails before taking the skis",
"stated the problem had happened to several other customers"). Such sentences share marks: how
the checks judged them (support, the voice and form of the passage they rest on) and words
("before", "earlier", "had").

A logistic model over those marks, trained by `bench/train_learned.py` on the labelled police cases
(a planted problem the checks left unflagged against a faithful sentence they left unflagged),
scores each unflagged sentence; above the threshold the sentence gets a low-severity
`unsupported_claim` asking the officer to compare it with the recording. The model learns how
the checks behave, so it is retrained whenever they change.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.domain import Claim, Flag, FlagKind, Segment, Severity
from app.paths import resources_dir
from app.verify.checks import fmt_time, stable_id
from app.verify.claims import split_sentences
from app.verify.speech import is_officer
from app.verify.wording import features, read_weights, tokens
from app.verify.words import is_question

MODEL_FILE = "risk/model.json"
SECOND_LOOK = "second_look"  # the category its flags carry
# words too plain to name as what raised a score ("stated", "the"; names and numbers are <...>)
_PLAIN = frozenset({"stated", "advised", "said", "told", "reported", "explained", "made", "was",
                    "were", "had", "has", "his", "her", "him", "she", "the", "and", "that",
                    "with", "for", "from", "who", "they", "them", "their", "then"})


def sentence_features(text: str, claims: Sequence[Claim], segments: Sequence[Segment],
                      unlabelled: bool) -> set[str]:
    """The marks of a report sentence: how each of its claims was judged, the passage its
    evidence starts at (whose voice, a question or not, how long, how well it matched), and
    its words."""
    out = {f"unlabelled={unlabelled}", f"claims={min(len(claims), 4)}"}
    opening_voice = segments[0].speaker if segments else None  # mostly the officer's
    for claim in claims:
        out |= {f"status={claim.status.value}", f"basis={claim.basis}",
                f"support<{math.floor(claim.support * 10) / 10:.1f}",
                f"evidence={min(len(claim.evidence), 3)}"}
        first = claim.evidence[0] if claim.evidence else None
        if first is None or not 0 <= first.segment < len(segments):
            out.add("evidence=none")
            continue
        seg = segments[first.segment]
        out |= {f"officer={is_officer(seg.speaker, ())}", f"question={is_question(seg.text)}",
                f"match<{math.floor(first.score * 5) / 5:.1f}",
                f"turn={min(len(seg.text.split()) // 10, 4)}"}
        if seg.speaker is not None:
            out.add(f"opening_voice={seg.speaker == opening_voice}")
    out |= {name for name, _ in features(tokens(text))}
    return out


@dataclass(frozen=True, slots=True, eq=False)
class RiskModel:
    weights: Mapping[str, float] = field(repr=False)
    intercept: float
    threshold: float  # a probability

    def probability(self, marks: set[str]) -> float:
        z = self.intercept + sum(self.weights.get(m, 0.0) for m in marks)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def telling_words(self, text: str, limit: int = 3) -> list[str]:
        """The sentence's words that raise its score most, in sentence order; never a
        capitalised word (a name opening the sentence is no reason to name)."""
        toks = tokens(text)
        scored = sorted(((self.weights.get(t.text, 0.0), i) for i, t in enumerate(toks)
                         if len(t.text) > 2 and t.text not in _PLAIN
                         and not text[t.start].isupper()), reverse=True)
        keep = sorted(i for w, i in scored[:limit] if w > 0.3)
        return [text[toks[i].start:toks[i].end] for i in keep]


def load_risk_model(path: Path | None = None) -> RiskModel:
    """The bundled model, or one at `path`; ValueError naming the file if it is unreadable."""
    return load_marks_model(path if path is not None else resources_dir() / MODEL_FILE,
                            "the second-look model")


def load_marks_model(path: Path, what: str) -> RiskModel:
    """A logistic model over marks (this one's or the soft-flag calibration's)."""
    return RiskModel(*read_weights(path, what))


def second_look_flags(report: str, claims: Sequence[Claim], segments: Sequence[Segment],
                      flags: Sequence[Flag], model: RiskModel,
                      settled: Sequence[tuple[int, int]] = ()) -> list[Flag]:
    """A low `unsupported_claim` on each sentence no check (nor the lexicon) flagged that the
    model rates likely to misstate the recording."""
    unlabelled = all(s.speaker is None for s in segments)
    # (a sentence with a bias flag is in front of the officer already)
    # (and one whose soft flags the calibration settled was looked at already)
    checked = [*((f.start, f.end) for f in flags if f.start is not None and f.end is not None
                 and f.kind is not FlagKind.LOW_ASR_CONFIDENCE), *settled]
    out = []
    for sentence in split_sentences(report):
        if any(a < sentence.end and sentence.start < b for a, b in checked):
            continue
        inside = [c for c in claims if c.start < sentence.end and sentence.start < c.end]
        if not inside or model.probability(sentence_features(
                sentence.text, inside, segments, unlabelled)) <= model.threshold:
            continue
        first = next((c.evidence[0] for c in inside if c.evidence), None)
        where = ("The recording has no passage for it" if first is None else
                 f"Compare it with the recording at {fmt_time(first.start)}")
        words = model.telling_words(sentence.text)
        like = f" ({', '.join(repr(w) for w in words)})" if words else ""
        out.append(Flag(
            id=stable_id(FlagKind.UNSUPPORTED_CLAIM, "second look", sentence.text),
            kind=FlagKind.UNSUPPORTED_CLAIM, severity=Severity.LOW, claim=inside[0].id,
            start=sentence.start, end=sentence.end,
            message=(f"Second look: every check passed this sentence, but sentences like it"
                     f"{like} are where drafts most often get who said it, a denial or an added "
                     f"detail wrong. {where}."),
            suggestion="Confirm it word for word against the recording, or correct it.",
            category=SECOND_LOOK,
            time=None if first is None else first.start,
            segment=None if first is None else first.segment))
    return out
