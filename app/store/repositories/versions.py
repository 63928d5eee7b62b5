"""Report version rows: append a version with its flags, read one back."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Analysis, ReportOrigin, ReportVersion
from app.store.models import FlagRecord, ReportVersionRecord, UserRecord
from app.store.repositories.base import _aware, _naive, now_utc, text_sha256
from app.store.repositories.cases import _case_row, _current_number

# --------------------------------------------------------------------------- report versions


def _version_row(session: Session, case_id: int, number: int) -> ReportVersionRecord:
    row = session.execute(
        select(ReportVersionRecord).where(ReportVersionRecord.case_id == case_id,
                                          ReportVersionRecord.number == number)
    ).scalar_one_or_none()
    if row is None:
        raise LookupError(f"case {case_id} has no report version {number}")
    return row


def add_version(session: Session, case_id: int, *, text: str, origin: ReportOrigin,
                author_id: int, analysis: Analysis,
                provenance: dict[str, Any] | None = None) -> int:
    """Append the next report version with its flags; returns its number."""
    previous = _current_number(session, case_id)
    parent = _version_row(session, case_id, previous).id if previous else None
    row = ReportVersionRecord(
        case_id=case_id, number=previous + 1, parent_id=parent, origin=origin.value,
        author_id=author_id, text=text, sha256=text_sha256(text),
        analysis_json=json.dumps(analysis.to_dict(), ensure_ascii=False),
        provenance_json=None if provenance is None else json.dumps(provenance, default=str),
        created_at=_naive(now_utc()),
    )
    session.add(row)
    session.flush()
    for flag in analysis.flags:
        session.add(FlagRecord(version_id=row.id, flag_id=flag.id, kind=flag.kind.value,
                               severity=flag.severity.value, message=flag.message))
    _case_row(session, case_id).updated_at = _naive(now_utc())
    session.flush()
    return row.number


def version(session: Session, case_id: int, number: int) -> ReportVersion:
    return _version(session, _version_row(session, case_id, number))


def version_provenance(session: Session, case_id: int, number: int) -> dict[str, Any] | None:
    raw = _version_row(session, case_id, number).provenance_json
    return None if raw is None else dict(json.loads(raw))


def _version(session: Session, row: ReportVersionRecord,
             numbers: dict[int, int] | None = None,
             names: dict[int, str] | None = None) -> ReportVersion:
    if numbers is not None:
        parent = numbers.get(row.parent_id) if row.parent_id is not None else None
    elif row.parent_id is not None:
        parent_row = session.get(ReportVersionRecord, row.parent_id)
        parent = parent_row.number if parent_row is not None else None
    else:
        parent = None
    author = names.get(row.author_id) if names is not None else None
    if author is None:
        author_row = session.get(UserRecord, row.author_id)
        author = author_row.username if author_row is not None else "?"
    return ReportVersion(number=row.number, text=row.text, origin=ReportOrigin(row.origin),
                         author=author, created_at=_aware(row.created_at), sha256=row.sha256,
                         analysis=Analysis.from_dict(json.loads(row.analysis_json)),
                         parent=parent)
