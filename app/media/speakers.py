"""Segment-level speaker-change hints. This is NOT diarization.

Two cheap, explainable cues, measured per transcript segment in the worker:
- several audio channels whose loudness clearly differs (e.g. a lapel and a car microphone):
  the loudest channel of a segment names its speaker;
- the median voice pitch of a segment, when the segments fall into two clearly separated
  pitch groups (e.g. a low and a high voice taking turns with pauses between them).
When neither cue is clear, segments get no speaker at all rather than a guess. Labels are
"Speaker 1", "Speaker 2" in order of first appearance; the reviewer renames or reassigns them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

SAMPLE_RATE = 16000
_FRAME = 640  # 40 ms
_HOP = 320  # 20 ms
_MIN_F0, _MAX_F0 = 70.0, 400.0
_VOICED_CORRELATION = 0.5
_MIN_VOICED_FRAMES = 5
# A channel must be 6 dB louder than the next to name the speaker.
_CHANNEL_DOMINANCE = 2.0
# Two pitch groups: medians at least 0.45 octave apart, with an empty band of 0.2 octave between.
_GROUP_DISTANCE_OCTAVES = 0.45
_GROUP_GAP_OCTAVES = 0.2

Audio = npt.NDArray[np.float32]


@dataclass(frozen=True)
class SegmentVoice:
    pitch: float | None  # median F0 in Hz over voiced frames, None when too little voice
    channel_rms: tuple[float, ...] = ()  # per channel, only when the audio has several


def measure(mono: Audio, channels: Audio | None, start: float, end: float) -> SegmentVoice:
    """Voice cues of the span [start, end) seconds of a chunk's audio."""
    lo = max(0, int(start * SAMPLE_RATE))
    hi = min(len(mono), math.ceil(end * SAMPLE_RATE))
    pitch = median_pitch(mono[lo:hi])
    rms: tuple[float, ...] = ()
    if channels is not None and channels.shape[0] > 1 and hi > lo:
        span = channels[:, lo:hi].astype(np.float64)
        rms = tuple(float(v) for v in np.sqrt(np.mean(span * span, axis=1)))
    return SegmentVoice(pitch=pitch, channel_rms=rms)


def median_pitch(audio: Audio) -> float | None:
    """Median F0 (Hz) of the voiced 40 ms frames, by normalised autocorrelation."""
    if len(audio) < _FRAME:
        return None
    count = 1 + (len(audio) - _FRAME) // _HOP
    index = np.arange(_FRAME)[None, :] + _HOP * np.arange(count)[:, None]
    frames = audio[index].astype(np.float64)
    frames -= frames.mean(axis=1, keepdims=True)
    energy = np.sqrt(np.mean(frames * frames, axis=1))
    loud = energy > max(1e-4, 0.25 * float(np.median(energy)))
    frames = frames[loud] * np.hanning(_FRAME)
    if len(frames) < _MIN_VOICED_FRAMES:
        return None
    spectrum = np.fft.rfft(frames, n=2 * _FRAME, axis=1)
    corr = np.fft.irfft(np.abs(spectrum) ** 2, axis=1)[:, :_FRAME]
    corr /= np.maximum(corr[:, :1], 1e-12)
    lo, hi = int(SAMPLE_RATE / _MAX_F0), int(SAMPLE_RATE / _MIN_F0)
    window = corr[:, lo:hi]
    best = window.max(axis=1)
    # The first lag close to the best avoids halving the pitch (a common autocorrelation error).
    lag = np.argmax(window >= 0.9 * best[:, None], axis=1) + lo
    voiced = best >= _VOICED_CORRELATION
    if int(voiced.sum()) < _MIN_VOICED_FRAMES:
        return None
    return float(np.median(SAMPLE_RATE / lag[voiced]))


def assign_speakers(voices: Sequence[SegmentVoice]) -> list[str | None]:
    """One label or None per segment; None everywhere when there is no clear cue."""
    by_channel = _by_channel(voices)
    if by_channel is not None:
        return _name(by_channel)
    return _name(_by_pitch(voices))


def _by_channel(voices: Sequence[SegmentVoice]) -> list[int | None] | None:
    if not any(len(v.channel_rms) >= 2 for v in voices):
        return None
    groups: list[int | None] = []
    for voice in voices:
        if len(voice.channel_rms) < 2:  # too short a span to measure
            groups.append(None)
            continue
        order = sorted(range(len(voice.channel_rms)), key=lambda i: -voice.channel_rms[i])
        top, second = voice.channel_rms[order[0]], voice.channel_rms[order[1]]
        groups.append(order[0] if top >= _CHANNEL_DOMINANCE * max(second, 1e-9) else None)
    # Channels that never differ (mono recorded twice) say nothing about who speaks.
    if len({g for g in groups if g is not None}) < 2:
        return None
    return groups


def _by_pitch(voices: Sequence[SegmentVoice]) -> list[int | None]:
    octaves = [math.log2(v.pitch) if v.pitch else None for v in voices]
    known = sorted(o for o in octaves if o is not None)
    if len(known) < 2:
        return [None] * len(voices)
    best_split, best_score = 0, -1.0
    for split in range(1, len(known)):
        low, high = known[:split], known[split:]
        score = len(low) * len(high) * (np.mean(high) - np.mean(low)) ** 2
        if score > best_score:
            best_split, best_score = split, float(score)
    low, high = known[:best_split], known[best_split:]
    distance = float(np.median(high) - np.median(low))
    gap = high[0] - low[-1]
    if distance < _GROUP_DISTANCE_OCTAVES or gap < _GROUP_GAP_OCTAVES:
        return [None] * len(voices)
    threshold = (low[-1] + high[0]) / 2
    return [None if o is None else int(o > threshold) for o in octaves]


def _name(groups: list[int | None]) -> list[str | None]:
    names: dict[int, str] = {}
    labels: list[str | None] = []
    for group in groups:
        if group is None:
            labels.append(None)
            continue
        if group not in names:
            names[group] = f"Speaker {len(names) + 1}"
        labels.append(names[group])
    return labels
