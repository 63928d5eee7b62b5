"""Qt item models over immutable domain values (each passes pytest-qt's qtmodeltester)."""

from app.ui.models.cases import CaseFilterProxy, CaseTableModel
from app.ui.models.flags import FlagFilterProxy, FlagTreeModel

__all__ = ["CaseFilterProxy", "CaseTableModel", "FlagFilterProxy", "FlagTreeModel"]
