"""The review workspace's layout: video and transcript, the report, flags and notes, side by side.

Only widgets and their arrangement live here; what they do together is in presenters/review.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.ui.state import ReviewState
from app.ui.style import MARGIN, SPACING, StatusLegend, muted_label, std_icon
from app.ui.widgets.flags_panel import FlagsPanel
from app.ui.widgets.report_editor import ReportEditor
from app.ui.widgets.transcript_pane import TranscriptPane
from app.ui.widgets.video_pane import VideoPane


class AccountGate(QWidget):
    """Before the AI draft: the officer's own account, so the draft cannot shape their memory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("Your account first")
        title.setObjectName("PageTitle")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName("Your own account")
        self.text.setPlaceholderText(
            "What happened, in your own words, before you read the AI draft."
        )
        self.continue_button = QPushButton(
            std_icon(QStyle.StandardPixmap.SP_ArrowForward), "Save and show the AI draft"
        )
        self.skip_button = QPushButton("Skip")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.continue_button)
        inner = QWidget()
        inner.setMaximumWidth(900)
        layout = QVBoxLayout(inner)
        layout.setSpacing(SPACING)
        layout.addWidget(title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(MARGIN * 3, MARGIN * 3, MARGIN * 3, MARGIN * 3)
        outer.addStretch(1)
        outer.addWidget(inner, 4)
        outer.addStretch(1)
        self.text.textChanged.connect(self._update)
        self._required = False

    def configure(self, required: bool) -> None:
        self._required = required
        self.skip_button.setVisible(not required)
        self.explanation.setText(
            "Before the AI draft is shown, write a short account of the incident from your own "
            "memory. It is stored separately and shown beside the draft; claims it supports are "
            "labelled “officer's account”."
            + (" Your agency requires this account." if required else " You may skip this.")
        )
        self._update()

    def _update(self) -> None:
        self.continue_button.setEnabled(not self._required or bool(self.text.toPlainText().strip()))


class ReviewWorkspace(QWidget):
    def __init__(self, state: ReviewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("Muted")
        # The recording is re-hashed on every open; this line says how that went.
        self.integrity = muted_label(wrap=True)
        self.integrity.hide()
        self.back_button = QPushButton(std_icon(QStyle.StandardPixmap.SP_ArrowBack), "Cases")
        self.back_button.setToolTip("Back to the case list (Ctrl+1)")
        self.banner = QLabel()
        self.banner.setObjectName("Banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        # Shown beside the banner while the case's transcription failed or was cancelled.
        self.retry_button = QPushButton(
            std_icon(QStyle.StandardPixmap.SP_BrowserReload), "Retry transcription"
        )
        self.retry_button.setToolTip("Transcribe the recording again (checks its SHA-256 first)")
        self.retry_button.hide()
        self.video = VideoPane(state)
        self.transcript = TranscriptPane(state)
        self.editor = ReportEditor()
        self.flags = FlagsPanel()
        self._build_actions()
        self.account_view = QTextBrowser()
        self.notes_view = QTextBrowser()
        self.diff_view = QTextBrowser()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.flags, "Flags")
        self.tabs.addTab(self.account_view, "Own account")
        self.tabs.addTab(self.notes_view, "Notes")
        self.tabs.addTab(self.diff_view, "AI vs final")
        self.tabs.setTabToolTip(1, "The officer's own account, written before reading the AI draft")
        self.tabs.setTabToolTip(2, "Acknowledgements, what the audio could not capture, decisions")
        self.tabs.setTabToolTip(3, "What changed between the first AI draft and this version")
        self.gate = AccountGate()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_review_page())
        self.pages.addWidget(self.gate)
        header = QHBoxLayout()
        header.setSpacing(SPACING)
        header.addWidget(self.back_button)
        header.addSpacing(SPACING)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        titles.addWidget(self.integrity)
        header.addLayout(titles, 1)
        header.addWidget(self.save_button)
        header.addWidget(self.return_button)
        header.addWidget(self.approve_button)
        header.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addLayout(header)
        banner_row = QHBoxLayout()
        banner_row.setSpacing(SPACING)
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.retry_button)
        layout.addLayout(banner_row)
        layout.addWidget(self.pages, 1)

    def _build_actions(self) -> None:
        self.save_button = QPushButton(
            std_icon(QStyle.StandardPixmap.SP_DialogSaveButton), "Save version"
        )
        self.save_button.setToolTip("Save the report as a new version (Ctrl+S)")
        self.sign_button = QPushButton(
            std_icon(QStyle.StandardPixmap.SP_DialogApplyButton), "Sign…"
        )
        self.approve_button = QPushButton(
            std_icon(QStyle.StandardPixmap.SP_DialogYesButton), "Approve…"
        )
        self.return_button = QPushButton(
            std_icon(QStyle.StandardPixmap.SP_DialogNoButton), "Return…"
        )
        self.ai_toggle = QCheckBox("Show AI-written text")
        self.ai_toggle.setToolTip("Shade the words that came unchanged from the AI draft")
        self.ai_toggle.toggled.connect(self.editor.set_show_ai_text)
        self.edit_state = QLabel()
        self.edit_state.setObjectName("Muted")
        self.claims_summary = QLabel()
        self.claims_summary.setObjectName("Muted")

    def _build_review_page(self) -> QWidget:
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.video)
        transcript_box = QWidget()
        transcript_layout = QVBoxLayout(transcript_box)
        transcript_layout.setContentsMargins(0, 0, 0, 0)
        transcript_label = QLabel("Transcript")
        transcript_label.setStyleSheet("font-weight: bold;")
        transcript_layout.addWidget(transcript_label)
        transcript_layout.addWidget(self.transcript, 1)
        left.addWidget(transcript_box)
        left.setSizes([380, 420])
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.setSpacing(4)
        bar = QHBoxLayout()
        report_label = QLabel("Report")
        report_label.setStyleSheet("font-weight: bold;")
        bar.addWidget(report_label)
        bar.addStretch(1)
        bar.addWidget(self.ai_toggle)
        center_layout.addLayout(bar)
        center_layout.addWidget(self.editor, 1)
        center_layout.addWidget(StatusLegend())
        self.claims_summary.setWordWrap(True)
        center_layout.addWidget(self.claims_summary)
        center_layout.addWidget(self.edit_state)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([480, 520, 440])
        for index in range(3):
            self.splitter.setCollapsible(index, False)
        return self.splitter

    def show_gate(self, shown: bool) -> None:
        self.pages.setCurrentIndex(1 if shown else 0)

    def gate_shown(self) -> bool:
        return self.pages.currentIndex() == 1

    def set_integrity(self, text: str | None, state: str = "Muted") -> None:
        """state: "Muted" (checking), "IntegrityOk" or "IntegrityWarning"."""
        self.integrity.setObjectName(state)
        self.integrity.style().unpolish(self.integrity)
        self.integrity.style().polish(self.integrity)
        self.integrity.setVisible(bool(text))
        self.integrity.setText(text or "")

    def set_banner(self, text: str | None, *, retry: bool = False) -> None:
        self.banner.setVisible(bool(text))
        self.banner.setText(text or "")
        self.retry_button.setVisible(retry)
