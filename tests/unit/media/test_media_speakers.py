"""Speaker-change hints: pitch groups and louder channels, and silence when unclear."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from app.media.speakers import SAMPLE_RATE, SegmentVoice, assign_speakers, measure, median_pitch
from app.media.worker import _turns


def _voice(f0: float, seconds: float = 1.0) -> np.ndarray:
    """A buzzy vowel-like tone: a fundamental with decaying harmonics."""
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    wave = np.zeros_like(t)
    for k in range(1, 8):
        wave += np.sin(2 * np.pi * f0 * k * t) / k
    return (0.2 * wave).astype(np.float32)


@pytest.mark.parametrize("f0", [85.0, 110.0, 180.0, 240.0, 320.0])
def test_median_pitch(f0: float) -> None:
    assert median_pitch(_voice(f0)) == pytest.approx(f0, rel=0.04)


def test_no_pitch_for_silence_noise_or_a_blip() -> None:
    rng = np.random.default_rng(1)
    assert median_pitch(np.zeros(SAMPLE_RATE, np.float32)) is None
    assert median_pitch(rng.normal(0, 0.1, SAMPLE_RATE).astype(np.float32)) is None
    assert median_pitch(_voice(120.0, 0.03)) is None


def test_two_clear_pitch_groups_take_turns() -> None:
    voices = [SegmentVoice(p) for p in (112.0, 205.0, 118.0, None, 198.0, 109.0)]
    assert assign_speakers(voices) == [
        "Speaker 1", "Speaker 2", "Speaker 1", None, "Speaker 2", "Speaker 1",
    ]


@pytest.mark.parametrize(
    "pitches",
    [
        (120.0, 135.0, 128.0, 150.0, 118.0),  # one speaker, lively
        (110.0, 125.0, 140.0, 160.0, 180.0),  # a continuum, no gap
        (150.0,),
        (),
    ],
)
def test_no_labels_without_a_clear_split(pitches: tuple[float, ...]) -> None:
    assert assign_speakers([SegmentVoice(p) for p in pitches]) == [None] * len(pitches)


def test_louder_channel_names_the_speaker() -> None:
    voices = [SegmentVoice(120.0, (0.3, 0.02)), SegmentVoice(121.0, (0.02, 0.25)),
              SegmentVoice(119.0, (0.1, 0.09)), SegmentVoice(125.0, (0.4, 0.01))]
    assert assign_speakers(voices) == ["Speaker 1", "Speaker 2", None, "Speaker 1"]


def test_segments_too_short_to_measure_get_no_channel_label() -> None:
    voices = [SegmentVoice(None, (0.3, 0.02)), SegmentVoice(None, ()),
              SegmentVoice(None, (0.02, 0.3))]
    assert assign_speakers(voices) == ["Speaker 1", None, "Speaker 2"]


def test_identical_channels_fall_back_to_pitch() -> None:
    voices = [SegmentVoice(110.0, (0.2, 0.2)), SegmentVoice(220.0, (0.1, 0.1))]
    assert assign_speakers(voices) == ["Speaker 1", "Speaker 2"]


def test_measure_reads_the_segment_span() -> None:
    low, high = _voice(110.0), _voice(220.0)
    mono = np.concatenate([low, high])
    stereo = np.stack([np.concatenate([low, high * 0.05]), np.concatenate([low * 0.05, high])])
    first = measure(mono, stereo, 0.0, 1.0)
    second = measure(mono, stereo, 1.0, 2.0)
    assert first.pitch == pytest.approx(110.0, rel=0.04)
    assert second.pitch == pytest.approx(220.0, rel=0.04)
    assert first.channel_rms[0] > 10 * first.channel_rms[1]
    assert second.channel_rms[1] > 10 * second.channel_rms[0]
    assert measure(mono, None, 0.0, 1.0).channel_rms == ()


def _word(start: float, end: float, word: str) -> SimpleNamespace:
    return SimpleNamespace(start=start, end=end, word=word, probability=0.8)


def test_segments_split_where_the_words_pause() -> None:
    seg = SimpleNamespace(
        start=1.0, end=6.0, text=" What is your name? My name is Dan.",
        words=[_word(1.0, 1.3, " What"), _word(1.3, 1.5, " is"), _word(1.5, 1.8, " your"),
               _word(1.8, 2.2, " name?"), _word(3.0, 3.2, " My"), _word(3.2, 3.5, " name"),
               _word(3.5, 3.6, " is"), _word(3.7, 5.9, " Dan.")],
    )
    parts = _turns(seg, offset=600.0)
    assert [(p[0], p[1], p[2]) for p in parts] == [
        (601.0, 602.2, "What is your name?"), (603.0, 606.0, "My name is Dan."),
    ]
    assert parts[1][3][0] == {"start": 603.0, "end": 603.2, "word": "My", "probability": 0.8}


def test_segments_without_pauses_or_words_stay_whole() -> None:
    seg = SimpleNamespace(start=0.5, end=2.0, text=" Hello there.",
                          words=[_word(0.5, 1.0, " Hello"), _word(1.2, 2.0, " there.")])
    assert [(p[0], p[1], p[2]) for p in _turns(seg, 0.0)] == [(0.5, 2.0, "Hello there.")]
    bare = SimpleNamespace(start=0.0, end=1.0, text=" [music] ", words=None)
    assert _turns(bare, 10.0) == [(10.0, 11.0, "[music]", [])]
    assert _turns(SimpleNamespace(start=0.0, end=1.0, text="  ", words=[]), 0.0) == []


def test_a_word_with_no_duration_is_not_a_turn() -> None:
    seg = SimpleNamespace(
        start=0.0, end=6.0, text=" Can I see it? Please. Sure.",
        words=[_word(0.0, 0.4, " Can"), _word(0.4, 0.6, " I"), _word(0.6, 0.9, " see"),
               _word(0.9, 1.2, " it?"), _word(2.0, 2.0, " Please."), _word(3.0, 6.0, " Sure.")],
    )
    assert [p[2] for p in _turns(seg, 0.0)] == ["Can I see it? Please.", "Sure."]
    first_blip = SimpleNamespace(
        start=0.0, end=3.0, text=" Um. Hello there.",
        words=[_word(0.0, 0.05, " Um."), _word(1.0, 1.5, " Hello"), _word(1.5, 3.0, " there.")],
    )
    assert [p[2] for p in _turns(first_blip, 0.0)] == ["Um. Hello there."]
