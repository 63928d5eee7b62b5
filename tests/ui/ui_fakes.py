"""A dialogs facade that answers from a script and records every question; no modal ever opens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QProgressDialog, QWidget

from app.domain import Flag, Resolution
from app.settings import Settings
from app.ui.dialogs import Dialogs, ImportRequest
from app.ui.dialogs.facade import UnsavedChoice


class FakeDialogs(Dialogs):
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.password: str | None = None
        self.acknowledgement: tuple[Resolution, str] | None = (Resolution.CONFIRMED, "checked")
        self.return_comment: str | None = None
        self.import_request: ImportRequest | None = None
        self.save_path: Path | None = None
        self.speaker_name: str | None = None
        self.unsaved: UnsavedChoice = "discard"
        self.progress_dialogs: list[QProgressDialog] = []

    def error(self, parent: QWidget | None, message: str, title: str = "Countersign") -> None:
        self.errors.append(message)

    def info(self, parent: QWidget | None, message: str, title: str = "Countersign") -> None:
        self.infos.append(message)

    def ask_sign_password(
        self, parent: QWidget | None, attestation: str, case_label: str
    ) -> str | None:
        self.calls.append(("sign", attestation))
        return self.password

    def ask_approve_password(self, parent: QWidget | None, case_label: str) -> str | None:
        self.calls.append(("approve", case_label))
        return self.password

    def ask_acknowledgement(
        self, parent: QWidget | None, flag: Flag
    ) -> tuple[Resolution, str] | None:
        self.calls.append(("acknowledge", flag.id))
        return self.acknowledgement

    def ask_return_comment(self, parent: QWidget | None, case_label: str) -> str | None:
        self.calls.append(("return", case_label))
        return self.return_comment

    def ask_import(self, parent: QWidget | None, require_account: bool) -> ImportRequest | None:
        self.calls.append(("import", require_account))
        return self.import_request

    def ask_settings(
        self, parent: QWidget | None, settings: Settings
    ) -> tuple[Settings, str | None] | None:
        self.calls.append(("settings", settings))
        return None

    def ask_speaker_name(self, parent: QWidget | None, old: str) -> str | None:
        self.calls.append(("speaker", old))
        return self.speaker_name

    def ask_save_path(
        self, parent: QWidget | None, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        self.calls.append(("save_path", suggested))
        return self.save_path

    def ask_unsaved(self, parent: QWidget | None) -> UnsavedChoice:
        self.calls.append(("unsaved", None))
        return self.unsaved

    def progress(self, parent: QWidget | None, title: str, label: str) -> QProgressDialog:
        dialog = RecordingProgressDialog(label, "Cancel", 0, 1000, parent)
        dialog.setWindowTitle(title)
        dialog.open()
        self.progress_dialogs.append(dialog)
        return dialog


class RecordingProgressDialog(QProgressDialog):
    """A real, non-blocking progress dialog that remembers every stage and value it showed."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.stages: list[str] = []
        self.values: list[int] = []

    def setLabelText(self, text: str) -> None:
        self.stages.append(text)
        super().setLabelText(text)

    def setValue(self, value: int) -> None:
        self.values.append(value)
        super().setValue(value)
