"""Shared by the repositories: driver errors as one line, UTC times, text hashes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session as Session  # re-exported: services type their sessions

from app.store.engine import DatabaseError


@contextmanager
def database_errors(display_url: str) -> Iterator[None]:
    """Turn a driver error (lost server, locked file, disk full) into one-line DatabaseError."""
    try:
        yield
    except SQLAlchemyError as exc:
        original = getattr(exc, "orig", None)
        lines = str(original if original is not None else exc).strip().splitlines()
        reason = lines[0] if lines else type(exc).__name__
        raise DatabaseError(f"{display_url}: database error ({reason})") from exc


def now_utc() -> datetime:
    return datetime.now(UTC)


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
