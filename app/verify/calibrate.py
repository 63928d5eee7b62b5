"""A learned calibration of the soft flags: "only part of this is in the recording", "nothing
in the recording supports this", and a "no" or "not" the report and its passage do not share.

These four are judgements of degree, and a faithful paraphrase trips them often: the report's
own words ("requested that the juveniles be banned from the business") are not the speaker's
("I don't want those kids back in here"). Where every flag on a sentence is one of them, a
logistic model over the sentence's marks (which soft flags, the words they say are missing, how
the checks judged its claims, whether its passage is a question, its own words) rates how likely
the flags are a false alarm; above the threshold they are dropped, the claims' status stays as
the checks set it, and the second look leaves the sentence alone. A flag that quotes a
mismatch (a number, a name, a speaker) is never dropped.

Trained by `bench/train_learned.py` on the labelled police cases (a faithful sentence with only
soft flags against a planted problem caught only by them); it learns how the checks phrase and
judge, so it is retrained whenever they change.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from pathlib import Path

from app.domain import Claim, Flag, FlagKind, Segment
from app.paths import resources_dir
from app.verify.checks import AFFIRMED_BUT, NEGATED_BUT, NOTHING_SUPPORTS, ONLY_PART
from app.verify.claims import split_sentences
from app.verify.risk import RiskModel, load_marks_model
from app.verify.wording import features, tokens
from app.verify.words import is_question

MODEL_FILE = "calibration/model.json"

# the soft flags, by the opening of their message
SOFT = {"only_part": ONLY_PART, "nothing": NOTHING_SUPPORTS, "affirmed": AFFIRMED_BUT,
        "negated": NEGATED_BUT}
_LACKS = re.compile(r"which lacks (.*?)\)\.")


def soft_reason(flag: Flag) -> str | None:
    """Which soft flag this is, or None for any other."""
    if flag.kind not in (FlagKind.UNSUPPORTED_CLAIM, FlagKind.CONTRADICTED_CLAIM) or \
            flag.category is not None:
        return None
    return next((name for name, opening in SOFT.items() if flag.message.startswith(opening)),
                None)


def sentence_flags(flags: Sequence[Flag], start: int, end: int) -> list[Flag]:
    """The flags on a sentence that a reviewer answers as checks (not wording, not audio)."""
    return [f for f in flags if f.start is not None and f.end is not None
            and f.start < end and start < f.end
            and f.kind not in (FlagKind.BIAS_LANGUAGE, FlagKind.LOW_ASR_CONFIDENCE)]


def soft_features(text: str, claims: Sequence[Claim], segments: Sequence[Segment],
                  unlabelled: bool, flags: Sequence[Flag]) -> set[str]:
    """The marks of a sentence whose flags are all soft."""
    out = {f"soft={soft_reason(f)}" for f in flags}
    out |= {f"flags={min(len(flags), 3)}", f"unlabelled={unlabelled}"}
    for flag in flags:
        lacks = _LACKS.search(flag.message)
        if lacks:
            words = re.findall(r"'([^']+)'", lacks.group(1))
            out.add(f"lacks={min(len(words), 3)}")
            out |= {f"lack={w.lower()}" for w in words}
    for claim in claims:
        out |= {f"status={claim.status.value}", f"basis={claim.basis}",
                f"support<{math.floor(claim.support * 10) / 10:.1f}"}
        first = claim.evidence[0].segment if claim.evidence else None
        if first is not None and 0 <= first < len(segments):
            out.add(f"question={is_question(segments[first].text)}")
    out |= {name for name, _ in features(tokens(text))}
    return out


def settle_flags(report: str, claims: Sequence[Claim], segments: Sequence[Segment],
                 flags: Sequence[Flag], model: RiskModel
                 ) -> tuple[list[Flag], list[tuple[int, int]]]:
    """The flags without the soft ones the model rates a false alarm, and the sentences whose
    flags it dropped."""
    unlabelled = all(s.speaker is None for s in segments)
    dropped: set[str] = set()
    settled: list[tuple[int, int]] = []
    for sentence in split_sentences(report):
        mine = sentence_flags(flags, sentence.start, sentence.end)
        if not mine or any(soft_reason(f) is None for f in mine):
            continue
        inside = [c for c in claims if c.start < sentence.end and sentence.start < c.end]
        marks = soft_features(sentence.text, inside, segments, unlabelled, mine)
        if model.probability(marks) > model.threshold:
            dropped |= {f.id for f in mine}
            settled.append((sentence.start, sentence.end))
    return [f for f in flags if f.id not in dropped], settled


def load_calibration(path: Path | None = None) -> RiskModel:
    """The bundled model, or one at `path`; ValueError naming the file if it is unreadable."""
    return load_marks_model(path if path is not None else resources_dir() / MODEL_FILE,
                            "the soft-flag calibration")
