"""Smaller paths: the officer's own account first, speaker rename, dialogs, settings."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import World
from ui_fakes import FakeDialogs
from ui_samples import analysis

from app.domain import Resolution
from app.ui.dialogs.acknowledge import AcknowledgeDialog
from app.ui.dialogs.import_dialog import ImportDialog
from app.ui.dialogs.password import AttestationDialog
from app.ui.main_window import MainWindow

MakeWindow = Callable[[str], MainWindow]


def _open(qtbot: Any, window: MainWindow, case_id: int) -> None:
    window.open_case(case_id)
    qtbot.waitUntil(
        lambda: window.review.case is not None and window.review.case.id == case_id,
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: window.runner.active_count == 0, timeout=10_000)


def test_officer_writes_own_account_before_the_draft(
    qtbot: Any, world: World, make_window: MakeWindow
) -> None:
    case_id = world.import_case(account=None)
    window = make_window("officer1")
    _open(qtbot, window, case_id)
    workspace = window.workspace
    assert workspace.gate_shown()
    workspace.gate.text.setPlainText("Driver was polite; I clocked 45 in a 25.")
    workspace.gate.continue_button.click()
    qtbot.waitUntil(lambda: not workspace.gate_shown(), timeout=10_000)
    qtbot.waitUntil(lambda: window.runner.active_count == 0, timeout=10_000)
    assert "clocked 45" in workspace.account_view.toPlainText()
    case = world.services.cases.get_case(world.sessions["officer1"], case_id)
    assert case.officer_account == "Driver was polite; I clocked 45 in a 25."


def test_required_account_hides_skip(qtbot: Any, world: World, dialogs: FakeDialogs) -> None:
    case_id = world.import_case(account=None)
    world.services.settings = world.services.settings.replace(officer_account_required=True)
    window = MainWindow(world.services, world.sessions["officer1"], dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    _open(qtbot, window, case_id)
    gate = window.workspace.gate
    assert window.workspace.gate_shown()
    assert gate.skip_button.isHidden()
    assert not gate.continue_button.isEnabled()
    gate.text.setPlainText("My account.")
    assert gate.continue_button.isEnabled()
    window.close()


def test_speaker_rename_updates_the_transcript(
    qtbot: Any, world: World, make_window: MakeWindow, dialogs: FakeDialogs
) -> None:
    case_id = world.import_case()
    window = make_window("officer1")
    _open(qtbot, window, case_id)
    pane = window.workspace.transcript
    dialogs.speaker_name = "Driver Reed"
    pane.rename_menu.actions()[1].trigger()  # "Driver"
    qtbot.waitUntil(lambda: "Driver Reed:" in pane.text.toPlainText(), timeout=10_000)
    qtbot.waitUntil(lambda: window.runner.active_count == 0, timeout=10_000)
    assert dialogs.calls[-1] == ("speaker", "Driver")


def test_settings_are_saved_without_the_api_key(
    qtbot: Any,
    world: World,
    make_window: MakeWindow,
    dialogs: FakeDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COUNTERSIGN_CONFIG_DIR", str(tmp_path / "config"))
    stored: list[str] = []
    monkeypatch.setattr("app.ui.main_window.store_api_key", lambda key: stored.append(key) or True)
    window = make_window("admin")
    assert window.settings_action.isEnabled()
    new = world.services.settings.replace(agency_name="Springfield PD", idle_lock_minutes=10)
    monkeypatch.setattr(dialogs, "ask_settings", lambda _parent, _s: (new, "sk-secret"))
    window.settings_action.trigger()
    saved = (tmp_path / "config" / "settings.json").read_text(encoding="utf-8")
    assert json.loads(saved)["agency_name"] == "Springfield PD"
    assert "sk-secret" not in saved
    assert stored == ["sk-secret"]
    assert window.idle.timer.interval() == 10 * 60_000


def test_attestation_dialog_needs_confirmation_and_password(qtbot: Any) -> None:
    dialog = AttestationDialog("Sign report", "Sign case 1", "I attest it is true.", "Sign")
    qtbot.addWidget(dialog)
    assert dialog.statement.toPlainText() == "I attest it is true."
    assert not dialog.ok_button.isEnabled()
    dialog.password.setText("secret password")
    assert not dialog.ok_button.isEnabled()
    dialog.confirm.setChecked(True)
    assert dialog.ok_button.isEnabled()


def test_acknowledge_dialog_needs_resolution_and_note(qtbot: Any) -> None:
    dialog = AcknowledgeDialog(analysis().flags[0])
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.radios[Resolution.EDITED].setChecked(True)
    assert not dialog.ok_button.isEnabled()
    dialog.note.setPlainText("Changed 55 to 45.")
    assert dialog.ok_button.isEnabled()
    assert dialog.resolution() == Resolution.EDITED


def test_import_dialog_names_missing_files(qtbot: Any, tmp_path: Path) -> None:
    dialog = ImportDialog(require_account=True)
    qtbot.addWidget(dialog)
    dialog.media.edit.setText(str(tmp_path / "missing.mp4"))
    dialog.buttons.accepted.emit()
    assert "missing.mp4 does not exist" in dialog.error.text()
    assert "requires your own account" in dialog.error.text()
    assert dialog.result() == 0
