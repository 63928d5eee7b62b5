"""Child processes for the store tests (run as a script, so each is a real separate process).

    store_worker.py append URL COUNT TAG READY_FILE GO_FILE
        appends COUNT audit events, one transaction each, after GO_FILE appears
    store_worker.py upgrade URL - TAG READY_FILE GO_FILE
        opens the database with upgrade=True after GO_FILE appears
    store_worker.py users URL COUNT TAG
        COUNT audited writes (a UserRecord and its audit event in one transaction);
        prints each committed user id on stdout after its commit
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from app.store import Store, audit, open_store
from app.store.models import UserRecord


def _wait_for(path: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"{path} never appeared")
        time.sleep(0.005)


def append_events(url: str, count: int, tag: str, ready: Path, go: Path) -> None:
    store = Store(url)
    with store.read() as session:  # connect before the start line, not after it
        audit.head(session)
    ready.write_text("ready")
    _wait_for(go)
    for i in range(count):
        with store.write() as session:
            audit.append(session, "test.append", object_type="worker", object_id=tag,
                         details={"i": i, "tag": tag})
        # a breath between writes, as any real client takes: SQLite's lock is not fair, so a
        # writer that never pauses can starve the other process and nothing interleaves
        time.sleep(0.001)
    store.dispose()


def upgrade(url: str, ready: Path, go: Path) -> None:
    ready.write_text("ready")
    _wait_for(go)
    open_store(url, upgrade=True).dispose()


def audited_users(url: str, count: int, tag: str, out_fd: int | None = None) -> None:
    store = Store(url)
    out = sys.stdout.fileno() if out_fd is None else out_fd
    for i in range(count):
        with store.write() as session:
            user = UserRecord(username=f"{tag}-{i}", display_name=f"User {i}", role="officer",
                              password_hash="x", created_at=datetime.now(UTC))
            session.add(user)
            session.flush()
            audit.append(session, "user.add", user_id=user.id, username=user.username,
                         object_type="user", object_id=user.id, details={"role": "officer"})
            user_id = user.id
        # Only after the commit returned: the parent holds us to every id printed here.
        os.write(out, f"{user_id}\n".encode())
    store.dispose()


def main(argv: list[str]) -> None:
    command, url, count, tag, *rest = argv
    if command == "append":
        append_events(url, int(count), tag, Path(rest[0]), Path(rest[1]))
    elif command == "upgrade":
        upgrade(url, Path(rest[0]), Path(rest[1]))
    elif command == "users":
        audited_users(url, int(count), tag)
    else:
        raise SystemExit(f"unknown command {command!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
