"""Text cleaning and the value formats every export uses (times, durations, labels)."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime

# XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF; lxml refuses them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Bidi embeddings, overrides and isolates can make stored characters display in another
# order ("Trojan Source"); a court copy must read exactly as its characters do.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v]*\n\s*")


def clean_text(text: str) -> str:
    """Text safe to place in a DOCX: newlines normalised, illegal and bidi controls removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _XML_ILLEGAL.sub("", text)
    return _BIDI_CONTROLS.sub("", text)


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """[start, end) of each non-blank paragraph of `text`, without its surrounding whitespace;
    paragraphs are separated by blank lines."""
    ranges: list[tuple[int, int]] = []
    pos = 0
    for sep in _PARAGRAPH_BREAK.finditer(text):
        ranges.append((pos, sep.start()))
        pos = sep.end()
    ranges.append((pos, len(text)))
    trimmed = []
    for start, end in ranges:
        piece = text[start:end]
        if piece.strip():
            start += len(piece) - len(piece.lstrip())
            end -= len(piece) - len(piece.rstrip())
            trimmed.append((start, end))
    return trimmed


def is_rtl(text: str) -> bool:
    """Whether the first strongly directional character is right-to-left (Arabic, Hebrew)."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def clock(seconds: float | None) -> str:
    """mm:ss of a recording position (minutes keep counting past the hour)."""
    if seconds is None:
        return "--:--"
    total = max(0, int(seconds))
    return f"{total // 60:02d}:{total % 60:02d}"


def time_range(start: float | None, end: float | None) -> str:
    if start is None and end is None:
        return "untimed"
    return f"{clock(start)}-{clock(end if end is not None else start)}"


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "unknown"
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    shown = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return f"{shown} ({seconds:.1f} s)"


def utc(moment: datetime) -> datetime:
    """The moment in UTC without tzinfo; naive values are taken to be UTC already."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def when(moment: datetime | None) -> str:
    if moment is None:
        return "not recorded"
    return utc(moment).strftime("%Y-%m-%d %H:%M:%S UTC")


def byte_size(size: int | None) -> str:
    if size is None:
        return "unknown"
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{size:,} bytes" if unit == "bytes" else f"{value:.1f} {unit} ({size:,} bytes)"
        value /= 1024
    return f"{size:,} bytes"


_LABELS = {
    "ai_draft": "AI draft",
    "ai_regeneration": "AI regeneration",
    "low_asr_confidence": "Low transcription confidence",
    "bias_language": "Biased or conclusory language",
    "placeholder": "Unfilled placeholder",
    "prompt_injection": "Instructions inside the transcript",
    "uncited_draft_sentence": "Draft sentence citing no recording",
}


def label(value: str) -> str:
    """"not_applicable" -> "Not applicable"; a few codes get a plainer name."""
    if value in _LABELS:
        return _LABELS[value]
    words = value.replace("_", " ").strip()
    return words[:1].upper() + words[1:]
