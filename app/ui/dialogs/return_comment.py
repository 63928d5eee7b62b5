"""A sergeant returns a report with a comment the officer reads on reopening it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.style import SPACING


class ReturnDialog(QDialog):
    def __init__(self, case_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Return report to officer")
        self.setMinimumSize(520, 300)
        label = QLabel(f"Return {case_label}. Tell the officer what to change:")
        label.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName("Comment")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Return")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(label)
        layout.addWidget(self.comment, 1)
        layout.addWidget(self.buttons)
        self.comment.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.comment_text()))
        )
        self.ok_button.setEnabled(False)

    def comment_text(self) -> str:
        return self.comment.toPlainText().strip()
