"""Case rows: creation, the facts the permission rules need, state, media."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import CaseMeta, MediaInfo, ReportState
from app.store.models import CaseRecord, MediaAssetRecord, ReportVersionRecord
from app.store.repositories.base import _naive, now_utc

# ---------------------------------------------------------------------------------- cases


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the permission rules need to know about a case."""

    id: int
    officer_id: int
    officer: str
    state: ReportState
    attention_sentence: str | None
    officer_account: str | None
    version: int


def create_case(session: Session, *, officer_id: int, meta: CaseMeta, title: str,
                officer_account: str | None, attention_sentence: str | None) -> int:
    moment = _naive(now_utc())
    row = CaseRecord(officer_id=officer_id, state=ReportState.IN_REVIEW.value, title=title[:200],
                     case_number=meta.case_number, incident_date=meta.incident_date,
                     incident_time=meta.incident_time, location=meta.location,
                     officer_account=officer_account, attention_sentence=attention_sentence,
                     transcript_status="none", created_at=moment, updated_at=moment)
    session.add(row)
    session.flush()
    return row.id


def case_facts(session: Session, case_id: int) -> CaseFacts | None:
    row = session.get(CaseRecord, case_id)
    if row is None:
        return None
    return CaseFacts(id=row.id, officer_id=row.officer_id, officer=row.officer.username,
                     state=ReportState(row.state), attention_sentence=row.attention_sentence,
                     officer_account=row.officer_account,
                     version=_current_number(session, case_id))


def set_state(session: Session, case_id: int, state: ReportState) -> None:
    row = _case_row(session, case_id)
    row.state = state.value
    row.updated_at = _naive(now_utc())


def set_attention_sentence(session: Session, case_id: int, sentence: str) -> None:
    row = _case_row(session, case_id)
    row.attention_sentence = sentence
    row.updated_at = _naive(now_utc())


def set_officer_account(session: Session, case_id: int, text: str | None) -> None:
    row = _case_row(session, case_id)
    row.officer_account = text
    row.updated_at = _naive(now_utc())


def set_transcript_status(session: Session, case_id: int, status: str) -> None:
    _case_row(session, case_id).transcript_status = status


def transcript_status(session: Session, case_id: int) -> str:
    return _case_row(session, case_id).transcript_status


def _case_row(session: Session, case_id: int) -> CaseRecord:
    row = session.get(CaseRecord, case_id)
    if row is None:
        raise LookupError(f"case {case_id} does not exist")
    return row


def add_media(session: Session, case_id: int, info: MediaInfo) -> None:
    session.add(MediaAssetRecord(
        case_id=case_id, path=info.path, sha256=info.sha256, size=info.size,
        duration=info.duration, container=info.container, video_codec=info.video_codec,
        audio_codec=info.audio_codec, has_video=info.has_video, has_audio=info.has_audio,
        imported_at=_naive(now_utc()),
    ))
    session.flush()


def media(session: Session, case_id: int) -> MediaInfo | None:
    row = session.execute(
        select(MediaAssetRecord).where(MediaAssetRecord.case_id == case_id)
        .order_by(MediaAssetRecord.id.desc()).limit(1)
    ).scalar_one_or_none()
    if row is None:
        return None
    return MediaInfo(path=row.path, sha256=row.sha256, duration=row.duration, size=row.size,
                     container=row.container, video_codec=row.video_codec,
                     audio_codec=row.audio_codec, has_video=row.has_video,
                     has_audio=row.has_audio)


def _current_number(session: Session, case_id: int) -> int:
    value = session.execute(
        select(func.max(ReportVersionRecord.number)).where(ReportVersionRecord.case_id == case_id)
    ).scalar_one_or_none()
    return int(value or 0)
