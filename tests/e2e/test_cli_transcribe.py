"""`case import` when the transcription dies part-way, and `case transcribe` to retry it.

In-process (`main`), so the transcription child can be the scripted stand-in of
tests/unit/media, which SIGKILLs itself after a few segments.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli import main
from app.media import transcription as transcription_module
from tests.services.conftest import PASSWORD, Inputs

FAKE = Path(__file__).parents[1] / "unit" / "media" / "fake_media_worker.py"


def test_import_with_a_killed_transcription_then_transcribe(
        tmp_path: Path, inputs: Inputs, templates: Callable[[str], Path],
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cases.db"
    shutil.copyfile(templates("empty"), db)
    url = f"sqlite:///{db}"
    monkeypatch.setattr(transcription_module, "worker_command",
                        lambda: [sys.executable, str(FAKE)])
    monkeypatch.setenv("COUNTERSIGN_PASSWORD", PASSWORD)
    monkeypatch.setenv("FAKE_WORKER_MODE", "selfkill")

    code = main(["case", "import", "--db", url, "--media", str(inputs.media), "--draft",
                 str(inputs.draft), "--officer", "off1"])
    out, err = capsys.readouterr()
    assert code == 1
    assert out.strip() == "1"
    assert err.startswith("case 1 imported but transcription failed: ")
    assert err.strip().endswith("retry with: countersign case transcribe 1")
    assert len(err.strip().splitlines()) == 1

    assert main(["sign", "--db", url, "1", "--as", "off1"]) == 1
    assert "transcription failed" in capsys.readouterr().err

    assert main(["case", "transcribe", "--db", url, "1", "--as", "off2"]) == 1
    assert "another officer" in capsys.readouterr().err

    monkeypatch.setenv("FAKE_WORKER_MODE", "ok")
    assert main(["case", "transcribe", "--db", url, "1", "--as", "off1"]) == 0
    out, err = capsys.readouterr()
    assert "transcribing" in err
    assert out.startswith("case 1: transcript complete; report version 2 verified")

    assert main(["case", "transcribe", "--db", url, "1", "--as", "off1"]) == 1
    assert "already has a complete transcript" in capsys.readouterr().err
