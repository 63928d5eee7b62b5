"""Sign-in, re-authentication, logout and the idle session lock, all audited."""

from __future__ import annotations

from app.domain import User
from app.services import passwords
from app.services.context import LOGIN_FAILED, Context, WrongPassword
from app.services.errors import AuthenticationFailed
from app.services.session import AuthSession
from app.store import repositories as repo
from app.store.repositories import Session

__all__ = ["AuthService", "AuthSession"]


class AuthService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def login(self, username: str, password: str, *,
              workstation: str | None = None) -> AuthSession:
        """An AuthSession, or AuthenticationFailed with a message that never says which part
        was wrong (unknown user, wrong password, locked or deactivated account)."""
        ctx = self._ctx
        outcome: User | None = None
        with ctx.write() as session:
            creds = repo.credentials(session, username)
            details: dict[str, object] = {"workstation": workstation} if workstation else {}
            if creds is None:
                ctx.dummy.burn_time(password)
                ctx.audit(session, None, "login", outcome="refused", object_type="user",
                          object_id=username[:64], details={**details, "reason": "unknown user"})
            elif not passwords.verify(ctx.hasher, creds.password_hash, password):
                ctx.audit(session, creds.user, "login", outcome="refused", object_type="user",
                          object_id=username,
                          details={**details, "reason": "wrong password",
                                   "locked": creds.user.locked})
                if not creds.user.locked:
                    ctx.count_failure(session, creds.user.id, "login")
            elif creds.user.locked or not creds.user.active:
                reason = "account locked" if creds.user.locked else "account deactivated"
                ctx.audit(session, creds.user, "login", outcome="refused", object_type="user",
                          object_id=username, details={**details, "reason": reason})
            else:
                repo.set_failures(session, creds.user.id, count=0, window_start=None,
                                  locked=False)
                if ctx.hasher.check_needs_rehash(creds.password_hash):
                    repo.set_password_hash(session, creds.user.id, ctx.hasher.hash(password))
                    details["rehashed"] = True
                ctx.audit(session, creds.user, "login", object_type="user", object_id=username,
                          details=details)
                outcome = creds.user
        if outcome is None:
            raise AuthenticationFailed(LOGIN_FAILED)
        return AuthSession(user=outcome, started_at=repo.now_utc())

    def reauthenticate(self, actor: AuthSession, password: str) -> None:
        """The password again before a privileged action; failures count towards the lockout."""
        self._check(actor, password, "reauthenticate")

    def logout(self, actor: AuthSession) -> None:
        with self._ctx.write() as session:
            self._ctx.audit(session, actor, "logout", object_type="user",
                            object_id=actor.user.username)

    def lock_session(self, actor: AuthSession) -> None:
        with self._ctx.write() as session:
            self._ctx.audit(session, actor, "session_lock", object_type="user",
                            object_id=actor.user.username)

    def unlock_session(self, actor: AuthSession, password: str) -> None:
        self._check(actor, password, "session_unlock")

    def _check(self, actor: AuthSession, password: str, action: str) -> None:
        ctx = self._ctx

        def body(session: Session) -> None:
            user = ctx.actor_user(session, actor)
            ctx.check_password(session, user, password)
            ctx.audit(session, user, action, object_type="user", object_id=user.username)

        try:
            ctx.run(actor, action, body, object_type="user", object_id=actor.user.username)
        except WrongPassword as exc:
            raise AuthenticationFailed(exc.message) from exc
