"""The case list: a table model over CaseSummary values and a filtering/sorting proxy."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from app.domain import CaseSummary, ReportState
from app.ui.style import STATE_COLOR, STATE_LABEL, format_clock

Index = QModelIndex | QPersistentModelIndex
CASE_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class CaseColumn(IntEnum):
    ID = 0
    TITLE = 1
    STATE = 2
    OFFICER = 3
    CREATED = 4
    MEDIA = 5
    OPEN_FLAGS = 6


HEADERS = {
    CaseColumn.ID: "Case",
    CaseColumn.TITLE: "Title",
    CaseColumn.STATE: "State",
    CaseColumn.OFFICER: "Officer",
    CaseColumn.CREATED: "Created",
    CaseColumn.MEDIA: "Media length",
    CaseColumn.OPEN_FLAGS: "Open flags",
}


class CaseTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cases: tuple[CaseSummary, ...] = ()

    def set_cases(self, cases: Sequence[CaseSummary]) -> None:
        self.beginResetModel()
        self._cases = tuple(cases)
        self.endResetModel()

    def case_at(self, row: int) -> CaseSummary:
        return self._cases[row]

    def cases(self) -> tuple[CaseSummary, ...]:
        return self._cases

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CaseColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(CaseColumn):
            return HEADERS[CaseColumn(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cases):
            return None
        case = self._cases[index.row()]
        column = CaseColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, column)
        if role == SORT_ROLE:
            return self._sort_key(case, column)
        if role == CASE_ROLE:
            return case
        if role == Qt.ItemDataRole.ForegroundRole and column == CaseColumn.STATE:
            return QBrush(STATE_COLOR[case.state])
        if role == Qt.ItemDataRole.ForegroundRole and column == CaseColumn.OPEN_FLAGS:
            return QBrush(STATE_COLOR[ReportState.RETURNED]) if case.open_flags else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            CaseColumn.ID,
            CaseColumn.MEDIA,
            CaseColumn.OPEN_FLAGS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == CaseColumn.OPEN_FLAGS:
            return f"{case.open_flags} flag(s) not yet acknowledged"
        return None

    @staticmethod
    def _display(case: CaseSummary, column: CaseColumn) -> str:
        if column == CaseColumn.ID:
            return str(case.id)
        if column == CaseColumn.TITLE:
            return case.title or "(untitled)"
        if column == CaseColumn.STATE:
            return STATE_LABEL[case.state]
        if column == CaseColumn.OFFICER:
            return case.officer
        if column == CaseColumn.CREATED:
            return case.created_at.strftime("%Y-%m-%d %H:%M")
        if column == CaseColumn.MEDIA:
            return format_clock(case.media_duration)
        return str(case.open_flags)

    @staticmethod
    def _sort_key(case: CaseSummary, column: CaseColumn) -> Any:
        if column == CaseColumn.ID:
            return case.id
        if column == CaseColumn.CREATED:
            return case.created_at.timestamp()
        if column == CaseColumn.MEDIA:
            return case.media_duration or 0.0
        if column == CaseColumn.OPEN_FLAGS:
            return case.open_flags
        return CaseTableModel._display(case, column).lower()


class CaseFilterProxy(QSortFilterProxyModel):
    """Filters by state(s), by owner ("my cases") and by free text; sorts by typed keys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._states: frozenset[ReportState] | None = None
        self._owner: str | None = None
        self._text = ""
        self.setSortRole(SORT_ROLE)

    def set_states(self, states: frozenset[ReportState] | None) -> None:
        if states == self._states:
            return
        self.beginFilterChange()
        self._states = states
        self.endFilterChange()

    def set_owner(self, username: str | None) -> None:
        if username == self._owner:
            return
        self.beginFilterChange()
        self._owner = username
        self.endFilterChange()

    def set_text(self, text: str) -> None:
        text = text.strip().lower()
        if text == self._text:
            return
        self.beginFilterChange()
        self._text = text
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CaseTableModel) or source_parent.isValid():
            return True
        case = model.case_at(source_row)
        if self._states is not None and case.state not in self._states:
            return False
        if self._owner is not None and case.officer != self._owner:
            return False
        if self._text:
            haystack = f"{case.id} {case.title} {case.officer}".lower()
            return self._text in haystack
        return True
