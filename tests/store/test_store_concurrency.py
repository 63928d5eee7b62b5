"""Two processes appending to the audit trail at once leave one valid chain."""

from __future__ import annotations

import itertools
import subprocess
import time
from pathlib import Path

from sqlalchemy import select
from store_helpers import worker_command

from app.store import Store, audit
from app.store.models import AuditEventRecord

PER_WORKER = 1000


def test_two_processes_append_one_chain(store: Store, tmp_path: Path) -> None:
    go = tmp_path / "go"
    readies = [tmp_path / f"ready-{tag}" for tag in ("a", "b")]
    workers = [
        subprocess.Popen(
            worker_command("append", store.url, str(PER_WORKER), tag, str(ready), str(go)),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for tag, ready in zip(("a", "b"), readies, strict=True)
    ]
    try:
        deadline = time.monotonic() + 60
        while not all(r.exists() for r in readies):
            assert all(w.poll() is None for w in workers), [w.communicate() for w in workers]
            assert time.monotonic() < deadline, "workers never became ready"
            time.sleep(0.01)
        go.touch()  # both start together, so their appends really interleave
        for worker in workers:
            _, err = worker.communicate(timeout=240)
            assert worker.returncode == 0, err
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()

    with store.read() as session:
        report = audit.verify(session)
        owners = session.execute(
            select(AuditEventRecord.object_id).order_by(AuditEventRecord.seq)
        ).scalars().all()
        per_worker_order = {
            tag: [e.details["i"] for e in audit.events(session, object_type="worker",
                                                       object_id=tag)]
            for tag in ("a", "b")
        }
    assert report.ok, report.line()
    assert report.count == 2 * PER_WORKER
    assert owners.count("a") == owners.count("b") == PER_WORKER
    # Each worker's own events keep its order, and the two really did write at the same time.
    assert per_worker_order["a"] == per_worker_order["b"] == list(range(PER_WORKER))
    switches = sum(1 for x, y in itertools.pairwise(owners) if x != y)
    assert switches > 1, "the workers never overlapped, so nothing was tested"
