"""TaskRunner: results, errors and throttled progress arrive on the GUI thread; cancel works."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QThread

from app.services.errors import Cancelled
from app.ui.workers import CancelToken, ProgressFn, TaskRunner


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    gui = QThread.currentThread()
    seen: list[tuple[str, float, bool]] = []
    results: list[tuple[int, bool]] = []

    def work(_token: CancelToken, progress: ProgressFn) -> int:
        for i in range(50):  # 50 reports in ~0.25 s: throttling keeps a handful
            progress("counting", i / 50)
            time.sleep(0.005)
        progress("done", 1.0)
        return 42

    runner.submit(
        work,
        on_done=lambda r: results.append((r, QThread.currentThread() is gui)),
        on_progress=lambda s, f: seen.append((s, f, QThread.currentThread() is gui)),
    )
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [(42, True)]
    assert all(on_gui for _s, _f, on_gui in seen)
    assert 2 <= len(seen) <= 6, seen
    assert seen[-1][:2] == ("done", 1.0)


def test_error_reaches_on_error(qtbot: Any) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def work(_token: CancelToken, _progress: ProgressFn) -> None:
        raise ValueError("report.txt: not UTF-8")

    runner.submit(work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)
    assert runner.active_count == 0


def test_shutdown_cancels_and_waits() -> None:
    runner = TaskRunner()
    started = threading.Event()

    def work(token: CancelToken, _progress: ProgressFn) -> None:
        started.set()
        while not token.cancelled:
            time.sleep(0.01)
        raise Cancelled("stopped")

    handle = runner.submit(work)
    assert started.wait(5)
    assert runner.shutdown(5000)
    assert handle.token.cancelled


def test_cancel_token_wraps_a_threading_event() -> None:
    token = CancelToken()
    assert not token.cancelled
    assert not token.event.is_set()
    token.cancel()
    assert token.cancelled
    assert token.event.is_set()
