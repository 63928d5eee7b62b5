"""Fixtures of the media unit tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from media_factory import MakeMedia, write_media


@pytest.fixture
def make_media(tmp_path: Path) -> MakeMedia:
    def make(name: str = "clip.mp4", **kwargs: object) -> Path:
        return write_media(tmp_path / name, **kwargs)  # type: ignore[arg-type]

    return make
