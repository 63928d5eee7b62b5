"""The review workspace's behaviour: open a case, link the panes, edit, acknowledge, decide.

Every service call runs in the TaskRunner; the GUI thread only applies the results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut

from app.domain import (
    Action,
    Analysis,
    CaseDetail,
    Flag,
    ReportState,
    Role,
    Transcript,
)
from app.services.errors import Cancelled, ServiceError
from app.ui.dialogs import Dialogs
from app.ui.presenters.review_actions import ReviewActions
from app.ui.widgets.review_notes import diff_html, notes_html, return_banner
from app.ui.widgets.workspace import ReviewWorkspace
from app.ui.workers import CancelToken, ProgressFn, TaskRunner
from app.verify.authorship import ai_spans

if TYPE_CHECKING:
    from app.services import Services
    from app.services.auth import AuthSession

PREVIEW_DEBOUNCE_MS = 600
# Seek this far before a claim's evidence so the reviewer hears the lead-in.
EVIDENCE_PREROLL_S = 1.0
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


class ReviewPresenter(QObject):
    status_changed = Signal(str)  # a passing message for the status bar
    sign_status_changed = Signal(str)  # why Sign is disabled, or that it is ready (persistent)
    case_changed = Signal(int)  # a decision or edit changed the case; lists should refresh
    case_loaded = Signal(int)
    busy_changed = Signal(bool)

    def __init__(
        self,
        services: Services,
        actor: AuthSession,
        runner: TaskRunner,
        dialogs: Dialogs,
        workspace: ReviewWorkspace,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.runner, self.dialogs = services, actor, runner, dialogs
        self.view = workspace
        self.state = workspace.state
        self.case: CaseDetail | None = None
        self.transcript: Transcript | None = None
        self.analysis = Analysis()
        self.saved_text = ""
        self.editable = False
        self.sign_blocker: str | None = None
        self._gate_done: set[int] = set()
        self._preview_generation = 0
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._preview_timer.timeout.connect(self._on_preview_timer_timeout)
        self.actions = ReviewActions(self)
        self._connect()

    def _connect(self) -> None:
        view = self.view
        view.editor.claim_clicked.connect(self.go_to_claim)
        view.editor.text_edited.connect(self._on_editor_text_edited)
        view.flags.go_to_text_requested.connect(self.show_flag_in_report)
        view.flags.go_to_moment_requested.connect(self.go_to_flag_moment)
        view.flags.current_flag_changed.connect(
            lambda f: self.state.set_flag(f.id if isinstance(f, Flag) else None)
        )
        view.flags.acknowledge_requested.connect(self.actions.acknowledge)
        view.transcript.speaker_rename_requested.connect(self.actions.rename_speaker)
        view.retry_button.clicked.connect(self.retry_transcription)
        view.save_button.clicked.connect(self.actions.save_version)
        view.sign_button.clicked.connect(self.actions.sign)
        view.approve_button.clicked.connect(self.actions.approve)
        view.return_button.clicked.connect(self.actions.return_report)
        view.gate.continue_button.clicked.connect(self.actions.save_officer_account)
        view.gate.skip_button.clicked.connect(self._on_gate_skipped)
        self.state.claim_selected.connect(view.editor.select_claim)
        view.ai_toggle.toggled.connect(lambda _on: self._update_summary())
        save = QShortcut(QKeySequence.StandardKey.Save, view)
        save.activated.connect(self.actions.save_version)
        # The left splitter holds video and transcript: Space/arrows work while either has focus.
        view.video.install_shortcuts(view.video.parentWidget() or view, view)

    # -- opening --------------------------------------------------------------------------
    @property
    def case_id(self) -> int | None:
        return self.case.id if self.case else None

    @property
    def dirty(self) -> bool:
        return self.editable and self.view.editor.toPlainText() != self.saved_text

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

    def _update_side_panels(self, diff: str | None = None) -> None:
        if self.case is None:
            return
        account = self.case.officer_account
        self.view.account_view.setPlainText(account or "The officer did not write an own account.")
        self.view.notes_view.setHtml(notes_html(self.case, self.transcript))
        if diff is not None:
            self.view.diff_view.setHtml(diff)

    def _update_buttons(self, loaded: LoadedCase | None = None) -> None:
        view, role = self.view, self.actor.user.role
        view.save_button.setVisible(self.editable)
        view.sign_button.setVisible(self.editable)
        sergeant = (
            role in (Role.SERGEANT, Role.ADMIN)
            and self.case is not None
            and self.case.state == ReportState.SIGNED
        )
        view.approve_button.setVisible(sergeant)
        view.return_button.setVisible(sergeant)
        if loaded is not None:
            for button, reason in (
                (view.approve_button, loaded.approve_blocker),
                (view.return_button, loaded.return_blocker),
            ):
                button.setEnabled(reason is None)
                button.setToolTip(reason or "")
        self.refresh_sign_state()

    def refresh_sign_state(self) -> None:
        """Mirror the workflow service's rule: Sign only when every flag is acknowledged."""
        if not self.editable or self.case is None:
            self.view.sign_button.setEnabled(False)
            self.sign_status_changed.emit("")
            return
        acks = self.case.acknowledgements
        open_now = [f for f in self.analysis.flags if f.id not in acks]
        reason = _without_flag_ids(self.sign_blocker)
        if self.dirty and open_now:
            reason = f"{len(open_now)} flag(s) in the edited text are not acknowledged yet."
        elif (self.dirty and reason is not None and not open_now
              and self.case.transcript_status == "complete"):
            reason = None  # the edit resolved what blocked signing; the service re-checks
        self.view.sign_button.setEnabled(reason is None)
        self.view.sign_button.setToolTip(
            f"Cannot sign yet: {reason}" if reason else "Sign the report (asks for your password)"
        )
        self.sign_status_changed.emit(f"Cannot sign yet: {reason}" if reason else "Ready to sign.")

    def _update_summary(self) -> None:
        summary = self.analysis.summary
        self.view.claims_summary.setText(
            f"{summary['claims']} claims: {summary['supported']} supported, "
            f"{summary['weak']} weak, "
            f"{summary['unsupported']} unsupported, {summary['contradicted']} contradicted"
            + (
                f" · blue shading: unchanged from the AI draft "
                f"({self.view.editor.ai_share():.0%} of the text)"
                if self.view.ai_toggle.isChecked()
                else ""
            )
        )
        if self.editable:
            self.view.edit_state.setText(
                "Unsaved edits — Save version (Ctrl+S)" if self.dirty else "All edits saved."
            )
        else:
            self.view.edit_state.setText("Read-only.")

    def _update_timeline_flags(self) -> None:
        marks = []
        for flag in self.analysis.flags:
            moment = self.flag_moment(flag)
            if moment is not None:
                marks.append((moment, flag.severity, flag.message))
        self.view.video.timeline.set_flag_marks(marks)

    # -- linking --------------------------------------------------------------------------
    @Slot(str)
    def go_to_claim(self, claim_id: str) -> None:
        claim = self.analysis.claim(claim_id)
        if claim is None:
            return
        self.state.set_claim(claim_id)
        self.view.transcript.select_segments([e.segment for e in claim.evidence])
        timed = [
            (e.start, e.end if e.end is not None else e.start)
            for e in claim.evidence
            if e.start is not None
        ]
        self.view.video.timeline.set_evidence(timed)
        if claim.evidence:
            self.state.set_segment(claim.evidence[0].segment)
        if timed:
            self.state.seek(max(0.0, float(timed[0][0]) - EVIDENCE_PREROLL_S))

    def flag_moment(self, flag: Flag) -> float | None:
        if flag.time is not None:
            return flag.time
        claim = self.analysis.claim(flag.claim) if flag.claim else None
        if claim is not None:
            starts = [e.start for e in claim.evidence if e.start is not None]
            if starts:
                return float(starts[0])
        if flag.segment is not None and self.transcript is not None:
            seg = self.transcript.segment(flag.segment)
            if seg is not None:
                return seg.start
        return None

    def show_flag_in_report(self, flag: Flag) -> None:
        span = self.view.editor.flag_span(flag.id)
        if span is None and flag.claim:
            span = self.view.editor.claim_span(flag.claim)
        if span is not None:
            self.view.editor.reveal_range(*span)
            self.view.editor.setFocus()
        if flag.claim:
            self.go_to_claim(flag.claim)

    def go_to_flag_moment(self, flag: Flag) -> None:
        moment = self.flag_moment(flag)
        if moment is None:
            self.status_changed.emit("This flag does not point to a moment in the recording.")
            return
        self.state.seek(max(0.0, moment - EVIDENCE_PREROLL_S))

    # -- editing --------------------------------------------------------------------------
    @Slot()
    def _on_editor_text_edited(self) -> None:
        if self.editable:
            self._preview_timer.start()
            self._update_summary()
            self.refresh_sign_state()

    @Slot()
    def _on_preview_timer_timeout(self) -> None:
        if self.case is None:
            return
        self._preview_generation += 1
        generation, text = self._preview_generation, self.view.editor.toPlainText()
        services, actor, case_id, draft = (
            self.services,
            self.actor,
            self.case.id,
            self.case.first_draft.text,
        )

        def work(
            _token: CancelToken, _progress: ProgressFn
        ) -> tuple[Analysis, list[tuple[int, int]]]:
            return services.review.preview(actor, case_id, text), ai_spans(draft, text)

        def done(result: tuple[Analysis, list[tuple[int, int]]]) -> None:
            # A newer edit supersedes this result; its own preview is already scheduled.
            if generation != self._preview_generation or self.view.editor.toPlainText() != text:
                return
            self.apply_analysis(result[0], result[1])

        self.runner.submit(work, on_done=done, on_error=self.show_error)

    def apply_analysis(self, analysis: Analysis, spans: list[tuple[int, int]] | None) -> None:
        self.analysis = analysis
        self.view.editor.set_analysis(analysis, spans)
        acks = self.case.acknowledgements if self.case else {}
        self.view.flags.set_flags(analysis.flags, acks, self.view.editor.toPlainText())
        self._update_timeline_flags()
        self._update_summary()
        self.refresh_sign_state()

    def apply_case(self, case: CaseDetail, sign_blocker: str | None) -> None:
        """A service returned the case after a save or acknowledgement."""
        self.case = case
        self.saved_text = case.report.text
        self.sign_blocker = sign_blocker
        if self.view.editor.toPlainText() == case.report.text:
            self.apply_analysis(
                case.report.analysis, ai_spans(case.first_draft.text, case.report.text)
            )
        self.view.flags.set_acknowledgements(case.acknowledgements)
        self._update_side_panels(diff_html(case.first_draft.text, case.report.text))
        self._update_summary()
        self.refresh_sign_state()
        self.case_changed.emit(case.id)

    def _on_gate_skipped(self) -> None:
        if self.case is not None:
            self._gate_done.add(self.case.id)
        self.view.show_gate(False)

    def mark_gate_done(self, case: CaseDetail) -> None:
        self._gate_done.add(case.id)
        self.case = case
        self._update_side_panels()
        self.view.show_gate(False)

    def show_error(self, error: BaseException) -> None:
        self.busy_changed.emit(False)
        if isinstance(error, Cancelled):
            self.status_changed.emit(error.message)
            return
        message = (
            error.message
            if isinstance(error, ServiceError)
            else (f"Something went wrong: {error.__class__.__name__}: {error}. Your text is kept.")
        )
        self.dialogs.error(self.view, message)

    def stop(self) -> None:
        self._preview_timer.stop()
        self.view.video.shutdown()


def _transcription_banner(status: str) -> str:
    what = {"failed": "failed (the transcription process crashed, was killed or reported an "
                      "error)", "cancelled": "was cancelled"}.get(status, f"is {status}")
    return (f"Transcription {what}: only a partial transcript is kept and the report was not "
            "checked against the recording. Retry the transcription before signing.")


def _without_flag_ids(reason: str | None) -> str | None:
    """The service's reason without its trailing list of flag ids (the panel lists the flags)."""
    if reason is None:
        return None
    return re.sub(r":\s*f-[0-9a-z]+(?:,\s*f-[0-9a-z]+)*\.?\s*$", ".", reason)
