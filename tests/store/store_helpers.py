"""Helpers shared by the store tests (imported as a plain module: tests/ is not a package)."""

from __future__ import annotations

import sys
from pathlib import Path

from app.store import Store, audit

WORKER = Path(__file__).with_name("store_worker.py")


def worker_command(*args: str) -> list[str]:
    """The command line that runs tests/store/store_worker.py in a fresh interpreter."""
    return [sys.executable, str(WORKER), *args]


def drop_audit_triggers(store: Store) -> None:
    """What an attacker with file (or superuser) access does first."""
    with store.engine.begin() as conn:
        for statement in audit.DROP_TRIGGERS[store.dialect]:
            conn.exec_driver_sql(statement)


def tamper(store: Store, *statements: str) -> None:
    """Raw SQL, as an attacker with the sqlite3 or psql shell would type it."""
    with store.engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)
