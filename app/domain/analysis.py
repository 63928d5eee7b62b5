"""The verifier's output: claims, their evidence, and flags (Analysis JSON in CONTRACTS.md)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class ClaimStatus(StrEnum):
    SUPPORTED = "supported"
    WEAK = "weak"
    UNSUPPORTED = "unsupported"
    CONTRADICTED = "contradicted"


class FlagKind(StrEnum):
    UNSUPPORTED_CLAIM = "unsupported_claim"
    CONTRADICTED_CLAIM = "contradicted_claim"
    LOW_ASR_CONFIDENCE = "low_asr_confidence"
    BIAS_LANGUAGE = "bias_language"
    PLACEHOLDER = "placeholder"
    PROMPT_INJECTION = "prompt_injection"
    ATTENTION_CHECK = "attention_check"
    VISUAL_OBSERVATION = "visual_observation"
    HEADER_MISMATCH = "header_mismatch"
    UNCITED_DRAFT_SENTENCE = "uncited_draft_sentence"


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return {"high": 0, "medium": 1, "low": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Evidence:
    segment: int
    start: float | None
    end: float | None
    score: float
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"segment": self.segment, "start": self.start, "end": self.end,
                "score": round(self.score, 4), "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        return cls(segment=int(d["segment"]), start=d.get("start"), end=d.get("end"),
                   score=float(d.get("score", 0.0)), text=str(d.get("text", "")))


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    start: int
    end: int
    text: str
    status: ClaimStatus
    support: float
    asr_confidence: float | None = None
    evidence: tuple[Evidence, ...] = ()
    # "transcript", "officer_account" (supported only by the officer's own account),
    # "visual" (an observation audio cannot hold) or "header" (checked against case metadata).
    basis: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "start": self.start, "end": self.end, "text": self.text,
            "status": self.status.value, "support": round(self.support, 4),
            "asr_confidence": (
                None if self.asr_confidence is None else round(self.asr_confidence, 4)
            ),
            "evidence": [e.to_dict() for e in self.evidence],
        }
        if self.basis is not None:
            out["basis"] = self.basis
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        return cls(
            id=str(d["id"]), start=int(d["start"]), end=int(d["end"]), text=str(d["text"]),
            status=ClaimStatus(d["status"]), support=float(d.get("support", 0.0)),
            asr_confidence=d.get("asr_confidence"),
            evidence=tuple(Evidence.from_dict(e) for e in d.get("evidence", [])),
            basis=d.get("basis"),
        )


@dataclass(frozen=True, slots=True)
class Flag:
    id: str
    kind: FlagKind
    severity: Severity
    message: str
    start: int | None = None
    end: int | None = None
    claim: str | None = None
    suggestion: str | None = None
    category: str | None = None  # bias flags: lexicon category
    term: str | None = None  # bias flags: the matched term
    time: float | None = None  # where in the recording the flag points, when it does
    segment: int | None = None  # transcript segment concerned (prompt injection, ...)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "kind": self.kind.value, "severity": self.severity.value,
            "claim": self.claim, "start": self.start, "end": self.end,
            "message": self.message, "suggestion": self.suggestion,
        }
        for key in ("category", "term", "time", "segment"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Flag:
        return cls(
            id=str(d["id"]), kind=FlagKind(d["kind"]), severity=Severity(d["severity"]),
            message=str(d["message"]), start=d.get("start"), end=d.get("end"),
            claim=d.get("claim"), suggestion=d.get("suggestion"), category=d.get("category"),
            term=d.get("term"), time=d.get("time"), segment=d.get("segment"),
        )


@dataclass(frozen=True, slots=True)
class Analysis:
    claims: tuple[Claim, ...] = ()
    flags: tuple[Flag, ...] = ()

    @property
    def summary(self) -> dict[str, int]:
        counts = {s.value: 0 for s in ClaimStatus}
        for claim in self.claims:
            counts[claim.status.value] += 1
        return {"claims": len(self.claims), **counts, "flags": len(self.flags)}

    def flag(self, flag_id: str) -> Flag | None:
        return next((f for f in self.flags if f.id == flag_id), None)

    def claim(self, claim_id: str) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "claims": [c.to_dict() for c in self.claims],
            "flags": [f.to_dict() for f in self.flags],
            "summary": self.summary,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Analysis:
        return cls(
            claims=tuple(Claim.from_dict(c) for c in d.get("claims", [])),
            flags=tuple(Flag.from_dict(f) for f in d.get("flags", [])),
        )
