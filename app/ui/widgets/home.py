"""Home: the case list with 'my cases' and state filters, import, and the clerk's export buttons."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import ReportState
from app.ui.models.cases import CASE_ROLE, CaseColumn, CaseFilterProxy, CaseTableModel
from app.ui.style import MARGIN, SPACING, STATE_LABEL, muted_label, std_icon


class HomePage(QWidget):
    open_requested = Signal(int)
    import_requested = Signal()
    refresh_requested = Signal()
    export_requested = Signal(int, str)  # case id, "docx" | "first_draft" | "pdf"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseTableModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.title = QLabel("Cases")
        self.title.setObjectName("PageTitle")
        self.subtitle = muted_label(wrap=True)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search case, title or officer")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.mine = QCheckBox("My cases only")
        self.mine.toggled.connect(self._apply_filters)
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName("State filter")
        self.state_filter.currentIndexChanged.connect(self._apply_filters)
        self.refresh_button = QPushButton(
            std_icon(QStyle.StandardPixmap.SP_BrowserReload), "Refresh"
        )
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.import_button = QPushButton(
            std_icon(QStyle.StandardPixmap.SP_FileDialogNewFolder), "Import case…"
        )
        self.import_button.setToolTip(
            "Import body-camera media with its transcript and AI draft (Ctrl+I)"
        )
        self.import_button.clicked.connect(self.import_requested)
        self.open_button = QPushButton(std_icon(QStyle.StandardPixmap.SP_DialogOpenButton), "Open")
        self.open_button.clicked.connect(self._open_current)
        self.export_docx = QPushButton(
            std_icon(QStyle.StandardPixmap.SP_DialogSaveButton), "Export DOCX…"
        )
        self.export_docx.clicked.connect(lambda: self._export("docx"))
        self.export_draft = QPushButton("Export first AI draft…")
        self.export_draft.setToolTip(
            "The first AI draft, kept as long as the report (Cal. Penal Code § 13663)"
        )
        self.export_draft.clicked.connect(lambda: self._export("first_draft"))
        self.export_pdf = QPushButton("Export PDF…")
        self.export_pdf.clicked.connect(lambda: self._export("pdf"))
        self.pdf_note = QLabel()
        self.pdf_note.setObjectName("Muted")
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CaseColumn.CREATED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CaseColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)
        self.table.setAccessibleName("Cases")
        self.empty = QLabel()
        self.empty.setObjectName("Muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        filters = QHBoxLayout()
        filters.setSpacing(SPACING)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.mine)
        state_label = QLabel("&State")
        state_label.setBuddy(self.state_filter)
        filters.addWidget(state_label)
        filters.addWidget(self.state_filter)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        filters.addWidget(self.import_button)
        actions = QHBoxLayout()
        actions.setSpacing(SPACING)
        actions.addWidget(self.pdf_note)
        actions.addStretch(1)
        for button in (self.export_draft, self.export_docx, self.export_pdf, self.open_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN * 2, MARGIN * 2, MARGIN * 2, MARGIN * 2)
        layout.setSpacing(SPACING)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        self.proxy.modelReset.connect(self._update_empty)
        self.proxy.layoutChanged.connect(self._update_empty)
        self.proxy.rowsInserted.connect(self._update_empty)
        self.proxy.rowsRemoved.connect(self._update_empty)
        self._username: str | None = None
        self.configure(
            title="Cases",
            subtitle="",
            states=list(ReportState),
            default_state=None,
            username=None,
            mine=False,
            can_import=False,
            can_export=False,
        )

    def configure(
        self,
        *,
        title: str,
        subtitle: str,
        states: list[ReportState],
        default_state: ReportState | None,
        username: str | None,
        mine: bool,
        can_import: bool,
        can_export: bool,
    ) -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self._username = username
        self._allowed = frozenset(states)
        self.state_filter.blockSignals(True)
        self.state_filter.clear()
        self.state_filter.addItem("All", None)
        for state in states:
            self.state_filter.addItem(STATE_LABEL[state], state.value)
        if default_state is not None:
            self.state_filter.setCurrentIndex(self.state_filter.findData(default_state.value))
        self.state_filter.blockSignals(False)
        self.mine.setVisible(username is not None)
        self.mine.setChecked(mine)
        self.import_button.setVisible(can_import)
        for widget in (self.export_docx, self.export_draft, self.export_pdf, self.pdf_note):
            widget.setVisible(can_export)
        self._apply_filters()

    def set_pdf_available(self, available: bool, reason: str) -> None:
        self.export_pdf.setVisible(available and self.export_docx.isVisible())
        self.pdf_note.setText("" if available else f"PDF export is not available: {reason}")
        self.pdf_note.setVisible(not available and self.export_docx.isVisible())

    def _apply_filters(self) -> None:
        value = self.state_filter.currentData()
        self.proxy.set_states(frozenset({ReportState(value)}) if value else self._allowed)
        self.proxy.set_owner(
            self._username if self.mine.isChecked() and self.mine.isVisible() else None
        )
        self._update_empty()

    def _update_empty(self) -> None:
        count = self.proxy.rowCount()
        self.empty.setVisible(count == 0)
        self.empty.setText(
            "No cases match these filters." if self.model.rowCount() else "No cases yet."
        )

    def selected_case_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        case = index.siblingAtColumn(0).data(CASE_ROLE)
        return case.id if case is not None else None

    def select_case(self, case_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(CASE_ROLE).id == case_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        case = index.siblingAtColumn(0).data(CASE_ROLE)
        if case is not None:
            self.open_requested.emit(case.id)

    def _open_current(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.open_requested.emit(case_id)

    def _export(self, kind: str) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.export_requested.emit(case_id, kind)
