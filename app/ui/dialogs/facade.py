"""The dialogs facade: one method per question; the real one opens modals, tests substitute.

Nothing else in app/ui calls `exec()` on a dialog, so no test can hang on a modal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from app.domain import Flag, Resolution
from app.settings import Settings
from app.ui.dialogs.acknowledge import AcknowledgeDialog
from app.ui.dialogs.import_dialog import ImportDialog, ImportRequest
from app.ui.dialogs.password import AttestationDialog
from app.ui.dialogs.return_comment import ReturnDialog
from app.ui.dialogs.settings_dialog import SettingsDialog

APPROVAL_STATEMENT = (
    "I have reviewed this report, the officer's acknowledgement of every flag and the "
    "difference between the AI draft and the final text, and I approve it."
)

UnsavedChoice = Literal["save", "discard", "cancel"]


class Dialogs:
    def error(self, parent: QWidget | None, message: str, title: str = "Countersign") -> None:
        QMessageBox.warning(parent, title, message)

    def info(self, parent: QWidget | None, message: str, title: str = "Countersign") -> None:
        QMessageBox.information(parent, title, message)

    def ask_sign_password(
        self, parent: QWidget | None, attestation: str, case_label: str
    ) -> str | None:
        dialog = AttestationDialog("Sign report", f"Sign {case_label}", attestation, "Sign", parent)
        return dialog.entered_password() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_approve_password(self, parent: QWidget | None, case_label: str) -> str | None:
        dialog = AttestationDialog(
            "Approve report", f"Approve {case_label}", APPROVAL_STATEMENT, "Approve", parent
        )
        return dialog.entered_password() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_acknowledgement(
        self, parent: QWidget | None, flag: Flag
    ) -> tuple[Resolution, str] | None:
        dialog = AcknowledgeDialog(flag, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        resolution = dialog.resolution()
        return None if resolution is None else (resolution, dialog.note_text())

    def ask_return_comment(self, parent: QWidget | None, case_label: str) -> str | None:
        dialog = ReturnDialog(case_label, parent)
        return dialog.comment_text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_import(self, parent: QWidget | None, require_account: bool) -> ImportRequest | None:
        dialog = ImportDialog(require_account, parent)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_settings(
        self, parent: QWidget | None, settings: Settings
    ) -> tuple[Settings, str | None] | None:
        dialog = SettingsDialog(settings, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.new_settings(), dialog.new_api_key()

    def ask_speaker_name(self, parent: QWidget | None, old: str) -> str | None:
        text, ok = QInputDialog.getText(
            parent, "Rename speaker", f"New name for “{old}”:", text=old
        )
        text = text.strip()
        return text if ok and text and text != old else None

    def ask_save_path(
        self, parent: QWidget | None, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
        return Path(path) if path else None

    def ask_unsaved(self, parent: QWidget | None) -> UnsavedChoice:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Unsaved changes",
            "The report has changes that are not saved as a version yet.",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            parent,
        )
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def progress(self, parent: QWidget | None, title: str, label: str) -> QProgressDialog:
        """A window-modal progress dialog that does not block (opened with `open()`)."""
        dialog = QProgressDialog(label, "Cancel", 0, 1000, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumWidth(420)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.open()
        return dialog
