"""Decode a file's first audio track to 16 kHz float32, in bounded chunks cut at quiet points.

Long recordings are never held whole in memory: the worker transcribes chunk by chunk, so a
three-hour body-camera file needs no more memory than a ten-minute one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
import numpy.typing as npt

SAMPLE_RATE = 16000
# Two minutes: the VAD model batches a whole chunk at once, and at 10 minutes its buffers
# alone approach 1 GB of memory; 2 minutes keeps the child under ~0.5 GB at no cost in WER.
CHUNK_SECONDS = 120.0
# Cut a chunk at the quietest 100 ms of its last 30 s (or quarter), so no word is split.
_SEARCH_SECONDS = 30.0
_WINDOW = 1600

Audio = npt.NDArray[np.float32]


@dataclass(frozen=True)
class AudioChunk:
    offset: float  # seconds from the start of the file
    mono: Audio
    channels: Audio | None  # (2, n) for stereo recordings, else None


def iter_chunks(path: Path, chunk_seconds: float = CHUNK_SECONDS) -> Iterator[AudioChunk]:
    limit = int(chunk_seconds * SAMPLE_RATE)
    search = int(min(_SEARCH_SECONDS, chunk_seconds / 4) * SAMPLE_RATE)
    pending: list[Audio] = []
    pending_len = 0
    offset = 0
    for block in _decode(path):
        pending.append(block)
        pending_len += block.shape[1]
        if pending_len < limit + search:
            continue
        data = np.concatenate(pending, axis=1)
        cut = _quiet_cut(data[:, :limit].mean(axis=0), limit, search)
        yield _chunk(offset, data[:, :cut])
        offset += cut
        pending = [data[:, cut:]]
        pending_len = pending[0].shape[1]
    if pending_len:
        yield _chunk(offset, np.concatenate(pending, axis=1))


def _chunk(offset: int, data: Audio) -> AudioChunk:
    mono = np.ascontiguousarray(data.mean(axis=0), dtype=np.float32)
    channels = np.ascontiguousarray(data) if data.shape[0] > 1 else None
    return AudioChunk(offset=offset / SAMPLE_RATE, mono=mono, channels=channels)


def _quiet_cut(mono: Audio, limit: int, search: int) -> int:
    tail = mono[limit - search : limit]
    windows = len(tail) // _WINDOW
    if windows < 2:
        return limit
    energy = np.square(tail[: windows * _WINDOW].reshape(windows, _WINDOW)).mean(axis=1)
    quietest = int(np.argmin(energy))
    return limit - search + quietest * _WINDOW + _WINDOW // 2


def _decode(path: Path) -> Iterator[Audio]:
    """(channels, samples) float32 blocks; stereo stays stereo, anything else becomes mono."""
    with av.open(str(path), mode="r", metadata_errors="ignore") as container:
        stream = container.streams.audio[0]
        channels = stream.codec_context.channels if stream.codec_context else 1
        layout = "stereo" if channels == 2 else "mono"
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=SAMPLE_RATE)
        for packet in container.demux(stream):
            try:
                frames = packet.decode()
            except av.error.InvalidDataError:
                continue  # a damaged packet costs a few milliseconds of audio, not the file
            for frame in frames:
                for out in resampler.resample(frame):
                    yield out.to_ndarray().astype(np.float32, copy=False)
        for out in resampler.resample(None):
            yield out.to_ndarray().astype(np.float32, copy=False)
