"""Import a case: media, optional transcript, optional AI draft, optional officer's own account."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import CaseMeta
from app.ui.style import SPACING, muted_label

MEDIA_FILTER = (
    "Media (*.mp4 *.mov *.mkv *.avi *.webm *.wav *.mp3 *.m4a *.flac *.ogg);;All files (*)"
)
TRANSCRIPT_FILTER = "Transcripts (*.json *.vtt *.srt *.txt);;All files (*)"
DRAFT_FILTER = "Reports (*.txt *.md *.docx);;All files (*)"


@dataclass(frozen=True)
class ImportRequest:
    media: Path
    transcript: Path | None = None
    draft: Path | None = None
    meta: CaseMeta | None = None
    officer_account: str | None = None


class _FileField(QWidget):
    def __init__(self, caption: str, file_filter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(caption)
        browse = QPushButton("Browse…")
        browse.clicked.connect(lambda: self._browse(caption, file_filter))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)

    def _browse(self, caption: str, file_filter: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, caption, self.edit.text(), file_filter)
        if path:
            self.edit.setText(path)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text) if text else None


class ImportDialog(QDialog):
    def __init__(self, require_account: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import case")
        self.setMinimumSize(680, 520)
        self._require_account = require_account
        self.media = _FileField("Body-camera media", MEDIA_FILTER)
        self.transcript = _FileField("Transcript (optional)", TRANSCRIPT_FILTER)
        self.draft = _FileField("AI draft (optional)", DRAFT_FILTER)
        self.case_number = QLineEdit()
        self.location = QLineEdit()
        self.account = QPlainTextEdit()
        self.account.setAccessibleName("Your own account")
        self.account.setPlaceholderText(
            "Before you read the AI draft: what happened, in your own words (a few sentences)."
        )
        form = QFormLayout()
        form.setSpacing(SPACING)
        form.addRow("&Media file", self.media)
        form.addRow("&Transcript", self.transcript)
        form.addRow("AI &draft", self.draft)
        form.addRow("Case &number", self.case_number)
        form.addRow("&Location", self.location)
        hint = muted_label(
            "Without a transcript the media is transcribed on this computer with the "
            "configured speech model; this can take a while and can be cancelled.",
            wrap=True,
        )
        account_label = QLabel(
            "Your own account "
            + (
                "(required by your agency)"
                if require_account
                else "(optional, shown beside the draft)"
            )
        )
        self.error = QLabel()
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(account_label)
        layout.addWidget(self.account, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def request(self) -> ImportRequest | None:
        media = self.media.path()
        if media is None:
            return None
        account = self.account.toPlainText().strip() or None
        number = self.case_number.text().strip() or None
        location = self.location.text().strip() or None
        meta = CaseMeta(case_number=number, location=location) if number or location else None
        return ImportRequest(media, self.transcript.path(), self.draft.path(), meta, account)

    def _on_accept(self) -> None:
        media = self.media.path()
        problems = []
        if media is None:
            problems.append("Choose the media file.")
        for label, path in (
            ("Media file", media),
            ("Transcript", self.transcript.path()),
            ("AI draft", self.draft.path()),
        ):
            if path is not None and not path.is_file():
                problems.append(f"{label}: {path} does not exist.")
        if self._require_account and not self.account.toPlainText().strip():
            problems.append("Your agency requires your own account before the AI draft is shown.")
        if problems:
            self.error.setText(" ".join(problems))
            return
        self.accept()
