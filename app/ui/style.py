"""Look and feel in one place: status colours and underline styles, fonts, spacing, icons.

Every claim status has a colour, an underline style and a symbol, so colour is never the only
channel (about 1 in 12 men cannot tell red from green).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QTextCharFormat
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QWidget,
)

from app.domain import ClaimStatus, ReportState, Severity

SPACING = 8
MARGIN = 10
BASE_POINT_SIZE = 10


@dataclass(frozen=True)
class Channel:
    label: str
    symbol: str
    color: QColor
    underline: QTextCharFormat.UnderlineStyle
    background: QColor | None = None


STATUS: dict[ClaimStatus, Channel] = {
    ClaimStatus.SUPPORTED: Channel(
        "Supported", "✓", QColor("#2e7d32"), QTextCharFormat.UnderlineStyle.SingleUnderline
    ),
    ClaimStatus.WEAK: Channel(
        "Weak", "~", QColor("#b26a00"), QTextCharFormat.UnderlineStyle.DashUnderline
    ),
    ClaimStatus.UNSUPPORTED: Channel(
        "Unsupported",
        "?",
        QColor("#c62828"),
        QTextCharFormat.UnderlineStyle.DotLine,
        QColor("#fdecea"),
    ),
    ClaimStatus.CONTRADICTED: Channel(
        "Contradicted",
        "✗",
        QColor("#b71c1c"),
        QTextCharFormat.UnderlineStyle.WaveUnderline,
        QColor("#f9d0d0"),
    ),
}
BIAS = Channel(
    "Loaded wording",
    "¶",
    QColor("#6a1b9a"),
    QTextCharFormat.UnderlineStyle.DashDotLine,
    QColor("#f1e6f7"),
)
OFFICER_ACCOUNT = Channel(
    "Officer's account", "◆", QColor("#1565c0"), QTextCharFormat.UnderlineStyle.DashDotDotLine
)
AI_TEXT_BACKGROUND = QColor("#e3ecf7")
FLAG_BACKGROUND = QColor("#fff4c2")
SELECTED_CLAIM = QColor("#bbdefb")
CURRENT_WORD = QColor("#ffd54f")
UNCERTAIN_WORD = QColor("#ffe0b2")
UNCERTAIN_UNDERLINE = QColor("#e65100")
EVIDENCE = QColor("#c8e6c9")

SEVERITY_COLOR = {
    Severity.HIGH: QColor("#c62828"),
    Severity.MEDIUM: QColor("#ef6c00"),
    Severity.LOW: QColor("#546e7a"),
}
SEVERITY_LABEL = {Severity.HIGH: "High", Severity.MEDIUM: "Medium", Severity.LOW: "Low"}

STATE_LABEL = {
    ReportState.IN_REVIEW: "In review",
    ReportState.SIGNED: "Signed",
    ReportState.RETURNED: "Returned",
    ReportState.APPROVED: "Approved",
    ReportState.EXPORTED: "Exported",
}
STATE_COLOR = {
    ReportState.IN_REVIEW: QColor("#1565c0"),
    ReportState.SIGNED: QColor("#6a1b9a"),
    ReportState.RETURNED: QColor("#c62828"),
    ReportState.APPROVED: QColor("#2e7d32"),
    ReportState.EXPORTED: QColor("#455a64"),
}

STYLESHEET = """
QToolBar { spacing: 6px; padding: 4px; }
QToolButton { padding: 4px 8px; }
QPushButton { padding: 5px 14px; }
QGroupBox { font-weight: bold; margin-top: 10px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QLabel#PageTitle { font-size: 15pt; font-weight: bold; }
QLabel#Banner { background: #fff3cd; border: 1px solid #e0c36a; border-radius: 4px; padding: 8px; }
QLabel#Muted { color: #555; }
QLabel#IntegrityOk { color: #2e7d32; }
QLabel#IntegrityWarning { background: #fdecea; color: #b71c1c; border: 1px solid #c62828;
                          border-radius: 4px; padding: 6px; font-weight: bold; }
QHeaderView::section { padding: 4px 6px; }
"""


def apply_app_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), BASE_POINT_SIZE))
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)


def muted_label(text: str = "", *, wrap: bool = False) -> QLabel:
    """Secondary text (hints, notes, subtitles) in the house's muted style."""
    label = QLabel(text)
    label.setObjectName("Muted")
    label.setWordWrap(wrap)
    return label


def std_icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


def format_clock(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    total = int(max(0.0, seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def parse_clock(text: str) -> float | None:
    """'75', '1:15', '0:01:15' or '1:15.5' -> seconds; None when unreadable."""
    parts = text.strip().split(":")
    if not parts or len(parts) > 3:
        return None
    try:
        values = [float(p) for p in parts]
    except ValueError:
        return None
    if any(v < 0 for v in values):
        return None
    seconds = 0.0
    for value in values:
        seconds = seconds * 60 + value
    return seconds


def underline_path(
    x1: float, x2: float, y: float, style: QTextCharFormat.UnderlineStyle
) -> QPainterPath:
    path = QPainterPath()
    if style == QTextCharFormat.UnderlineStyle.WaveUnderline:
        path.moveTo(x1, y)
        x, up = x1, True
        while x < x2:
            path.quadTo(QPointF(x + 2, y - 2.5 if up else y + 2.5), QPointF(min(x + 4, x2), y))
            x += 4
            up = not up
    else:
        path.moveTo(x1, y)
        path.lineTo(x2, y)
    return path


_PEN_STYLE = {
    QTextCharFormat.UnderlineStyle.DashUnderline: Qt.PenStyle.DashLine,
    QTextCharFormat.UnderlineStyle.DotLine: Qt.PenStyle.DotLine,
    QTextCharFormat.UnderlineStyle.DashDotLine: Qt.PenStyle.DashDotLine,
    QTextCharFormat.UnderlineStyle.DashDotDotLine: Qt.PenStyle.DashDotDotLine,
}


class LegendSwatch(QWidget):
    """A word drawn with a channel's symbol, background and underline style."""

    def __init__(self, channel: Channel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._channel = channel
        self.setToolTip(channel.label)
        self.setAccessibleName(f"Legend: {channel.label}")

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        text = f"{self._channel.symbol} {self._channel.label}"
        return QSize(metrics.horizontalAdvance(text) + 10, metrics.height() + 8)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        text = f"{self._channel.symbol} {self._channel.label}"
        width = metrics.horizontalAdvance(text)
        if self._channel.background is not None:
            painter.fillRect(
                QRectF(2, 2, width + 6, metrics.height() + 2), self._channel.background
            )
        painter.setPen(self.palette().color(self.foregroundRole()))
        baseline = 3 + metrics.ascent()
        painter.drawText(QPointF(5, baseline), text)
        pen = QPen(self._channel.color, 1.6)
        pen.setStyle(_PEN_STYLE.get(self._channel.underline, Qt.PenStyle.SolidLine))
        painter.setPen(pen)
        painter.drawPath(underline_path(5, 5 + width, baseline + 3, self._channel.underline))


class StatusLegend(QWidget):
    """The key to the report editor's marks, always visible under it (two rows of three)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(SPACING * 2)
        layout.setVerticalSpacing(2)
        title = QLabel("Key")
        title.setObjectName("Muted")
        layout.addWidget(title, 0, 0)
        for n, channel in enumerate((*STATUS.values(), BIAS, OFFICER_ACCOUNT)):
            swatch = LegendSwatch(channel)
            swatch.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            layout.addWidget(swatch, n // 3, 1 + n % 3)
        layout.setColumnStretch(4, 1)
