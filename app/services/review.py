"""Reviewing a report: preview an edit, save it as a new version, acknowledge flags."""

from __future__ import annotations

from app.domain import (
    Action,
    Analysis,
    CaseDetail,
    ClaimStatus,
    FlagKind,
    Resolution,
    Severity,
)
from app.services import versions
from app.services.cases import detail
from app.services.context import Context
from app.services.errors import BadInput, NotFound, Refused, ServiceError
from app.services.session import AuthSession
from app.store import repositories as repo
from app.store.repositories import Session

MAX_NOTE_CHARS = 4000
# Confirming or dismissing these needs the officer's reason in a note.
NOTE_KINDS = frozenset({FlagKind.UNSUPPORTED_CLAIM, FlagKind.CONTRADICTED_CLAIM})
NOTE_STATUSES = frozenset({ClaimStatus.UNSUPPORTED, ClaimStatus.CONTRADICTED})


class ReviewService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def preview(self, actor: AuthSession, case_id: int, text: str) -> Analysis:
        """Re-verify an unsaved edit; writes nothing (a refusal is audited)."""
        ctx = self._ctx
        try:
            with ctx.read() as session:
                _, facts = ctx.require_case(session, actor, Action.EDIT_REPORT, case_id)
                return versions.analyze_case(ctx, session, case_id, versions.clean_report(text),
                                             officer_account=facts.officer_account,
                                             attention=facts.attention_sentence)
        except ServiceError as exc:
            ctx.refused(actor, "report_preview", exc, object_type="case", object_id=case_id)
            raise

    def save_version(self, actor: AuthSession, case_id: int, text: str) -> CaseDetail:
        """A new report version, re-verified; acknowledgements of surviving flags carry over."""
        ctx = self._ctx

        def body(session: Session) -> CaseDetail:
            user, facts = ctx.require_case(session, actor, Action.EDIT_REPORT, case_id)
            clean = versions.clean_report(text)
            current = repo.version(session, case_id, facts.version)
            if clean == current.text:
                raise BadInput(f"The report of case {case_id} is unchanged; nothing to save.")
            saved = versions.save(ctx, session, user, facts, clean,
                                  officer_account=facts.officer_account)
            ctx.audit(session, user, "report_save", object_type="case", object_id=case_id,
                      details={"version": saved.number, "origin": saved.origin.value,
                               "sha256": repo.text_sha256(clean), "state_was": facts.state.value,
                               "carried_over": list(saved.carried),
                               "resolved_by_edit": list(saved.resolved),
                               "voided_signature": saved.voided})
            return detail(session, case_id)

        return ctx.run(actor, "report_save", body, object_type="case", object_id=case_id)

    def acknowledge(self, actor: AuthSession, case_id: int, flag_id: str,
                    resolution: Resolution, note: str) -> CaseDetail:
        ctx = self._ctx
        note = note.strip()

        def body(session: Session) -> CaseDetail:
            user, facts = ctx.require_case(session, actor, Action.ACKNOWLEDGE_FLAG, case_id)
            analysis = repo.version(session, case_id, facts.version).analysis
            flag = analysis.flag(flag_id)
            if flag is None:
                raise NotFound(f"Case {case_id} has no flag {flag_id} in report version "
                               f"{facts.version}.")
            if flag.kind is FlagKind.ATTENTION_CHECK:
                raise Refused(f"Flag {flag_id} marks a sentence planted to check attention; "
                              "delete it from the report instead of acknowledging it.")
            if resolution is Resolution.RESOLVED_BY_EDIT:
                raise BadInput("resolved_by_edit is recorded by the system; choose edited, "
                               "confirmed or not_applicable.")
            if len(note) > MAX_NOTE_CHARS:
                raise BadInput(f"The note is too long (at most {MAX_NOTE_CHARS} characters).")
            claim = analysis.claim(flag.claim) if flag.claim else None
            needs_note = resolution in (Resolution.CONFIRMED, Resolution.NOT_APPLICABLE) and (
                flag.kind in NOTE_KINDS or flag.severity is Severity.HIGH
                or (claim is not None and claim.status in NOTE_STATUSES))
            if needs_note and not note:
                raise BadInput(f"Flag {flag_id} ({flag.kind.value}, {flag.severity.value}) needs "
                               f"a note saying why it is {resolution.value.replace('_', ' ')}.")
            repo.add_acknowledgement(session, case_id, facts.version, flag_id=flag_id,
                                     user_id=user.id, resolution=resolution, note=note)
            ctx.audit(session, user, "flag_acknowledge", object_type="case", object_id=case_id,
                      details={"flag": flag_id, "kind": flag.kind.value,
                               "severity": flag.severity.value, "resolution": resolution.value,
                               "note": note, "version": facts.version})
            return detail(session, case_id)

        return ctx.run(actor, "flag_acknowledge", body, object_type="case", object_id=case_id,
                       details={"flag": flag_id[:64], "resolution": resolution.value})
