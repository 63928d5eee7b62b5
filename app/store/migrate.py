"""Alembic migrations run from code (also inside a frozen build), with a backup first."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from app import paths
from app.store.engine import DatabaseError, ensure_wal


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    script = ScriptDirectory(str(paths.migrations_dir()))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_known(engine: Engine) -> str | None:
    """The current revision; DatabaseError when the schema is newer than this program."""
    current = current_revision(engine)
    if current is None:
        return None
    script = ScriptDirectory(str(paths.migrations_dir()))
    try:
        script.get_revision(current)
    except Exception as exc:
        raise DatabaseError(
            f"{engine.url.render_as_string(hide_password=True)}: the database schema "
            f"({current}) is newer than this version of Countersign; update the program"
        ) from exc
    return current


def upgrade(engine: Engine, revision: str = "head") -> None:
    current = check_known(engine)
    ensure_wal(engine)
    if current == head_revision() and revision == "head":
        return
    if current is not None:
        _backup_sqlite(engine, current)
    elif set(inspect(engine).get_table_names()) - {"alembic_version"}:
        # An empty alembic_version is what a downgrade to base leaves behind. Tables with no
        # version may also be another process's migration that committed a moment ago.
        current = check_known(engine)
        if current is not None:
            if current != head_revision() or revision != "head":
                command.upgrade(alembic_config(engine), revision)
            return
        raise DatabaseError(
            f"{engine.url.render_as_string(hide_password=True)}: holds tables but no "
            "Countersign schema version; refusing to migrate it"
        )
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    command.downgrade(alembic_config(engine), revision)


def _backup_sqlite(engine: Engine, current: str) -> Path | None:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    source = Path(database)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = source.with_name(f"{source.name}.{current}.{stamp}.bak")
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target
