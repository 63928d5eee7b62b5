"""Engine construction: SQLite pragmas and BEGIN IMMEDIATE, PostgreSQL as is."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError


class DatabaseError(ValueError):
    """A database that cannot be used: bad URL, corrupt file, newer schema. One line."""


BUSY_TIMEOUT_MS = 15_000


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseError(f"{_redact(url)!r} is not a valid database URL") from exc
    shown = parsed.render_as_string(hide_password=True)
    try:
        if parsed.get_backend_name() == "sqlite":
            return _sqlite_engine(parsed)
        if parsed.get_backend_name() == "postgresql":
            if parsed.drivername == "postgresql":
                parsed = parsed.set(drivername="postgresql+psycopg")
            return create_engine(parsed, pool_pre_ping=True)
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseError(f"{shown!r}: unsupported database driver ({exc})") from exc
    raise DatabaseError(
        f"{shown!r}: unsupported database; use sqlite:///FILE or postgresql+psycopg://..."
    )


def _redact(url: str) -> str:
    # An unparsable URL may still carry a password between "://user:" and "@".
    return re.sub(r"(://[^:/@\s]*:)[^@\s]*@", r"\1***@", url)


def _sqlite_engine(parsed: URL) -> Engine:
    if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith(
        "file:"
    ):
        path = Path(parsed.database).expanduser()
        folder = path.resolve().parent
        if not folder.is_dir():
            raise DatabaseError(f"{parsed.database}: folder {folder} does not exist")
        parsed = parsed.set(database=str(path))
    engine = create_engine(
        parsed,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take transaction control from pysqlite so that we can emit BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # A new, empty file goes to WAL at once; an existing one only in migrate.upgrade,
        # after its schema is known, so that opening a database we refuse writes nothing.
        if cursor.execute("PRAGMA page_count").fetchone() == (0,):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock up front: a deferred BEGIN that later upgrades to a
        # write fails with "database is locked" under concurrent writers, busy timeout or not.
        mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def ensure_wal(engine: Engine) -> None:
    """Put an SQLite file in WAL mode (persistent); a no-op elsewhere or when already so."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        try:
            # On the raw connection, outside any transaction: journal_mode cannot change
            # inside one, and SQLAlchemy would begin one.
            mode = raw.execute("PRAGMA journal_mode").fetchone()
            if mode is not None and str(mode[0]).lower() not in ("wal", "memory"):
                raw.execute("PRAGMA journal_mode=WAL")
        except sqlite3.Error as exc:
            raise DatabaseError(
                f"{engine.url.database}: cannot switch to WAL journal mode ({exc})"
            ) from exc
