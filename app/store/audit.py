"""The hash-chained, append-only audit trail.

Each row's hash is SHA-256 over a canonical JSON encoding of its content and the previous
row's hash, so a changed, deleted, inserted or reordered row breaks the chain from that row on.
Appends are serialised: SQLite write transactions start with BEGIN IMMEDIATE (see engine.py);
PostgreSQL takes a transaction-scoped advisory lock before reading the head.
"""

from __future__ import annotations

import hashlib
import json
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.domain.audit import AuditReport
from app.store.models import AuditEventRecord

GENESIS = "0" * 64
_PG_LOCK_KEY = 0x436F756E  # "Coun": one advisory lock for the audit head


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str
    user_id: int | None
    username: str | None
    action: str
    object_type: str | None
    object_id: str | None
    outcome: str
    details: dict[str, Any]
    workstation: str | None
    hash: str


def canonical_details(details: Mapping[str, Any] | None) -> str:
    return json.dumps(dict(details or {}), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False, default=str)


def utc_stamp(moment: datetime | None = None) -> str:
    moment = (moment or datetime.now(UTC)).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def row_hash(row: AuditEventRecord | Mapping[Any, Any], prev_hash: str) -> str:
    get = row.get if isinstance(row, Mapping) else (lambda key: getattr(row, key))
    content = {
        "seq": get("seq"),
        "at": get("at"),
        "user_id": get("user_id"),
        "username": get("username"),
        "action": get("action"),
        "object_type": get("object_type"),
        "object_id": get("object_id"),
        "outcome": get("outcome"),
        "details": get("details"),
        "workstation": get("workstation"),
        "prev_hash": prev_hash,
    }
    encoded = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def workstation_name() -> str:
    return socket.gethostname()


