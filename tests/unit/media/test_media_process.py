"""The transcription child process, with a scripted stand-in for faster-whisper.

Crash, kill -9, error and cancel must never yield a transcript marked complete, and a retry
after any of them must work. The real model is exercised in tests/media.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest
from media_factory import MakeMedia

from app.media import (
    MediaError,
    ModelNotFoundError,
    TranscriptionCancelled,
    TranscriptionFailed,
    TranscriptionOptions,
    TranscriptionProgress,
    sha256_file,
    transcribe,
)
from app.media import transcription as transcription_module

FAKE = Path(__file__).with_name("fake_media_worker.py")


@pytest.fixture
def fake_worker(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setattr(transcription_module, "worker_command", lambda: [sys.executable, str(FAKE)])
    return monkeypatch


@pytest.fixture
def clip(make_media: MakeMedia) -> Path:
    return make_media("clip.wav", video=False, seconds=2.0)


def _children() -> list[int]:
    """Live child processes of this test process, from /proc."""
    me = os.getpid()
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == me and fields[0] != "Z":
            found.append(int(entry))
    return found


def test_complete_transcript(fake_worker: pytest.MonkeyPatch, clip: Path) -> None:
    seen: list[TranscriptionProgress] = []
    t = transcribe(clip, TranscriptionOptions(), progress=seen.append)
    assert t.complete
    assert [s.text for s in t.segments] == ["segment 0", "segment 1", "segment 2"]
    assert [s.speaker for s in t.segments] == ["Speaker 1", "Speaker 2", "Speaker 1"]
    assert t.segments[1].words[0].probability == 0.9
    assert t.engine == "faster-whisper tiny.en int8"
    assert t.language == "en"
    assert t.media_sha256 == sha256_file(clip)
    assert t.duration == pytest.approx(2.0, abs=0.05)
    assert seen[0].stage == "loading"
    assert seen[-1].stage == "done"
    assert seen[-1].fraction == 1.0
    fractions = [p.fraction for p in seen if p.stage == "transcribing"]
    assert fractions == sorted(fractions)
    assert fractions[-1] == pytest.approx(0.7, abs=0.01)
    assert not _children()


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        ("crash", "stopped (exit status 3): SomeNativeError: decoder exploded"),
        ("error", "unsupported compute type int7"),
        ("selfkill", "killed (SIGKILL); the computer may have run out of memory"),
    ],
)
def test_failure_keeps_only_an_incomplete_partial(
    fake_worker: pytest.MonkeyPatch, clip: Path, mode: str, reason: str
) -> None:
    fake_worker.setenv("FAKE_WORKER_MODE", mode)
    with pytest.raises(TranscriptionFailed) as exc:
        transcribe(clip, TranscriptionOptions())
    message = str(exc.value)
    assert message.startswith(f"{clip}: transcription failed: ")
    assert reason in message
    partial = exc.value.partial
    assert partial is not None
    assert partial.complete is False
    assert [s.text for s in partial.segments] == ["segment 0", "segment 1", "segment 2"]
    assert partial.to_dict()["complete"] is False
    fake_worker.setenv("FAKE_WORKER_MODE", "ok")
    assert transcribe(clip, TranscriptionOptions()).complete  # retry works


def test_failure_before_any_segment_has_no_partial(
    fake_worker: pytest.MonkeyPatch, clip: Path
) -> None:
    fake_worker.setenv("FAKE_WORKER_MODE", "crash")
    fake_worker.setenv("FAKE_WORKER_SEGMENTS", "0")
    with pytest.raises(TranscriptionFailed) as exc:
        transcribe(clip, TranscriptionOptions())
    assert exc.value.partial is None


def test_kill_9_from_outside(fake_worker: pytest.MonkeyPatch, clip: Path) -> None:
    fake_worker.setenv("FAKE_WORKER_MODE", "hang")
    killed: list[int] = []

    def progress(p: TranscriptionProgress) -> None:
        if p.segments >= 2 and not killed:
            for pid in _children():
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

    with pytest.raises(TranscriptionFailed, match="SIGKILL") as exc:
        transcribe(clip, TranscriptionOptions(), progress=progress)
    assert killed
    assert exc.value.partial is not None
    assert not exc.value.partial.complete
    assert not _children()
    fake_worker.setenv("FAKE_WORKER_MODE", "ok")
    assert transcribe(clip, TranscriptionOptions()).complete


def test_cancel_stops_the_child_quickly(fake_worker: pytest.MonkeyPatch, clip: Path) -> None:
    fake_worker.setenv("FAKE_WORKER_MODE", "hang")
    cancel = threading.Event()
    cancelled_at: list[float] = []

    def progress(p: TranscriptionProgress) -> None:
        if p.segments >= 3 and not cancel.is_set():
            cancel.set()
            cancelled_at.append(time.monotonic())

    with pytest.raises(TranscriptionCancelled) as exc:
        transcribe(clip, TranscriptionOptions(), progress=progress, cancel=cancel)
    assert time.monotonic() - cancelled_at[0] < 5
    assert str(exc.value) == f"{clip}: transcription cancelled"
    partial = exc.value.partial
    assert partial is not None
    assert not partial.complete
    assert len(partial.segments) == 3
    assert not _children()


def test_cancel_before_the_model_loads(fake_worker: pytest.MonkeyPatch, clip: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(TranscriptionCancelled) as exc:
        transcribe(clip, TranscriptionOptions(), cancel=cancel)
    assert exc.value.partial is None
    assert not _children()


def test_bad_media_and_missing_model_fail_before_any_child(
    fake_worker: pytest.MonkeyPatch, tmp_path: Path, clip: Path
) -> None:
    noise = tmp_path / "noise.mp4"
    noise.write_bytes(os.urandom(5000))
    with pytest.raises(MediaError, match="not a readable audio or video file"):
        transcribe(noise, TranscriptionOptions())
    with pytest.raises(ModelNotFoundError, match="COUNTERSIGN_ASR_MODEL"):
        transcribe(clip, TranscriptionOptions(model=str(tmp_path / "no-model")))
    assert not _children()
