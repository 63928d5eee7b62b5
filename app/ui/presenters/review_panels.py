"""The review workspace's side panels, buttons and summary lines, kept in step with the case.

A mixin of ReviewPresenter (app.ui.presenters.review), which owns the state and the signals.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.domain import Analysis, CaseDetail, Flag, ReportState, Role, Transcript
from app.ui.widgets.review_notes import notes_html

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from app.services.auth import AuthSession
    from app.ui.presenters.review_loading import LoadedCase
    from app.ui.widgets.workspace import ReviewWorkspace


class ReviewPanels:
    """Refresh what the workspace shows around the editor: the "panels" part of ReviewPresenter."""

    if TYPE_CHECKING:  # provided by ReviewPresenter and its other mixins
        actor: AuthSession
        view: ReviewWorkspace
        case: CaseDetail | None
        transcript: Transcript | None
        analysis: Analysis
        editable: bool
        sign_blocker: str | None
        sign_status_changed: SignalInstance

        @property
        def dirty(self) -> bool: ...
        def flag_moment(self, flag: Flag) -> float | None: ...

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


def _without_flag_ids(reason: str | None) -> str | None:
    """The service's reason without its trailing list of flag ids (the panel lists the flags)."""
    if reason is None:
        return None
    return re.sub(r":\s*f-[0-9a-z]+(?:,\s*f-[0-9a-z]+)*\.?\s*$", ".", reason)
