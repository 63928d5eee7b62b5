"""Administration commands: schema migrations, the audit trail, user accounts, backups."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.plumbing import (
    UsageError,
    _as_user,
    _database_url,
    _fail,
    _login,
    _read_text,
    _services,
    _settings,
)

if TYPE_CHECKING:
    from app.services import AuthSession, Services


def cmd_db(args: argparse.Namespace) -> int:
    from app.services import current_revision, open_services

    url = _database_url(args)
    if args.db_command == "upgrade":
        services = open_services(url, _settings(), upgrade=True)
        try:
            print(f"{services.database}: at revision {services.revision()}")
        finally:
            services.close()
    else:
        print(current_revision(url) or "none (empty database)")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        if args.audit_command == "head":
            seq, hash_ = services.audit.head()
            line = f"{seq} {hash_}"
            if args.out:
                _write(Path(args.out), line + "\n")
            print(line)
            return 0
        report = services.audit.verify()
        print(report.line())
        if not report.ok:
            return 1
        if args.witness:
            seq, hash_ = _witness(Path(args.witness))
            problem = services.audit.check_witness(seq, hash_)
            if problem is not None:
                _fail(f"{args.witness}: {problem}")
                return 1
            print(f"witness {seq} {hash_} ok")
        return 0
    finally:
        services.close()


def _witness(path: Path) -> tuple[int, str]:
    parts = _read_text(path, "witness").split()
    if len(parts) != 2 or not parts[0].isdigit() or len(parts[1]) != 64:
        raise UsageError(f"{path}: not a witness file (expected '<seq> <sha256>')")
    return int(parts[0]), parts[1]


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{path}: cannot write ({exc.strerror or exc})") from exc


# ------------------------------------------------------------------------------- users


def cmd_user_add(args: argparse.Namespace) -> int:
    from app.domain import Role

    services = _services(args)
    try:
        actor = None
        if services.users.has_users():
            if not args.actor:
                raise UsageError("users already exist: add one --as an administrator")
            actor, _ = _login(services, args.actor)
        password = _new_password(args.username)
        user = services.users.add_user(actor, args.username, password, Role(args.role),
                                       name=args.name or "", badge=args.badge)
        print(f"user {user.username} added ({user.role.value})")
        return 0
    finally:
        services.close()


def _new_password(username: str) -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise UsageError(f"no password for the new user {username} on stdin")
        return line.rstrip("\r\n")
    first = getpass.getpass(f"New password for {username}: ")
    if getpass.getpass("Repeat it: ") != first:
        raise UsageError("the two passwords differ")
    return first


@_as_user
def cmd_user_unlock(services: Services, actor: AuthSession, _pw: str,
                    args: argparse.Namespace) -> int:
    user = services.users.unlock(actor, args.username)
    print(f"user {user.username} unlocked")
    return 0


@_as_user
def cmd_backup(services: Services, actor: AuthSession, _pw: str,
               args: argparse.Namespace) -> int:
    print(services.backup(actor, Path(args.out)))
    return 0
