"""The result of walking the audit chain."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AuditReport:
    ok: bool
    count: int
    head_seq: int
    head_hash: str
    bad_seq: int | None = None
    reason: str | None = None

    def line(self) -> str:
        """`ok N events, head <seq> <hash>`, or the first bad event and why."""
        if self.ok:
            return f"ok {self.count} events, head {self.head_seq} {self.head_hash}"
        return f"broken at event {self.bad_seq}: {self.reason}"
