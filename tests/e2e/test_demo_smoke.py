"""`make demo` ends in `countersign demo`: the real process prepares the demo and opens the app."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

from tests.e2e.test_cli_path import countersign_exe


def test_demo_prepares_the_sample_case_and_opens_the_window(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               COUNTERSIGN_DATA_DIR=str(tmp_path / "data"),
               COUNTERSIGN_CONFIG_DIR=str(tmp_path / "config"))
    result = subprocess.run([countersign_exe(), "demo", "--quit-after", "2"], env=env,
                            capture_output=True, text=True, timeout=240, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert "demo.officer" in result.stderr
    database = tmp_path / "data" / "demo" / "countersign-demo.db"
    with sqlite3.connect(database) as db:
        state, transcript = db.execute(
            "SELECT state, transcript_status FROM case_file").fetchone()
        flags = db.execute("SELECT count(*) FROM flag").fetchone()[0]
    assert (state, transcript) == ("in_review", "complete")
    assert flags >= 5  # the sample draft's planted problems


def test_gui_without_a_display_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([countersign_exe(), "gui", "--db", f"sqlite:///{tmp_path}/x.db"],
                            env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "countersign: no display to open the window on: run it in a desktop session, under "
        "Xvfb (DISPLAY=:99), or with QT_QPA_PLATFORM=offscreen"]
