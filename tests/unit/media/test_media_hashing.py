"""sha256_file(): streaming, progress, cancel, unreadable files."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest

from app.media import HashCancelled, MediaError, sha256_file
from app.media.hashing import CHUNK_SIZE


def test_matches_hashlib_across_chunk_boundaries(tmp_path: Path) -> None:
    data = os.urandom(2 * CHUNK_SIZE + 12345)
    path = tmp_path / "clip.bin"
    path.write_bytes(data)
    calls: list[tuple[int, int]] = []
    digest = sha256_file(path, progress=lambda done, total: calls.append((done, total)))
    assert digest == hashlib.sha256(data).hexdigest()
    assert [done for done, _ in calls] == [CHUNK_SIZE, 2 * CHUNK_SIZE, len(data)]
    assert {total for _, total in calls} == {len(data)}


def test_empty_file_has_the_empty_digest(tmp_path: Path) -> None:
    path = tmp_path / "empty"
    path.touch()
    assert sha256_file(path) == hashlib.sha256(b"").hexdigest()


def test_cancel_stops_between_chunks(tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(b"\0" * (3 * CHUNK_SIZE))
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        cancel.set()

    with pytest.raises(HashCancelled):
        sha256_file(path, progress=progress, cancel=cancel)
    assert seen == [CHUNK_SIZE]


@pytest.mark.parametrize(("name", "words"), [("missing.mp4", "not found"), ("", "folder")])
def test_unreadable_paths(tmp_path: Path, name: str, words: str) -> None:
    path = tmp_path / name if name else tmp_path
    with pytest.raises(MediaError, match=words) as exc:
        sha256_file(path)
    assert str(exc.value).startswith(str(path))