def append(
    session: Session,
    action: str,
    *,
    outcome: str = "ok",
    user_id: int | None = None,
    username: str | None = None,
    object_type: str | None = None,
    object_id: str | int | None = None,
    details: Mapping[str, Any] | None = None,
    workstation: str | None = None,
) -> AuditEntry:
    """Append one event inside the caller's transaction: committed with the change or not at all."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    head = session.execute(
        select(AuditEventRecord.seq, AuditEventRecord.hash)
        .order_by(AuditEventRecord.seq.desc())
        .limit(1)
    ).first()
    seq, prev = (head[0] + 1, head[1]) if head else (1, GENESIS)
    record = AuditEventRecord(
        seq=seq,
        at=utc_stamp(),
        user_id=user_id,
        username=username,
        action=action,
        object_type=object_type,
        object_id=None if object_id is None else str(object_id),
        outcome=outcome,
        details=canonical_details(details),
        workstation=workstation if workstation is not None else workstation_name(),
        prev_hash=prev,
        hash="",
    )
    record.hash = row_hash(record, prev)
    session.add(record)
    session.flush()
    return _entry(record)


def head(session: Session) -> tuple[int, str]:
    row = session.execute(
        select(AuditEventRecord.seq, AuditEventRecord.hash)
        .order_by(AuditEventRecord.seq.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else (0, GENESIS)


def verify(session: Session, *, batch: int = 5000) -> AuditReport:
    """Walk the whole chain in sequence order; report the first bad row and why.

    The reason starts with one word: `changed` (a row's content no longer matches its hash),
    `missing` (a sequence number or the event a row links to is gone) or `reordered` (an intact
    row sits at the wrong place: it links to an event elsewhere in the trail). Events cut off
    the end leave a valid, shorter chain: only the head (which exports record) shows that.
    """
    expected_seq = 1
    prev = GENESIS
    count = 0
    bad: Mapping[Any, Any] | None = None
    # Plain rows, not ORM objects: building an object per event would triple the time.
    query = select(AuditEventRecord.__table__).order_by(AuditEventRecord.seq)
    for row in session.execute(query.execution_options(yield_per=batch)).mappings():
        if row["seq"] != expected_seq or row["prev_hash"] != prev or (
            row_hash(row, prev) != row["hash"]
        ):
            bad = row
            break
        prev = row["hash"]
        count += 1
        expected_seq += 1
    last_seq = expected_seq - 1
    if bad is None:
        return AuditReport(True, count, last_seq, prev)
    bad_seq, reason = _diagnose(session, bad, expected_seq, prev)
    return AuditReport(False, count, last_seq, prev, bad_seq, reason)


def _diagnose(
    session: Session, row: Mapping[Any, Any], expected_seq: int, prev: str
) -> tuple[int, str]:
    seq: int = row["seq"]
    link: str = row["prev_hash"]
    if seq > expected_seq:
        last = seq - 1
        span = f"event {expected_seq} is" if last == expected_seq else (
            f"events {expected_seq}..{last} are")
        return expected_seq, f"missing: {span} not in the trail"
    if seq < expected_seq:
        return seq, "reordered: sequence numbers out of order"
    if link == prev:
        return seq, "changed: its content does not match its hash"
    # The link is wrong: find where the event it claims to follow really is.
    linked_seq = session.execute(
        select(AuditEventRecord.seq).where(AuditEventRecord.hash == link)
    ).scalar()
    if linked_seq is None and link == GENESIS:
        linked_seq = 0
    if linked_seq is not None:
        home = linked_seq + 1
        if _hash_matches(row, seq=home):
            return seq, f"reordered: it is event {home} of the original order, not {seq}"
        return seq, (
            f"reordered: it claims to follow event {linked_seq}, not event {seq - 1}"
        )
    if _hash_matches(row, seq=seq):
        return seq, (
            "missing: the event it follows is not in the trail (deleted or replaced)"
        )
    # Deleted rows and the rest renumbered to close the gap: find the row's own number.
    for original in range(seq + 1, seq + 1 + _RENUMBER_SEARCH):
        if _hash_matches(row, seq=original):
            return seq, (
                f"missing: events from {seq} were deleted and the rest renumbered "
                f"(this is event {original})"
            )
    return seq, "changed: its content does not match its hash"


def _hash_matches(row: Mapping[Any, Any], *, seq: int) -> bool:
    return bool(row_hash({**row, "seq": seq}, row["prev_hash"]) == row["hash"])


_RENUMBER_SEARCH = 20_000  # hashes tried only once the chain is already known to be broken


def events(
    session: Session, *, object_type: str | None = None, object_id: str | None = None
) -> list[AuditEntry]:
    query = select(AuditEventRecord).order_by(AuditEventRecord.seq)
    if object_type is not None:
        query = query.where(AuditEventRecord.object_type == object_type)
    if object_id is not None:
        query = query.where(AuditEventRecord.object_id == object_id)
    return [_entry(r) for r in session.execute(query).scalars()]


def _entry(record: AuditEventRecord) -> AuditEntry:
    return AuditEntry(
        seq=record.seq, at=record.at, user_id=record.user_id, username=record.username,
        action=record.action, object_type=record.object_type, object_id=record.object_id,
        outcome=record.outcome, details=json.loads(record.details), workstation=record.workstation,
        hash=record.hash,
    )


_NEW_AT_HEAD = "a new event must extend the head of the chain"
SQLITE_TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event
       BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event
       BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END""",
    # Without this, INSERT OR REPLACE could overwrite a row: the deletion REPLACE does
    # fires no DELETE trigger unless recursive_triggers is on.
    f"""CREATE TRIGGER IF NOT EXISTS audit_event_at_head BEFORE INSERT ON audit_event
       WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_event)
         OR NEW.prev_hash IS NOT coalesce(
              (SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1), '{GENESIS}')
       BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: {_NEW_AT_HEAD}'); END""",
)
POSTGRES_TRIGGERS = (
    """CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'audit_event is append-only'; END; $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS audit_event_no_change ON audit_event",
    """CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
       FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()""",
    "DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event",
    """CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
       FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()""",
    f"""CREATE OR REPLACE FUNCTION audit_event_at_head() RETURNS trigger AS $$
       DECLARE head_seq integer; head_hash text;
       BEGIN
         SELECT seq, hash INTO head_seq, head_hash FROM audit_event ORDER BY seq DESC LIMIT 1;
         IF NEW.seq IS DISTINCT FROM coalesce(head_seq, 0) + 1
            OR NEW.prev_hash IS DISTINCT FROM coalesce(head_hash, '{GENESIS}') THEN
           RAISE EXCEPTION 'audit_event is append-only: {_NEW_AT_HEAD}';
         END IF;
         RETURN NEW;
       END; $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS audit_event_at_head ON audit_event",
    """CREATE TRIGGER audit_event_at_head BEFORE INSERT ON audit_event
       FOR EACH ROW EXECUTE FUNCTION audit_event_at_head()""",
    "REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC",
)
DROP_TRIGGERS = {
    "sqlite": ("DROP TRIGGER IF EXISTS audit_event_no_update",
               "DROP TRIGGER IF EXISTS audit_event_no_delete",
               "DROP TRIGGER IF EXISTS audit_event_at_head"),
    "postgresql": ("DROP TRIGGER IF EXISTS audit_event_no_change ON audit_event",
                   "DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event",
                   "DROP TRIGGER IF EXISTS audit_event_at_head ON audit_event",
                   "DROP FUNCTION IF EXISTS audit_event_append_only()",
                   "DROP FUNCTION IF EXISTS audit_event_at_head()"),
}


def trigger_statements(dialect: str) -> tuple[str, ...]:
    return POSTGRES_TRIGGERS if dialect == "postgresql" else SQLITE_TRIGGERS
