"""Flags grouped by severity with "n of m acknowledged": walk, acknowledge, jump to text/moment."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain import Acknowledgement, Flag
from app.ui.models.flags import FLAG_ROLE, RESOLUTION_LABEL, FlagFilterProxy, FlagTreeModel
from app.ui.style import SPACING, std_icon


class FlagsPanel(QWidget):
    acknowledge_requested = Signal(object)  # Flag
    go_to_text_requested = Signal(object)  # Flag
    go_to_moment_requested = Signal(object)  # Flag
    current_flag_changed = Signal(object)  # Flag | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FlagTreeModel(self)
        self.proxy = FlagFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.summary = QLabel()
        self.summary.setObjectName("PageTitle")
        self.open_only = QCheckBox("Open only")
        self.open_only.setToolTip("Hide flags that are already acknowledged")
        self.open_only.toggled.connect(self._on_open_only_toggled)
        self.view = QTreeView()
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName("Flags")
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.view.doubleClicked.connect(
            lambda _i: self._emit_for_current(self.go_to_text_requested)
        )
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setMinimumHeight(self.fontMetrics().height() * 4)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prev_button = QPushButton(std_icon(QStyle.StandardPixmap.SP_ArrowUp), "Previous")
        self.prev_button.setToolTip("Previous flag (Shift+F8)")
        self.prev_button.clicked.connect(self.select_previous)
        self.next_button = QPushButton(std_icon(QStyle.StandardPixmap.SP_ArrowDown), "Next")
        self.next_button.setToolTip("Next flag (F8)")
        self.next_button.clicked.connect(self.select_next)
        self.ack_button = QPushButton(
            std_icon(QStyle.StandardPixmap.SP_DialogApplyButton), "Acknowledge…"
        )
        self.ack_button.setToolTip("Record how you resolved this flag (Ctrl+K)")
        self.ack_button.clicked.connect(lambda: self._emit_for_current(self.acknowledge_requested))
        self.text_button = QPushButton(
            std_icon(QStyle.StandardPixmap.SP_FileIcon), "Show in report"
        )
        self.text_button.clicked.connect(lambda: self._emit_for_current(self.go_to_text_requested))
        self.moment_button = QPushButton(
            std_icon(QStyle.StandardPixmap.SP_MediaPlay), "Go to moment"
        )
        self.moment_button.clicked.connect(
            lambda: self._emit_for_current(self.go_to_moment_requested)
        )
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.open_only)
        buttons = QGridLayout()
        buttons.setSpacing(SPACING)
        buttons.addWidget(self.prev_button, 0, 0)
        buttons.addWidget(self.next_button, 0, 1)
        buttons.addWidget(self.ack_button, 0, 2)
        buttons.addWidget(self.text_button, 1, 0, 1, 2)
        buttons.addWidget(self.moment_button, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(SPACING)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        for keys, slot in (
            ("F8", self.select_next),
            ("Shift+F8", self.select_previous),
            ("Ctrl+K", lambda: self._emit_for_current(self.acknowledge_requested)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        self._read_only = False
        self._update_summary()
        self._update_buttons()

    def set_flags(
        self,
        flags: list[Flag] | tuple[Flag, ...],
        acks: dict[str, Acknowledgement],
        report_text: str = "",
    ) -> None:
        current = self.current_flag()
        self.model.set_flags(flags, acks, report_text)
        self.view.expandAll()
        if current is not None:
            self.select_flag(current.id)
        self._update_summary()
        self._update_buttons()

    def set_acknowledgements(self, acks: dict[str, Acknowledgement]) -> None:
        self.model.set_acknowledgements(acks)
        self.view.expandAll()
        self._update_summary()
        self._show_detail(self.current_flag())

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.ack_button.setVisible(not read_only)
        self._update_buttons()

    def current_flag(self) -> Flag | None:
        flag = self.view.currentIndex().data(FLAG_ROLE)
        return flag if isinstance(flag, Flag) else None

    def select_flag(self, flag_id: str) -> bool:
        source = self.model.index_of(flag_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)
        return True

    def select_next(self) -> None:
        self._step(+1)

    def select_previous(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        flags = [
            f
            for f in self.model.flags_in_order()
            if self.proxy.mapFromSource(self.model.index_of(f.id)).isValid()
        ]
        if not flags:
            return
        current = self.current_flag()
        ids = [f.id for f in flags]
        if current is None or current.id not in ids:
            target = flags[0] if step > 0 else flags[-1]
        else:
            target = flags[(ids.index(current.id) + step) % len(flags)]
        self.select_flag(target.id)

    def _emit_for_current(self, signal: SignalInstance) -> None:
        flag = self.current_flag()
        if flag is not None:
            signal.emit(flag)

    @Slot(bool)
    def _on_open_only_toggled(self, checked: bool) -> None:
        self.proxy.set_open_only(checked)
        self.view.expandAll()

    @Slot(QModelIndex, QModelIndex)
    def _on_view_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        flag = self.current_flag()
        self._show_detail(flag)
        self._update_buttons()
        self.current_flag_changed.emit(flag)

    def _show_detail(self, flag: Flag | None) -> None:
        if flag is None:
            self.detail.setText(
                "<i>Select a flag to see what it means and how it was resolved.</i>"
            )
            return
        parts = [html.escape(flag.message)]
        if flag.suggestion:
            parts.append(f"<b>Suggestion:</b> {html.escape(flag.suggestion)}")
        ack = self.model.acknowledgement(flag.id)
        if ack is not None:
            resolution = RESOLUTION_LABEL.get(ack.resolution.value, ack.resolution.value)
            note = f": “{html.escape(ack.note)}”" if ack.note else ""
            parts.append(f"<b>✓ {html.escape(ack.by)}</b>, {resolution}{note}")
        else:
            parts.append("<b>Not yet acknowledged.</b>")
        self.detail.setText("<br>".join(parts))

    def _update_summary(self) -> None:
        done, total = self.model.acknowledged_count()
        self.summary.setText("No flags" if total == 0 else f"{done} of {total} acknowledged")

    def _update_buttons(self) -> None:
        flag = self.current_flag()
        has_flags = self.model.acknowledged_count()[1] > 0
        self.prev_button.setEnabled(has_flags)
        self.next_button.setEnabled(has_flags)
        acked = flag is not None and self.model.acknowledgement(flag.id) is not None
        self.ack_button.setEnabled(flag is not None and not self._read_only and not acked)
        self.text_button.setEnabled(flag is not None and flag.start is not None)
        self.moment_button.setEnabled(flag is not None)
