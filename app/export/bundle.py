"""Everything one export shows, gathered by the export service from the domain values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.domain import CaseDetail


@dataclass(frozen=True)
class ExportBundle:
    """The inputs of one DOCX export; the writer reads nothing else (no settings, no database).

    `ai_programs` names every AI program used on the case, e.g.
    "faster-whisper tiny.en int8 (transcription)". `audit_head` is the audit chain's
    (sequence, hash) at export time. `exported_at` is the only value that may differ between
    two exports of the same report.
    """

    agency_name: str
    agency_logo: Path | None
    case: CaseDetail
    ai_programs: tuple[str, ...]
    attestation_text: str
    audit_head: tuple[int, str]
    exported_at: datetime
    exported_by: str
    officer_account: str | None = None

    @property
    def account_text(self) -> str | None:
        """The officer's own account: the bundle's, else the one stored on the case."""
        text = self.officer_account
        if text is None:
            text = self.case.officer_account
        return text if text and text.strip() else None

    @property
    def case_label(self) -> str:
        """The agency's case number, else the database record number."""
        return self.case.meta.case_number or str(self.case.id)
