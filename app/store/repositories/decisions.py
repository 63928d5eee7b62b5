"""What reviewers record against a version: acknowledgements, decisions, exports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Acknowledgement, Decision, Resolution
from app.store.models import AcknowledgementRecord, DecisionRecord, ExportRecord, UserRecord
from app.store.repositories.base import _aware, _naive, now_utc
from app.store.repositories.versions import _version_row

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
