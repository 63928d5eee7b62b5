"""Fixtures for the store tests: an upgraded Store on SQLite or PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.store import Store, open_store


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = open_store(db_url, upgrade=True)
    try:
        yield opened
    finally:
        opened.dispose()


@pytest.fixture
def sqlite_store(sqlite_url: str) -> Iterator[Store]:
    opened = open_store(sqlite_url, upgrade=True)
    try:
        yield opened
    finally:
        opened.dispose()

