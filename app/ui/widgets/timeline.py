"""A strip under the video marking the selected claim's evidence and every flag's moment."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain import Severity
from app.ui.style import EVIDENCE, SEVERITY_COLOR, format_clock


class TimelineStrip(QWidget):
    seek_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._duration = 0.0
        self._position = 0.0
        self._evidence: list[tuple[float, float]] = []
        self._flags: list[tuple[float, Severity, str]] = []
        self.setMinimumHeight(34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setToolTip(
            "Timeline: green = evidence of the selected claim, triangles = flags. Click to seek."
        )
        self.setAccessibleName("Timeline")

    def sizeHint(self) -> QSize:
        return QSize(400, 34)

    def set_duration(self, seconds: float) -> None:
        self._duration = max(0.0, seconds)
        self.update()

    def set_position(self, seconds: float) -> None:
        self._position = seconds
        self.update()

    def set_evidence(self, ranges: Sequence[tuple[float, float]]) -> None:
        self._evidence = list(ranges)
        self.update()

    def set_flag_marks(self, marks: Sequence[tuple[float, Severity, str]]) -> None:
        self._flags = list(marks)
        self.update()

    def evidence(self) -> list[tuple[float, float]]:
        return list(self._evidence)

    def flag_marks(self) -> list[tuple[float, Severity, str]]:
        return list(self._flags)

    def _x(self, seconds: float) -> float:
        width = max(1, self.width() - 8)
        return 4 + width * (seconds / self._duration if self._duration else 0.0)

    def _seconds(self, x: float) -> float:
        width = max(1, self.width() - 8)
        return max(0.0, min(self._duration, (x - 4) / width * self._duration))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._duration > 0:
            self.seek_requested.emit(self._seconds(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._duration > 0:
            at = self._seconds(event.position().x())
            near = [m for t, _s, m in self._flags if abs(self._x(t) - event.position().x()) < 5]
            self.setToolTip(format_clock(at) + ("\n" + "\n".join(near) if near else ""))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(4, 12, self.width() - 8, 10)
        painter.fillRect(bar, QColor("#e0e0e0"))
        for start, end in self._evidence:
            x1, x2 = self._x(start), self._x(end)
            painter.fillRect(
                QRectF(x1, bar.top(), max(2.0, x2 - x1), bar.height()), EVIDENCE.darker(115)
            )
        for seconds, severity, _message in self._flags:
            x = self._x(seconds)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SEVERITY_COLOR[severity])
            painter.drawPolygon(QPolygonF([QPointF(x - 4, 2), QPointF(x + 4, 2), QPointF(x, 10)]))
        if self._duration > 0:
            x = self._x(self._position)
            painter.setPen(QPen(QColor("#1565c0"), 2))
            painter.drawLine(QPointF(x, 8), QPointF(x, 28))
        painter.setPen(QPen(QColor("#9e9e9e"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar)
