"""Errors of media intake and transcription.

User mistakes (a bad file, a missing model) subclass ValueError so that the CLI turns them into
exit 2 with their one-line message; a failed or cancelled transcription carries what was
transcribed before it stopped, always marked incomplete.
"""

from __future__ import annotations

from app.domain import Transcript


class MediaError(ValueError):
    """A media file that cannot be used; the message names the file and the problem."""


class TranscriptFormatError(ValueError):
    """A transcript file that cannot be read; the message names the file, line and reason."""

    def __init__(self, name: str, line: int | None, reason: str) -> None:
        where = f"{name}, line {line}" if line is not None else name
        super().__init__(f"{where}: {reason}")
        self.name = name
        self.line = line
        self.reason = reason


class TranscriptionError(Exception):
    """Transcription stopped before the end; `partial` holds what was done (complete=False)."""

    def __init__(self, message: str, partial: Transcript | None = None) -> None:
        super().__init__(message)
        self.partial = partial


class TranscriptionCancelled(TranscriptionError):
    """The user cancelled the transcription."""


class TranscriptionFailed(TranscriptionError):
    """The transcription process crashed, was killed or reported an error."""


class ModelNotFoundError(TranscriptionFailed, ValueError):
    """The configured speech model is not on this machine (it is never downloaded)."""


def unreadable(path: object, exc: OSError) -> MediaError:
    """One line naming the file and why it cannot be read."""
    if isinstance(exc, FileNotFoundError):
        return MediaError(f"{path}: file not found")
    if isinstance(exc, IsADirectoryError):
        return MediaError(f"{path}: is a folder, not a media file")
    if isinstance(exc, PermissionError):
        return MediaError(f"{path}: permission denied (cannot read the file)")
    return MediaError(f"{path}: cannot read the file ({exc.strerror or exc})")
