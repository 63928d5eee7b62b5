"""Repositories: a Session in, domain values out. ORM rows never leave this module.

The services own every rule; these functions only read and write rows.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session as Session  # re-exported: services type their sessions

from app.domain import (
    Acknowledgement,
    Analysis,
    CaseDetail,
    CaseMeta,
    CaseSummary,
    Decision,
    MediaInfo,
    ReportOrigin,
    ReportState,
    ReportVersion,
    Resolution,
    Role,
    Segment,
    Transcript,
    User,
    Word,
)
from app.store.engine import DatabaseError
from app.store.models import (
    AcknowledgementRecord,
    CaseRecord,
    DecisionRecord,
    ExportRecord,
    FlagRecord,
    MediaAssetRecord,
    ReportVersionRecord,
    SegmentRecord,
    TranscriptRecord,
    UserRecord,
    WordRecord,
)


@contextmanager
def database_errors(display_url: str) -> Iterator[None]:
    """Turn a driver error (lost server, locked file, disk full) into one-line DatabaseError."""
    try:
        yield
    except SQLAlchemyError as exc:
        original = getattr(exc, "orig", None)
        lines = str(original if original is not None else exc).strip().splitlines()
        reason = lines[0] if lines else type(exc).__name__
        raise DatabaseError(f"{display_url}: database error ({reason})") from exc


def now_utc() -> datetime:
    return datetime.now(UTC)


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------------- users


@dataclass(frozen=True, slots=True)
class Credentials:
    user: User
    password_hash: str
    failed_count: int
    failed_window_start: datetime | None


def _user(row: UserRecord) -> User:
    return User(id=row.id, username=row.username, role=Role(row.role),
                display_name=row.display_name, badge=row.badge, active=row.active,
                locked=row.locked)


def count_users(session: Session) -> int:
    return int(session.execute(select(func.count(UserRecord.id))).scalar_one())


def find_user(session: Session, username: str) -> User | None:
    row = session.execute(
        select(UserRecord).where(UserRecord.username == username)
    ).scalar_one_or_none()
    return None if row is None else _user(row)


def user_by_id(session: Session, user_id: int) -> User | None:
    row = session.get(UserRecord, user_id)
    return None if row is None else _user(row)


def list_users(session: Session) -> list[User]:
    rows = session.execute(select(UserRecord).order_by(UserRecord.username)).scalars()
    return [_user(r) for r in rows]


def credentials(session: Session, username: str) -> Credentials | None:
    row = session.execute(
        select(UserRecord).where(UserRecord.username == username)
    ).scalar_one_or_none()
    if row is None:
        return None
    window = None if row.failed_window_start is None else _aware(row.failed_window_start)
    return Credentials(_user(row), row.password_hash, row.failed_count, window)


def add_user(session: Session, *, username: str, role: Role, password_hash: str,
             display_name: str = "", badge: str | None = None) -> User:
    row = UserRecord(username=username, role=role.value, password_hash=password_hash,
                     display_name=display_name, badge=badge, active=True, locked=False,
                     failed_count=0, failed_window_start=None, created_at=_naive(now_utc()))
    session.add(row)
    session.flush()
    return _user(row)


def set_password_hash(session: Session, user_id: int, password_hash: str) -> None:
    _user_row(session, user_id).password_hash = password_hash


def set_failures(session: Session, user_id: int, *, count: int,
                 window_start: datetime | None, locked: bool) -> None:
    row = _user_row(session, user_id)
    row.failed_count = count
    row.failed_window_start = None if window_start is None else _naive(window_start)
    row.locked = locked


def _user_row(session: Session, user_id: int) -> UserRecord:
    row = session.get(UserRecord, user_id)
    if row is None:
        raise LookupError(f"user {user_id} does not exist")
    return row


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


# ----------------------------------------------------------------------------- transcripts


def add_transcript(session: Session, case_id: int, transcript: Transcript, *, status: str,
                   source: str) -> None:
    row = TranscriptRecord(case_id=case_id, status=status, source=source,
                           engine=transcript.engine, language=transcript.language,
                           duration=transcript.duration, media_sha256=transcript.media_sha256,
                           created_at=_naive(now_utc()))
    for position, seg in enumerate(transcript.segments):
        seg_row = SegmentRecord(position=position, segment_id=seg.id, start=seg.start,
                                end=seg.end, speaker=seg.speaker, text=seg.text)
        seg_row.words = [
            WordRecord(position=i, start=w.start, end=w.end, word=w.word,
                       probability=w.probability)
            for i, w in enumerate(seg.words)
        ]
        row.segments.append(seg_row)
    session.add(row)
    _case_row(session, case_id).transcript_status = status
    session.flush()


def _transcript_row(session: Session, case_id: int) -> TranscriptRecord | None:
    return session.execute(
        select(TranscriptRecord).where(TranscriptRecord.case_id == case_id)
        .order_by(TranscriptRecord.id.desc()).limit(1)
    ).scalar_one_or_none()


def transcript(session: Session, case_id: int) -> Transcript | None:
    row = _transcript_row(session, case_id)
    if row is None:
        return None
    segments = tuple(
        Segment(id=s.segment_id, text=s.text, start=s.start, end=s.end, speaker=s.speaker,
                words=tuple(Word(start=w.start, end=w.end, word=w.word,
                                 probability=w.probability) for w in s.words))
        for s in row.segments
    )
    return Transcript(segments=segments, language=row.language, duration=row.duration,
                      engine=row.engine, media_sha256=row.media_sha256,
                      complete=row.status == "complete")


def rename_speaker(session: Session, case_id: int, old: str, new: str) -> int:
    row = _transcript_row(session, case_id)
    if row is None:
        return 0
    changed = 0
    for seg in row.segments:
        if seg.speaker == old:
            seg.speaker = new
            changed += 1
    session.flush()
    return changed


# --------------------------------------------------------------------------- report versions


def _current_number(session: Session, case_id: int) -> int:
    value = session.execute(
        select(func.max(ReportVersionRecord.number)).where(ReportVersionRecord.case_id == case_id)
    ).scalar_one_or_none()
    return int(value or 0)


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


# --------------------------------------------------------------------------- acknowledgements


def add_acknowledgement(session: Session, case_id: int, number: int, *, flag_id: str,
                        user_id: int, resolution: Resolution, note: str,
                        at: datetime | None = None) -> None:
    session.add(AcknowledgementRecord(
        case_id=case_id, flag_id=flag_id, version_id=_version_row(session, case_id, number).id,
        user_id=user_id, resolution=resolution.value, note=note,
        at=_naive(at or now_utc()),
    ))
    session.flush()


@dataclass(frozen=True, slots=True)
class AckRow:
    acknowledgement: Acknowledgement
    user_id: int


def acknowledgements(session: Session, case_id: int, number: int) -> dict[str, AckRow]:
    """The latest acknowledgement of each flag id recorded for one report version."""
    version_id = _version_row(session, case_id, number).id
    rows = session.execute(
        select(AcknowledgementRecord, UserRecord.username)
        .join(UserRecord, UserRecord.id == AcknowledgementRecord.user_id)
        .where(AcknowledgementRecord.version_id == version_id)
        .order_by(AcknowledgementRecord.id)
    ).all()
    out: dict[str, AckRow] = {}
    for record, username in rows:
        out[record.flag_id] = AckRow(
            Acknowledgement(flag_id=record.flag_id, by=username,
                            resolution=Resolution(record.resolution), note=record.note,
                            at=_aware(record.at), version=number),
            record.user_id,
        )
    return out


# ------------------------------------------------------------------------- decisions, exports


def add_decision(session: Session, case_id: int, number: int, *, user_id: int, kind: str,
                 comment: str | None = None) -> None:
    session.add(DecisionRecord(case_id=case_id,
                               version_id=_version_row(session, case_id, number).id,
                               user_id=user_id, kind=kind, comment=comment,
                               at=_naive(now_utc())))
    session.flush()


def add_export(session: Session, case_id: int, number: int, *, user_id: int, kind: str,
               path: str, sha256: str, audit_head_seq: int) -> None:
    session.add(ExportRecord(case_id=case_id, version_id=_version_row(session, case_id, number).id,
                             user_id=user_id, kind=kind, path=path, sha256=sha256,
                             audit_head_seq=audit_head_seq, at=_naive(now_utc())))
    session.flush()


def _decisions(session: Session, case_id: int, numbers: dict[int, int]) -> tuple[Decision, ...]:
    rows = session.execute(
        select(DecisionRecord, UserRecord)
        .join(UserRecord, UserRecord.id == DecisionRecord.user_id)
        .where(DecisionRecord.case_id == case_id).order_by(DecisionRecord.id)
    ).all()
    return tuple(
        Decision(kind=d.kind, by=u.username, by_name=u.display_name or u.username,
                 by_badge=u.badge, at=_aware(d.at), version=numbers.get(d.version_id, 0),
                 comment=d.comment)
        for d, u in rows
    )


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
