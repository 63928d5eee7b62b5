"""Transcript readers and writers: JSON (CONTRACTS.md), WebVTT, SubRip and plain text.

Speakers travel as WebVTT voice tags (`<v Officer>...`); the SRT writer uses the same tag,
which common players hide or show verbatim, so a speaker survives the round trip. Word
timings and probabilities only survive in JSON.
"""

from __future__ import annotations

import contextlib
import html
import json
import math
import re
from pathlib import Path
from typing import Any

from app.domain import Segment, Transcript
from app.media.errors import TranscriptFormatError

FORMATS = ("json", "vtt", "srt", "txt")
_SUFFIXES = {".json": "json", ".vtt": "vtt", ".srt": "srt", ".txt": "txt", ".text": "txt"}

_VTT_TIME = r"(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_VTT_TIMING = re.compile(rf"^{_VTT_TIME}[ \t]+-->[ \t]+{_VTT_TIME}(?:[ \t].*)?$", re.ASCII)
_SRT_TIME = r"(\d+):([0-5]\d):([0-5]\d)[,.](\d{3})"
_SRT_TIMING = re.compile(rf"^{_SRT_TIME}[ \t]*-->[ \t]*{_SRT_TIME}(?:[ \t].*)?$", re.ASCII)
_VOICE = re.compile(r"<v(?:\.[^ \t>]*)?[ \t]+([^>]*)>")
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def read_transcript(path: Path) -> Transcript:
    """Read a transcript file, choosing the format by its suffix."""
    path = Path(path)
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise TranscriptFormatError(
            str(path), None, "unknown transcript format (use .json, .vtt, .srt or .txt)"
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TranscriptFormatError(str(path), None, "file not found") from None
    except IsADirectoryError:
        raise TranscriptFormatError(str(path), None, "is a folder, not a file") from None
    except OSError as exc:
        raise TranscriptFormatError(str(path), None, f"cannot read ({exc.strerror})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise TranscriptFormatError(str(path), line, "not UTF-8 text") from None
    return parse_transcript(text, fmt, str(path))


def parse_transcript(text: str, fmt: str, name: str = "<input>") -> Transcript:
    """Parse transcript text in `fmt` (json, vtt, srt or txt); errors name `name` and a line."""
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise TranscriptFormatError(name, _line_of(text, text.index("\x00")), "binary data")
    if fmt == "json":
        transcript = _parse_json(text, name)
    elif fmt == "vtt":
        transcript = _parse_cues(text, name, vtt=True)
    elif fmt == "srt":
        transcript = _parse_cues(text, name, vtt=False)
    elif fmt == "txt":
        transcript = Transcript.from_text(text)
    else:
        raise TranscriptFormatError(name, None, f"unknown transcript format {fmt!r}")
    return transcript


def to_json(t: Transcript) -> str:
    """Transcript JSON with one line per segment and per word, so it reads and diffs well."""
    data = t.to_dict()
    segments = data.pop("segments")
    lines = ["{"]
    lines += [f"  {_dump(key)}: {_dump(value)}," for key, value in data.items()]
    lines.append('  "segments": [')
    for index, seg in enumerate(segments):
        words = seg.pop("words", None)
        entry = "    " + _dump(seg)
        if words is not None:
            listed = ",\n".join("      " + _dump(word) for word in words)
            entry = f'{entry[:-1]}, "words": [\n{listed}\n    ]}}'
        lines.append(entry + ("," if index < len(segments) - 1 else ""))
    lines += ["  ]", "}"]
    return "\n".join(lines) + "\n"


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def to_vtt(t: Transcript) -> str:
    out = ["WEBVTT", ""]
    for seg in t.segments:
        start, end = _timed(seg)
        out.append(str(seg.id))
        out.append(f"{_stamp(start, '.')} --> {_stamp(end, '.')}")
        out.append(_payload(seg))
        out.append("")
    return "\n".join(out)


def to_srt(t: Transcript) -> str:
    out: list[str] = []
    for number, seg in enumerate(t.segments, start=1):
        start, end = _timed(seg)
        out.append(str(number))
        out.append(f"{_stamp(start, ',')} --> {_stamp(end, ',')}")
        out.append(_payload(seg))
        out.append("")
    return "\n".join(out)


def to_txt(t: Transcript) -> str:
    return "".join(_SPACE.sub(" ", seg.text).strip() + "\n" for seg in t.segments)


def format_transcript(t: Transcript, fmt: str) -> str:
    """`t` as text in `fmt` (json, vtt, srt or txt), e.g. for printing to stdout."""
    writers = {"json": to_json, "vtt": to_vtt, "srt": to_srt, "txt": to_txt}
    if fmt not in writers:
        raise ValueError(f"unknown transcript format {fmt!r} (use {', '.join(FORMATS)})")
    return writers[fmt](t)


def write_transcript(t: Transcript, path: Path, fmt: str) -> None:
    """Write `t` to `path` atomically (a temp file renamed over it)."""
    try:
        text = format_transcript(t, fmt)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise ValueError(f"{path}: cannot write the transcript ({exc.strerror})") from None


def _parse_json(text: str, name: str) -> Transcript:
    def reject_constant(value: str) -> Any:
        raise ValueError(f"{value} is not a valid number")

    def finite_float(value: str) -> float:
        number = float(value)
        if not math.isfinite(number):
            raise ValueError(f"{value} is out of range")
        return number

    try:
        data = json.loads(text, parse_constant=reject_constant, parse_float=finite_float)
    except json.JSONDecodeError as exc:
        raise TranscriptFormatError(name, exc.lineno, f"invalid JSON ({exc.msg})") from None
    except ValueError as exc:
        raise TranscriptFormatError(name, None, f"invalid JSON ({exc})") from None
    problem = _json_shape_problem(data)
    if problem:
        raise TranscriptFormatError(name, None, problem)
    try:
        transcript = Transcript.from_dict(data)
    except (ValueError, TypeError, AttributeError, OverflowError) as exc:
        raise TranscriptFormatError(name, None, str(exc)) from None
    for index, seg in enumerate(transcript.segments):
        if seg.start is not None and seg.start < 0:
            raise TranscriptFormatError(name, None, f"segment {index} starts before 0")
        if seg.start is not None and seg.end is not None and seg.end < seg.start:
            raise TranscriptFormatError(name, None, f"segment {index} ends before it starts")
    return transcript


def _json_shape_problem(data: Any) -> str | None:
    """What `Transcript.from_dict` would trip over with a TypeError rather than a reason."""
    if not isinstance(data, dict):
        return None  # from_dict explains this one
    for key in ("language", "engine", "media_sha256"):
        if data.get(key) is not None and not isinstance(data[key], str):
            return f"'{key}' must be a string or null"
    segments = data.get("segments")
    for index, raw in enumerate(segments if isinstance(segments, list) else []):
        words = raw.get("words") if isinstance(raw, dict) else None
        if words is None:
            continue
        if not isinstance(words, list) or not all(isinstance(w, dict) for w in words):
            return f"segment {index}: 'words' must be a list of objects"
    return None


def _parse_cues(text: str, name: str, *, vtt: bool) -> Transcript:
    lines = text.splitlines()
    index = 0
    if vtt:
        if not lines or not re.match(r"^WEBVTT(?:[ \t].*)?$", lines[0]):
            raise TranscriptFormatError(name, 1, "a WebVTT file must start with 'WEBVTT'")
        index = _skip_block(lines, 0)
    segments: list[Segment] = []
    timing = _VTT_TIMING if vtt else _SRT_TIMING
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        block_start = index
        if vtt and re.match(r"^(NOTE|STYLE|REGION)(?:[ \t].*)?$", lines[index]):
            index = _skip_block(lines, index)
            continue
        if "-->" not in lines[index]:
            index += 1  # a cue identifier (WebVTT) or sequence number (SRT)
            if index >= len(lines) or "-->" not in lines[index]:
                raise TranscriptFormatError(
                    name, block_start + 1, "expected a cue timing line 'start --> end'"
                )
        match = timing.match(lines[index].strip())
        if match is None:
            raise TranscriptFormatError(name, index + 1, f"bad cue timing {lines[index]!r}")
        start = _seconds(match.groups()[:4])
        end = _seconds(match.groups()[4:])
        if end < start:
            raise TranscriptFormatError(name, index + 1, "cue ends before it starts")
        payload: list[str] = []
        index += 1
        while index < len(lines) and lines[index].strip():
            if "-->" in lines[index]:
                raise TranscriptFormatError(
                    name, index + 1, "cue timing line inside cue text (missing blank line?)"
                )
            payload.append(lines[index])
            index += 1
        speaker, body = _speaker_and_text(" ".join(payload))
        if body:
            segments.append(
                Segment(id=len(segments), text=body, start=start, end=end, speaker=speaker)
            )
    return Transcript(segments=tuple(segments))


def _skip_block(lines: list[str], index: int) -> int:
    while index < len(lines) and lines[index].strip():
        index += 1
    return index


def _seconds(parts: tuple[str | Any, ...]) -> float:
    hours, minutes, seconds, millis = (int(p) if p else 0 for p in parts)
    return (((hours * 60 + minutes) * 60 + seconds) * 1000 + millis) / 1000


def _speaker_and_text(payload: str) -> tuple[str | None, str]:
    voice = _VOICE.search(payload)
    speaker = (html.unescape(voice.group(1)).strip() or None) if voice else None
    body = html.unescape(_TAG.sub("", payload))
    return speaker, _SPACE.sub(" ", body).strip()


def _timed(seg: Segment) -> tuple[float, float]:
    if seg.start is None or seg.end is None:
        raise ValueError(
            f"segment {seg.id} has no start/end time; WebVTT and SRT need timed segments"
        )
    return seg.start, seg.end


def _stamp(seconds: float, separator: str) -> str:
    total = round(seconds * 1000)
    millis = total % 1000
    total //= 1000
    return f"{total // 3600:02d}:{total // 60 % 60:02d}:{total % 60:02d}{separator}{millis:03d}"


def _payload(seg: Segment) -> str:
    text = _escape(_SPACE.sub(" ", seg.text).strip())
    if seg.speaker:
        return f"<v {_escape(_SPACE.sub(' ', seg.speaker).strip())}>{text}"
    return text


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
