"""probe(): what a file holds, and one clear line for every kind of bad input."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from media_factory import MakeMedia, unknown_codec_wav

from app.media import MediaError, probe
from app.media.probe import check_readable


def _cut(path: Path, fraction: float) -> Path:
    data = path.read_bytes()
    cut = path.with_name(f"cut-{path.name}")
    cut.write_bytes(data[: int(len(data) * fraction)])
    return cut


def _assert_one_line(exc: pytest.ExceptionInfo[MediaError], path: Path, *words: str) -> None:
    message = str(exc.value)
    assert "\n" not in message
    assert str(path) in message
    for word in words:
        assert word in message


def test_video_with_audio(make_media: MakeMedia) -> None:
    path = make_media("clip.mp4", seconds=3.0)
    info = probe(path)
    assert info.has_video
    assert info.has_audio
    assert info.video_codec == "h264"
    assert info.audio_codec == "aac"
    assert info.duration == pytest.approx(3.0, abs=0.2)
    assert info.size == path.stat().st_size
    assert info.path == str(path)
    assert info.sha256 == ""  # filled in by sha256_file, which can show progress


@pytest.mark.parametrize(("name", "codec"), [("a.wav", "pcm_s16le"), ("a.flac", "flac")])
def test_audio_only(make_media: MakeMedia, name: str, codec: str) -> None:
    info = probe(make_media(name, video=False, stereo=True))
    assert not info.has_video
    assert info.audio_codec == codec
    assert info.duration == pytest.approx(2.0, abs=0.1)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.mp4"
    with pytest.raises(MediaError) as exc:
        probe(path)
    _assert_one_line(exc, path, "not found")


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(MediaError) as exc:
        probe(tmp_path)
    _assert_one_line(exc, tmp_path, "folder")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.mp4"
    path.touch()
    with pytest.raises(MediaError) as exc:
        probe(path)
    _assert_one_line(exc, path, "empty")


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.mp4"
    # fixed bytes: now and then fresh random bytes happen to open as a stream of some
    # container, which gets the (also clear) "a video with no audio track" instead
    path.write_bytes(random.Random(1).randbytes(200_000))
    with pytest.raises(MediaError) as exc:
        probe(path)
    _assert_one_line(exc, path, "not a readable audio or video file")


def test_text_file_with_a_video_name(tmp_path: Path) -> None:
    path = tmp_path / "notes.mov"
    path.write_text("these are my notes, not a video\n" * 100)
    with pytest.raises(MediaError) as exc:
        probe(path)
    _assert_one_line(exc, path, "not a readable audio or video file")


def test_truncated_with_index_at_the_end(make_media: MakeMedia) -> None:
    cut = _cut(make_media("clip.mp4", seconds=4.0, faststart=False), 0.6)
    with pytest.raises(MediaError) as exc:
        probe(cut)
    _assert_one_line(exc, cut, "truncated")


@pytest.mark.parametrize("seconds", [4.0, 14.0])
def test_truncated_with_index_at_the_start(make_media: MakeMedia, seconds: float) -> None:
    # The header promises every second; the data stops part-way (a copy that was cut short).
    cut = _cut(make_media("clip.mp4", seconds=seconds, faststart=True), 0.6)
    with pytest.raises(MediaError) as exc:
        probe(cut)
    _assert_one_line(exc, cut, "truncated")


def test_truncated_matroska(make_media: MakeMedia) -> None:
    # Matroska gives no per-stream duration: the whole file's length is checked instead.
    cut = _cut(make_media("clip.mkv", seconds=14.0), 0.6)
    with pytest.raises(MediaError) as exc:
        probe(cut)
    _assert_one_line(exc, cut, "truncated")


def test_audio_ending_before_the_picture_is_not_damage(make_media: MakeMedia) -> None:
    for name in ("clip.mkv", "clip.mp4"):
        info = probe(make_media(name, seconds=14.0, audio_seconds=10.0))
        assert info.duration == pytest.approx(14.0, abs=0.2)


def test_truncated_flac(make_media: MakeMedia) -> None:
    cut = _cut(make_media("a.flac", seconds=6.0, video=False), 0.5)
    with pytest.raises(MediaError) as exc:
        probe(cut)
    _assert_one_line(exc, cut, "truncated")


def test_video_without_audio_track(make_media: MakeMedia) -> None:
    path = make_media("silent.mp4", audio=False)
    with pytest.raises(MediaError) as exc:
        probe(path)
    _assert_one_line(exc, path, "no audio track")


def test_unsupported_codec(tmp_path: Path) -> None:
    path = unknown_codec_wav(tmp_path / "odd.wav")
    with pytest.raises(MediaError) as exc:
        probe(path)
    _assert_one_line(exc, path, "unsupported audio codec")


def test_file_the_user_cannot_read(make_media: MakeMedia) -> None:
    """Tests run as root, who reads anything: check as the unprivileged user 'nobody'."""
    path = make_media("clip.mp4")
    path.chmod(0o000)
    if os.geteuid() != 0:
        with pytest.raises(MediaError) as exc:
            probe(path)
        _assert_one_line(exc, path, "permission denied")
        return
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: drop to nobody, report the message, never return into pytest
        message = b""
        try:
            os.setgid(65534)
            os.setuid(65534)
            check_readable(path)
            message = b"no error"
        except MediaError as err:
            message = str(err).encode()
        except BaseException as err:
            message = repr(err).encode()
        finally:
            os.write(write, message)
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        reported = pipe.read().decode()
    os.waitpid(pid, 0)
    assert reported.startswith(str(path))
    assert "permission denied" in reported
