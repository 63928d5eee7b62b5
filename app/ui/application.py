"""Application start-up: QApplication, style, excepthook, the login -> window -> logout loop."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app.ui.dialogs import Dialogs
from app.ui.dialogs.login import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.style import apply_app_style
from app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from app.services import Services
    from app.services.auth import AuthSession

log = logging.getLogger("app.ui")


def install_excepthook(dialogs: Dialogs) -> None:
    """Unexpected errors are logged in full and shown as one plain sentence, never a crash."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if QApplication.instance() is not None:
            dialogs.error(
                None,
                f"An unexpected error occurred ({kind.__name__}: {error}). "
                "It was written to the log; your unsaved text is kept.",
            )

    sys.excepthook = hook


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setApplicationName("Countersign")
    QCoreApplication.setOrganizationName("Countersign")
    app = QApplication(sys.argv[:1])
    apply_app_style(app)
    return app


def run_gui(
    services: Services,
    *,
    session: AuthSession | None = None,
    open_case: int | None = None,
    quit_after: float | None = None,
) -> int:
    app = ensure_application()
    if quit_after is not None:
        # Smoke tests of the real window (`countersign demo --quit-after 5`).
        QTimer.singleShot(int(quit_after * 1000), app.closeAllWindows)
        QTimer.singleShot(int(quit_after * 1000) + 500, app.quit)
    dialogs = Dialogs()
    install_excepthook(dialogs)
    code = 0
    while True:
        if session is None:
            runner = TaskRunner()
            login = LoginDialog(services, runner)
            accepted = login.exec() == QDialog.DialogCode.Accepted
            runner.shutdown()
            if not accepted or login.session is None:
                return code
            session = login.session  # type: ignore[assignment]
        assert session is not None
        window = MainWindow(services, session, dialogs=dialogs)
        window.show()
        if open_case is not None:
            window.open_case(open_case)
            open_case = None  # after a logout, the next user starts at their case list
        code = app.exec()
        if not window.logged_out:
            return code
        session = None
