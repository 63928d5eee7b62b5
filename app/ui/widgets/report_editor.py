"""The report editor: each claim's status, loaded wording and AI-vs-officer text, all drawn with
extra selections over the officer's own text, which is never rewritten by the program.

Between an edit and the next verifier result the marks are shifted with the text, so they stay
on the words they belong to while the officer types.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from app.domain import Analysis, Claim, Flag, FlagKind
from app.ui.style import (
    AI_TEXT_BACKGROUND,
    BIAS,
    FLAG_BACKGROUND,
    OFFICER_ACCOUNT,
    SELECTED_CLAIM,
    STATUS,
    Channel,
)

# Flags about a few words, drawn as their own marks; the others concern a whole claim and show
# through the claim's status mark (a second background would bury it).
_SPAN_FLAGS = {
    FlagKind.BIAS_LANGUAGE,
    FlagKind.PLACEHOLDER,
    FlagKind.PROMPT_INJECTION,
    FlagKind.ATTENTION_CHECK,
    FlagKind.HEADER_MISMATCH,
}

REFRESH_DELAY_MS = 150


def claim_channel(claim: Claim) -> Channel:
    if claim.basis == "officer_account":
        return OFFICER_ACCOUNT
    return STATUS[claim.status]


class ReportEditor(QPlainTextEdit):
    claim_clicked = Signal(str)
    text_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAccessibleName("Report text")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self.document().setDocumentMargin(10)
        self._claims: list[Claim] = []
        self._claim_spans: list[list[int]] = []
        self._flags: list[Flag] = []
        self._flag_spans: list[list[int]] = []
        self._ai_spans: list[list[int]] = []
        self._show_ai = False
        self._selected_claim: str | None = None
        self._loading = False
        # Redrawing ~200 marks costs tens of ms; while typing, do it once per pause, not per key.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh)
        self.document().contentsChange.connect(self._on_document_contents_change)
        self.textChanged.connect(self._on_text_changed)

    # -- content -------------------------------------------------------------------------
    def load(self, text: str, analysis: Analysis, ai_spans: Sequence[tuple[int, int]]) -> None:
        """Replace the text (opening a version); marks follow from the analysis."""
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        self.set_analysis(analysis, ai_spans)

    def set_analysis(
        self, analysis: Analysis, ai_spans: Sequence[tuple[int, int]] | None = None
    ) -> None:
        """New verifier output for the text as it is now; cursor and scroll stay where they are."""
        self._claims = list(analysis.claims)
        self._claim_spans = [[c.start, c.end] for c in self._claims]
        self._flags = [f for f in analysis.flags if f.start is not None and f.end is not None]
        self._flag_spans = [[int(f.start or 0), int(f.end or 0)] for f in self._flags]
        if ai_spans is not None:
            self._ai_spans = [[s, e] for s, e in ai_spans]
        self._refresh()

    def claims(self) -> list[Claim]:
        return list(self._claims)

    def claim_span(self, claim_id: str) -> tuple[int, int] | None:
        for claim, span in zip(self._claims, self._claim_spans, strict=True):
            if claim.id == claim_id:
                return span[0], span[1]
        return None

    def flag_span(self, flag_id: str) -> tuple[int, int] | None:
        for flag, span in zip(self._flags, self._flag_spans, strict=True):
            if flag.id == flag_id:
                return span[0], span[1]
        return None

    def claim_at(self, position: int) -> Claim | None:
        for claim, (start, end) in zip(self._claims, self._claim_spans, strict=True):
            if start <= position < end:
                return claim
        return None

    def flags_at(self, position: int) -> list[Flag]:
        return [
            f for f, (s, e) in zip(self._flags, self._flag_spans, strict=True) if s <= position < e
        ]

    def set_show_ai_text(self, show: bool) -> None:
        if show != self._show_ai:
            self._show_ai = show
            self._refresh()

    def ai_share(self) -> float:
        """Share of the text's non-space characters inside the AI-draft spans."""
        text = self.toPlainText()
        total = sum(1 for ch in text if not ch.isspace())
        if not total:
            return 0.0
        ai = sum(1 for s, e in self._ai_spans for ch in text[s:e] if not ch.isspace())
        return ai / total

    def ai_text_shown(self) -> bool:
        return self._show_ai

    def select_claim(self, claim_id: str | None) -> None:
        if claim_id != self._selected_claim:
            self._selected_claim = claim_id
            self._refresh()

    def reveal_range(self, start: int, end: int) -> None:
        """Put the cursor at a claim or flag and bring it into view."""
        length = len(self.toPlainText())
        cursor = self.textCursor()
        cursor.setPosition(min(start, length))
        cursor.setPosition(min(end, length), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- drawing --------------------------------------------------------------------------
    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        length = self.document().characterCount() - 1
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(start, length)))
        cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        sel.format = fmt
        return sel

    @staticmethod
    def _channel_format(channel: Channel, *, with_background: bool = True) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(channel.underline)
        fmt.setUnderlineColor(channel.color)
        if with_background and channel.background is not None:
            fmt.setBackground(channel.background)
        return fmt

    def _refresh(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        if self._show_ai:
            ai_fmt = QTextCharFormat()
            ai_fmt.setBackground(AI_TEXT_BACKGROUND)
            selections.extend(self._selection(s, e, ai_fmt) for s, e in self._ai_spans)
        for claim, (start, end) in zip(self._claims, self._claim_spans, strict=True):
            fmt = self._channel_format(claim_channel(claim), with_background=not self._show_ai)
            if claim.id == self._selected_claim:
                fmt.setBackground(SELECTED_CLAIM)
            selections.append(self._selection(start, end, fmt))
        for flag, (start, end) in zip(self._flags, self._flag_spans, strict=True):
            if flag.kind not in _SPAN_FLAGS:
                continue
            if flag.kind == FlagKind.BIAS_LANGUAGE:
                fmt = self._channel_format(BIAS)
            else:
                fmt = QTextCharFormat()
                fmt.setBackground(FLAG_BACKGROUND)
            selections.append(self._selection(start, end, fmt))
        self.setExtraSelections(selections)

    # -- editing --------------------------------------------------------------------------
    def _on_document_contents_change(self, position: int, removed: int, added: int) -> None:
        if self._loading or removed == added == 0:
            return
        delta = added - removed
        for spans in (self._claim_spans, self._flag_spans, self._ai_spans):
            for span in spans:
                for k in (0, 1):
                    if span[k] >= position + removed:
                        span[k] += delta
                    elif span[k] > position:
                        span[k] = position
        self._refresh_timer.start()  # coalesce a burst of keystrokes into one redraw

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.text_edited.emit()

    # -- mouse ----------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        claim = self.claim_at(self.textCursor().position())
        if claim is not None:
            self.claim_clicked.emit(claim.id)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, point: QPoint) -> str:
        """What a hover over this point explains: the claim's status, evidence and any flag."""
        position = self.cursorForPosition(point).position()
        parts: list[str] = []
        claim = self.claim_at(position)
        if claim is not None:
            channel = claim_channel(claim)
            parts.append(
                f"<b>{channel.symbol} {html.escape(channel.label)}</b> "
                f"(support {claim.support:.0%})"
            )
            for ev in claim.evidence[:2]:
                parts.append(f"<i>“{html.escape(ev.text)}”</i>")
        for flag in self.flags_at(position):
            line = f"<b>⚑ {html.escape(flag.message)}</b>"
            if flag.kind == FlagKind.BIAS_LANGUAGE and flag.category:
                line += f"<br>Why: {html.escape(flag.category.replace('_', ' '))}"
            if flag.suggestion:
                line += f"<br>Suggestion: {html.escape(flag.suggestion)}"
            parts.append(line)
        if self._show_ai:
            starts = [s for s, _e in self._ai_spans]
            i = bisect.bisect_right(starts, position) - 1
            inside = 0 <= i < len(self._ai_spans) and position < self._ai_spans[i][1]
            parts.append("Written by the AI draft" if inside else "Written by the officer")
        return "<br>".join(parts)
