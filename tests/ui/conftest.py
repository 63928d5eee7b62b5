"""UI test fixtures: offscreen Qt, no dangling worker threads, dialogs answered by a fake, and
real services on a temporary SQLite database with one user per role."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from ui_fakes import FakeDialogs
from ui_samples import CASE_DURATION, CASE_REPORT, case_transcript

from app.domain import ReportState, Role
from app.services import AuthSession, Services, open_services
from app.settings import Settings
from app.ui.main_window import MainWindow

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def no_dangling_tasks(qapp: QApplication) -> Iterator[None]:
    """Fail any test that leaves a QThreadPool task running (napari's dangling-thread check)."""
    yield
    pool = QThreadPool.globalInstance()
    deadline = time.monotonic() + 0.2  # a task that already emitted its result is still returning
    while pool.activeThreadCount() and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.005)
    busy = pool.activeThreadCount()
    if busy:
        pool.waitForDone(30_000)
        pytest.fail(f"the test left {busy} thread-pool task(s) running")


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture(scope="session")
def media_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny real MP4 (H.264 + AAC) as long as the test transcript."""
    out = tmp_path_factory.mktemp("media") / "bodycam.mp4"
    subprocess.run(
        [
            "ffmpeg",
            "-loglevel",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            "color=c=0x263238:size=160x120:rate=5",
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=440:sample_rate=16000",
            "-t",
            str(CASE_DURATION),
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            "-shortest",
            str(out),
        ],
        check=True,
        timeout=120,
    )
    return out


@dataclass
class World:
    """Real services on a temp database, a session per role, and file paths for imports."""

    services: Services
    sessions: dict[str, AuthSession]
    media: Path
    folder: Path

    def login(self, username: str) -> AuthSession:
        return self.services.auth.login(username, PASSWORD)

    def import_case(
        self,
        *,
        officer: str = "officer1",
        report: str = CASE_REPORT,
        account: str | None = "I stopped a speeding Civic; the driver was polite.",
    ) -> int:
        transcript = self.folder / "transcript.json"
        transcript.write_text(json.dumps(case_transcript().to_dict()), encoding="utf-8")
        draft = self.folder / f"draft-{time.monotonic_ns()}.txt"
        draft.write_text(report, encoding="utf-8")
        return self.services.cases.import_case(
            self.sessions[officer],
            media=self.media,
            transcript=transcript,
            draft=draft,
            officer_account=account,
        )

    def acknowledge_all(self, case_id: int, officer: str = "officer1") -> None:
        from app.domain import Resolution

        actor = self.sessions[officer]
        case = self.services.cases.get_case(actor, case_id)
        for flag_id in case.open_flags:
            self.services.review.acknowledge(actor, case_id, flag_id, Resolution.CONFIRMED, "ok")

    def state(self, case_id: int) -> ReportState:
        return self.services.cases.get_case(self.sessions["sergeant1"], case_id).state


@pytest.fixture
def world(tmp_path: Path, media_file: Path) -> Iterator[World]:
    settings = Settings(idle_lock_minutes=30)
    # Cheap argon2 parameters: the tests check the flow, not the hash cost.
    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    services = open_services(f"sqlite:///{tmp_path / 'countersign.db'}", settings, hasher=hasher)
    services.users.add_user(None, "admin", PASSWORD, Role.ADMIN, name="Admin")
    admin = services.auth.login("admin", PASSWORD)
    for username, role, name in (
        ("officer1", Role.OFFICER, "Jordan Miller"),
        ("officer2", Role.OFFICER, "Sam Patel"),
        ("sergeant1", Role.SERGEANT, "Alex Ruiz"),
        ("clerk1", Role.RECORDS_CLERK, "Kim Lee"),
    ):
        services.users.add_user(admin, username, PASSWORD, role, name=name)
    sessions = {
        u: services.auth.login(u, PASSWORD) for u in ("officer1", "officer2", "sergeant1", "clerk1")
    }
    sessions["admin"] = admin
    yield World(services, sessions, media_file, tmp_path)
    services.close()


@pytest.fixture
def make_window(
    qtbot: Any, world: World, dialogs: FakeDialogs
) -> Iterator[Callable[[str], MainWindow]]:
    windows: list[MainWindow] = []

    def make(username: str) -> MainWindow:
        window = MainWindow(world.services, world.sessions[username], dialogs=dialogs)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitUntil(lambda: window.runner.active_count == 0, timeout=10_000)
        return window

    yield make
    for window in windows:
        dialogs.unsaved = "discard"
        window.close()
