"""Where things live: bundled resources (also inside a PyInstaller build) and per-user folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Countersign"


def resource_root() -> Path:
    """The folder holding `resources/` and `migrations/` (the repo, or the frozen bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return resource_root() / "resources"


def migrations_dir() -> Path:
    return resource_root() / "migrations"


def user_data_dir() -> Path:
    override = os.environ.get("COUNTERSIGN_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_DIR_NAME, False))


def user_config_dir() -> Path:
    override = os.environ.get("COUNTERSIGN_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, False))


def user_log_dir() -> Path:
    return user_data_dir() / "logs"


def default_database_url() -> str:
    return f"sqlite:///{user_data_dir() / 'countersign.db'}"


def database_url(cli_value: str | None = None) -> str:
    """--db, else COUNTERSIGN_DATABASE_URL, else the per-user SQLite file."""
    return cli_value or os.environ.get("COUNTERSIGN_DATABASE_URL") or default_database_url()
