"""The hash-chained audit trail: appends, verification, and an attacker with file access."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from store_helpers import drop_audit_triggers, tamper

from app.store import Store, audit
from app.store.models import AuditEventRecord, UserRecord

N = 12


def _append_n(store: Store, n: int = N) -> list[audit.AuditEntry]:
    entries = []
    for i in range(n):
        with store.write() as session:
            entries.append(audit.append(
                session, f"test.action{i % 3}", user_id=i, username=f"user{i}",
                object_type="case", object_id=100 + i, outcome="ok" if i % 4 else "refused",
                details={"i": i, "note": "größe ✓", "nested": {"b": 1, "a": [1, 2]}},
            ))
    return entries


def _verify(store: Store) -> audit.AuditReport:
    with store.read() as session:
        return audit.verify(session)


def test_empty_chain_verifies(store: Store) -> None:
    report = _verify(store)
    assert report.ok
    assert report.line() == f"ok 0 events, head 0 {audit.GENESIS}"


def test_append_and_verify(store: Store) -> None:
    entries = _append_n(store)
    report = _verify(store)
    assert (report.ok, report.count, report.head_seq) == (True, N, N)
    assert report.head_hash == entries[-1].hash
    assert report.line() == f"ok {N} events, head {N} {entries[-1].hash}"
    with store.read() as session:
        assert audit.head(session) == (N, entries[-1].hash)
        stored = audit.events(session)
        assert [e.seq for e in stored] == list(range(1, N + 1))
        assert stored == entries
        assert [e.seq for e in audit.events(session, object_type="case", object_id="103")] == [4]
    first = stored[0]
    assert first.details == {"i": 0, "note": "größe ✓", "nested": {"b": 1, "a": [1, 2]}}
    assert (first.user_id, first.username, first.outcome, first.object_id) == (
        0, "user0", "refused", "100")
    assert first.workstation == audit.workstation_name()
    # UTC with microseconds: finer than the 1/100 s the trail must keep.
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", first.at)
    moment = datetime.strptime(first.at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    assert abs((datetime.now(UTC) - moment).total_seconds()) < 60


def test_hash_covers_every_column(store: Store) -> None:
    _append_n(store, 1)
    with store.read() as session:
        row = session.execute(select(AuditEventRecord)).scalar_one()
        original = {c: getattr(row, c) for c in (
            "seq", "at", "user_id", "username", "action", "object_type", "object_id",
            "outcome", "details", "workstation")}
    assert audit.row_hash(original, audit.GENESIS) == row.hash
    for column, value in original.items():
        forged = dict(original, **{column: f"{value}x" if isinstance(value, str) else 99})
        assert audit.row_hash(forged, audit.GENESIS) != row.hash, column
    assert audit.row_hash(original, "1" * 64) != row.hash


def test_forged_rows_cannot_be_inserted_off_the_head(store: Store) -> None:
    _append_n(store, 3)
    head_seq = 3
    with store.read() as session:
        _, head_hash = audit.head(session)
    base = ("INSERT INTO audit_event (seq, at, action, outcome, details, prev_hash, hash) "
            "VALUES ({seq}, 'x', 'forged', 'ok', '{{}}', '{prev}', '{hash}')")
    for seq, prev in ((head_seq + 2, head_hash), (head_seq + 1, audit.GENESIS)):
        with pytest.raises(DBAPIError, match="append-only"), store.write() as session:
            session.execute(text(base.format(seq=seq, prev=prev, hash="e" * 64)))
    assert _verify(store).count == 3


@pytest.mark.parametrize(
    ("attack", "bad_seq", "reason"),
    [
        pytest.param(["UPDATE audit_event SET action = 'case.delete' WHERE seq = 7"],
                     7, "changed", id="edit-action"),
        pytest.param(["UPDATE audit_event SET details = '{\"i\":4}' WHERE seq = 5"],
                     5, "changed", id="edit-details"),
        pytest.param(["UPDATE audit_event SET at = '2020-01-01T00:00:00.000000Z' WHERE seq = 1"],
                     1, "changed", id="edit-first-timestamp"),
        pytest.param(["UPDATE audit_event SET username = 'mallory' WHERE seq = 9",
                      "UPDATE audit_event SET outcome = 'failed' WHERE seq = 4"],
                     4, "changed", id="two-edits-names-the-first"),
        pytest.param(["DELETE FROM audit_event WHERE seq = 6"], 6, "missing", id="delete-middle"),
        pytest.param(["DELETE FROM audit_event WHERE seq IN (1, 2)"], 1, "missing",
                     id="delete-first-two"),
        pytest.param(["DELETE FROM audit_event WHERE seq = 6",
                      "UPDATE audit_event SET seq = seq - 1 WHERE seq > 6"],
                     6, "missing", id="delete-and-renumber"),
        pytest.param(["UPDATE audit_event SET seq = -3 WHERE seq = 3",
                      "UPDATE audit_event SET seq = 3 WHERE seq = 8",
                      "UPDATE audit_event SET seq = 8 WHERE seq = -3"],
                     3, "reordered", id="swap-3-and-8"),
        pytest.param(["UPDATE audit_event SET seq = -5 WHERE seq = 5",
                      "UPDATE audit_event SET seq = 5 WHERE seq = 6",
                      "UPDATE audit_event SET seq = 6 WHERE seq = -5"],
                     5, "reordered", id="swap-adjacent"),
        pytest.param(["UPDATE audit_event SET seq = -3 WHERE seq = 3",
                      "UPDATE audit_event SET seq = 3 WHERE seq = 8",
                      "UPDATE audit_event SET seq = 8 WHERE seq = -3",
                      "UPDATE audit_event SET action = 'forged' WHERE seq = 3"],
                     3, "reordered", id="swap-and-edit"),
        pytest.param(["UPDATE audit_event SET seq = -1 WHERE seq = 1",
                      "UPDATE audit_event SET seq = 1 WHERE seq = 2",
                      "UPDATE audit_event SET seq = 2 WHERE seq = -1"],
                     1, "reordered", id="swap-first-two"),
    ],
)
def test_tampering_is_named(
    store: Store, attack: list[str], bad_seq: int, reason: str
) -> None:
    _append_n(store)
    assert _verify(store).ok
    drop_audit_triggers(store)
    tamper(store, *attack)
    report = _verify(store)
    assert not report.ok
    assert report.bad_seq == bad_seq
    assert report.reason is not None
    assert report.reason.split(":")[0] == reason, report.reason
    assert report.count == bad_seq - 1  # the intact prefix
    assert report.line().startswith(f"broken at event {bad_seq}: {reason}")
    assert "\n" not in report.line()


def test_swap_names_the_original_position(store: Store) -> None:
    _append_n(store)
    drop_audit_triggers(store)
    tamper(store, "UPDATE audit_event SET seq = -3 WHERE seq = 3",
            "UPDATE audit_event SET seq = 3 WHERE seq = 8",
            "UPDATE audit_event SET seq = 8 WHERE seq = -3")
    assert _verify(store).reason == "reordered: it is event 8 of the original order, not 3"


def test_cutting_the_tail_only_shortens_the_chain(store: Store) -> None:
    # A hash chain cannot see its own end cut off; the head recorded elsewhere (exports) can.
    entries = _append_n(store)
    drop_audit_triggers(store)
    tamper(store, f"DELETE FROM audit_event WHERE seq > {N - 2}")
    report = _verify(store)
    assert (report.ok, report.count, report.head_hash) == (True, N - 2, entries[N - 3].hash)


def test_rehashed_forgery_is_caught_at_the_next_link(store: Store) -> None:
    # An attacker who edits row 4 and recomputes its hash breaks row 5's link instead.
    _append_n(store)
    drop_audit_triggers(store)
    with store.read() as session:
        row = session.execute(
            select(AuditEventRecord).where(AuditEventRecord.seq == 4)
        ).scalar_one()
        content = {k: getattr(row, k) for k in (
            "seq", "at", "user_id", "username", "action", "object_type", "object_id",
            "outcome", "details", "workstation")}
        content["action"] = "forged"
        forged_hash = audit.row_hash(content, row.prev_hash)
    tamper(store, f"UPDATE audit_event SET action = 'forged', hash = '{forged_hash}' WHERE seq = 4")
    report = _verify(store)
    assert report.bad_seq == 5
    assert report.reason is not None
    assert report.reason.startswith("missing: the event it follows is not in the trail")


def test_append_is_in_the_callers_transaction(store: Store) -> None:
    _append_n(store, 2)

    class Boom(Exception):
        pass

    seqs: list[int] = []

    def write_then_fail() -> None:
        with store.write() as session:
            user = UserRecord(username="ghost", role="officer", password_hash="x",
                              created_at=datetime.now(UTC))
            session.add(user)
            session.flush()
            seqs.append(audit.append(session, "user.add", object_type="user",
                                     object_id=user.id).seq)
            raise Boom

    with pytest.raises(Boom):
        write_then_fail()
    assert seqs == [3]
    with store.read() as session:
        assert session.execute(select(func.count()).select_from(UserRecord)).scalar() == 0
        assert audit.head(session)[0] == 2
    with store.write() as session:  # the chain goes on from the committed head
        assert audit.append(session, "after.rollback").seq == 3
    assert _verify(store).count == 3
