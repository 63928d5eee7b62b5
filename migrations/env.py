"""Alembic environment: uses the engine handed over by app.store.migrate (or the ini URL)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine, text

from app.store.engine import make_engine
from app.store.models import Base

config = context.config
target_metadata = Base.metadata

# Two workstations starting a new version against one PostgreSQL server both try to migrate.
_PG_MIGRATION_LOCK = 0x4D696772  # "Migr"


def _run(connection: Connection) -> None:
    dialect = connection.dialect.name
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        # SQLite DDL is transactional too: all migrations commit together or not at all.
        transactional_ddl=True,
    )
    with context.begin_transaction():
        if dialect == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
        context.run_migrations()
        if dialect == "sqlite":
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration left foreign key violations: {broken[:5]}")


def run_migrations_online() -> None:
    engine: Engine | None = config.attributes.get("engine")
    if engine is None:
        engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Batch mode rebuilds a table by copy, drop and rename; with foreign keys on,
            # dropping a table others refer to fails or cascades. The pragma only takes
            # effect outside a transaction, and foreign_key_check above stands in for it.
            raw = connection.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            _run(connection)
            if connection.in_transaction():
                connection.commit()
        finally:
            if sqlite:
                # Never hand a connection without foreign keys back to the pool.
                connection.invalidate()


run_migrations_online()
