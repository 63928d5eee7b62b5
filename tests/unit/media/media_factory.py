"""Media files made on the fly with PyAV (a project dependency), so no test needs ffmpeg."""

from __future__ import annotations

import struct
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

MakeMedia = Callable[..., Path]


def write_media(
    path: Path,
    *,
    seconds: float = 2.0,
    video: bool = True,
    audio: bool = True,
    faststart: bool = True,
    stereo: bool = False,
    rate: int = 16000,
    audio_seconds: float | None = None,
) -> Path:
    """A tiny file: a grey H.264 picture and/or a 220 Hz tone (AAC in MP4, FLAC/PCM otherwise)."""
    options = {"movflags": "faststart"} if faststart and path.suffix == ".mp4" else {}
    with av.open(str(path), mode="w", options=options) as out:
        vstream: av.VideoStream | None = None
        astream: av.AudioStream | None = None
        if video:
            vstream = out.add_stream("libx264", rate=10)
            vstream.width, vstream.height, vstream.pix_fmt = 64, 48, "yuv420p"
        layout = "stereo" if stereo else "mono"
        if audio:
            codec = {".mp4": "aac", ".mkv": "aac", ".flac": "flac", ".wav": "pcm_s16le"}[
                path.suffix
            ]
            added = out.add_stream(codec, rate=rate, layout=layout)
            assert isinstance(added, av.AudioStream)
            astream = added
        if vstream is not None:
            for i in range(int(seconds * 10)):
                frame = av.VideoFrame.from_ndarray(
                    np.full((48, 64, 3), 90 + i % 50, np.uint8), format="rgb24"
                )
                frame.pts = i
                frame.time_base = Fraction(1, 10)
                for packet in vstream.encode(frame):
                    out.mux(packet)
            for packet in vstream.encode(None):
                out.mux(packet)
        if astream is not None:
            block = 1024
            total = int((seconds if audio_seconds is None else audio_seconds) * rate)
            t = np.arange(total) / rate
            tone = (0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)
            channels = 2 if stereo else 1
            for start in range(0, total, block):
                # PyAV converts planar float to whatever sample format the encoder wants.
                chunk = np.tile(tone[start : start + block], (channels, 1))
                sound = av.AudioFrame.from_ndarray(chunk, format="fltp", layout=layout)
                sound.sample_rate = rate
                sound.pts = start
                sound.time_base = Fraction(1, rate)
                for packet in astream.encode(sound):
                    out.mux(packet)
            for packet in astream.encode(None):
                out.mux(packet)
    return path


def unknown_codec_wav(path: Path) -> Path:
    """A WAV whose format tag names no codec FFmpeg knows."""
    data = b"\x00\x01" * 16000
    fmt = struct.pack("<HHIIHH", 0x7777, 1, 16000, 32000, 2, 16)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    body += b"data" + struct.pack("<I", len(data)) + data
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    return path
