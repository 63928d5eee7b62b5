"""One TaskRunner over QThreadPool: long work off the GUI thread, results back by queued signal.

Worker functions receive a CancelToken and a progress callback; they never touch widgets.
Progress is throttled to one signal per 100 ms so a chatty worker cannot flood the event loop.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.1

ProgressFn = Callable[[str, float], None]
Work = Callable[["CancelToken", ProgressFn], Any]


class CancelToken:
    """A cancel flag shared with the worker; `event` can be handed to services as `cancel=`."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def cancel(self) -> None:
        self.event.set()

    @property
    def cancelled(self) -> bool:
        return self.event.is_set()


class TaskSignals(QObject):
    """Emitted from the worker thread; delivered to the runner in the GUI thread (queued)."""

    progressed = Signal(int, str, float)
    succeeded = Signal(int, object)
    failed = Signal(int, object)


class _Runnable(QRunnable):
    def __init__(self, task_id: int, work: Work, token: CancelToken, signals: TaskSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id = task_id
        self._work = work
        self._token = token
        self._signals = signals
        self._last = 0.0

    def _progress(self, stage: str, fraction: float) -> None:
        now = time.monotonic()
        if fraction < 1.0 and now - self._last < PROGRESS_INTERVAL_S:
            return
        self._last = now
        self._signals.progressed.emit(self._id, stage, float(fraction))

    def run(self) -> None:
        try:
            result = self._work(self._token, self._progress)
        except BaseException as exc:  # every failure must reach the GUI, never kill the pool
            self._signals.failed.emit(self._id, exc)
        else:
            self._signals.succeeded.emit(self._id, result)


@dataclass
class _Callbacks:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[str, float], None] | None
    token: CancelToken


class TaskHandle:
    def __init__(self, task_id: int, token: CancelToken) -> None:
        self.id = task_id
        self.token = token

    def cancel(self) -> None:
        self.token.cancel()


class TaskRunner(QObject):
    """Runs callables on a thread pool; callbacks run on the GUI thread.

    Cancelled tasks still report their outcome (a result or `Cancelled`); the callbacks decide
    what to do with it. `shutdown()` cancels everything and waits, as the window does on close.
    """

    task_started = Signal(int)
    task_finished = Signal(int)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._ids = itertools.count(1)
        self._pending: dict[int, _Callbacks] = {}
        self._signals = TaskSignals()
        conn = Qt.ConnectionType.QueuedConnection
        self._signals.progressed.connect(self._on_task_progressed, conn)
        self._signals.succeeded.connect(self._on_task_succeeded, conn)
        self._signals.failed.connect(self._on_task_failed, conn)

    @property
    def active_count(self) -> int:
        return len(self._pending)

    def submit(
        self,
        work: Work,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[str, float], None] | None = None,
    ) -> TaskHandle:
        task_id = next(self._ids)
        token = CancelToken()
        self._pending[task_id] = _Callbacks(on_done, on_error, on_progress, token)
        self._pool.start(_Runnable(task_id, work, token, self._signals))
        self.task_started.emit(task_id)
        return TaskHandle(task_id, token)

    def cancel_all(self) -> None:
        for callbacks in self._pending.values():
            callbacks.token.cancel()

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Cancel every task and wait for the pool; pending callbacks are dropped."""
        self.cancel_all()
        done = self._pool.waitForDone(timeout_ms)
        self._pending.clear()
        return bool(done)

    @Slot(int, str, float)
    def _on_task_progressed(self, task_id: int, stage: str, fraction: float) -> None:
        callbacks = self._pending.get(task_id)
        if callbacks and callbacks.on_progress:
            callbacks.on_progress(stage, fraction)

    @Slot(int, object)
    def _on_task_succeeded(self, task_id: int, result: object) -> None:
        callbacks = self._pending.pop(task_id, None)
        self.task_finished.emit(task_id)
        if callbacks and callbacks.on_done:
            callbacks.on_done(result)

    @Slot(int, object)
    def _on_task_failed(self, task_id: int, error: object) -> None:
        callbacks = self._pending.pop(task_id, None)
        self.task_finished.emit(task_id)
        if callbacks is None:
            return
        if callbacks.on_error is not None and isinstance(error, BaseException):
            callbacks.on_error(error)
        else:
            log.error(
                "background task failed",
                exc_info=error if isinstance(error, BaseException) else None,
            )
