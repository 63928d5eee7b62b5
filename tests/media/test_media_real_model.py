"""The real faster-whisper model (bundled tiny.en) in its own process, on the bundled sample clip.

About 3 s per transcription of the 75 s clip on 2 cores.
"""

from __future__ import annotations

import os
import signal
import threading
import wave
from pathlib import Path

import numpy as np
import pytest

from app.media import (
    TranscriptionCancelled,
    TranscriptionFailed,
    TranscriptionOptions,
    TranscriptionProgress,
    probe,
    sha256_file,
    transcribe,
)
from app.media.audio import SAMPLE_RATE, iter_chunks
from app.paths import resources_dir

pytestmark = pytest.mark.slow

SAMPLE = resources_dir() / "sample" / "bodycam_2026-11-25_2140.mp4"


def _children() -> list[int]:
    me = os.getpid()
    found = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == me and fields[0] != "Z":
            found.append(int(entry))
    return found


def test_sample_clip() -> None:
    seen: list[TranscriptionProgress] = []
    t = transcribe(SAMPLE, TranscriptionOptions(), progress=seen.append)
    assert t.complete
    assert t.engine == "faster-whisper tiny.en int8"
    assert t.language == "en"
    assert t.media_sha256 == sha256_file(SAMPLE)
    assert t.duration == pytest.approx(probe(SAMPLE).duration)
    text = t.text.lower()
    for phrase in ("traffic stop at main street and fifth avenue", "silver honda civic",
                   "45 miles per hour", "trying to get to the hospital", "written warning"):
        assert phrase in text
    words = [w for s in t.segments for w in s.words]
    assert len(words) > 100
    for seg in t.segments:
        assert seg.start is not None
        assert seg.end is not None
        assert 0 <= seg.start < seg.end
        for w in seg.words:
            assert w.start is not None
            assert w.end is not None
            assert seg.start - 0.5 <= w.start <= w.end <= seg.end + 0.5
            assert w.probability is not None
            assert 0.0 <= w.probability <= 1.0
    # Officer (low voice) and driver (high voice) take turns with pauses.
    by_text = {s.text: s.speaker for s in t.segments}
    officer = next(v for k, v in by_text.items() if "What is your name" in k)
    driver = next(v for k, v in by_text.items() if "Daniel Reed" in k)
    assert {officer, driver} == {"Speaker 1", "Speaker 2"}
    assert next(v for k, v in by_text.items() if "anything to drink" in k) == officer
    assert next(v for k, v in by_text.items() if "nothing at all" in k) == driver
    fractions = [p.fraction for p in seen]
    assert fractions == sorted(fractions)
    assert seen[-1].stage == "done"
    assert any(p.remaining is not None for p in seen if p.stage == "transcribing")


def test_kill_9_mid_way_then_retry() -> None:
    killed: list[int] = []

    def progress(p: TranscriptionProgress) -> None:
        if p.segments >= 1 and not killed:
            for pid in _children():
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

    with pytest.raises(TranscriptionFailed, match="SIGKILL") as exc:
        transcribe(SAMPLE, TranscriptionOptions(), progress=progress)
    assert killed
    partial = exc.value.partial
    assert partial is not None
    assert not partial.complete
    assert 1 <= len(partial.segments) < 10
    assert not _children()
    again = transcribe(SAMPLE, TranscriptionOptions())
    assert again.complete
    assert len(again.segments) > len(partial.segments)


def test_cancel_mid_way() -> None:
    cancel = threading.Event()
    transcribe_segments: list[int] = []

    def progress(p: TranscriptionProgress) -> None:
        transcribe_segments.append(p.segments)
        if p.segments >= 1:
            cancel.set()

    with pytest.raises(TranscriptionCancelled) as exc:
        transcribe(SAMPLE, TranscriptionOptions(), progress=progress, cancel=cancel)
    partial = exc.value.partial
    assert partial is not None
    assert not partial.complete
    assert partial.to_dict()["complete"] is False
    assert not _children()


def test_louder_channel_gives_the_speaker(tmp_path: Path) -> None:
    """Two microphones: the first 21.3 s loud on the left, the next 10 s loud on the right.

    Both voices of the sample appear on both sides, so only the channel cue can produce
    this labelling (pitch alone would label by voice).
    """
    mono = next(iter_chunks(SAMPLE)).mono[: 31 * SAMPLE_RATE]
    switch = int(21.3 * SAMPLE_RATE)
    left = np.concatenate([mono[:switch], 0.08 * mono[switch:]])
    right = np.concatenate([0.08 * mono[:switch], mono[switch:]])
    pcm = (np.stack([left, right], axis=1) * 32767).astype("<i2")
    path = tmp_path / "two-mics.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(pcm.tobytes())
    t = transcribe(path, TranscriptionOptions())
    before = {s.speaker for s in t.segments if s.end is not None and s.end < 21.3}
    after = {s.speaker for s in t.segments if s.start is not None and s.start > 21.3}
    assert before == {"Speaker 1"}
    assert after == {"Speaker 2"}
