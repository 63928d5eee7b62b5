"""Password hashing (argon2id), the password policy and the lockout rule."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app import paths
from app.services.errors import BadInput

MIN_LENGTH = 12
MAX_LENGTH = 1024
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)


def default_hasher() -> PasswordHasher:
    """argon2-cffi's defaults: argon2id, 64 MiB, 3 passes, 4 lanes."""
    return PasswordHasher()


@functools.cache
def common_passwords() -> frozenset[str]:
    path = paths.resources_dir() / "common_passwords.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip().casefold() for line in lines if line.strip() and not line.startswith("#")
    )


def check_policy(password: str, username: str) -> None:
    """Length and a common-password list; no composition rules (NIST SP 800-63B)."""
    if len(password) < MIN_LENGTH:
        raise BadInput(f"The password must be at least {MIN_LENGTH} characters long.")
    if len(password) > MAX_LENGTH:
        raise BadInput(f"The password must be at most {MAX_LENGTH} characters long.")
    folded = password.casefold()
    if folded in common_passwords():
        raise BadInput("That password is on the list of common passwords; choose another.")
    if folded == username.casefold() or folded.strip() == "":
        raise BadInput("The password must not be the username.")


def verify(hasher: PasswordHasher, password_hash: str, password: str) -> bool:
    try:
        return bool(hasher.verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


class DummyCheck:
    """Verifies against a dummy hash so an unknown username costs as long as a wrong password."""

    def __init__(self, hasher: PasswordHasher) -> None:
        self._hasher = hasher
        self._hash: str | None = None

    def burn_time(self, password: str) -> None:
        if self._hash is None:
            self._hash = self._hasher.hash("countersign dummy password for unknown users")
        verify(self._hasher, self._hash, password)


@dataclass(frozen=True, slots=True)
class FailureState:
    count: int
    window_start: datetime
    locked: bool


def next_failure(count: int, window_start: datetime | None, now: datetime) -> FailureState:
    """5 failed attempts within 15 minutes lock the account (until an admin unlocks it)."""
    if window_start is None or now - window_start > FAILURE_WINDOW:
        return FailureState(1, now, MAX_FAILURES <= 1)
    count += 1
    return FailureState(count, window_start, count >= MAX_FAILURES)
