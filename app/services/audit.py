"""The audit trail as the UI and the command line see it: verify the chain, read a case's
events, save and check a witness of the chain head."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.domain import Action
from app.domain.audit import AuditReport
from app.services.context import Context
from app.services.session import AuthSession
from app.store import audit as chain
from app.store import repositories as repo
from app.store.repositories import Session


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str | None
    action: str
    outcome: str
    details: dict[str, Any]


class AuditService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def verify(self) -> AuditReport:
        """Walk the whole chain; the first changed, deleted or reordered event and why."""
        with self._ctx.read() as session:
            return chain.verify(session)

    def head(self) -> tuple[int, str]:
        with self._ctx.read() as session:
            return chain.head(session)

    def check_witness(self, seq: int, hash_: str) -> str | None:
        """None when the chain still holds event `seq` with hash `hash_` (a saved witness);
        else why not (the tail was truncated or rewritten)."""
        with self._ctx.read() as session:
            found = repo.audit_hash_at(session, seq)
        if found is None:
            return f"event {seq} of the witness is missing: the trail was truncated"
        if found != hash_:
            return f"event {seq} no longer has the witnessed hash: the trail was rewritten"
        return None

    def case_events(self, actor: AuthSession, case_id: int) -> list[AuditEntry]:
        ctx = self._ctx

        def body(session: Session) -> list[AuditEntry]:
            user, _ = ctx.require_case(session, actor, Action.VIEW_CASE, case_id)
            entries = chain.events(session, object_type="case", object_id=str(case_id))
            ctx.audit(session, user, "audit_view", object_type="case", object_id=case_id)
            return [AuditEntry(e.seq, _parse(e.at), e.username, e.action, e.outcome,
                               dict(e.details)) for e in entries]

        return ctx.run(actor, "audit_view", body, object_type="case", object_id=case_id)


def _parse(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
