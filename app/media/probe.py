"""Probe a media file with PyAV: what it holds, and whether its audio can be transcribed.

The original is only read, never modified or re-encoded. Every problem becomes one MediaError
line naming the file, because this runs at import, before a case exists.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import av

from app.domain import MediaInfo
from app.media.errors import MediaError, unreadable

# A stream may legitimately end a little before its header says (encoder padding, priming).
_END_TOLERANCE_S = 1.0
_END_TOLERANCE_FRACTION = 0.02
# Only the last seconds are demuxed to find out whether the file was cut short.
_TAIL_S = 5.0


def probe(path: Path) -> MediaInfo:
    """Duration, streams and codecs of `path`; raises MediaError if it cannot be transcribed.

    `sha256` is left empty: hashing a large file takes seconds, so callers run
    `sha256_file` with progress and fill it in with `dataclasses.replace`.
    """
    path = Path(path)
    size = check_readable(path)
    try:
        container = av.open(str(path), mode="r", metadata_errors="ignore")
    except av.error.FFmpegError as exc:
        raise MediaError(
            f"{path}: not a readable audio or video file "
            f"(damaged, truncated or an unknown format: {_reason(exc)})"
        ) from None
    with container:
        audio = list(container.streams.audio)
        video = [s for s in container.streams.video if not _is_cover_art(s)]
        if not audio:
            kind = "a video with no audio track" if video else "no audio track"
            raise MediaError(f"{path}: {kind}; there is nothing to transcribe")
        stream = audio[0]
        if stream.codec_context is None:
            raise MediaError(
                f"{path}: unsupported audio codec ({_codec_label(stream)}); "
                "convert it to a common format such as AAC, MP3, FLAC or PCM WAV"
            )
        duration = _duration(container, stream)
        _check_audio_decodes(path, container, stream)
        _check_not_truncated(path, container, stream)
        video_codec = None
        if video:
            ctx = video[0].codec_context
            video_codec = ctx.name if ctx is not None else _codec_label(video[0])
        return MediaInfo(
            path=str(path),
            sha256="",
            duration=duration,
            size=size,
            container=container.format.name,
            video_codec=video_codec,
            audio_codec=stream.codec_context.name,
            has_video=bool(video),
            has_audio=True,
        )


def check_readable(path: Path) -> int:
    """Size of `path` after proving it can be opened and read; MediaError otherwise."""
    try:
        with open(path, "rb") as handle:
            handle.read(1)
            handle.seek(0, 2)
            size = handle.tell()
    except OSError as exc:
        raise unreadable(path, exc) from None
    if size == 0:
        raise MediaError(f"{path}: the file is empty (0 bytes)")
    return size


def _is_cover_art(stream: Any) -> bool:
    disposition = getattr(stream, "disposition", None)
    flag = getattr(getattr(av.stream, "Disposition", None), "attached_pic", None)
    if disposition is None or flag is None:
        return False
    return bool(disposition & flag)


def _codec_label(stream: Any) -> str:
    tag = getattr(stream, "codec_tag", None)
    return f"codec tag {tag!r}" if tag else "unknown codec"


def _reason(exc: Exception) -> str:
    text = str(getattr(exc, "strerror", None) or exc)
    return text.split(":")[0].strip().lower() or type(exc).__name__


def _seconds(value: int | None, time_base: Fraction | None) -> float | None:
    if value is None or time_base is None:
        return None
    return float(value * time_base)


def _duration(container: Any, stream: Any) -> float | None:
    if container.duration is not None:
        return float(container.duration / av.time_base)
    return _seconds(stream.duration, stream.time_base)


def _check_audio_decodes(path: Path, container: Any, stream: Any) -> None:
    try:
        for _frame in container.decode(stream):
            return
    except av.error.FFmpegError as exc:
        raise MediaError(f"{path}: the audio track cannot be decoded ({_reason(exc)})") from None
    raise MediaError(f"{path}: the audio track holds no sound data (file damaged or truncated)")


def _check_not_truncated(path: Path, container: Any, stream: Any) -> None:
    """Demux the last seconds: a cut-short file has no packets where its header says.

    The audio stream's own duration is used where the container has one (MP4, FLAC, MP3);
    otherwise (Matroska) the whole file's duration, against packets of every stream, so an
    audio track that legitimately ends before the picture is not mistaken for damage.
    """
    duration = _seconds(stream.duration, stream.time_base)
    start = _seconds(stream.start_time, stream.time_base) or 0.0
    streams: tuple[Any, ...] = (stream,)
    if duration is None and container.duration:
        duration = container.duration / av.time_base
        start = (container.start_time or 0) / av.time_base
        streams = tuple(container.streams)
    if duration is None:
        return
    expected_end = start + duration
    last_end: float | None = None
    try:
        if duration > 2 * _TAIL_S:
            target = expected_end - _TAIL_S
            if len(streams) == 1:
                container.seek(int(target / stream.time_base), stream=stream, backward=True)
            else:
                container.seek(int(target * av.time_base), backward=True)
        for packet in container.demux(*streams):
            if packet.pts is None or packet.time_base is None:
                continue
            end = float((packet.pts + (packet.duration or 0)) * packet.time_base)
            last_end = end if last_end is None else max(last_end, end)
    except av.error.FFmpegError:
        pass  # judged below by how far the readable packets reached
    tolerance = max(_END_TOLERANCE_S, _END_TOLERANCE_FRACTION * duration)
    if last_end is None or last_end < expected_end - tolerance:
        stops = "before the end" if last_end is None else f"at {last_end:.1f} s"
        raise MediaError(
            f"{path}: the file is truncated (its header says {expected_end:.1f} s, "
            f"the data stops {stops})"
        )
