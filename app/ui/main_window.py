"""The main window: home page and review workspace in a stack, menus, status bar, idle lock.

Thin on purpose: behaviour lives in the presenters, layout in the widgets.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QStyle

from app.domain import Role
from app.services.errors import ServiceError
from app.settings import save_settings, store_api_key
from app.ui.dialogs import Dialogs
from app.ui.presenters.home import HomePresenter
from app.ui.presenters.review import ReviewPresenter
from app.ui.state import ReviewState
from app.ui.style import std_icon
from app.ui.widgets.home import HomePage
from app.ui.widgets.lock import IdleWatcher, LockOverlay
from app.ui.widgets.workspace import ReviewWorkspace
from app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from app.services import Services
    from app.services.auth import AuthSession

DEFAULT_SIZE = QSize(1440, 900)
ROLE_LABEL = {
    Role.OFFICER: "Officer",
    Role.SERGEANT: "Sergeant",
    Role.RECORDS_CLERK: "Records clerk",
    Role.ADMIN: "Administrator",
}


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        session: AuthSession,
        *,
        dialogs: Dialogs | None = None,
        runner: TaskRunner | None = None,
        install_idle_filter: bool = True,
    ) -> None:
        super().__init__()
        self.services, self.session = services, session
        self.dialogs = dialogs or Dialogs()
        self.runner = runner or TaskRunner(parent=self)
        self.logged_out = False
        self._closing = False
        user = session.user
        self.setWindowTitle(
            f"Countersign — {services.settings.agency_name} — "
            f"{user.label} ({ROLE_LABEL.get(user.role, user.role.value)})"
        )
        self.resize(DEFAULT_SIZE)
        self.setMinimumSize(1100, 680)
        self.state = ReviewState(self)
        self.home = HomePage()
        self.workspace = ReviewWorkspace(self.state)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.home)
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)
        self.home_presenter = HomePresenter(
            services, session, self.runner, self.dialogs, self.home, self
        )
        self.review = ReviewPresenter(
            services, session, self.runner, self.dialogs, self.workspace, self
        )
        self.status_label = QLabel()
        self.sign_label = QLabel()
        self.sign_label.setObjectName("SignStatus")
        self.user_label = QLabel(f"{user.label} · {ROLE_LABEL.get(user.role, user.role.value)}")
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.sign_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.overlay = LockOverlay(self)
        self.idle = IdleWatcher(services.settings.idle_lock_minutes, self)
        self._build_menus()
        self._connect()
        if install_idle_filter:
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self.idle)
        self.idle.start()
        self.home_presenter.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.import_action = QAction(
            std_icon(QStyle.StandardPixmap.SP_FileDialogNewFolder), "&Import case…", self
        )
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.home_presenter.import_case)
        self.import_action.setEnabled(self.session.user.role == Role.OFFICER)
        self.settings_action = QAction("&Settings…", self)
        admin = self.session.user.role == Role.ADMIN
        self.settings_action.setEnabled(admin)
        self.settings_action.setToolTip(
            "" if admin else "Only an administrator can change settings"
        )
        self.settings_action.triggered.connect(self._on_settings_triggered)
        self.lock_action = QAction("&Lock session", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        logout = QAction("Log &out", self)
        logout.triggered.connect(self.logout)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (
            self.import_action,
            self.settings_action,
            None,
            self.lock_action,
            logout,
            None,
            quit_action,
        ):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        go_menu = self.menuBar().addMenu("&Go")
        cases = QAction("&Case list", self)
        cases.setShortcut(QKeySequence("Ctrl+1"))
        cases.triggered.connect(self.show_home)
        go_menu.addAction(cases)
        help_menu = self.menuBar().addMenu("&Help")
        keys = QAction("&Keyboard shortcuts", self)
        keys.triggered.connect(self._on_shortcuts_triggered)
        help_menu.addAction(keys)

    def _connect(self) -> None:
        self.home.open_requested.connect(self.open_case)
        self.home_presenter.case_imported.connect(self.open_case)
        self.home_presenter.status_changed.connect(self.status_label.setText)
        self.review.status_changed.connect(self.status_label.setText)
        self.review.sign_status_changed.connect(self._on_review_sign_status_changed)
        self.pages.currentChanged.connect(self._on_pages_current_changed)
        self.review.case_changed.connect(lambda _id: self.home_presenter.refresh())
        self.review.busy_changed.connect(self._on_review_busy_changed)
        self.workspace.back_button.clicked.connect(self.show_home)
        self.idle.idled.connect(self.lock)
        self.overlay.unlock_requested.connect(self._on_overlay_unlock_requested)
        self.overlay.logout_requested.connect(self.logout)

    # -- navigation -----------------------------------------------------------------------
    @Slot(int)
    def open_case(self, case_id: int) -> None:
        self.pages.setCurrentWidget(self.workspace)
        self.review.open_case(case_id)

    def show_home(self) -> None:
        self.review.view.video.player.pause()
        self.pages.setCurrentWidget(self.home)
        self.home_presenter.refresh()

    @Slot(int)
    def _on_pages_current_changed(self, _index: int) -> None:
        self.status_label.clear()
        self._on_review_sign_status_changed(self.sign_label.text())

    @Slot(str)
    def _on_review_sign_status_changed(self, text: str) -> None:
        self.sign_label.setText(text)
        blocked = text.startswith("Cannot")
        self.sign_label.setStyleSheet(
            "color: #b71c1c; font-weight: bold;" if blocked else "color: #2e7d32;"
        )
        self.sign_label.setVisible(bool(text) and self.pages.currentWidget() is self.workspace)

    @Slot(bool)
    def _on_review_busy_changed(self, busy: bool) -> None:
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        elif QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()

    # -- session lock ---------------------------------------------------------------------
    def is_locked(self) -> bool:
        return self.overlay.isVisible()

    def lock(self) -> None:
        if self.is_locked():
            return
        self.idle.paused = True
        self.review.view.video.player.pause()
        self.pages.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.overlay.show_locked(self.session.user.label)
        auth, actor = self.services.auth, self.session
        self.runner.submit(lambda _t, _p: auth.lock_session(actor), on_error=self._on_lock_error)

    def _on_lock_error(self, error: BaseException) -> None:
        self.status_label.setText(error.message if isinstance(error, ServiceError) else str(error))

    @Slot(str)
    def _on_overlay_unlock_requested(self, password: str) -> None:
        auth, actor = self.services.auth, self.session

        def failed(error: BaseException) -> None:
            self.overlay.show_error(
                error.message if isinstance(error, ServiceError) else "Unlock failed; see the log."
            )

        self.runner.submit(
            lambda _t, _p: auth.unlock_session(actor, password),
            on_done=lambda _r: self._unlocked(),
            on_error=failed,
        )

    def _unlocked(self) -> None:
        self.overlay.hide()
        self.overlay.unlock_button.setEnabled(True)
        self.pages.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.idle.paused = False
        self.idle.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.overlay.setGeometry(self.rect())

    # -- settings, logout, close ------------------------------------------------------------
    def _on_settings_triggered(self) -> None:
        answer = self.dialogs.ask_settings(self, self.services.settings)
        if answer is None:
            return
        settings, api_key = answer
        try:
            save_settings(settings)
        except OSError as exc:
            self.dialogs.error(self, f"Could not save the settings: {exc}")
            return
        if api_key and not store_api_key(api_key):
            self.dialogs.error(
                self,
                "No OS keyring is available, so the API key was not saved. "
                "Set COUNTERSIGN_LLM_API_KEY in the environment instead.",
            )
        try:
            self.services.settings = settings
        except (AttributeError, TypeError):
            self.dialogs.info(self, "Settings saved; they take effect the next time you start.")
        self.idle.timer.setInterval(settings.idle_lock_minutes * 60_000)

    def _on_shortcuts_triggered(self) -> None:
        self.dialogs.info(
            self,
            "\n".join(
                (
                    "Space — play / pause (video or transcript focused); Ctrl+Space anywhere",
                    "Left / Right — back / forward 5 s; Alt+Left / Alt+Right anywhere",
                    "F7 / Shift+F7 — next / previous uncertain word",
                    "F8 / Shift+F8 — next / previous flag;  Ctrl+K — acknowledge the flag",
                    "Ctrl+S — save the report as a new version",
                    "Ctrl+I — import a case;  Ctrl+L — lock;  Ctrl+1 — case list",
                )
            ),
            "Keyboard shortcuts",
        )

    def logout(self) -> None:
        self.logged_out = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.review.dirty and not self._closing:
            choice = self.dialogs.ask_unsaved(self)
            if choice == "cancel":
                self.logged_out = False
                event.ignore()
                return
            if choice == "save":
                event.ignore()
                self._save_then_close()
                return
        self._shutdown()
        super().closeEvent(event)

    def _save_then_close(self) -> None:
        services, actor, case = self.services, self.session, self.review.case
        text = self.workspace.editor.toPlainText()
        if case is None:
            return

        def done(_result: object) -> None:
            self._closing = True
            self.close()

        self.runner.submit(
            lambda _t, _p: services.review.save_version(actor, case.id, text),
            on_done=done,
            on_error=self.review.show_error,
        )

    def _shutdown(self) -> None:
        self.review.stop()
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.runner.shutdown()
        if self.logged_out:
            auth, actor = self.services.auth, self.session
            with contextlib.suppress(ServiceError):
                auth.logout(actor)
