"""Opening a case re-hashes its recording off the GUI thread; a changed file is a warning."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from typing import Any

from conftest import World
from ui_fakes import FakeDialogs

from app.ui.main_window import MainWindow

MakeWindow = Callable[[str], MainWindow]


def _open(qtbot: Any, window: MainWindow, case_id: int) -> None:
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.runner.active_count == 0 and window.review.case is not None,
                    timeout=10_000)
    qtbot.waitUntil(lambda: window.runner.active_count == 0, timeout=10_000)


def test_unchanged_recording_is_verified_and_a_changed_one_warns(
    qtbot: Any, world: World, make_window: MakeWindow, dialogs: FakeDialogs
) -> None:
    own_copy = world.folder / "evidence.mp4"
    shutil.copyfile(world.media, own_copy)
    world.media = own_copy
    case_id = world.import_case()

    window = make_window("officer1")
    _open(qtbot, window, case_id)
    label = window.workspace.integrity
    assert label.objectName() == "IntegrityOk"
    assert "SHA-256 matches" in label.text()
    assert not dialogs.errors

    with own_copy.open("r+b") as handle:  # one flipped byte, as tampering or corruption would
        handle.seek(100)
        byte = handle.read(1)
        handle.seek(100)
        handle.write(bytes([byte[0] ^ 0xFF]))
    window.close()
    window = make_window("officer1")
    _open(qtbot, window, case_id)
    label = window.workspace.integrity
    assert label.objectName() == "IntegrityWarning"
    assert "INTEGRITY WARNING" in label.text()
    assert any("SHA-256 mismatch" in message for message in dialogs.errors)
    events = world.services.audit.case_events(world.sessions["sergeant1"], case_id)
    checks = [e.outcome for e in events if e.action == "media_check"]
    assert checks[-1] == "failed"
    assert "ok" in checks
