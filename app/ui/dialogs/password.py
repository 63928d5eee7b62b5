"""Signing and approving: the attestation is shown in full and the password asked again."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.style import SPACING


class AttestationDialog(QDialog):
    """Shows a statement, asks the reader to confirm it and type their password."""

    def __init__(
        self, title: str, heading: str, statement: str, action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(580, 360)
        header = QLabel(heading)
        header.setObjectName("PageTitle")
        header.setWordWrap(True)
        self.statement = QPlainTextEdit(statement)
        self.statement.setReadOnly(True)
        self.statement.setAccessibleName("Attestation")
        self.confirm = QCheckBox("I have read this statement and it is true")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Password")
        form = QFormLayout()
        form.addRow("&Password", self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(header)
        layout.addWidget(self.statement, 1)
        layout.addWidget(self.confirm)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.confirm.toggled.connect(self._update)
        self.password.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(self.confirm.isChecked() and bool(self.password.text()))

    def entered_password(self) -> str:
        return self.password.text()
