"""Persistence: engine, unit of work, ORM rows, audit chain, migrations, backup."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.store import audit, migrate
from app.store.engine import BUSY_TIMEOUT_MS, DatabaseError, make_engine

__all__ = ["DatabaseError", "Store", "audit", "open_store"]


class Store:
    """One database: `write()` and `read()` give a Session inside one transaction."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(
            self.engine.execution_options(sqlite_begin="DEFERRED"), expire_on_commit=False
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction (BEGIN IMMEDIATE on SQLite): commit on success, else roll back."""
        with self._writer.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader.begin() as session:
            yield session

    def check(self) -> None:
        """Raise DatabaseError (one line) when the database cannot be used at all."""
        self.probe()
        try:
            migrate.check_known(self.engine)
        except SQLAlchemyError as exc:
            raise DatabaseError(
                f"{self.display_url}: cannot read database ({_reason(exc)})"
            ) from exc

    def probe(self) -> None:
        """Connect once; a corrupt file or an unreachable server becomes one line."""
        try:
            with self.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
                conn.execute(text("SELECT 1"))
                if self.dialect == "sqlite":
                    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except SQLAlchemyError as exc:
            raise DatabaseError(
                f"{self.display_url}: cannot open database ({_reason(exc)})"
            ) from exc

    def upgrade(self) -> None:
        try:
            migrate.upgrade(self.engine)
        except SQLAlchemyError as exc:
            raise DatabaseError(f"{self.display_url}: migration failed ({_reason(exc)})") from exc

    def current(self) -> str | None:
        try:
            return migrate.current_revision(self.engine)
        except SQLAlchemyError as exc:
            raise DatabaseError(
                f"{self.display_url}: cannot read database ({_reason(exc)})"
            ) from exc

    @property
    def display_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def backup(self, out: Path) -> None:
        """A consistent online copy: SQLite's backup API, or pg_dump for PostgreSQL."""
        if out.exists() and out.is_dir():
            raise DatabaseError(f"{out}: is a folder, not a file")
        if not out.parent.is_dir():
            raise DatabaseError(f"{out}: folder {out.parent} does not exist")
        database = self.engine.url.database if self.dialect == "sqlite" else None
        if database and database != ":memory:":
            live = Path(database).resolve()
            if out.resolve() in (live, *(live.with_name(live.name + x) for x in ("-wal", "-shm"))):
                # Replacing the live file would send every open connection's writes to a
                # deleted inode.
                raise DatabaseError(f"{out}: is the database itself; choose another file")
        tmp = out.with_name(out.name + ".part")
        tmp.unlink(missing_ok=True)
        if self.dialect == "sqlite":
            self._backup_sqlite(tmp)
        else:
            self._backup_postgresql(tmp)
        tmp.replace(out)

    def _backup_sqlite(self, tmp: Path) -> None:
        database = self.engine.url.database
        if not database or database == ":memory:":
            raise DatabaseError("in-memory databases cannot be backed up")
        try:
            # closing(): sqlite3's own context manager commits but never closes.
            with closing(sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000)) as src, \
                    closing(sqlite3.connect(tmp)) as dst:
                src.backup(dst)  # one step: a consistent snapshot even while others write
                # Checkpointed and closed here, so the copy is one self-contained file.
                dst.execute("PRAGMA journal_mode=DELETE")
        except sqlite3.Error as exc:
            tmp.unlink(missing_ok=True)
            raise DatabaseError(f"{database}: backup failed ({exc})") from exc

    def _backup_postgresql(self, tmp: Path) -> None:
        pg_dump = shutil.which("pg_dump")
        if pg_dump is None:
            raise DatabaseError("pg_dump is not installed; install postgresql-client")
        url = self.engine.url.set(drivername="postgresql")
        env = dict(os.environ)
        if url.password is not None:
            # In the environment, not on the command line where `ps` would show it.
            env["PGPASSWORD"] = str(url.password)
            url = url.set(password=None)
        result = subprocess.run(
            [pg_dump, "--format=custom", f"--file={tmp}",
             f"--dbname={url.render_as_string(hide_password=False)}"],
            capture_output=True, text=True, check=False, env=env,
        )
        if result.returncode != 0:
            tmp.unlink(missing_ok=True)
            lines = result.stderr.strip().splitlines() or [f"exit status {result.returncode}"]
            raise DatabaseError(f"pg_dump failed: {lines[-1]}")

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(url: str, *, upgrade: bool = False) -> Store:
    store = Store(url)
    try:
        if upgrade:
            store.probe()
            store.upgrade()
        else:
            store.check()
    except BaseException:
        # Close the pool: an open SQLite connection would leave -wal/-shm files behind.
        store.dispose()
        raise
    return store


def _reason(exc: SQLAlchemyError) -> str:
    original = getattr(exc, "orig", None)
    message = str(original if original is not None else exc).strip().splitlines()
    return message[0] if message else type(exc).__name__
