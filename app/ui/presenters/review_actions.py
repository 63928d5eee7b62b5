"""The review workspace's commands: save, acknowledge, sign, approve, return, rename a speaker.

Each asks its question through the dialogs facade, then runs the service call in a worker.
Unsaved text is saved as a version first, so an acknowledgement or signature always refers to
the text on screen, and a failure never discards what the officer typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.domain import Action, CaseDetail, Flag, Transcript

if TYPE_CHECKING:
    from app.ui.presenters.review import ReviewPresenter
    from app.ui.workers import CancelToken, ProgressFn


class ReviewActions(QObject):
    def __init__(self, presenter: ReviewPresenter) -> None:
        super().__init__(presenter)
        self.p = presenter

    def _case_label(self) -> str:
        case = self.p.case
        if case is None:
            return "this report"
        return f"case {case.id}" + (f" ({case.meta.case_number})" if case.meta.case_number else "")

    def _save_if_dirty(self) -> str | None:
        """The text to save first, or None when the saved version is what is on screen."""
        return self.p.view.editor.toPlainText() if self.p.dirty else None

    def _after_case_change(self, result: tuple[CaseDetail, str | None]) -> None:
        self.p.busy_changed.emit(False)
        self.p.apply_case(*result)

    def save_version(self) -> None:
        p = self.p
        if p.case is None or not p.editable or not p.dirty:
            return
        text, case_id, services, actor = p.view.editor.toPlainText(), p.case.id, p.services, p.actor

        def work(_t: CancelToken, _p: ProgressFn) -> tuple[CaseDetail, str | None]:
            case = services.review.save_version(actor, case_id, text)
            return case, services.workflow.blocker(actor, Action.SIGN, case_id)

        p.busy_changed.emit(True)
        p.runner.submit(work, on_done=self._after_case_change, on_error=p.show_error)

    def acknowledge(self, flag: Flag) -> None:
        p = self.p
        if p.case is None or not p.editable:
            return
        answer = p.dialogs.ask_acknowledgement(p.view, flag)
        if answer is None:
            return
        resolution, note = answer
        text, case_id, services, actor = self._save_if_dirty(), p.case.id, p.services, p.actor

        def work(_t: CancelToken, _p: ProgressFn) -> tuple[CaseDetail, str | None]:
            if text is not None:
                services.review.save_version(actor, case_id, text)
            case = services.review.acknowledge(actor, case_id, flag.id, resolution, note)
            return case, services.workflow.blocker(actor, Action.SIGN, case_id)

        def done(result: tuple[CaseDetail, str | None]) -> None:
            self._after_case_change(result)
            case = result[0]
            following = next(
                (f for f in p.analysis.flags if f.id not in case.acknowledgements), None
            )
            if following is not None:
                p.view.flags.select_flag(following.id)

        p.busy_changed.emit(True)
        p.runner.submit(work, on_done=done, on_error=p.show_error)

    def sign(self) -> None:
        p = self.p
        if p.case is None or not p.editable:
            return
        password = p.dialogs.ask_sign_password(
            p.view, p.services.settings.attestation_text, self._case_label()
        )
        if not password:
            return
        text, case_id, services, actor = self._save_if_dirty(), p.case.id, p.services, p.actor

        def work(_t: CancelToken, _p: ProgressFn) -> CaseDetail:
            if text is not None:
                services.review.save_version(actor, case_id, text)
            return services.workflow.sign(actor, case_id, password)

        self._decide(work, "The report is signed and sent to your sergeant.")

    def approve(self) -> None:
        p = self.p
        if p.case is None:
            return
        password = p.dialogs.ask_approve_password(p.view, self._case_label())
        if not password:
            return
        case_id, services, actor = p.case.id, p.services, p.actor
        self._decide(
            lambda _t, _p: services.workflow.approve(actor, case_id, password),
            "The report is approved.",
        )

    def return_report(self) -> None:
        p = self.p
        if p.case is None:
            return
        comment = p.dialogs.ask_return_comment(p.view, self._case_label())
        if not comment:
            return
        case_id, services, actor = p.case.id, p.services, p.actor
        self._decide(
            lambda _t, _p: services.workflow.return_report(actor, case_id, comment),
            "The report is returned to the officer with your comment.",
        )

    def _decide(self, work: Any, message: str) -> None:
        p = self.p

        def done(case: CaseDetail) -> None:
            p.busy_changed.emit(False)
            p.status_changed.emit(message)
            p.case_changed.emit(case.id)
            p.open_case(case.id)

        p.busy_changed.emit(True)
        p.runner.submit(work, on_done=done, on_error=p.show_error)

    def rename_speaker(self, old: str) -> None:
        p = self.p
        if p.case is None or not p.editable:
            return
        new = p.dialogs.ask_speaker_name(p.view, old)
        if not new:
            return
        case_id, services, actor = p.case.id, p.services, p.actor

        def done(transcript: Transcript) -> None:
            p.transcript = transcript
            p.view.transcript.set_transcript(
                transcript,
                threshold=p.services.settings.low_confidence_threshold,
                status=p.case.transcript_status if p.case else "complete",
            )

        p.runner.submit(
            lambda _t, _p: services.cases.rename_speaker(actor, case_id, old, new),
            on_done=done,
            on_error=p.show_error,
        )

    def save_officer_account(self) -> None:
        p = self.p
        if p.case is None:
            return
        text = p.view.gate.text.toPlainText().strip()
        if not text:
            p.mark_gate_done(p.case)
            return
        case_id, services, actor = p.case.id, p.services, p.actor
        p.runner.submit(
            lambda _t, _p: services.cases.set_officer_account(actor, case_id, text),
            on_done=p.mark_gate_done,
            on_error=p.show_error,
        )
