"""Streaming SHA-256 of an original media file (never modified, never loaded whole)."""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

from app.media.errors import unreadable

# 4 MiB: large enough that hashlib (which releases the GIL) dominates, small enough that
# progress and cancel are checked several times a second even on a slow disk.
CHUNK_SIZE = 4 * 1024 * 1024


class HashCancelled(Exception):
    """Hashing was cancelled through its `cancel` event."""


def sha256_file(
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> str:
    """Hex SHA-256 of `path`, read in 4 MiB chunks.

    `progress(done_bytes, total_bytes)` is called after each chunk; setting `cancel` stops
    with HashCancelled. An unreadable file raises MediaError naming it.
    """
    path = Path(path)
    digest = hashlib.sha256()
    try:
        with open(path, "rb", buffering=0) as handle:
            total = os.fstat(handle.fileno()).st_size
            buffer = bytearray(CHUNK_SIZE)
            view = memoryview(buffer)
            done = 0
            while True:
                if cancel is not None and cancel.is_set():
                    raise HashCancelled(f"{path}: hashing cancelled")
                count = handle.readinto(buffer)
                if not count:
                    break
                digest.update(view[:count])
                done += count
                if progress is not None:
                    progress(done, total)
    except OSError as exc:
        raise unreadable(path, exc) from None
    return digest.hexdigest()
