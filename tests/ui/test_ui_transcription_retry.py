"""A case whose transcription was killed part-way: the banner says so, Sign is disabled with
the service's reason, and Retry transcribes the recording again in the TaskRunner.

The transcription child is the scripted stand-in of tests/unit/media (no speech model).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import World
from PySide6.QtCore import Qt
from ui_fakes import FakeDialogs
from ui_samples import CASE_REPORT

from app.media import transcription as transcription_module
from app.ui.main_window import MainWindow

FAKE = Path(__file__).parents[1] / "unit" / "media" / "fake_media_worker.py"


def test_failed_transcription_banner_and_retry(
    qtbot: Any, world: World, make_window: Callable[[str], MainWindow], dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(transcription_module, "worker_command",
                        lambda: [sys.executable, str(FAKE)])
    monkeypatch.setenv("FAKE_WORKER_MODE", "selfkill")
    draft = world.folder / "draft.txt"
    draft.write_text(CASE_REPORT, encoding="utf-8")
    officer = world.sessions["officer1"]
    case_id = world.services.cases.import_case(officer, media=world.media, draft=draft,
                                               officer_account="I stopped a Civic.")

    window = make_window("officer1")
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.review.case is not None and window.runner.active_count == 0,
                    timeout=10_000)
    view = window.workspace
    assert view.banner.isVisible()
    assert view.banner.text().startswith("Transcription failed")
    assert view.retry_button.isVisible()
    assert not view.sign_button.isEnabled()
    assert "transcription failed" in view.sign_button.toolTip()

    monkeypatch.setenv("FAKE_WORKER_MODE", "ok")
    qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.review.case is not None
                    and window.review.case.transcript_status == "complete"
                    and window.runner.active_count == 0, timeout=20_000)
    assert not dialogs.errors
    assert not view.retry_button.isVisible()
    assert "Transcription" not in view.banner.text()
    assert "transcription" not in view.sign_button.toolTip()
    case = world.services.cases.get_case(officer, case_id)
    assert case.transcript_status == "complete"
    assert len(case.versions) == 2
