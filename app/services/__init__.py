"""Use cases: the only place rules are enforced. The UI and the CLI are faces over these.

`open_services(url, settings)` builds everything; each method runs in one transaction,
checks the actor's permission and writes its audit event.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher

from app.domain.audit import AuditReport
from app.services.audit import AuditEntry, AuditService
from app.services.auth import AuthService
from app.services.cases import CaseService
from app.services.context import Context, DatabaseProblem
from app.services.drafting import DraftingService
from app.services.engines import Engines
from app.services.errors import (
    AuthenticationFailed,
    BadInput,
    Cancelled,
    NotFound,
    OpenFlags,
    PermissionDenied,
    Refused,
    ServiceError,
)
from app.services.exports import ExportResult, ExportService
from app.services.passwords import default_hasher
from app.services.permissions import may_back_up
from app.services.review import ReviewService
from app.services.session import AuthSession
from app.services.users import UserService
from app.services.workflow import WorkflowService
from app.settings import Settings
from app.store import DatabaseError, Store, open_store

__all__ = [
    "AuditEntry", "AuditReport", "AuthSession", "AuthenticationFailed", "BadInput", "Cancelled",
    "DatabaseProblem", "ExportResult", "NotFound", "OpenFlags", "PermissionDenied", "Refused",
    "ServiceError", "Services", "current_revision", "open_services",
]


class Services:
    """Every service over one database. Safe to share between threads: each call opens its
    own session."""

    def __init__(self, store: Store, settings: Settings, *,
                 hasher: PasswordHasher | None = None, engines: Any = None) -> None:
        self._ctx = Context(store, settings, hasher or default_hasher(), engines or Engines())
        self.settings = settings
        self.auth = AuthService(self._ctx)
        self.users = UserService(self._ctx)
        self.cases = CaseService(self._ctx)
        self.review = ReviewService(self._ctx)
        self.workflow = WorkflowService(self._ctx)
        self.exports = ExportService(self._ctx)
        self.audit = AuditService(self._ctx)
        self.drafting = DraftingService(self._ctx)

    @property
    def database(self) -> str:
        """The database URL without its password."""
        return self._ctx.store.display_url

    def revision(self) -> str | None:
        try:
            return self._ctx.store.current()
        except DatabaseError as exc:
            raise DatabaseProblem(str(exc)) from exc

    def backup(self, actor: AuthSession, out: Path) -> Path:
        """A consistent online copy of the whole database (administrators only)."""
        ctx = self._ctx
        out = Path(out).expanduser()

        def allowed(session: Any) -> None:
            user = ctx.actor_user(session, actor)
            denial = may_back_up(user)
            if denial is not None:
                raise PermissionDenied(denial.reason)
            ctx.audit(session, user, "backup", object_type="database",
                      details={"out": str(out)})

        # Audited first, so that the copy holds its own backup event.
        ctx.run(actor, "backup", allowed, object_type="database", details={"out": str(out)})
        try:
            ctx.store.backup(out)
        except (DatabaseError, OSError, sqlite3.Error) as exc:
            error = BadInput(str(exc) if isinstance(exc, DatabaseError)
                             else f"{out}: backup failed ({exc})")
            ctx.refused(actor, "backup", error, object_type="database")
            raise error from exc
        return out

    def close(self) -> None:
        self._ctx.store.dispose()


def open_services(database_url: str, settings: Settings, *, upgrade: bool = True,
                  hasher: PasswordHasher | None = None, engines: Any = None) -> Services:
    """Open the database (migrating it to the newest schema when `upgrade`) and wire the
    services. DatabaseProblem (one line) when it cannot be used."""
    try:
        store = open_store(database_url, upgrade=upgrade)
    except DatabaseError as exc:
        raise DatabaseProblem(str(exc)) from exc
    return Services(store, settings, hasher=hasher, engines=engines)


def current_revision(database_url: str) -> str | None:
    """The schema revision of a database, without migrating it."""
    try:
        store = Store(database_url)
        try:
            store.probe()
            return store.current()
        finally:
            store.dispose()
    except DatabaseError as exc:
        raise DatabaseProblem(str(exc)) from exc
