"""The transcript: speakers and times, the current word followed during playback, uncertain words
marked and walked through one by one, click a word to seek (not when the click ends a selection).

The document is built once per transcript; everything that moves (current word, evidence,
walk-through) is drawn with extra selections so the text and the reader's place never change.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QMouseEvent,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStyle,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import Transcript
from app.ui.state import ReviewState
from app.ui.style import (
    CURRENT_WORD,
    EVIDENCE,
    SPACING,
    UNCERTAIN_UNDERLINE,
    UNCERTAIN_WORD,
    format_clock,
    std_icon,
)

# Start a seek a little before the word, as reviewers expect ("resume a couple of seconds early").
WALK_PREROLL_S = 1.0


@dataclass(frozen=True, slots=True)
class WordSpan:
    start: int  # character positions in the document
    end: int
    time: float | None
    end_time: float | None
    probability: float | None
    segment: int
    text: str


class TranscriptPane(QWidget):
    speaker_rename_requested = Signal(str)

    def __init__(self, state: ReviewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._threshold = 0.5
        self._words: list[WordSpan] = []
        self._word_starts: list[int] = []
        self._timed: list[tuple[float, int]] = []  # (time, index into _words), sorted
        self._segment_ranges: dict[int, tuple[int, int, float | None]] = {}
        self._uncertain: list[int] = []
        self._walk_index = -1
        self._current_word = -1
        self._evidence: list[int] = []
        self._speakers: list[str] = []
        self._build()
        state.position_changed.connect(self._on_state_position_changed)

    def _build(self) -> None:
        self.text = QTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName("Transcript")
        self.text.viewport().installEventFilter(self)
        self.text.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.follow = QCheckBox("Follow")
        self.follow.setChecked(True)
        self.follow.setToolTip("Follow playback: keep the word being spoken in view")
        self.prev_button = QToolButton()
        self.prev_button.setIcon(std_icon(QStyle.StandardPixmap.SP_ArrowUp))
        self.prev_button.setToolTip("Previous uncertain word (Shift+F7)")
        self.prev_button.clicked.connect(self.previous_uncertain)
        self.next_button = QToolButton()
        self.next_button.setIcon(std_icon(QStyle.StandardPixmap.SP_ArrowDown))
        self.next_button.setToolTip("Next uncertain word (F7)")
        self.next_button.clicked.connect(self.next_uncertain)
        self.walk_label = QLabel()
        self.rename_button = QToolButton()
        self.rename_button.setText("Speakers")
        self.rename_button.setToolTip("Rename a speaker label")
        self.rename_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.rename_menu = QMenu(self.rename_button)
        self.rename_button.setMenu(self.rename_menu)
        self.status_label = QLabel()
        self.status_label.setObjectName("Banner")
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        bar = QHBoxLayout()
        bar.setSpacing(SPACING)
        bar.addWidget(self.follow)
        bar.addSpacing(SPACING)
        uncertain = QLabel("Uncertain:")
        uncertain.setToolTip("Words the speech recogniser was unsure of, marked in orange")
        bar.addWidget(uncertain)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.walk_label)
        bar.addStretch(1)
        bar.addWidget(self.rename_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.text, 1)
        for keys, slot in (("F7", self.next_uncertain), ("Shift+F7", self.previous_uncertain)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    # -- content -------------------------------------------------------------------------
    def set_transcript(
        self, transcript: Transcript, *, threshold: float = 0.5, status: str = "complete"
    ) -> None:
        self._threshold = threshold
        self._words, self._segment_ranges = [], {}
        self.text.clear()
        cursor = QTextCursor(self.text.document())
        plain, time_fmt, speaker_fmt = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
        time_fmt.setForeground(QColor("#607d8b"))
        speaker_fmt.setFontWeight(QFont.Weight.Bold)
        uncertain = QTextCharFormat()
        uncertain.setBackground(UNCERTAIN_WORD)
        uncertain.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        uncertain.setUnderlineColor(UNCERTAIN_UNDERLINE)
        speakers: list[str] = []
        cursor.beginEditBlock()
        for n, seg in enumerate(transcript.segments):
            if n:
                cursor.insertBlock()
            cursor.insertText(
                f"[{format_clock(seg.start)}] " if seg.start is not None else "[--:--] ", time_fmt
            )
            if seg.speaker:
                cursor.insertText(f"{seg.speaker}: ", speaker_fmt)
                if seg.speaker not in speakers:
                    speakers.append(seg.speaker)
            seg_start = cursor.position()
            if seg.words:
                for i, word in enumerate(seg.words):
                    token = word.word.strip()
                    if i:
                        cursor.insertText(" ", plain)
                    low = word.probability is not None and word.probability < threshold
                    begin = cursor.position()
                    cursor.insertText(token, uncertain if low else plain)
                    self._words.append(
                        WordSpan(
                            begin,
                            cursor.position(),
                            word.start,
                            word.end,
                            word.probability,
                            seg.id,
                            token,
                        )
                    )
            else:
                begin = cursor.position()
                cursor.insertText(seg.text.strip(), plain)
                self._words.append(
                    WordSpan(
                        begin, cursor.position(), seg.start, seg.end, None, seg.id, seg.text.strip()
                    )
                )
            self._segment_ranges[seg.id] = (seg_start, cursor.position(), seg.start)
        cursor.endEditBlock()
        self._word_starts = [w.start for w in self._words]
        self._timed = sorted((w.time, i) for i, w in enumerate(self._words) if w.time is not None)
        self._uncertain = [
            i
            for i, w in enumerate(self._words)
            if w.probability is not None and w.probability < threshold
        ]
        self._walk_index, self._current_word, self._evidence = -1, -1, []
        self._speakers = speakers
        self._rebuild_speaker_menu()
        self._update_walk_label()
        messages = {
            "partial": "This transcript is partial: transcription stopped before the end.",
            "failed": "Transcription failed; the report cannot be checked against the audio.",
            "cancelled": "Transcription was cancelled; the transcript is incomplete.",
            "none": "There is no transcript for this case.",
        }
        if not transcript.complete and status == "complete":
            status = "partial"
        self.status_label.setVisible(status in messages)
        self.status_label.setText(messages.get(status, ""))
        self._refresh_selections()

    def _rebuild_speaker_menu(self) -> None:
        self.rename_menu.clear()
        for speaker in self._speakers:
            action = self.rename_menu.addAction(f"Rename “{speaker}”…")
            action.triggered.connect(
                lambda _=False, s=speaker: self.speaker_rename_requested.emit(s)
            )
        self.rename_button.setEnabled(bool(self._speakers))

    def set_read_only_names(self, read_only: bool) -> None:
        self.rename_button.setVisible(not read_only)

    # -- lookup ---------------------------------------------------------------------------
    def words(self) -> list[WordSpan]:
        return list(self._words)

    def uncertain_words(self) -> list[WordSpan]:
        return [self._words[i] for i in self._uncertain]

    def word_at_char(self, position: int) -> WordSpan | None:
        i = bisect.bisect_right(self._word_starts, position) - 1
        if 0 <= i < len(self._words) and self._words[i].start <= position <= self._words[i].end:
            return self._words[i]
        return None

    def word_index_at_time(self, seconds: float) -> int:
        i = bisect.bisect_right(self._timed, (seconds, len(self._words))) - 1
        return self._timed[i][1] if i >= 0 else -1

    def current_word(self) -> WordSpan | None:
        return self._words[self._current_word] if self._current_word >= 0 else None

    # -- selection ------------------------------------------------------------------------
    def select_segments(self, segment_ids: list[int]) -> None:
        """Mark a claim's evidence and scroll to the first piece of it."""
        self._evidence = [s for s in segment_ids if s in self._segment_ranges]
        self._refresh_selections()
        if self._evidence:
            start, _end, _t = self._segment_ranges[self._evidence[0]]
            self._scroll_to(start)

    def selected_segments(self) -> list[int]:
        return list(self._evidence)

    def next_uncertain(self) -> None:
        self._walk(+1)

    def previous_uncertain(self) -> None:
        self._walk(-1)

    def walk_position(self) -> int:
        return self._walk_index

    def _walk(self, step: int) -> None:
        if not self._uncertain:
            return
        self._walk_index = (self._walk_index + step) % len(self._uncertain)
        word = self._words[self._uncertain[self._walk_index]]
        self._update_walk_label()
        self._refresh_selections()
        self._scroll_to(word.start)
        if word.time is not None:
            self._state.seek(max(0.0, word.time - WALK_PREROLL_S))

    def _update_walk_label(self) -> None:
        total = len(self._uncertain)
        self.prev_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)
        if not total:
            self.walk_label.setText("none")
        elif self._walk_index < 0:
            self.walk_label.setText(f"{total} to check")
        else:
            self.walk_label.setText(f"{self._walk_index + 1} of {total}")

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def _refresh_selections(self) -> None:
        selections = []
        evidence_fmt = QTextCharFormat()
        evidence_fmt.setBackground(EVIDENCE)
        for seg_id in self._evidence:
            start, end, _t = self._segment_ranges[seg_id]
            selections.append(self._selection(start, end, evidence_fmt))
        if self._walk_index >= 0 and self._uncertain:
            word = self._words[self._uncertain[self._walk_index]]
            walk_fmt = QTextCharFormat()
            walk_fmt.setBackground(QColor("#ff9800"))
            walk_fmt.setForeground(QColor("#000000"))
            selections.append(self._selection(word.start, word.end, walk_fmt))
        if self._current_word >= 0:
            word = self._words[self._current_word]
            current_fmt = QTextCharFormat()
            current_fmt.setBackground(CURRENT_WORD)
            current_fmt.setFontWeight(QFont.Weight.Bold)
            selections.append(self._selection(word.start, word.end, current_fmt))
        self.text.setExtraSelections(selections)

    def _scroll_to(self, position: int) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(position)
        rect = self.text.cursorRect(cursor)
        bar = self.text.verticalScrollBar()
        viewport_height = self.text.viewport().height()
        if rect.top() < 0 or rect.bottom() > viewport_height:
            bar.setValue(bar.value() + rect.top() - viewport_height // 3)

    # -- events ---------------------------------------------------------------------------
    @Slot(float)
    def _on_state_position_changed(self, seconds: float) -> None:
        index = self.word_index_at_time(seconds)
        if index == self._current_word:
            return
        self._current_word = index
        self._refresh_selections()
        if index >= 0 and self.follow.isChecked():
            self._scroll_to(self._words[index].start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.text.viewport()
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            # A drag has already made its selection by the time the button is released.
            if not self.text.textCursor().hasSelection():
                self._on_text_clicked(event)
            return False
        return super().eventFilter(watched, event)

    def _on_text_clicked(self, event: QMouseEvent) -> None:
        position = self.text.cursorForPosition(event.position().toPoint()).position()
        word = self.word_at_char(position)
        if word is None:
            return
        self._state.set_segment(word.segment)
        seconds = word.time
        if seconds is None:
            seconds = self._segment_ranges[word.segment][2]
        if seconds is not None:
            self._state.seek(seconds)
