"""Acknowledge one flag: how it was resolved (CONTRACTS.md resolutions) and a note."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import Flag, Resolution
from app.ui.style import SPACING

CHOICES = (
    (Resolution.EDITED, "I edited the report to fix it"),
    (Resolution.CONFIRMED, "I checked it and the report is right as written"),
    (Resolution.NOT_APPLICABLE, "This warning does not apply"),
)


class AcknowledgeDialog(QDialog):
    def __init__(self, flag: Flag, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Acknowledge flag")
        self.setMinimumWidth(540)
        message = QLabel(
            f"<b>{html.escape(flag.message)}</b>"
            + (f"<br>Suggestion: {html.escape(flag.suggestion)}" if flag.suggestion else "")
        )
        message.setWordWrap(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(message)
        self.radios: dict[Resolution, QRadioButton] = {}
        for resolution, label in CHOICES:
            radio = QRadioButton(label)
            self.radios[resolution] = radio
            self.group.addButton(radio)
            layout.addWidget(radio)
        layout.addWidget(QLabel("Note (recorded in the audit trail, seen by your sergeant):"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName("Note")
        self.note.setFixedHeight(self.fontMetrics().height() * 5)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Acknowledge")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.group.buttonToggled.connect(self._update)
        self.note.textChanged.connect(self._update)
        self._update()

    def resolution(self) -> Resolution | None:
        return next((r for r, radio in self.radios.items() if radio.isChecked()), None)

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def _update(self) -> None:
        self.ok_button.setEnabled(self.resolution() is not None and bool(self.note_text()))
