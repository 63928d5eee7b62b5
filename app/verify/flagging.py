"""Flags for a claim's evidence: contradictions, gaps, and header facts against the case record."""

from __future__ import annotations

from collections.abc import Sequence

from app.domain import CaseMeta, Evidence, Flag, FlagKind, Segment, Severity
from app.verify.checks import NOTHING_SUPPORTS, ONLY_PART, ClaimLocator, fmt_time, stable_id
from app.verify.claims import Span
from app.verify.facts import FactProblem
from app.verify.header import HeaderFact, header_mismatch
from app.verify.speech import clip


def contradiction_flag(claim_id: str, span: Span, problems: Sequence[FactProblem],
                        polarity: str | None, attribution: str | None,
                       segments: Sequence[Segment]) -> Flag:
    if problems:
        p = problems[0]
        seg = segments[p.evidence_segment] if p.evidence_segment is not None else None
        when = fmt_time(seg.start if seg else None)
        message = (f"Report says {p.fact.surface}; the recording at {when} says "
                   f"'{p.evidence_quote}'" + (f": '{clip(seg.text)}'." if seg else "."))
        key = [p.fact.kind, p.fact.surface]
        suggestion = p.evidence_quote
        if p.fact.kind == "number" and p.evidence_token is not None:
            suggestion = p.evidence_token
        time = seg.start if seg else None
        segment = seg.id if seg else None
    else:
        message = polarity or attribution or ""
        key = ["polarity" if polarity else "attribution"]
        suggestion, time, segment = None, None, None
    return Flag(
        id=stable_id(FlagKind.CONTRADICTED_CLAIM, span.text, *key),
        kind=FlagKind.CONTRADICTED_CLAIM, severity=Severity.HIGH, claim=claim_id,
        start=span.start, end=span.end, message=message, suggestion=suggestion, time=time,
        segment=segment,
    )


def unsupported_flag(claim_id: str, span: Span, missing: Sequence[FactProblem],
                      absent: Sequence[str], near: float | None) -> Flag:
    if missing:
        facts = ", ".join(dict.fromkeys(p.fact.surface for p in missing))
        message = (f"The recording never mentions {facts}. Check this detail against what "
                   "actually happened; an invented name, number or detail is easy to miss.")
        severity = Severity.HIGH
    elif absent:
        words = ", ".join(f"'{w}'" for w in list(dict.fromkeys(absent))[:5])
        message = (f"{ONLY_PART} (closest passage at {fmt_time(near)}, "
                   f"which lacks {words}). Confirm it from your own knowledge, or correct it.")
        severity = Severity.MEDIUM
    else:
        message = (f"{NOTHING_SUPPORTS}. If it is true, confirm it from your own knowledge; "
                   "otherwise remove it.")
        severity = Severity.MEDIUM
    return Flag(
        id=stable_id(FlagKind.UNSUPPORTED_CLAIM, span.text,
                     *sorted(p.fact.surface for p in missing)),
        kind=FlagKind.UNSUPPORTED_CLAIM, severity=severity, claim=claim_id, start=span.start,
        end=span.end, message=message,
    )


def history_flag(claim_id: str, span: Span, said: str) -> Flag:
    return Flag(
        id=stable_id(FlagKind.UNSUPPORTED_CLAIM, span.text, "history"),
        kind=FlagKind.UNSUPPORTED_CLAIM, severity=Severity.MEDIUM, claim=claim_id,
        start=span.start, end=span.end,
        message=(f"The report tells of an earlier occasion (\"{said.strip()}\") that the "
                 "recording's passage never mentions. Confirm it from your own knowledge or "
                 "records, or remove it."),
    )


def visual_flag(claim_id: str, span: Span) -> Flag:
    return Flag(
        id=stable_id(FlagKind.VISUAL_OBSERVATION, span.text),
        kind=FlagKind.VISUAL_OBSERVATION, severity=Severity.MEDIUM, claim=claim_id,
        start=span.start, end=span.end,
        message="The recording's audio cannot show this observation. Confirm that you "
                "saw it yourself, or remove it.",
    )


def low_confidence_flag(claim_id: str, span: Span, words: Sequence[str],
                        first: Evidence | None) -> Flag:
    return Flag(
        id=stable_id(FlagKind.LOW_ASR_CONFIDENCE, span.text, *words),
        kind=FlagKind.LOW_ASR_CONFIDENCE, severity=Severity.MEDIUM, claim=claim_id,
        start=span.start, end=span.end, time=first.start if first else None,
        segment=first.segment if first else None,
        message="The transcript is unsure of the words this rests on: "
                + ", ".join(f"'{w}'" for w in words)
                + f" ({fmt_time(first.start if first else None)}). Listen before signing.",
    )


def injection_claim_flag(claim_id: str, span: Span, seg: Segment, at: int) -> Flag:
    """A claim resting on transcript words (from `at` on) that instruct the drafting AI."""
    return Flag(
        id=stable_id(FlagKind.PROMPT_INJECTION, span.text, seg.text),
        kind=FlagKind.PROMPT_INJECTION, severity=Severity.HIGH, claim=claim_id,
        start=span.start, end=span.end, time=seg.start, segment=seg.id,
        message=f"This rests on words at {fmt_time(seg.start)} that instruct the "
                f"report-writing AI (\"{clip(seg.text[at:].strip())}\"), not on evidence.",
    )


def header_flags(header: Sequence[HeaderFact], meta: CaseMeta | None,
                  claim_at: ClaimLocator) -> list[Flag]:
    if meta is None:
        return []
    flags = []
    seen: set[str] = set()
    for fact in header:
        first = fact.kind not in seen
        seen.add(fact.kind)
        message = header_mismatch(fact, meta, first)
        if message is None:
            continue
        claim_id, _ = claim_at.at(fact.start)
        flags.append(Flag(
            id=stable_id(FlagKind.HEADER_MISMATCH, fact.kind, fact.surface),
            kind=FlagKind.HEADER_MISMATCH, severity=Severity.HIGH, claim=claim_id,
            start=fact.start, end=fact.end, message=message,
        ))
    return flags
