"""Run faster-whisper in a child process, stream its progress, cancel it, survive its crash."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from app.domain import Segment, Transcript, Word
from app.media.errors import (
    MediaError,
    TranscriptionCancelled,
    TranscriptionFailed,
)
from app.media.hashing import HashCancelled, sha256_file
from app.media.options import TranscriptionOptions, TranscriptionProgress, resolve_model
from app.media.probe import probe
from app.media.speakers import SegmentVoice, assign_speakers

ProgressCallback = Callable[[TranscriptionProgress], None]
_TICK_S = 0.25
_STDERR_LINES = 40


def worker_command() -> list[str]:
    """How to start the child; a frozen build re-runs its own executable as the worker."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--media-worker"]
    return [sys.executable, "-m", "app.media.worker"]


def transcribe(
    path: Path,
    options: TranscriptionOptions,
    *,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> Transcript:
    """Transcribe `path` in a child process; a complete Transcript or an exception.

    Raises MediaError (bad file), ModelNotFoundError (model not on this machine),
    TranscriptionCancelled or TranscriptionFailed; the last two carry `.partial`, the
    segments finished so far with complete=False, or None.
    """
    return TranscriptionRun(path, options, progress=progress, cancel=cancel).run()


class TranscriptionRun:
    """One transcription; after `run()`, `peak_memory` holds the child's peak RSS in bytes
    and `load_seconds` the time the child took to start and load the model."""

    def __init__(
        self,
        path: Path,
        options: TranscriptionOptions,
        *,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.path = Path(path)
        self.options = options
        self._progress = progress
        self._cancel = cancel or threading.Event()
        self._segments: list[Segment] = []
        self._voices: list[SegmentVoice] = []
        self._stderr: deque[str] = deque(maxlen=_STDERR_LINES)
        self._duration: float | None = None
        self._sha256: str | None = None
        self._hash_error: Exception | None = None
        self._hash_stop = threading.Event()
        self._error: str | None = None
        self._pumps: list[threading.Thread] = []
        self.peak_memory: int | None = None
        self.load_seconds: float | None = None  # child start and model load
        self.language: str | None = options.language

    def run(self) -> Transcript:
        model_dir = resolve_model(self.options)
        info = probe(self.path)
        if self._cancel.is_set():
            raise TranscriptionCancelled(f"{self.path}: transcription cancelled")
        self._duration = info.duration
        started = time.monotonic()
        self._report(TranscriptionProgress(0.0, 0.0, None, stage="loading"))
        hasher = threading.Thread(target=self._hash, name="media-hash", daemon=True)
        hasher.start()
        done = False
        try:
            child = self._spawn(model_dir)
            try:
                done = self._follow(child, started)
            finally:
                self._stop(child, graceful=done)
        finally:
            if not done:
                self._hash_stop.set()
            hasher.join()
        if not done:
            self._raise_failure(child)
        if self._hash_error is not None:
            raise self._hash_error
        self._report(TranscriptionProgress(1.0, time.monotonic() - started, 0.0, stage="done",
                                           segments=len(self._segments)))
        return self._transcript(complete=True)

    def _spawn(self, model_dir: str) -> subprocess.Popen[str]:
        request = {
            "path": str(self.path), "model_dir": model_dir, "device": self.options.device,
            "compute_type": self.options.compute_type, "beam_size": self.options.beam_size,
            "language": self.options.language, "threads": self.options.threads,
            "vad_filter": self.options.vad_filter,
        }
        env = dict(os.environ, HF_HUB_OFFLINE="1", PYTHONUNBUFFERED="1")
        try:
            child = subprocess.Popen(
                worker_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace", env=env,
            )
        except OSError as exc:
            raise TranscriptionFailed(f"cannot start the transcription process ({exc})") from None
        assert child.stdin is not None
        with contextlib.suppress(BrokenPipeError):
            child.stdin.write(json.dumps(request) + "\n")
            child.stdin.close()
        return child

    def _follow(self, child: subprocess.Popen[str], started: float) -> bool:
        """Read events until "done" (True) or the child's end or a cancel (False)."""
        events: queue.Queue[str | None] = queue.Queue()
        assert child.stdout is not None
        assert child.stderr is not None
        self._pumps = [
            threading.Thread(target=_pump, args=(child.stdout, events.put, True), daemon=True),
            threading.Thread(target=_pump, args=(child.stderr, self._stderr.append, False),
                             daemon=True),
        ]
        for pump in self._pumps:
            pump.start()
        loaded_at: float | None = None
        fraction = 0.0
        last_tick = 0.0
        while True:
            if self._cancel.is_set():
                return False
            try:
                line = events.get(timeout=_TICK_S)
            except queue.Empty:
                line = ""
            if line is None:
                return False
            event = _event(line)
            kind = event.get("event")
            if kind == "loaded":
                loaded_at = time.monotonic()
                self.load_seconds = loaded_at - started
            elif kind == "segment":
                self._add_segment(event)
                fraction = self._fraction()
            elif kind == "error":
                self._error = str(event.get("message") or "unknown error")
            elif kind == "done":
                self.language = event.get("language") or self.language
                self.peak_memory = event.get("peak_rss")
                return True
            now = time.monotonic()
            if kind == "segment" or now - last_tick >= _TICK_S:
                last_tick = now
                self._report(self._estimate(started, loaded_at, fraction, now))

    def _estimate(self, started: float, loaded_at: float | None, fraction: float,
                  now: float) -> TranscriptionProgress:
        if loaded_at is None:
            return TranscriptionProgress(0.0, now - started, None, stage="loading")
        remaining = None
        if fraction > 0.02:
            remaining = (now - loaded_at) * (1 - fraction) / fraction
        return TranscriptionProgress(fraction, now - started, remaining,
                                     segments=len(self._segments))

    def _add_segment(self, event: dict[str, Any]) -> None:
        raw = event.get("segment") or {}
        words = tuple(Word(w["start"], w["end"], w["word"], w.get("probability"))
                      for w in raw.get("words") or [])
        self._segments.append(Segment(id=int(raw["id"]), text=str(raw["text"]),
                                      start=raw.get("start"), end=raw.get("end"), words=words))
        voice = event.get("voice") or {}
        self._voices.append(SegmentVoice(pitch=voice.get("pitch"),
                                         channel_rms=tuple(voice.get("channel_rms") or ())))

    def _fraction(self) -> float:
        if not self._duration or not self._segments:
            return 0.0
        end = self._segments[-1].end or 0.0
        return max(0.0, min(1.0, end / self._duration))

    def _hash(self) -> None:
        try:
            self._sha256 = sha256_file(self.path, cancel=self._hash_stop)
        except (MediaError, HashCancelled) as exc:
            self._hash_error = exc

    def _stop(self, child: subprocess.Popen[str], *, graceful: bool) -> None:
        if graceful:
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=10)
        if child.poll() is None:
            child.terminate()
            try:
                child.wait(timeout=3)
            except subprocess.TimeoutExpired:
                child.kill()
        child.wait()
        # The pipes close when the child is gone; read the last of its stderr for the message.
        for pump in self._pumps:
            pump.join(timeout=2)

    def _raise_failure(self, child: subprocess.Popen[str]) -> None:
        partial = self._transcript(complete=False) if self._segments else None
        if self._cancel.is_set():
            raise TranscriptionCancelled(f"{self.path}: transcription cancelled", partial)
        code = child.returncode
        if self._error:
            why = self._error
        elif code is not None and code < 0:
            name = _signal_name(-code)
            why = f"the transcription process was killed ({name})"
            if -code == getattr(signal, "SIGKILL", 9):
                why += "; the computer may have run out of memory"
        else:
            last = next((ln for ln in reversed(self._stderr) if ln.strip()), "")
            why = f"the transcription process stopped (exit status {code})"
            if last:
                why += f": {last.strip()}"
        raise TranscriptionFailed(f"{self.path}: transcription failed: {why}", partial)

    def _transcript(self, *, complete: bool) -> Transcript:
        labels = assign_speakers(self._voices)
        segments = tuple(
            Segment(id=s.id, text=s.text, start=s.start, end=s.end, speaker=label, words=s.words)
            for s, label in zip(self._segments, labels, strict=True)
        )
        options = self.options
        return Transcript(
            segments=segments,
            language=self.language,
            duration=self._duration,
            engine=f"faster-whisper {options.model_label} {options.compute_type}",
            media_sha256=self._sha256,
            complete=complete,
        )

    def _report(self, progress: TranscriptionProgress) -> None:
        if self._progress is not None:
            self._progress(progress)


def _pump(stream: IO[str], put: Callable[[Any], None], mark_end: bool) -> None:
    for line in stream:
        put(line)
    if mark_end:
        put(None)


def _event(line: str) -> dict[str, Any]:
    if not line.strip():
        return {}
    try:
        event = json.loads(line)
    except json.JSONDecodeError:
        return {}
    return event if isinstance(event, dict) else {}


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"
