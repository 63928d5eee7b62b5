"""Store.backup: a consistent copy that opens and verifies (SQLite backup API, pg_dump)."""

from __future__ import annotations

import sqlite3
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest
from store_helpers import worker_command

from app.store import DatabaseError, Store, audit, open_store


def _append(store: Store, n: int) -> None:
    for i in range(n):
        with store.write() as session:
            audit.append(session, "test.event", details={"i": i})


def _verify(store: Store) -> audit.AuditReport:
    with store.read() as session:
        return audit.verify(session)


def test_sqlite_backup_opens_and_verifies(sqlite_store: Store, tmp_path: Path) -> None:
    _append(sqlite_store, 25)
    out = tmp_path / "backup" / "copy.db"
    out.parent.mkdir()
    sqlite_store.backup(out)
    assert sorted(p.name for p in out.parent.iterdir()) == ["copy.db"]  # one file, no .part
    with sqlite3.connect(out) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    copy = open_store(f"sqlite:///{out}", upgrade=True)
    try:
        assert _verify(copy) == _verify(sqlite_store)
        assert _verify(copy).count == 25
    finally:
        copy.dispose()


def test_sqlite_backup_while_another_process_writes(sqlite_store: Store, tmp_path: Path) -> None:
    go = tmp_path / "go"
    go.touch()
    writer = subprocess.Popen(
        worker_command("append", sqlite_store.url, "300", "w", str(tmp_path / "ready"), str(go)),
        stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while _verify(sqlite_store).count < 30:
            assert writer.poll() is None, writer.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.01)
        out = tmp_path / "copy.db"
        sqlite_store.backup(out)
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    copy = open_store(f"sqlite:///{out}")
    try:
        report = _verify(copy)
    finally:
        copy.dispose()
    assert report.ok, report.line()
    assert 30 <= report.count <= 300
    with sqlite3.connect(out) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert _verify(sqlite_store).count == 300


@pytest.mark.postgres
def test_postgresql_backup_restores_and_verifies(
    pg_url: str, pg_server: Any, tmp_path: Path
) -> None:
    store = open_store(pg_url, upgrade=True)
    _append(store, 25)
    out = tmp_path / "countersign.dump"
    store.backup(out)
    original = _verify(store)
    store.dispose()
    assert out.stat().st_size > 0

    admin = pg_server.admin_conninfo()
    target = f"r_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{target}"')
    try:
        restored_url = pg_url.rsplit("/", 1)[0] + f"/{target}"
        restore = subprocess.run(
            [str(pg_server.bindir / "pg_restore"),
             f"--dbname={restored_url.replace('+psycopg', '')}", "--exit-on-error", str(out)],
            capture_output=True, text=True, check=False,
        )
        assert restore.returncode == 0, restore.stderr
        restored = open_store(restored_url)
        try:
            assert _verify(restored) == original
            assert original.count == 25
            with pytest.raises(Exception, match="append-only"), restored.write() as session:
                session.connection().exec_driver_sql("DELETE FROM audit_event")
        finally:
            restored.dispose()
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')


def test_backup_refuses_bad_targets(sqlite_store: Store, tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        sqlite_store.backup(tmp_path)
    with pytest.raises(DatabaseError, match="does not exist"):
        sqlite_store.backup(tmp_path / "missing" / "copy.db")
    assert not (tmp_path / "missing").exists()
    live = tmp_path / "countersign.db"
    with pytest.raises(DatabaseError, match="is the database itself"):
        sqlite_store.backup(live)
    with pytest.raises(DatabaseError, match="is the database itself"):
        sqlite_store.backup(tmp_path / "." / "countersign.db-wal")
