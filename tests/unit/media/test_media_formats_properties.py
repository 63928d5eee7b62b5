"""Property tests: writers and readers agree, and no input makes a parser crash."""

from __future__ import annotations

import json
import os
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import Segment, Transcript, Word
from app.media import TranscriptFormatError, parse_transcript, to_json, to_srt, to_txt, to_vtt

_SPACE = re.compile(r"\s+")
times = st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False)
probabilities = st.none() | st.floats(min_value=0, max_value=1)
words = st.builds(Word, start=st.none() | times, end=st.none() | times, word=st.text(),
                  probability=probabilities)
# Canonical cue text: what a cue reader gives back after collapsing whitespace.
# NUL marks a binary file and a leading BOM is an encoding mark: neither is transcript text.
cue_text = (
    st.text(st.characters(exclude_characters="\x00\ufeff"), min_size=1)
    .map(lambda s: _SPACE.sub(" ", s).strip())
    .filter(bool)
)
millis = st.integers(min_value=0, max_value=99 * 3600 * 1000)


@st.composite
def transcripts(draw: st.DrawFn) -> Transcript:
    count = draw(st.integers(0, 6))
    ids = draw(st.lists(st.integers(-10, 10**6), min_size=count, max_size=count, unique=True))
    segments = []
    for seg_id in ids:
        start = draw(st.none() | times)
        end = None if start is None else start + draw(st.floats(0, 1e4))
        segments.append(Segment(seg_id, draw(st.text()), start, end,
                                draw(st.none() | st.text()),
                                tuple(draw(st.lists(words, max_size=4)))))
    return Transcript(tuple(segments), language=draw(st.none() | st.text()),
                      duration=draw(st.none() | times), engine=draw(st.none() | st.text()),
                      media_sha256=draw(st.none() | st.text()), complete=draw(st.booleans()))


@st.composite
def cue_transcripts(draw: st.DrawFn) -> Transcript:
    segments = []
    for index in range(draw(st.integers(0, 6))):
        start_ms = draw(millis)
        end_ms = start_ms + draw(st.integers(0, 10**6))
        speaker = draw(st.none() | cue_text)
        segments.append(Segment(index, draw(cue_text), start_ms / 1000, end_ms / 1000, speaker))
    return Transcript(tuple(segments))


@settings(deadline=None)
@given(transcripts())
def test_json_round_trip(t: Transcript) -> None:
    assert parse_transcript(to_json(t), "json") == t


@settings(deadline=None)
@given(cue_transcripts())
def test_vtt_round_trip(t: Transcript) -> None:
    assert parse_transcript(to_vtt(t), "vtt") == t


@settings(deadline=None)
@given(cue_transcripts())
def test_srt_round_trip(t: Transcript) -> None:
    assert parse_transcript(to_srt(t), "srt") == t


@settings(deadline=None)
@given(st.lists(cue_text, max_size=6))
def test_txt_round_trip(lines: list[str]) -> None:
    t = Transcript(tuple(Segment(i, text) for i, text in enumerate(lines)))
    assert parse_transcript(to_txt(t), "txt") == t


def _parse_or_reject(text: str, fmt: str) -> None:
    try:
        result = parse_transcript(text, fmt, "fuzz")
    except TranscriptFormatError as exc:
        message = str(exc)
        result = None
    else:
        message = ""
    if result is None:
        assert message.startswith("fuzz")
        assert "\n" not in message
        return
    assert isinstance(result, Transcript)
    assert len({s.id for s in result.segments}) == len(result.segments)


cue_lines = st.sampled_from(
    ["WEBVTT", "", "00:01.000 --> 00:02.000", "00:00:01,000 --> 00:00:03,000", "1", "NOTE x",
     "<v Ann>hi", "-->", "99:59.999 --> 00:00.000", "text &amp; more"]
) | st.text(max_size=30)


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "300")), deadline=None)
@given(st.lists(cue_lines, max_size=12).map("\n".join), st.sampled_from(["vtt", "srt", "txt"]))
def test_cue_parsers_never_crash(text: str, fmt: str) -> None:
    _parse_or_reject(text, fmt)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20,
)
segment_like = st.fixed_dictionaries(
    {"text": st.text() | st.integers()},
    optional={"id": json_values, "start": json_values, "end": json_values,
              "speaker": json_values, "words": json_values | st.lists(
                  st.dictionaries(st.sampled_from(["start", "end", "word", "probability"]),
                                  json_values))},
)


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "300")), deadline=None)
@given(json_values | st.fixed_dictionaries({"segments": st.lists(segment_like, max_size=4)},
                                           optional={"language": json_values,
                                                     "duration": json_values}))
def test_json_parser_never_crashes(doc: object) -> None:
    _parse_or_reject(json.dumps(doc), "json")


@settings(deadline=None)
@given(st.text(max_size=200))
def test_json_parser_on_any_text(text: str) -> None:
    _parse_or_reject(text, "json")
