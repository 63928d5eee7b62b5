"""Agency and workstation settings. The LLM API key goes to the OS keyring, never to a file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.settings import Settings
from app.ui.style import SPACING, muted_label


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumSize(640, 560)
        self._settings = settings
        self.agency = QLineEdit(settings.agency_name)
        self.attestation = QPlainTextEdit(settings.attestation_text)
        self.idle = QSpinBox()
        self.idle.setRange(1, 30)
        self.idle.setSuffix(" min")
        self.idle.setValue(min(30, max(1, settings.idle_lock_minutes)))
        self.idle.setToolTip("CJIS requires a session lock after at most 30 idle minutes")
        self.account_required = QCheckBox(
            "Officers must write their own account before the AI draft"
        )
        self.account_required.setChecked(settings.officer_account_required)
        self.asr_model = QLineEdit(settings.asr_model or "")
        self.asr_model.setPlaceholderText("bundled tiny.en")
        self.llm_url = QLineEdit(settings.llm_base_url or "")
        self.llm_url.setPlaceholderText("http://127.0.0.1:8000/v1")
        self.llm_model = QLineEdit(settings.llm_model or "")
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText("unchanged" if settings.llm_api_key else "none")
        form = QFormLayout()
        form.setSpacing(SPACING)
        form.addRow("&Agency name", self.agency)
        form.addRow("Attestation &text", self.attestation)
        form.addRow("&Lock after idle", self.idle)
        form.addRow("", self.account_required)
        form.addRow("Speech &model", self.asr_model)
        form.addRow("LLM &base URL", self.llm_url)
        form.addRow("LLM m&odel", self.llm_model)
        form.addRow("LLM API &key", self.api_key)
        note = muted_label(
            "The API key is stored in the operating system's keyring, never in a file "
            "or the database.",
            wrap=True,
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addLayout(form, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def new_settings(self) -> Settings:
        return self._settings.replace(
            agency_name=self.agency.text().strip() or self._settings.agency_name,
            attestation_text=self.attestation.toPlainText().strip()
            or self._settings.attestation_text,
            idle_lock_minutes=self.idle.value(),
            officer_account_required=self.account_required.isChecked(),
            asr_model=self.asr_model.text().strip() or None,
            llm_base_url=self.llm_url.text().strip() or None,
            llm_model=self.llm_model.text().strip() or None,
        )

    def new_api_key(self) -> str | None:
        return self.api_key.text().strip() or None
