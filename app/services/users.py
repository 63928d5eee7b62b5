"""User accounts: the first administrator, later accounts by an administrator, unlocking."""

from __future__ import annotations

import re

from app.domain import Action, Role, User
from app.services import passwords
from app.services.context import Context
from app.services.errors import BadInput, NotFound, PermissionDenied
from app.services.permissions import check
from app.services.session import AuthSession
from app.store import repositories as repo
from app.store.repositories import Session

USERNAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")


class UserService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def has_users(self) -> bool:
        with self._ctx.read() as session:
            return repo.count_users(session) > 0

    def add_user(self, actor: AuthSession | None, username: str, password: str, role: Role, *,
                 name: str = "", badge: str | None = None) -> User:
        """The first user of an empty database is an admin created with actor=None."""
        ctx = self._ctx
        username = username.strip()

        def body(session: Session) -> User:
            if actor is None:
                if repo.count_users(session) > 0:
                    raise PermissionDenied("Users already exist; sign in as an administrator "
                                           "to add one.")
                if role is not Role.ADMIN:
                    raise BadInput("The first user of a new database must be an admin "
                                   "(--role admin).")
            else:
                self._require_admin(session, actor)
            if not USERNAME.fullmatch(username):
                raise BadInput(f"{username!r} is not a valid username: use 1-64 letters, digits, "
                               "dots, dashes, underscores or @.")
            if repo.find_user(session, username) is not None:
                raise BadInput(f"The username {username} is already taken.")
            passwords.check_policy(password, username)
            user = repo.add_user(session, username=username, role=role,
                                 password_hash=ctx.hasher.hash(password),
                                 display_name=name.strip(),
                                 badge=(badge or "").strip() or None)
            ctx.audit(session, actor if actor is not None else user, "user_add",
                      object_type="user", object_id=username,
                      details={"role": role.value, "name": user.display_name,
                               "badge": user.badge, "first_admin": actor is None})
            return user

        return ctx.run(actor, "user_add", body, object_type="user", object_id=username[:64],
                       details={"role": role.value})

    def list_users(self, actor: AuthSession) -> list[User]:
        def body(session: Session) -> list[User]:
            self._require_admin(session, actor)
            self._ctx.audit(session, actor, "user_list", object_type="user")
            return repo.list_users(session)

        return self._ctx.run(actor, "user_list", body, object_type="user")

    def get(self, actor: AuthSession, username: str) -> User:
        """An admin may look up anyone; everybody may look up themselves."""
        def body(session: Session) -> User:
            me = self._ctx.actor_user(session, actor)
            if me.username != username:
                self._require_admin(session, actor)
            user = repo.find_user(session, username)
            if user is None:
                raise NotFound(f"There is no user {username}.")
            self._ctx.audit(session, actor, "user_view", object_type="user", object_id=username)
            return user

        return self._ctx.run(actor, "user_view", body, object_type="user",
                             object_id=username[:64])

    def unlock(self, actor: AuthSession, username: str) -> User:
        def body(session: Session) -> User:
            self._require_admin(session, actor)
            user = repo.find_user(session, username)
            if user is None:
                raise NotFound(f"There is no user {username}.")
            repo.set_failures(session, user.id, count=0, window_start=None, locked=False)
            self._ctx.audit(session, actor, "account_unlock", object_type="user",
                            object_id=username, details={"was_locked": user.locked})
            found = repo.find_user(session, username)
            assert found is not None
            return found

        return self._ctx.run(actor, "account_unlock", body, object_type="user",
                             object_id=username[:64])

    def _require_admin(self, session: Session, actor: AuthSession) -> User:
        user = self._ctx.actor_user(session, actor)
        denial = check(user, Action.MANAGE_USERS)
        if denial is not None:
            raise PermissionDenied(denial.reason)
        return user
