"""Read models: a case's full detail, the case list, its metadata, an audit hash."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import CaseDetail, CaseMeta, CaseSummary, ReportOrigin, ReportState
from app.store.models import (
    AcknowledgementRecord,
    CaseRecord,
    FlagRecord,
    MediaAssetRecord,
    ReportVersionRecord,
    UserRecord,
)
from app.store.repositories.base import _aware
from app.store.repositories.cases import _case_row, media
from app.store.repositories.decisions import _decisions, acknowledgements
from app.store.repositories.versions import _version

# ------------------------------------------------------------------------------- read models


def case_detail(session: Session, case_id: int) -> CaseDetail | None:
    case = session.get(CaseRecord, case_id)
    if case is None:
        return None
    rows = list(session.execute(
        select(ReportVersionRecord).where(ReportVersionRecord.case_id == case_id)
        .order_by(ReportVersionRecord.number)
    ).scalars())
    if not rows:
        raise LookupError(f"case {case_id} has no report version")
    numbers = {r.id: r.number for r in rows}
    names = {u.id: u.username for u in session.execute(select(UserRecord)).scalars()}
    versions = tuple(_version(session, r, numbers, names) for r in rows)
    current = versions[-1]
    first = next((v for v in versions if v.origin is ReportOrigin.AI_DRAFT), versions[0])
    officer = case.officer
    acks = {k: v.acknowledgement for k, v in acknowledgements(session, case_id,
                                                                current.number).items()}
    meta = CaseMeta(case_number=case.case_number, officer_name=officer.display_name or None,
                    officer_badge=officer.badge, incident_date=case.incident_date,
                    incident_time=case.incident_time, location=case.location)
    return CaseDetail(
        id=case.id, state=ReportState(case.state), officer=officer.username,
        officer_name=officer.display_name or officer.username, officer_badge=officer.badge,
        created_at=_aware(case.created_at), media=media(session, case_id), meta=meta,
        report=current, first_draft=first, versions=versions, acknowledgements=acks,
        decisions=_decisions(session, case_id, numbers),
        officer_account=case.officer_account, transcript_status=case.transcript_status,
    )


def case_summaries(session: Session) -> list[CaseSummary]:
    cases = list(session.execute(select(CaseRecord).order_by(CaseRecord.id)).scalars())
    latest: dict[int, int] = {
        case_id: vid for case_id, vid in session.execute(
            select(ReportVersionRecord.case_id, func.max(ReportVersionRecord.id))
            .group_by(ReportVersionRecord.case_id)
        ) if vid is not None
    }
    version_ids = list(latest.values())
    flags: dict[int, set[str]] = {}
    acked: dict[int, set[str]] = {}
    if version_ids:
        for vid, fid in session.execute(
            select(FlagRecord.version_id, FlagRecord.flag_id)
            .where(FlagRecord.version_id.in_(version_ids))
        ):
            flags.setdefault(vid, set()).add(fid)
        for vid, fid in session.execute(
            select(AcknowledgementRecord.version_id, AcknowledgementRecord.flag_id)
            .where(AcknowledgementRecord.version_id.in_(version_ids))
        ):
            acked.setdefault(vid, set()).add(fid)
    durations = dict(session.execute(
        select(MediaAssetRecord.case_id, MediaAssetRecord.duration)
        .order_by(MediaAssetRecord.id)
    ).all())
    out = []
    for case in cases:
        vid = latest.get(case.id, -1)
        open_count = len(flags.get(vid, set()) - acked.get(vid, set()))
        out.append(CaseSummary(id=case.id, state=ReportState(case.state),
                               officer=case.officer.username,
                               created_at=_aware(case.created_at),
                               media_duration=durations.get(case.id), open_flags=open_count,
                               title=case.title))
    return out


def case_meta(session: Session, case_id: int) -> CaseMeta:
    case = _case_row(session, case_id)
    officer = case.officer
    return CaseMeta(case_number=case.case_number, officer_name=officer.display_name or None,
                    officer_badge=officer.badge, incident_date=case.incident_date,
                    incident_time=case.incident_time, location=case.location)


def audit_hash_at(session: Session, seq: int) -> str | None:
    from app.store.models import AuditEventRecord

    return session.execute(
        select(AuditEventRecord.hash).where(AuditEventRecord.seq == seq)
    ).scalar_one_or_none()
