"""The review workspace's opening: load a case off the GUI thread, then show it.

Also retries a failed transcription and re-checks the recording's SHA-256. A mixin of
ReviewPresenter (app.ui.presenters.review), which owns the state and the signals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain import Action, Analysis, CaseDetail, ReportState, Role, Transcript
from app.services.errors import ServiceError
from app.ui.widgets.review_notes import diff_html, return_banner
from app.ui.workers import CancelToken, ProgressFn
from app.verify.authorship import ai_spans

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from app.services import Services
    from app.services.auth import AuthSession
    from app.ui.dialogs import Dialogs
    from app.ui.state import ReviewState
    from app.ui.widgets.workspace import ReviewWorkspace
    from app.ui.workers import TaskRunner

_EDITABLE = {ReportState.IN_REVIEW, ReportState.RETURNED}


@dataclass(frozen=True)
class LoadedCase:
    case: CaseDetail
    transcript: Transcript | None
    ai_spans: list[tuple[int, int]]
    diff_html: str
    sign_blocker: str | None
    approve_blocker: str | None
    return_blocker: str | None


class ReviewLoading:
    """Open, reload and check a case: the "opening" part of ReviewPresenter."""

    if TYPE_CHECKING:  # provided by ReviewPresenter and its other mixins
        services: Services
        actor: AuthSession
        runner: TaskRunner
        dialogs: Dialogs
        view: ReviewWorkspace
        state: ReviewState
        case: CaseDetail | None
        transcript: Transcript | None
        analysis: Analysis
        saved_text: str
        editable: bool
        sign_blocker: str | None
        _gate_done: set[int]
        busy_changed: SignalInstance
        case_loaded: SignalInstance

        @property
        def case_id(self) -> int | None: ...
        @property
        def dirty(self) -> bool: ...
        def show_error(self, error: BaseException) -> None: ...
        def _update_side_panels(self, diff: str | None = None) -> None: ...
        def _update_buttons(self, loaded: LoadedCase | None = None) -> None: ...
        def _update_summary(self) -> None: ...
        def _update_timeline_flags(self) -> None: ...

    def open_case(self, case_id: int) -> None:
        services, actor = self.services, self.actor

        def work(_token: CancelToken, _progress: ProgressFn) -> LoadedCase:
            case = services.cases.get_case(actor, case_id)
            try:
                transcript: Transcript | None = services.cases.get_transcript(actor, case_id)
            except ServiceError:
                transcript = None
            blockers = {
                a: services.workflow.blocker(actor, a, case_id)
                for a in (Action.SIGN, Action.APPROVE, Action.RETURN)
            }
            return LoadedCase(
                case,
                transcript,
                ai_spans(case.first_draft.text, case.report.text),
                diff_html(case.first_draft.text, case.report.text),
                blockers[Action.SIGN],
                blockers[Action.APPROVE],
                blockers[Action.RETURN],
            )

        self.busy_changed.emit(True)
        self.runner.submit(work, on_done=self._on_case_loaded, on_error=self.show_error)

    def retry_transcription(self) -> None:
        """Transcribe the case's recording again (off the GUI thread), then reload the case."""
        if self.case is None:
            return
        services, actor, view, case_id = self.services, self.actor, self.view, self.case.id

        def work(token: CancelToken, progress: ProgressFn) -> CaseDetail:
            return services.cases.retry_transcription(actor, case_id, progress=progress,
                                                      cancel=token.event)

        def progressed(stage: str, fraction: float) -> None:
            if self.case_id == case_id:
                view.set_banner(f"Transcribing the recording again: {stage} {fraction:.0%}")

        def finished(result: CaseDetail | BaseException) -> None:
            if isinstance(result, BaseException):
                self.show_error(result)
            if self.case_id == case_id:
                self.open_case(case_id)  # the banner, transcript, flags and Sign follow

        view.set_banner("Transcribing the recording again ...")  # hides Retry meanwhile
        self.runner.submit(work, on_done=finished, on_error=finished, on_progress=progressed)

    def _check_integrity(self, case_id: int) -> None:
        """Re-hash the recording off the GUI thread; a mismatch is shown and audited."""
        services, actor, view = self.services, self.actor, self.view
        view.set_integrity("Checking the recording against its SHA-256 from import ...")

        def work(token: CancelToken, progress: ProgressFn) -> bool:
            return services.cases.check_media(actor, case_id, progress=progress,
                                              cancel=token.event)

        def progressed(_stage: str, fraction: float) -> None:
            if self.case_id == case_id:
                view.set_integrity(f"Checking the recording against its SHA-256 from import "
                                   f"... {fraction:.0%}")

        def done(ok: bool) -> None:
            if self.case_id != case_id:
                return
            if ok:
                view.set_integrity("Recording verified: identical to the file imported "
                                   "(SHA-256 matches).", "IntegrityOk")
                return
            message = ("INTEGRITY WARNING: the recording is missing or differs from the file "
                       "imported (SHA-256 mismatch). Do not rely on it; this was recorded in "
                       "the audit trail.")
            view.set_integrity(message, "IntegrityWarning")
            self.dialogs.error(view, message)

        def failed(error: BaseException) -> None:
            if self.case_id == case_id:
                view.set_integrity(f"The recording could not be checked: {error}",
                                   "IntegrityWarning")

        self.runner.submit(work, on_done=done, on_error=failed, on_progress=progressed)

    def _on_case_loaded(self, loaded: LoadedCase) -> None:
        self.busy_changed.emit(False)
        case, view = loaded.case, self.view
        same_case = self.case is not None and self.case.id == case.id
        was_dirty = same_case and self.dirty
        self.case, self.transcript = case, loaded.transcript
        self.analysis = case.report.analysis
        self.saved_text = case.report.text
        role = self.actor.user.role
        self.editable = (
            case.state in _EDITABLE
            and case.officer == self.actor.user.username
            and role in (Role.OFFICER, Role.ADMIN)
        )
        self.sign_blocker = loaded.sign_blocker
        view.title.setText(
            f"Case {case.id}" + (f" · {case.meta.case_number}" if case.meta.case_number else "")
        )
        view.subtitle.setText(
            f"{case.state.value.replace('_', ' ').capitalize()} · "
            f"officer {case.officer_name or case.officer}"
            + (f" (#{case.officer_badge})" if case.officer_badge else "")
            + f" · version {case.report.number} · created {case.created_at:%Y-%m-%d %H:%M}"
        )
        banner = return_banner(case)
        if not self.editable and role == Role.SERGEANT and case.state == ReportState.SIGNED:
            banner = (
                "Read-only review: approve the report or return it to the officer with a comment."
            )
        elif not self.editable and banner is None:
            banner = "Read-only: this report cannot be edited in its current state."
        retry = case.transcript_status != "complete"
        if retry:
            banner = _transcription_banner(case.transcript_status) + (
                f"\n{banner}" if banner else "")
        view.set_banner(banner, retry=retry and self.editable)
        if not same_case:
            media = case.media
            view.video.set_media(media.path if media else None, media.duration if media else None)
            if media:
                self._check_integrity(case.id)
            else:
                view.set_integrity(None)
            self.state.set_claim(None)
            self.state.set_position(0.0)
        if loaded.transcript is not None:
            view.transcript.set_transcript(
                loaded.transcript,
                threshold=self.services.settings.low_confidence_threshold,
                status=case.transcript_status,
            )
        view.transcript.set_read_only_names(not self.editable)
        if same_case and view.editor.toPlainText() == case.report.text:
            view.editor.set_analysis(case.report.analysis, loaded.ai_spans)  # keeps the cursor
        elif not (was_dirty and self.editable):
            view.editor.load(case.report.text, case.report.analysis, loaded.ai_spans)
        # else: the officer's unsaved text stays on screen; the next preview re-marks it.
        view.editor.setReadOnly(not self.editable)
        view.flags.set_flags(self.analysis.flags, case.acknowledgements, case.report.text)
        view.flags.set_read_only(not self.editable)
        self._update_side_panels(loaded.diff_html)
        self._update_timeline_flags()
        self._update_summary()
        self._update_buttons(loaded)
        needs_gate = (
            self.editable
            and case.officer_account is None
            and len(case.versions) == 1
            and not case.decisions
            and case.id not in self._gate_done
        )
        view.gate.configure(self.services.settings.officer_account_required)
        view.show_gate(needs_gate)
        self.case_loaded.emit(case.id)


def _transcription_banner(status: str) -> str:
    what = {"failed": "failed (the transcription process crashed, was killed or reported an "
                      "error)", "cancelled": "was cancelled"}.get(status, f"is {status}")
    return (f"Transcription {what}: only a partial transcript is kept and the report was not "
            "checked against the recording. Retry the transcription before signing.")
