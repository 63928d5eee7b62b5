"""Login: the password is checked in a worker (argon2 is deliberately slow)."""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.ui.style import SPACING, muted_label
from app.ui.workers import CancelToken, ProgressFn, TaskRunner


class LoginDialog(QDialog):
    def __init__(self, services: object, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self.session: object | None = None
        settings = getattr(services, "settings", None)
        agency = getattr(settings, "agency_name", "")
        self.setWindowTitle("Countersign — sign in")
        self.setMinimumWidth(460)
        title = QLabel("Countersign")
        title.setObjectName("PageTitle")
        subtitle = QLabel(agency or "Report review")
        subtitle.setObjectName("Muted")
        self.username = QLineEdit()
        self.username.setAccessibleName("Username")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Password")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.setSpacing(SPACING)
        form.addRow("&Username", self.username)
        form.addRow("&Password", self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Sign in")
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        notice = muted_label(
            "Use of this system is monitored and recorded. Every sign-in attempt is audited.",
            wrap=True,
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(SPACING)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(notice)
        layout.addWidget(self.buttons)
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)

    def attempt(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._show_error("Enter your username and password.")
            return
        self.ok_button.setEnabled(False)
        self.error.hide()
        auth = self._services.auth  # type: ignore[attr-defined]

        def work(_token: CancelToken, _progress: ProgressFn) -> object:
            return auth.login(username, password, workstation=socket.gethostname())

        self._runner.submit(work, on_done=self._on_login_succeeded, on_error=self._on_login_failed)

    def _on_login_succeeded(self, session: object) -> None:
        self.session = session
        self.password.clear()
        self.accept()

    def _on_login_failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        message = (
            error.message if isinstance(error, ServiceError) else "Sign-in failed; see the log."
        )
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
