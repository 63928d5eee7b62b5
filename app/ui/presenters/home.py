"""The home page's behaviour per role: load the case list, import a case, export a report."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.domain import CaseSummary, ReportState, Role
from app.services.errors import Cancelled, ServiceError
from app.ui.dialogs import Dialogs, ImportRequest
from app.ui.widgets.home import HomePage
from app.ui.workers import CancelToken, ProgressFn, TaskRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from app.services import Services
    from app.services.auth import AuthSession
    from app.services.exports import ExportResult

CLERK_STATES = [ReportState.APPROVED, ReportState.EXPORTED]


class HomePresenter(QObject):
    case_imported = Signal(int)
    status_changed = Signal(str)

    def __init__(
        self,
        services: Services,
        actor: AuthSession,
        runner: TaskRunner,
        dialogs: Dialogs,
        page: HomePage,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.runner, self.dialogs, self.page = (
            services,
            actor,
            runner,
            dialogs,
            page,
        )
        self.progress_dialog: QProgressDialog | None = None
        self._configure()
        page.refresh_requested.connect(self.refresh)
        page.import_requested.connect(self.import_case)
        page.export_requested.connect(self.export)

    def _configure(self) -> None:
        user = self.actor.user
        if user.role == Role.SERGEANT:
            self.page.configure(
                title="Review queue",
                subtitle="Signed reports waiting for your approval. "
                "Choose “All” to see every case.",
                states=list(ReportState),
                default_state=ReportState.SIGNED,
                username=None,
                mine=False,
                can_import=False,
                can_export=False,
            )
        elif user.role == Role.RECORDS_CLERK:
            self.page.configure(
                title="Approved reports",
                subtitle="Reports approved by a sergeant, ready to export.",
                states=CLERK_STATES,
                default_state=None,
                username=None,
                mine=False,
                can_import=False,
                can_export=True,
            )
            available, reason = self.services.exports.pdf_available()
            self.page.set_pdf_available(available, reason)
        elif user.role == Role.ADMIN:
            self.page.configure(
                title="Administration",
                subtitle="Administrators manage user accounts and agency settings (File ▸ "
                "Settings). Case records are visible only to officers, sergeants and records "
                "clerks (separation of duties).",
                states=list(ReportState),
                default_state=None,
                username=None,
                mine=False,
                can_import=False,
                can_export=False,
            )
        else:
            self.page.configure(
                title="My cases",
                subtitle="",
                states=list(ReportState),
                default_state=None,
                username=user.username,
                mine=user.role == Role.OFFICER,
                can_import=True,
                can_export=False,
            )

    def refresh(self) -> None:
        if self.actor.user.role == Role.ADMIN:
            return
        services, actor = self.services, self.actor
        clerk = actor.user.role == Role.RECORDS_CLERK

        def work(_t: CancelToken, _p: ProgressFn) -> list[CaseSummary]:
            if clerk:
                # The clerk's list is the approved (and already exported) reports, nothing else.
                return [c for s in CLERK_STATES for c in services.cases.list_cases(actor, state=s)]
            return services.cases.list_cases(actor)

        selected = self.page.selected_case_id()

        def done(cases: list[CaseSummary]) -> None:
            self.page.model.set_cases(cases)
            if selected is not None:
                self.page.select_case(selected)
            self.status_changed.emit(f"Case list updated at {datetime.now():%H:%M}.")

        self.runner.submit(work, on_done=done, on_error=self._on_error)

    # -- import ---------------------------------------------------------------------------
    def import_case(self) -> None:
        request = self.dialogs.ask_import(
            self.page, self.services.settings.officer_account_required
        )
        if request is None:
            return
        self.run_import(request)

    def run_import(self, request: ImportRequest) -> None:
        services, actor = self.services, self.actor
        dialog = self.dialogs.progress(self.page, "Importing case", "Starting…")
        self.progress_dialog = dialog

        def work(token: CancelToken, progress: ProgressFn) -> int:
            return services.cases.import_case(
                actor,
                media=request.media,
                transcript=request.transcript,
                draft=request.draft,
                meta=request.meta,
                officer_account=request.officer_account,
                progress=progress,
                cancel=token.event,
            )

        def on_progress(stage: str, fraction: float) -> None:
            dialog.setLabelText(stage)
            dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

        def finish() -> None:
            dialog.close()
            self.progress_dialog = None

        def done(case_id: int) -> None:
            finish()
            self.status_changed.emit(f"Case {case_id} imported.")
            self.refresh()
            self.case_imported.emit(case_id)

        def failed(error: BaseException) -> None:
            finish()
            if isinstance(error, Cancelled):
                self.status_changed.emit("Import cancelled; nothing was recorded.")
                return
            self._on_error(error)

        handle = self.runner.submit(work, on_done=done, on_error=failed, on_progress=on_progress)
        # A lambda, not `handle.cancel`: PySide keeps only a weak reference to the bound method
        # of a plain object, and `handle` goes out of scope when this method returns.
        dialog.canceled.connect(lambda: handle.cancel())
        dialog.canceled.connect(lambda: dialog.setLabelText("Cancelling…"))

    # -- export ---------------------------------------------------------------------------
    def export(self, case_id: int, kind: str) -> None:
        names = {
            "docx": f"case-{case_id}.docx",
            "first_draft": f"case-{case_id}-first-ai-draft.docx",
            "pdf": f"case-{case_id}.pdf",
        }
        filters = {"pdf": "PDF (*.pdf)"}
        suggested = (
            Path.home() / names[kind] if Path.home().is_dir() else Path(tempfile.gettempdir())
        )
        out = self.dialogs.ask_save_path(
            self.page, "Export report", suggested, filters.get(kind, "Word document (*.docx)")
        )
        if out is None:
            return
        exports, actor = self.services.exports, self.actor
        call = {"docx": exports.export_docx, "first_draft": exports.export_first_draft,
                "pdf": exports.export_pdf}[kind]

        def done(result: ExportResult) -> None:
            self.dialogs.info(self.page, f"Exported to {result.path}\nSHA-256 {result.sha256}")
            self.refresh()

        self.runner.submit(
            lambda _t, _p: call(actor, case_id, out), on_done=done, on_error=self._on_error
        )

    def _on_error(self, error: BaseException) -> None:
        message = (
            error.message
            if isinstance(error, ServiceError)
            else (f"Something went wrong: {error.__class__.__name__}: {error}")
        )
        self.dialogs.error(self.page, message)
