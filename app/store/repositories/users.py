"""User rows: look-ups, credentials and the failed-login counters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import Role, User
from app.store.models import UserRecord
from app.store.repositories.base import _aware, _naive, now_utc

# ---------------------------------------------------------------------------------- users


@dataclass(frozen=True, slots=True)
class Credentials:
    user: User
    password_hash: str
    failed_count: int
    failed_window_start: datetime | None


def _user(row: UserRecord) -> User:
    return User(id=row.id, username=row.username, role=Role(row.role),
                display_name=row.display_name, badge=row.badge, active=row.active,
                locked=row.locked)


def count_users(session: Session) -> int:
    return int(session.execute(select(func.count(UserRecord.id))).scalar_one())


def find_user(session: Session, username: str) -> User | None:
    row = session.execute(
        select(UserRecord).where(UserRecord.username == username)
    ).scalar_one_or_none()
    return None if row is None else _user(row)


def user_by_id(session: Session, user_id: int) -> User | None:
    row = session.get(UserRecord, user_id)
    return None if row is None else _user(row)


def list_users(session: Session) -> list[User]:
    rows = session.execute(select(UserRecord).order_by(UserRecord.username)).scalars()
    return [_user(r) for r in rows]


def credentials(session: Session, username: str) -> Credentials | None:
    row = session.execute(
        select(UserRecord).where(UserRecord.username == username)
    ).scalar_one_or_none()
    if row is None:
        return None
    window = None if row.failed_window_start is None else _aware(row.failed_window_start)
    return Credentials(_user(row), row.password_hash, row.failed_count, window)


def add_user(session: Session, *, username: str, role: Role, password_hash: str,
             display_name: str = "", badge: str | None = None) -> User:
    row = UserRecord(username=username, role=role.value, password_hash=password_hash,
                     display_name=display_name, badge=badge, active=True, locked=False,
                     failed_count=0, failed_window_start=None, created_at=_naive(now_utc()))
    session.add(row)
    session.flush()
    return _user(row)


def set_password_hash(session: Session, user_id: int, password_hash: str) -> None:
    _user_row(session, user_id).password_hash = password_hash


def set_failures(session: Session, user_id: int, *, count: int,
                 window_start: datetime | None, locked: bool) -> None:
    row = _user_row(session, user_id)
    row.failed_count = count
    row.failed_window_start = None if window_start is None else _naive(window_start)
    row.locked = locked


def _user_row(session: Session, user_id: int) -> UserRecord:
    row = session.get(UserRecord, user_id)
    if row is None:
        raise LookupError(f"user {user_id} does not exist")
    return row
