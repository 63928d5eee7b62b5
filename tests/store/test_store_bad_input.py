"""Databases that cannot be used: one clear line, and nothing written."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from app.store import DatabaseError, Store, audit, open_store


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def _one_line(exc: pytest.ExceptionInfo[DatabaseError]) -> str:
    message = str(exc.value)
    assert message
    assert "\n" not in message
    assert "Traceback" not in message
    return message


@pytest.mark.parametrize("upgrade", [False, True])
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("not a url", "not a valid database URL"),
        ("", "not a valid database URL"),
        ("postgresql+psycopg://user@localhost:notaport/db", "not a valid database URL"),
        ("mysql://user@localhost/db", "unsupported database"),
        ("oracle+cx_oracle://user@localhost/db", "unsupported database"),
        ("postgresql+nosuchdriver://user@localhost/db", "unsupported database driver"),
        ("postgresql+psycopg2://user@localhost/db", "unsupported database driver"),
        ("nosuchdialect://user@localhost/db", "unsupported database"),
    ],
)
def test_bad_urls(url: str, expected: str, upgrade: bool) -> None:
    with pytest.raises(DatabaseError) as exc:
        open_store(url, upgrade=upgrade)
    assert expected in _one_line(exc)


def test_password_never_shown() -> None:
    with pytest.raises(DatabaseError) as exc:
        open_store("postgresql+nosuchdriver://officer:hunter2@localhost/db")
    assert "hunter2" not in _one_line(exc)


@pytest.mark.parametrize("upgrade", [False, True])
def test_missing_folder(tmp_path: Path, upgrade: bool) -> None:
    missing = tmp_path / "no" / "such" / "folder"
    with pytest.raises(DatabaseError) as exc:
        open_store(f"sqlite:///{missing / 'countersign.db'}", upgrade=upgrade)
    assert str(missing) in _one_line(exc)
    assert "does not exist" in str(exc.value)
    assert not (tmp_path / "no").exists()


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(64 * 1024))


def _header_then_garbage(path: Path) -> None:
    # Looks like SQLite at first glance: a valid 100-byte header over random pages.
    good = path.with_name("good.db")
    with sqlite3.connect(good) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.executemany("INSERT INTO t VALUES (?)", [(os.urandom(200),) for _ in range(200)])
    data = bytearray(good.read_bytes())
    good.unlink()
    data[100:] = os.urandom(len(data) - 100)
    path.write_bytes(bytes(data))


def _countersign_db_with_garbage_pages(path: Path) -> None:
    # Page 1 (the schema) intact, every other page (tables, alembic_version) random.
    store = open_store(f"sqlite:///{path}", upgrade=True)
    with store.write() as session:
        for i in range(50):
            audit.append(session, "test.event", details={"padding": "x" * 500, "i": i})
    store.dispose()
    with sqlite3.connect(path) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.execute("PRAGMA journal_mode=DELETE")
    data = bytearray(path.read_bytes())
    data[page:] = os.urandom(len(data) - page)
    path.write_bytes(bytes(data))


def _text_file(path: Path) -> None:
    path.write_text("this is a report, not a database\n")


@pytest.mark.parametrize("upgrade", [False, True])
@pytest.mark.parametrize(
    "corrupt",
    [_random_bytes, _header_then_garbage, _countersign_db_with_garbage_pages, _text_file],
)
def test_corrupt_sqlite_file(tmp_path: Path, corrupt: object, upgrade: bool) -> None:
    path = tmp_path / "countersign.db"
    assert callable(corrupt)
    corrupt(path)
    before = _snapshot(tmp_path)
    with pytest.raises(DatabaseError) as exc:
        open_store(f"sqlite:///{path}", upgrade=upgrade)
    message = _one_line(exc)
    assert str(path) in message
    assert "cannot open database" in message or "cannot read database" in message
    assert _snapshot(tmp_path) == before


def _stamp_newer(store: Store) -> None:
    with store.write() as session:
        audit.append(session, "test.event")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")


@pytest.mark.parametrize("upgrade", [False, True])
@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_newer_schema_sqlite(sqlite_url: str, tmp_path: Path, upgrade: bool, journal: str) -> None:
    store = open_store(sqlite_url, upgrade=True)
    _stamp_newer(store)
    store.dispose()
    if journal == "delete":  # e.g. copied by a tool that left it in rollback-journal mode
        with sqlite3.connect(tmp_path / "countersign.db") as conn:
            assert conn.execute("PRAGMA journal_mode=DELETE").fetchone() == ("delete",)
    before = _snapshot(tmp_path)
    with pytest.raises(DatabaseError) as exc:
        open_store(sqlite_url, upgrade=upgrade)
    message = _one_line(exc)
    assert "9999_from_the_future" in message
    assert "newer than this version of Countersign" in message
    assert _snapshot(tmp_path) == before  # no backup, no WAL, no change


def test_upgrade_puts_an_existing_file_in_wal_mode(sqlite_url: str, tmp_path: Path) -> None:
    store = open_store(sqlite_url, upgrade=True)
    store.dispose()
    path = tmp_path / "countersign.db"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        conn.execute("PRAGMA journal_mode=DELETE")
    open_store(sqlite_url).dispose()  # opening alone leaves the file as it is
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    open_store(sqlite_url, upgrade=True).dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


@pytest.mark.postgres
@pytest.mark.parametrize("upgrade", [False, True])
def test_newer_schema_postgresql(pg_url: str, upgrade: bool) -> None:
    store = open_store(pg_url, upgrade=True)
    _stamp_newer(store)
    tables = set(inspect(store.engine).get_table_names())
    with pytest.raises(DatabaseError) as exc:
        open_store(pg_url, upgrade=upgrade)
    assert "newer than this version of Countersign" in _one_line(exc)
    assert set(inspect(store.engine).get_table_names()) == tables
    assert store.current() == "9999_from_the_future"
    with store.read() as session:
        assert audit.verify(session).count == 1
    store.dispose()


@pytest.mark.postgres
def test_postgresql_unreachable_or_missing(pg_url: str) -> None:
    missing_db = pg_url.rsplit("/", 1)[0] + "/no_such_database"
    with pytest.raises(DatabaseError) as exc:
        open_store(missing_db)
    assert "cannot open database" in _one_line(exc)
    closed_port = "postgresql+psycopg://postgres@127.0.0.1:1/countersign"
    with pytest.raises(DatabaseError) as exc:
        open_store(closed_port, upgrade=True)
    assert "cannot open database" in _one_line(exc)


def test_busy_file_gives_one_line(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(sqlite_url, upgrade=True).dispose()
    path = tmp_path / "countersign.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    monkeypatch.setattr("app.store.engine.BUSY_TIMEOUT_MS", 100)
    reader = sqlite3.connect(path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM audit_event").fetchall()  # holds a shared lock
        with pytest.raises(DatabaseError) as exc:
            open_store(sqlite_url, upgrade=True)
        assert "locked" in _one_line(exc)
    finally:
        reader.close()
