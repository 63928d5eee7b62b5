"""Item models: structure checked by qtmodeltester, filters and partial updates by behaviour."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from ui_samples import ack, analysis, summaries

from app.domain import Flag, FlagKind, ReportState, Severity
from app.ui.models import CaseFilterProxy, CaseTableModel, FlagFilterProxy, FlagTreeModel
from app.ui.models.cases import CASE_ROLE


def test_case_model_passes_modeltester(qtmodeltester: Any) -> None:
    model = CaseTableModel()
    model.set_cases(summaries())
    qtmodeltester.check(model)
    assert model.index(0, 5).data() == "05:12"
    assert model.index(2, 5).data() == "--:--"


def test_case_proxy_filters_by_state_owner_and_text(qtmodeltester: Any) -> None:
    model = CaseTableModel()
    model.set_cases(summaries())
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_owner("officer1")
    assert [proxy.index(r, 0).data(CASE_ROLE).id for r in range(proxy.rowCount())] == [1, 3]
    proxy.set_states(frozenset({ReportState.APPROVED}))
    assert proxy.rowCount() == 1
    proxy.set_owner(None)
    proxy.set_states(None)
    proxy.set_text("noise")
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(CASE_ROLE).id == 2


def test_flag_tree_groups_by_severity_and_counts_acknowledgements(qtmodeltester: Any) -> None:
    model = FlagTreeModel()
    model.set_flags(analysis().flags, {})
    qtmodeltester.check(model)
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups == [
        "High · 0 of 1 acknowledged",
        "Medium · 0 of 1 acknowledged",
        "Low · 0 of 1 acknowledged",
    ]
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.internalId()))
    model.set_acknowledgements({"f-bias": ack("f-bias")})
    assert model.index(1, 0).data() == "Medium · 1 of 1 acknowledged"
    assert sorted(changed) == [0, 2]  # the flag row (group 1 -> id 2) and its group header
    assert model.acknowledged_count() == (1, 3)


def test_flag_proxy_hides_acknowledged_flags(qtmodeltester: Any) -> None:
    model = FlagTreeModel()
    model.set_flags(analysis().flags, {"f-bias": ack("f-bias")})
    proxy = FlagFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_open_only(True)
    labels = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert labels == ["High · 0 of 1 acknowledged", "Low · 0 of 1 acknowledged"]
    child = proxy.index(0, 0, proxy.index(0, 0))
    assert child.data(Qt.ItemDataRole.DisplayRole).startswith("Contradicted:")


def test_a_second_look_flag_is_labelled_as_one() -> None:
    report = "Dana stated S1 checked the skis before taking them."
    look = Flag(id="f-look", kind=FlagKind.UNSUPPORTED_CLAIM, severity=Severity.LOW,
                message="Second look: every check passed this sentence ...", start=0,
                end=len(report), category="second_look")
    plain = dataclasses.replace(look, id="f-plain", category=None, message="Nothing supports it.")
    model = FlagTreeModel()
    model.set_flags([look, plain], {}, report)
    low = model.index(0, 0)
    rows = [model.index(r, 0, low).data() for r in range(model.rowCount(low))]
    assert rows == [f"Second look: “{report}”", f"Unsupported: “{report}”"]
