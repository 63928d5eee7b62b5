"""Users, cases, report versions and acknowledgements as plain values (no ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.domain.analysis import Analysis
from app.domain.workflow import ReportOrigin, ReportState, Resolution, Role


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    role: Role
    display_name: str = ""
    badge: str | None = None
    active: bool = True
    locked: bool = False

    @property
    def label(self) -> str:
        name = self.display_name or self.username
        return f"{name} (#{self.badge})" if self.badge else name


@dataclass(frozen=True, slots=True)
class MediaInfo:
    path: str
    sha256: str
    duration: float | None = None
    size: int | None = None
    container: str | None = None
    video_codec: str | None = None
    audio_codec: str | None = None
    has_video: bool = False
    has_audio: bool = True


@dataclass(frozen=True, slots=True)
class CaseMeta:
    """Header facts a report states about itself, checked against these, not the audio."""

    case_number: str | None = None
    officer_name: str | None = None
    officer_badge: str | None = None
    incident_date: str | None = None  # ISO date "2026-11-25"
    incident_time: str | None = None  # "21:40"
    location: str | None = None


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    flag_id: str
    by: str
    resolution: Resolution
    note: str
    at: datetime
    version: int

    def to_dict(self) -> dict[str, Any]:
        return {"by": self.by, "resolution": self.resolution.value, "note": self.note,
                "at": self.at.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-4] + "Z"}


@dataclass(frozen=True, slots=True)
class ReportVersion:
    number: int
    text: str
    origin: ReportOrigin
    author: str
    created_at: datetime
    sha256: str
    analysis: Analysis = field(default_factory=Analysis)
    parent: int | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """A signature, approval or return recorded on a case."""

    kind: str  # "sign" | "approve" | "return" | "void"
    by: str
    by_name: str
    by_badge: str | None
    at: datetime
    version: int
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class CaseSummary:
    id: int
    state: ReportState
    officer: str
    created_at: datetime
    media_duration: float | None
    open_flags: int
    title: str = ""


@dataclass(frozen=True, slots=True)
class CaseDetail:
    id: int
    state: ReportState
    officer: str
    officer_name: str
    officer_badge: str | None
    created_at: datetime
    media: MediaInfo | None
    meta: CaseMeta
    report: ReportVersion
    first_draft: ReportVersion
    versions: tuple[ReportVersion, ...]
    acknowledgements: dict[str, Acknowledgement]
    decisions: tuple[Decision, ...] = ()
    officer_account: str | None = None
    transcript_status: str = "complete"  # complete | partial | failed | cancelled | none

    @property
    def open_flags(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.report.analysis.flags if f.id not in self.acknowledgements)

    def to_dict(self) -> dict[str, Any]:
        """Case JSON (CONTRACTS.md)."""
        media = None
        if self.media is not None:
            media = {"path": self.media.path, "sha256": self.media.sha256,
                     "duration": self.media.duration}
        return {
            "id": self.id,
            "state": self.state.value,
            "officer": self.officer,
            "media": media,
            "report": {"version": self.report.number, "text": self.report.text,
                       "first_draft_version": self.first_draft.number},
            "analysis": self.report.analysis.to_dict(),
            "acknowledgements": {k: v.to_dict() for k, v in self.acknowledgements.items()},
            "open_flags": len(self.open_flags),
        }
