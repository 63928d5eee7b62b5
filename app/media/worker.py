"""The transcription child process: `python -m app.media.worker` (internal, not a public CLI).

It reads one JSON request on stdin and writes JSON lines on stdout:
  {"event": "loaded"}                       model ready
  {"event": "segment", "segment": {...}, "voice": {...}}   one finished segment, file times
  {"event": "done", "language": ..., "peak_rss": bytes}
  {"event": "error", "message": "..."}      then exit status 1
Anything else (a native crash, the OOM killer, kill -9) shows up in the parent as an exit
without "done", which is why faster-whisper runs here and not in the app's process.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any, TextIO

from app.media.audio import CHUNK_SECONDS, iter_chunks
from app.media.speakers import measure

# Whisper sometimes runs two speakers' turns into one segment; a silence this long between
# two words is where a turn may change, so the segment is split there.
PAUSE_SPLIT_S = 0.6
MIN_PART_S = 0.2


def run(request: dict[str, Any], out: TextIO) -> None:
    from faster_whisper import WhisperModel

    def emit(event: dict[str, Any]) -> None:
        out.write(json.dumps(event) + "\n")
        out.flush()

    model = WhisperModel(
        request["model_dir"],
        device=request["device"],
        compute_type=request["compute_type"],
        cpu_threads=int(request["threads"]),
        num_workers=1,
        local_files_only=True,
    )
    emit({"event": "loaded"})
    language = request.get("language")
    next_id = 0
    chunk_seconds = float(request.get("chunk_seconds") or CHUNK_SECONDS)
    for chunk in iter_chunks(Path(request["path"]), chunk_seconds):
        segments, info = model.transcribe(
            chunk.mono,
            language=request.get("language"),
            beam_size=int(request["beam_size"]),
            word_timestamps=True,
            vad_filter=bool(request["vad_filter"]),
        )
        language = language or info.language
        for seg in segments:
            for start, end, text, words in _turns(seg, chunk.offset):
                voice = measure(chunk.mono, chunk.channels, start - chunk.offset,
                                end - chunk.offset)
                emit({
                    "event": "segment",
                    "segment": {"id": next_id, "start": start, "end": end, "text": text,
                                "words": words},
                    "voice": asdict(voice),
                })
                next_id += 1
    emit({"event": "done", "language": language, "peak_rss": _peak_rss()})


def _peak_rss() -> int | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


def _turns(seg: Any, offset: float) -> list[tuple[float, float, str, list[dict[str, Any]]]]:
    """Split a segment where its words pause: a turn may change there, so each part gets its
    own speaker hint. File times, whitespace-trimmed text, no empty parts."""
    words = [w for w in (seg.words or []) if w.word.strip()]
    if not words:
        text = seg.text.strip()
        return [(_time(offset + seg.start), _time(offset + seg.end), text, [])] if text else []
    groups: list[list[Any]] = [[words[0]]]
    for word in words[1:]:
        if word.start - groups[-1][-1].end >= PAUSE_SPLIT_S:
            groups.append([])
        groups[-1].append(word)
    groups = _merge_blips(groups)
    if len(groups) == 1:
        bounds = [(seg.start, seg.end)]
    else:
        bounds = [(g[0].start, g[-1].end) for g in groups]
        bounds[0] = (min(seg.start, bounds[0][0]), bounds[0][1])
        bounds[-1] = (bounds[-1][0], max(seg.end, bounds[-1][1]))
    parts = []
    for group, (start, end) in zip(groups, bounds, strict=True):
        text = (seg.text if len(groups) == 1 else "".join(w.word for w in group)).strip()
        parts.append((_time(offset + start), _time(offset + end), text, [
            {"start": _time(offset + w.start), "end": _time(offset + w.end),
             "word": w.word.strip(), "probability": round(float(w.probability), 4)}
            for w in group
        ]))
    return parts


def _merge_blips(groups: list[list[Any]]) -> list[list[Any]]:
    """A part too short to hold speech is a word-timing slip, not a turn: join a neighbour."""
    merged: list[list[Any]] = []
    for group in groups:
        if merged and group[-1].end - group[0].start < MIN_PART_S:
            merged[-1].extend(group)
        else:
            merged.append(group)
    if len(merged) > 1 and merged[0][-1].end - merged[0][0].start < MIN_PART_S:
        merged[1] = merged[0] + merged[1]
        del merged[0]
    return merged


def _time(seconds: float) -> float:
    return round(float(seconds), 3)


def main() -> int:
    # The model was resolved to a local folder by the parent; make sure nothing goes online.
    os.environ["HF_HUB_OFFLINE"] = "1"
    # The protocol gets a private copy of stdout; library prints go to stderr instead.
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    try:
        request = json.loads(sys.stdin.readline())
        run(request, out)
    except Exception as exc:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        out.write(json.dumps({"event": "error", "message": message}) + "\n")
        out.flush()
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
