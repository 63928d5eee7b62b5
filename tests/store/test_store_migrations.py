"""Alembic migrations: empty -> head -> base -> head, models == migrations, audit triggers."""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError
from store_helpers import worker_command

from app import paths
from app.store import DatabaseError, Store, audit, migrate, open_store
from app.store.models import Base

pytestmark = pytest.mark.filterwarnings("error")


def _tables(store: Store) -> set[str]:
    return set(inspect(store.engine).get_table_names())


def _diff(store: Store) -> list[object]:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def test_upgrade_downgrade_upgrade(db_url: str) -> None:
    store = Store(db_url)
    try:
        assert store.current() is None
        store.upgrade()
        assert store.current() == migrate.head_revision()
        assert set(Base.metadata.tables) <= _tables(store)
        assert _diff(store) == []

        migrate.downgrade(store.engine, "base")
        assert store.current() is None
        assert _tables(store) - {"alembic_version"} == set()

        store.upgrade()
        assert store.current() == migrate.head_revision()
        assert _diff(store) == []
        with store.write() as session:  # the chain works on the re-created table
            audit.append(session, "test.after_reupgrade")
        with store.read() as session:
            assert audit.verify(session).ok
    finally:
        store.dispose()


def test_upgrade_at_head_is_a_no_op(db_url: str) -> None:
    store = open_store(db_url, upgrade=True)
    try:
        with store.write() as session:
            audit.append(session, "test.before")
        store.upgrade()
        reopened = open_store(db_url, upgrade=True)
        with reopened.read() as session:
            assert audit.verify(session).count == 1
        reopened.dispose()
    finally:
        store.dispose()


def test_models_match_migrations_detects_a_difference(db_url: str) -> None:
    # Guard against a comparison that can never fail: drop an index and expect a diff.
    store = open_store(db_url, upgrade=True)
    try:
        with store.engine.begin() as conn:
            conn.execute(text("DROP INDEX ix_case_file_state"))
        assert any("ix_case_file_state" in repr(item) for item in _diff(store))
    finally:
        store.dispose()


def test_refuses_to_migrate_foreign_tables(db_url: str) -> None:
    store = Store(db_url)
    try:
        with store.engine.begin() as conn:
            conn.execute(text("CREATE TABLE someone_elses (id INTEGER PRIMARY KEY)"))
        with pytest.raises(DatabaseError, match="no Countersign schema version"):
            store.upgrade()
        assert _tables(store) == {"someone_elses"}
    finally:
        store.dispose()


def _expect_refused(store: Store, statement: str) -> None:
    with pytest.raises(DBAPIError, match="append-only"), store.write() as session:
        session.execute(text(statement))


def test_audit_table_is_append_only(store: Store) -> None:
    with store.write() as session:
        for i in range(3):
            audit.append(session, "test.event", details={"i": i})
    _expect_refused(store, "UPDATE audit_event SET action = 'forged' WHERE seq = 2")
    _expect_refused(store, "DELETE FROM audit_event WHERE seq = 3")
    _expect_refused(store, "DELETE FROM audit_event")
    if store.dialect == "postgresql":
        _expect_refused(store, "TRUNCATE audit_event")
        _expect_refused(
            store,
            "INSERT INTO audit_event SELECT * FROM audit_event WHERE seq = 1 "
            "ON CONFLICT (seq) DO UPDATE SET action = 'forged'",
        )
    else:
        # REPLACE deletes the old row without firing DELETE triggers (recursive_triggers off).
        _expect_refused(
            store,
            "INSERT OR REPLACE INTO audit_event SELECT seq, at, user_id, username, 'forged', "
            "object_type, object_id, outcome, details, workstation, prev_hash, "
            "'f' || substr(hash, 2) FROM audit_event WHERE seq = 1",
        )
    with store.read() as session:
        report = audit.verify(session)
    assert (report.ok, report.count) == (True, 3)


def test_triggers_survive_downgrade_and_upgrade(db_url: str) -> None:
    store = open_store(db_url, upgrade=True)
    try:
        migrate.downgrade(store.engine, "base")
        store.upgrade()
        with store.write() as session:
            audit.append(session, "test.event")
        _expect_refused(store, "DELETE FROM audit_event")
    finally:
        store.dispose()


def test_concurrent_first_upgrades(db_url: str, tmp_path: Path) -> None:
    # Several workstations start the new version at once against one empty database.
    go = tmp_path / "go"
    readies = [tmp_path / f"ready-{i}" for i in range(3)]
    workers = [
        subprocess.Popen(worker_command("upgrade", db_url, "-", str(i), str(ready), str(go)),
                         stderr=subprocess.PIPE, text=True)
        for i, ready in enumerate(readies)
    ]
    try:
        deadline = time.monotonic() + 60
        while not all(r.exists() for r in readies):
            assert time.monotonic() < deadline, [w.poll() for w in workers]
            time.sleep(0.01)
        go.touch()
        errors = [w.communicate(timeout=120)[1] for w in workers]
        assert [w.returncode for w in workers] == [0, 0, 0], errors
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    store = open_store(db_url)
    try:
        assert store.current() == migrate.head_revision()
        assert _diff(store) == []
    finally:
        store.dispose()


def test_foreign_keys_enforced_after_upgrade(sqlite_url: str) -> None:
    # Migrations run with foreign keys off (batch mode); the pool must not keep that connection.
    store = open_store(sqlite_url, upgrade=True)
    try:
        with store.read() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        with pytest.raises(DBAPIError, match="FOREIGN KEY"), store.write() as session:
            session.execute(text(
                "INSERT INTO case_file (officer_id, state, title, transcript_status, "
                "created_at, updated_at) VALUES (42, 'in_review', '', 'none', "
                "'2026-01-01', '2026-01-01')"))
    finally:
        store.dispose()


def _revisions_in_order() -> list[str]:
    script = ScriptDirectory(str(paths.migrations_dir()))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_every_step_up_and_down(db_url: str) -> None:
    # One revision at a time, so each future migration's own downgrade is exercised.
    store = Store(db_url)
    try:
        revisions = _revisions_in_order()
        assert revisions[-1] == migrate.head_revision()
        for revision in revisions:
            migrate.upgrade(store.engine, revision)
            assert store.current() == revision
        for expected in [*reversed(revisions[:-1]), None]:
            migrate.downgrade(store.engine, "-1")
            assert store.current() == expected
        store.upgrade()
        assert _diff(store) == []
    finally:
        store.dispose()


def test_migrations_that_touch_the_audit_table_recreate_its_triggers() -> None:
    # Batch mode on SQLite rebuilds a table by copy-and-rename, which drops its triggers.
    touching = re.compile(r"(batch_alter_table|create_table|alter_column|add_column|drop_column)"
                          r"\(\s*['\"]audit_event['\"]")
    for script in sorted((paths.migrations_dir() / "versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        if touching.search(source):
            assert "trigger_statements(" in source, f"{script.name} drops the audit triggers"
