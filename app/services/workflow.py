"""Sign, approve, return: the decisions on a report, each behind the permission rules."""

from __future__ import annotations

from app.domain import Action, CaseDetail, ReportState
from app.services.cases import detail
from app.services.context import Context, rule_facts
from app.services.errors import BadInput, OpenFlags, Refused, ServiceError
from app.services.permissions import check
from app.services.session import AuthSession
from app.store import repositories as repo
from app.store.repositories import Session

MAX_COMMENT_CHARS = 4000
_STATUS_WORDS = {"failed": "failed", "cancelled": "was cancelled", "partial": "is partial",
                 "none": "has not been made"}


def open_flags(session: Session, case_id: int, number: int) -> tuple[str, ...]:
    analysis = repo.version(session, case_id, number).analysis
    acked = repo.acknowledgements(session, case_id, number)
    return tuple(f.id for f in analysis.flags if f.id not in acked)


class WorkflowService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def blocker(self, actor: AuthSession, action: Action, case_id: int) -> str | None:
        """None when the actor may take `action` on the case now; else the plain reason."""
        try:
            with self._ctx.read() as session:
                user = self._ctx.actor_user(session, actor)
                if action in (Action.MANAGE_USERS, Action.IMPORT_CASE):
                    denial = check(user, action)
                    return None if denial is None else denial.reason
                facts = repo.case_facts(session, case_id)
                if facts is None:
                    denial = check(user, action)
                    return denial.reason if denial else f"Case {case_id} does not exist."
                denial = check(user, action, rule_facts(facts))
                if denial is not None:
                    return denial.reason
                if action is Action.SIGN:
                    self._signable(session, facts)
        except ServiceError as exc:
            return exc.message
        return None

    def _signable(self, session: Session, facts: repo.CaseFacts) -> None:
        status = repo.transcript_status(session, facts.id)
        if status != "complete":
            # The report was never verified against the whole recording.
            raise Refused(f"Case {facts.id} cannot be signed: the transcription "
                          f"{_STATUS_WORDS.get(status, 'is ' + status)}; transcribe the "
                          "recording again first.")
        if not repo.version(session, facts.id, facts.version).text.strip():
            raise Refused(f"Case {facts.id} has an empty report; write it before signing.")
        pending = open_flags(session, facts.id, facts.version)
        if pending:
            raise OpenFlags(f"Case {facts.id} cannot be signed: {len(pending)} flag"
                            f"{'s are' if len(pending) != 1 else ' is'} not acknowledged: "
                            f"{', '.join(pending)}.", pending)

    def sign(self, actor: AuthSession, case_id: int, password: str) -> CaseDetail:
        """The officer attests the report (password again); refused while flags are open."""
        ctx = self._ctx

        def body(session: Session) -> CaseDetail:
            user, facts = ctx.require_case(session, actor, Action.SIGN, case_id)
            self._signable(session, facts)
            ctx.check_password(session, user, password)
            repo.add_decision(session, case_id, facts.version, user_id=user.id, kind="sign",
                              comment=ctx.settings.attestation_text)
            repo.set_state(session, case_id, ReportState.SIGNED)
            version = repo.version(session, case_id, facts.version)
            ctx.audit(session, user, "report_sign", object_type="case", object_id=case_id,
                      details={"version": facts.version, "sha256": version.sha256,
                               "attestation_sha256": repo.text_sha256(
                                   ctx.settings.attestation_text)})
            return detail(session, case_id)

        return ctx.run(actor, "report_sign", body, object_type="case", object_id=case_id)

    def approve(self, actor: AuthSession, case_id: int, password: str) -> CaseDetail:
        ctx = self._ctx

        def body(session: Session) -> CaseDetail:
            user, facts = ctx.require_case(session, actor, Action.APPROVE, case_id)
            ctx.check_password(session, user, password)
            repo.add_decision(session, case_id, facts.version, user_id=user.id, kind="approve")
            repo.set_state(session, case_id, ReportState.APPROVED)
            ctx.audit(session, user, "report_approve", object_type="case", object_id=case_id,
                      details={"version": facts.version})
            return detail(session, case_id)

        return ctx.run(actor, "report_approve", body, object_type="case", object_id=case_id)

    def return_report(self, actor: AuthSession, case_id: int, comment: str) -> CaseDetail:
        """Send a signed report back to its officer with a comment (required)."""
        ctx = self._ctx
        comment = comment.strip()

        def body(session: Session) -> CaseDetail:
            user, facts = ctx.require_case(session, actor, Action.RETURN, case_id)
            if not comment:
                raise BadInput("A comment is required when returning a report.")
            if len(comment) > MAX_COMMENT_CHARS:
                raise BadInput(f"The comment is too long (at most {MAX_COMMENT_CHARS} "
                               "characters).")
            repo.add_decision(session, case_id, facts.version, user_id=user.id, kind="return",
                              comment=comment)
            repo.set_state(session, case_id, ReportState.RETURNED)
            ctx.audit(session, user, "report_return", object_type="case", object_id=case_id,
                      details={"version": facts.version, "comment": comment})
            return detail(session, case_id)

        return ctx.run(actor, "report_return", body, object_type="case", object_id=case_id)

