"""Flags grouped by severity: a two-level tree (severity group -> flag) and an 'open only' filter.

Group rows read "High · 1 of 3 acknowledged"; acknowledging a flag changes one row and its
group header (dataChanged), not the whole model.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QStyle

from app.domain import Acknowledgement, Flag, Severity
from app.ui.style import SEVERITY_COLOR, SEVERITY_LABEL, std_icon
from app.verify.risk import SECOND_LOOK

Index = QModelIndex | QPersistentModelIndex
FLAG_ROLE = Qt.ItemDataRole.UserRole + 1
ACK_ROLE = Qt.ItemDataRole.UserRole + 2
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 3

KIND_LABEL = {
    "unsupported_claim": "Unsupported",
    "contradicted_claim": "Contradicted",
    "low_asr_confidence": "Uncertain audio",
    "bias_language": "Wording",
    "placeholder": "Placeholder",
    "prompt_injection": "Injected text",
    "attention_check": "Attention check",
    "visual_observation": "Not in audio",
    "header_mismatch": "Header",
    "uncited_draft_sentence": "Uncited",
}


def kind_label(flag: Flag) -> str:
    """What a flag is, in a word or two ("Second look" for the learned model's flags)."""
    if flag.category == SECOND_LOOK:
        return "Second look"
    return KIND_LABEL.get(flag.kind.value, flag.kind.value)


RESOLUTION_LABEL = {
    "edited": "edited",
    "confirmed": "confirmed",
    "not_applicable": "not applicable",
    "resolved_by_edit": "resolved by edit",
}


class FlagTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[Severity, list[Flag]]] = []
        self._acks: dict[str, Acknowledgement] = {}
        self._excerpts: dict[str, str] = {}

    # -- content -------------------------------------------------------------------------
    def set_flags(
        self, flags: Sequence[Flag], acks: Mapping[str, Acknowledgement], report_text: str = ""
    ) -> None:
        """`report_text` lets each row quote the words it is about (two flags can share a
        message; their quotes tell them apart)."""
        self.beginResetModel()
        self._excerpts = {f.id: _excerpt(f, report_text) for f in flags}
        ordered = sorted(
            flags, key=lambda f: (f.severity.rank, f.start if f.start is not None else 1 << 30)
        )
        self._groups = [
            (sev, [f for f in ordered if f.severity == sev])
            for sev in sorted(Severity, key=lambda s: s.rank)
            if any(f.severity == sev for f in ordered)
        ]
        self._acks = dict(acks)
        self.endResetModel()

    def set_acknowledgements(self, acks: Mapping[str, Acknowledgement]) -> None:
        old, self._acks = self._acks, dict(acks)
        for group_row, (_sev, flags) in enumerate(self._groups):
            group_index = self.index(group_row, 0)
            changed = False
            for row, flag in enumerate(flags):
                if old.get(flag.id) != self._acks.get(flag.id):
                    idx = self.index(row, 0, group_index)
                    self.dataChanged.emit(idx, idx)
                    changed = True
            if changed:
                self.dataChanged.emit(group_index, group_index)

    def flags_in_order(self) -> list[Flag]:
        return [f for _sev, flags in self._groups for f in flags]

    def acknowledged_count(self) -> tuple[int, int]:
        flags = self.flags_in_order()
        return sum(1 for f in flags if f.id in self._acks), len(flags)

    def index_of(self, flag_id: str) -> QModelIndex:
        for group_row, (_sev, flags) in enumerate(self._groups):
            for row, flag in enumerate(flags):
                if flag.id == flag_id:
                    return self.index(row, 0, self.index(group_row, 0))
        return QModelIndex()

    def acknowledgement(self, flag_id: str) -> Acknowledgement | None:
        return self._acks.get(flag_id)

    # -- tree structure --------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            section == 0
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return "Flags"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index.row(), role)
        group = int(index.internalId()) - 1
        if group >= len(self._groups) or index.row() >= len(self._groups[group][1]):
            return None
        return self._flag_data(self._groups[group][1][index.row()], role)

    def _group_data(self, row: int, role: int) -> Any:
        if row >= len(self._groups):
            return None
        severity, flags = self._groups[row]
        if role == Qt.ItemDataRole.DisplayRole:
            done = sum(1 for f in flags if f.id in self._acks)
            return f"{SEVERITY_LABEL[severity]} · {done} of {len(flags)} acknowledged"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(SEVERITY_COLOR[severity])
        if role == SEVERITY_ROLE:
            return severity
        return None

    def _flag_data(self, flag: Flag, role: int) -> Any:
        ack = self._acks.get(flag.id)
        if role == Qt.ItemDataRole.DisplayRole:
            # The icon (warning / tick) and the grey text say whether it is acknowledged.
            label = kind_label(flag)
            excerpt = self._excerpts.get(flag.id)
            return f"{label}: “{excerpt}”" if excerpt else f"{label}: {flag.message}"
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = (
                QStyle.StandardPixmap.SP_DialogApplyButton
                if ack
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return std_icon(pixmap)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [flag.message]
            if flag.suggestion:
                lines.append(f"Suggestion: {flag.suggestion}")
            if ack:
                resolution = RESOLUTION_LABEL.get(ack.resolution.value, ack.resolution.value)
                note = f" — {ack.note}" if ack.note else ""
                lines.append(f"Acknowledged by {ack.by}: {resolution}{note}")
            else:
                lines.append("Not yet acknowledged")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and ack:
            return QBrush(Qt.GlobalColor.darkGray)
        if role == FLAG_ROLE:
            return flag
        if role == ACK_ROLE:
            return ack
        if role == SEVERITY_ROLE:
            return flag.severity
        return None


class FlagFilterProxy(QSortFilterProxyModel):
    """Hides acknowledged flags when asked; group rows stay while they have a visible child."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_only = False
        self.setRecursiveFilteringEnabled(True)

    def set_open_only(self, open_only: bool) -> None:
        if open_only == self._open_only:
            return
        self.beginFilterChange()
        self._open_only = open_only
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not source_parent.isValid():
            # Groups are shown when a child is accepted (recursive filtering).
            return not self._open_only
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._open_only:
            return model.data(index, ACK_ROLE) is None
        return True


def _excerpt(flag: Flag, report_text: str, limit: int = 70) -> str:
    if flag.term:
        return flag.term
    if flag.start is None or flag.end is None or not report_text:
        return ""
    words = " ".join(report_text[flag.start : flag.end].split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"
