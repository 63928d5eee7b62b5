"""Transcript readers and writers: examples, errors with line numbers, and round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain import Segment, Transcript, Word
from app.media import (
    TranscriptFormatError,
    format_transcript,
    parse_transcript,
    read_transcript,
    to_json,
    to_srt,
    to_vtt,
    write_transcript,
)

SAMPLE = Transcript(
    segments=(
        Segment(0, "Dispatch, unit twelve.", 0.0, 5.96, "Officer",
                (Word(0.0, 0.3, "Dispatch,", 0.93), Word(0.3, 0.9, "unit", 0.5),
                 Word(0.9, 1.4, "twelve.", None))),
        Segment(1, "Sure officer, here it is <really> & more.", 14.54, 19.8, "Driver"),
        Segment(2, "No speaker here.", 3601.25, 3605.0),
    ),
    language="en",
    duration=3605.0,
    engine="faster-whisper tiny.en int8",
    media_sha256="9f2c" * 16,
)


def _plain(t: Transcript) -> list[tuple[float | None, float | None, str | None, str]]:
    return [(s.start, s.end, s.speaker, s.text) for s in t.segments]


def test_json_round_trip_keeps_everything() -> None:
    assert parse_transcript(to_json(SAMPLE), "json") == SAMPLE
    partial = Transcript(segments=SAMPLE.segments[:1], complete=False)
    assert parse_transcript(to_json(partial), "json") == partial


@pytest.mark.parametrize(("fmt", "writer"), [("vtt", to_vtt), ("srt", to_srt)])
def test_cue_formats_round_trip_times_speakers_and_text(fmt: str, writer: object) -> None:
    text = writer(SAMPLE)  # type: ignore[operator]
    assert _plain(parse_transcript(text, fmt)) == _plain(SAMPLE)


def test_vtt_output_shape() -> None:
    text = to_vtt(SAMPLE)
    assert text.startswith("WEBVTT\n\n0\n00:00:00.000 --> 00:00:05.960\n<v Officer>Dispatch")
    assert "<v Driver>Sure officer, here it is &lt;really&gt; &amp; more." in text
    assert "01:00:01.250 --> 01:00:05.000\nNo speaker here." in text


def test_srt_output_shape() -> None:
    assert to_srt(SAMPLE).startswith("1\n00:00:00,000 --> 00:00:05,960\n<v Officer>Dispatch")


def test_vtt_from_another_tool() -> None:
    text = (
        "\ufeffWEBVTT - exported\nKind: captions\n\n"
        "NOTE written by hand\nspanning two lines\n\n"
        "STYLE\n::cue { color: yellow }\n\n"
        "intro\n00:01.000 --> 00:04.500 align:start position:10%\n"
        "<v.loud Sgt. Diaz>Step <i>out</i> of the</v>\nvehicle, please.\n\n"
        "00:00:05.000 --> 00:00:06.000\n<c.yellow>[inaudible]</c> &lt;noise&gt;\n\n"
        "00:00:07.000 --> 00:00:07.500\n   \n"
    )
    t = parse_transcript(text, "vtt", "clip.vtt")
    assert _plain(t) == [
        (1.0, 4.5, "Sgt. Diaz", "Step out of the vehicle, please."),
        (5.0, 6.0, None, "[inaudible] <noise>"),
    ]
    assert [s.id for s in t.segments] == [0, 1]


def test_srt_from_another_tool() -> None:
    text = "1\r\n00:00:01,000 --> 00:00:02,500\r\nHello there.\r\nSecond line\r\n\r\n" \
           "2\r\n00:00:03.000 --> 00:00:04,000\r\n<i>Bye</i>\r\n"
    assert _plain(parse_transcript(text, "srt")) == [
        (1.0, 2.5, None, "Hello there. Second line"), (3.0, 4.0, None, "Bye"),
    ]


def test_plain_text_is_one_untimed_segment_per_line() -> None:
    t = parse_transcript("Officer: hello\n\n  Driver: hi  \n", "txt")
    assert _plain(t) == [(None, None, None, "Officer: hello"), (None, None, None, "Driver: hi")]


@pytest.mark.parametrize(
    ("fmt", "text", "line", "reason"),
    [
        ("vtt", "WEBVT\n\n00:01.000 --> 00:02.000\nhi\n", 1, "must start with 'WEBVTT'"),
        ("vtt", "WEBVTT\n\n00:01.000 --> 00:0x.000\nhi\n", 3, "bad cue timing"),
        ("vtt", "WEBVTT\n\n00:05.000 --> 00:02.000\nhi\n", 3, "ends before it starts"),
        ("vtt", "WEBVTT\n\nhello\nworld\n", 3, "expected a cue timing line"),
        ("vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n00:03.000 --> 00:04.000\n", 5,
         "missing blank line"),
        ("srt", "1\n00:00:01 --> 00:00:02\nhi\n", 2, "bad cue timing"),
        ("srt", "1\n00:00:01,000 --> 00:00:02,000\nok\n\nnot a cue\n", 5, "expected a cue"),
        ("json", '{"segments": [\n  {"text": "a"},\n  {"text": }\n]}', 3, "invalid JSON"),
        ("txt", "fine\nbro\x00ken\n", 2, "binary data"),
    ],
)
def test_malformed_input_names_file_line_and_reason(
    fmt: str, text: str, line: int, reason: str
) -> None:
    with pytest.raises(TranscriptFormatError) as exc:
        parse_transcript(text, fmt, "case7.vtt")
    assert exc.value.line == line
    assert str(exc.value).startswith(f"case7.vtt, line {line}: ")
    assert reason in str(exc.value)


@pytest.mark.parametrize(
    ("doc", "reason"),
    [
        ([], "must be an object"),
        ({"segments": "no"}, "'segments' list"),
        ({"segments": [{"start": 1}]}, "needs a 'text' string"),
        ({"segments": [{"text": "a", "start": "soon"}]}, "must be a number"),
        ({"segments": [{"text": "a", "words": 7}]}, "segment 0"),
        ({"segments": [{"text": "a", "id": 1}, {"text": "b", "id": 1}]}, "not unique"),
        ({"segments": [{"text": "a", "start": 5, "end": 1}]}, "ends before it starts"),
        ({"segments": [{"text": "a", "start": -1}]}, "starts before 0"),
    ],
)
def test_malformed_json_structure(doc: object, reason: str) -> None:
    with pytest.raises(TranscriptFormatError, match=reason):
        parse_transcript(json.dumps(doc), "json", "t.json")


def test_json_rejects_nan() -> None:
    with pytest.raises(TranscriptFormatError, match="NaN"):
        parse_transcript('{"segments": [{"text": "a", "start": NaN}]}', "json")


def test_read_and_write_files(tmp_path: Path) -> None:
    for fmt in ("json", "vtt", "srt", "txt"):
        path = tmp_path / f"t.{fmt}"
        write_transcript(SAMPLE, path, fmt)
        back = read_transcript(path)
        assert [s.text for s in back.segments] == [s.text for s in SAMPLE.segments]
    assert not list(tmp_path.glob(".*.tmp"))


def test_read_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(TranscriptFormatError, match="unknown transcript format"):
        read_transcript(tmp_path / "t.docx")
    with pytest.raises(TranscriptFormatError, match="file not found"):
        read_transcript(tmp_path / "missing.vtt")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"first line\ncaf\xe9\n")
    with pytest.raises(TranscriptFormatError) as exc:
        read_transcript(latin)
    assert str(exc.value) == f"{latin}, line 2: not UTF-8 text"


def test_untimed_segments_cannot_become_cues(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="segment 0 has no start/end time"):
        to_vtt(Transcript.from_text("hello"))
    target = tmp_path / "out.srt"
    with pytest.raises(ValueError, match=f"^{target}: segment 0 has no start/end time"):
        write_transcript(Transcript.from_text("hello"), target, "srt")
    assert not list(tmp_path.iterdir())


def test_format_transcript() -> None:
    assert format_transcript(SAMPLE, "json") == to_json(SAMPLE)
    assert format_transcript(SAMPLE, "srt") == to_srt(SAMPLE)
    with pytest.raises(ValueError, match="unknown transcript format 'docx'"):
        format_transcript(SAMPLE, "docx")


def test_write_into_a_missing_folder_is_one_clear_line(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "t.json"
    with pytest.raises(ValueError, match=f"^{target}: cannot write the transcript"):
        write_transcript(SAMPLE, target, "json")
