"""The command line's shared plumbing: exit-2 errors, settings, the database, logging in."""

from __future__ import annotations

import argparse
import getpass
import os
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app import paths
from app.settings import Settings, load_settings

if TYPE_CHECKING:
    from app.services import AuthSession, Services

PROG = "countersign"
ROLES = ("officer", "sergeant", "records_clerk", "admin")
STATES = ("in_review", "signed", "returned", "approved", "exported")
RESOLUTIONS = ("edited", "confirmed", "not_applicable")


class UsageError(Exception):
    """Bad input found by the command line itself (exit 2)."""


def _fail(message: str) -> None:
    print(" ".join(message.split()), file=sys.stderr)


# ------------------------------------------------------------------------------- plumbing


def _settings(*, llm: bool = False) -> Settings:
    """Settings; the LLM API key only for the commands that draft (`llm`), because asking the
    OS keyring costs time at every start (or a keyring unlock prompt on some desktops)."""
    if llm:
        return load_settings()
    environ = dict(os.environ)
    environ.setdefault("COUNTERSIGN_LLM_API_KEY", "-")
    return load_settings(environ=environ).replace(llm_api_key=None)


def _database_url(args: argparse.Namespace) -> str:
    url = getattr(args, "db", None) or os.environ.get("COUNTERSIGN_DATABASE_URL")
    if url:
        return str(url)
    paths.user_data_dir().mkdir(parents=True, exist_ok=True)
    return paths.default_database_url()


def _services(args: argparse.Namespace, *, upgrade: bool = True, llm: bool = False) -> Services:
    from app.services import open_services

    return open_services(_database_url(args), _settings(llm=llm), upgrade=upgrade)


def _password(username: str) -> str:
    env = os.environ.get("COUNTERSIGN_PASSWORD")
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise UsageError(f"no password for {username}: set COUNTERSIGN_PASSWORD or run the "
                         "command in a terminal")
    return getpass.getpass(f"Password for {username}: ")


def _login(services: Services, username: str) -> tuple[AuthSession, str]:
    password = _password(username)
    return services.auth.login(username, password, workstation=socket.gethostname()), password


def _read_text(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise UsageError(f"{path}: no such {what} file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the {what} ({exc})") from exc


def _with_services(run: Callable[[Services, argparse.Namespace], int]
                   ) -> Callable[[argparse.Namespace], int]:
    def handler(args: argparse.Namespace) -> int:
        services = _services(args)
        try:
            return run(services, args)
        finally:
            services.close()

    return handler


def _as_user(run: Callable[[Services, AuthSession, str, argparse.Namespace], int]
             ) -> Callable[[argparse.Namespace], int]:
    def with_login(services: Services, args: argparse.Namespace) -> int:
        actor, password = _login(services, args.actor)
        return run(services, actor, password, args)

    return _with_services(with_login)
