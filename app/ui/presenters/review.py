"""The review workspace's behaviour: open a case, link the panes, edit, acknowledge, decide.

Every service call runs in the TaskRunner; the GUI thread only applies the results.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut

from app.domain import Analysis, CaseDetail, Flag, Transcript
from app.services.errors import Cancelled, ServiceError
from app.ui.dialogs import Dialogs
from app.ui.presenters.review_actions import ReviewActions
from app.ui.presenters.review_linking import EVIDENCE_PREROLL_S, ReviewLinking
from app.ui.presenters.review_loading import LoadedCase, ReviewLoading
from app.ui.presenters.review_panels import ReviewPanels
from app.ui.widgets.review_notes import diff_html
from app.ui.widgets.workspace import ReviewWorkspace
from app.ui.workers import CancelToken, ProgressFn, TaskRunner
from app.verify.authorship import ai_spans

if TYPE_CHECKING:
    from app.services import Services
    from app.services.auth import AuthSession

__all__ = ["EVIDENCE_PREROLL_S", "PREVIEW_DEBOUNCE_MS", "LoadedCase", "ReviewPresenter"]

PREVIEW_DEBOUNCE_MS = 600


class ReviewPresenter(QObject, ReviewLoading, ReviewPanels, ReviewLinking):
    """The review workspace's behaviour. Opening a case (ReviewLoading), the panels around the
    editor (ReviewPanels) and claim/flag linking (ReviewLinking) live in their own modules;
    the commands are ReviewActions."""

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
