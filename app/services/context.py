"""What every service shares: the store, settings, engines, and the transaction pattern.

One call = one write transaction holding the change and its audit event. A refusal rolls that
transaction back and records its own audit event (outcome "refused") in a second one, so a
refused action changes nothing but the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from argon2 import PasswordHasher

from app.domain import Action, User
from app.services import passwords
from app.services.errors import (
    AuthenticationFailed,
    BadInput,
    Cancelled,
    NotFound,
    PermissionDenied,
    Refused,
    ServiceError,
)
from app.services.permissions import CaseFacts, Denial, check
from app.services.session import AuthSession
from app.settings import Settings
from app.store import DatabaseError, Store
from app.store import audit as chain
from app.store import repositories as repo
from app.store.repositories import Session

T = TypeVar("T")

LOGIN_FAILED = "Sign-in failed: wrong username or password, or the account is locked."
WRONG_PASSWORD = "The password is wrong."


class DatabaseProblem(BadInput):
    """The database cannot be used (unreachable, corrupt, newer schema). One line."""


class WrongPassword(AuthenticationFailed):
    """A re-authentication failed; counted towards the lockout like a failed sign-in."""

    def __init__(self, message: str, user_id: int) -> None:
        super().__init__(message)
        self.user_id = user_id


class Context:
    def __init__(self, store: Store, settings: Settings, hasher: PasswordHasher,
                 engines: Any) -> None:
        self.store = store
        self.settings = settings
        self.hasher = hasher
        self.engines = engines
        self.dummy = passwords.DummyCheck(hasher)

    # -- transactions
    @contextmanager
    def write(self) -> Iterator[Session]:
        try:
            with repo.database_errors(self.store.display_url), self.store.write() as session:
                yield session
        except DatabaseError as exc:
            raise DatabaseProblem(str(exc)) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with repo.database_errors(self.store.display_url), self.store.read() as session:
                yield session
        except DatabaseError as exc:
            raise DatabaseProblem(str(exc)) from exc

    def run(self, actor: AuthSession | None, action: str, body: Callable[[Session], T], *,
            object_type: str | None = None, object_id: str | int | None = None,
            details: Mapping[str, Any] | None = None) -> T:
        """Run `body` in one write transaction; audit a refusal in a separate one."""
        try:
            with self.write() as session:
                return body(session)
        except (Cancelled, DatabaseProblem):
            raise
        except ServiceError as exc:
            self.refused(actor, action, exc, object_type=object_type, object_id=object_id,
                         details=details)
            raise

    def refused(self, actor: AuthSession | None, action: str, exc: ServiceError, *,
                object_type: str | None = None, object_id: str | int | None = None,
                details: Mapping[str, Any] | None = None) -> None:
        with self.write() as session:
            if isinstance(exc, WrongPassword):
                self.count_failure(session, exc.user_id, action)
            self.audit(session, actor, action, outcome="refused", object_type=object_type,
                       object_id=object_id,
                       details={**(details or {}), "reason": exc.message,
                                "error": type(exc).__name__})

    def audit(self, session: Session, actor: AuthSession | User | None, action: str, *,
              outcome: str = "ok", object_type: str | None = None,
              object_id: str | int | None = None,
              details: Mapping[str, Any] | None = None) -> None:
        user = actor.user if isinstance(actor, AuthSession) else actor
        chain.append(session, action, outcome=outcome,
                     user_id=None if user is None else user.id,
                     username=None if user is None else user.username,
                     object_type=object_type, object_id=object_id, details=details)

    # -- who is acting
    def actor_user(self, session: Session, actor: AuthSession) -> User:
        """The actor as stored now: a deactivated or locked account acts no more."""
        user = repo.user_by_id(session, actor.user.id)
        if user is None or not user.active:
            raise PermissionDenied("Your account is no longer active.")
        if user.locked:
            raise AuthenticationFailed("Your account is locked; ask an administrator to unlock it.")
        return user

    def require(self, session: Session, actor: AuthSession, action: Action,
                case_id: int | None = None) -> tuple[User, repo.CaseFacts | None]:
        user = self.actor_user(session, actor)
        facts = None
        if case_id is not None:
            facts = repo.case_facts(session, case_id)
            if facts is None:
                denial = check(user, action)
                if denial is not None:
                    raise PermissionDenied(denial.reason)
                raise NotFound(f"Case {case_id} does not exist.")
        raise_denial(check(user, action, None if facts is None else rule_facts(facts)))
        return user, facts

    def require_case(self, session: Session, actor: AuthSession, action: Action,
                     case_id: int) -> tuple[User, repo.CaseFacts]:
        user, facts = self.require(session, actor, action, case_id)
        assert facts is not None
        return user, facts

    def check_password(self, session: Session, user: User, password: str) -> None:
        creds = repo.credentials(session, user.username)
        if creds is None or not passwords.verify(self.hasher, creds.password_hash, password):
            raise WrongPassword(WRONG_PASSWORD, user.id)

    def count_failure(self, session: Session, user_id: int, action: str) -> None:
        user = repo.user_by_id(session, user_id)
        if user is None:
            return
        creds = repo.credentials(session, user.username)
        assert creds is not None
        state = passwords.next_failure(creds.failed_count, creds.failed_window_start,
                                       repo.now_utc())
        repo.set_failures(session, user_id, count=state.count, window_start=state.window_start,
                          locked=state.locked or user.locked)
        if state.locked and not user.locked:
            self.audit(session, user, "account_lock", object_type="user", object_id=user.username,
                       details={"failures": state.count, "during": action})


def rule_facts(facts: repo.CaseFacts) -> CaseFacts:
    return CaseFacts(id=facts.id, officer_id=facts.officer_id, state=facts.state)


def raise_denial(denial: Denial | None) -> None:
    if denial is None:
        return
    if denial.permission:
        raise PermissionDenied(denial.reason)
    raise Refused(denial.reason)
