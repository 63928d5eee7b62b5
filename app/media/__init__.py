"""Media intake and transcription: probe, hash, transcribe in a child process, transcript files.

No Qt and no database here; services, the CLI and the UI call exactly these names.
"""

from app.media.errors import (
    MediaError,
    ModelNotFoundError,
    TranscriptFormatError,
    TranscriptionCancelled,
    TranscriptionError,
    TranscriptionFailed,
)
from app.media.formats import (
    FORMATS,
    format_transcript,
    parse_transcript,
    read_transcript,
    to_json,
    to_srt,
    to_txt,
    to_vtt,
    write_transcript,
)
from app.media.hashing import HashCancelled, sha256_file
from app.media.options import (
    TranscriptionOptions,
    TranscriptionProgress,
    progress_line,
    resolve_model,
)
from app.media.probe import probe
from app.media.transcription import TranscriptionRun, transcribe

__all__ = [
    "FORMATS", "HashCancelled", "MediaError", "ModelNotFoundError", "TranscriptFormatError",
    "TranscriptionCancelled", "TranscriptionError", "TranscriptionFailed",
    "TranscriptionOptions", "TranscriptionProgress", "TranscriptionRun", "format_transcript",
    "parse_transcript",
    "probe", "progress_line", "read_transcript", "resolve_model", "sha256_file", "to_json",
    "to_srt", "to_txt", "to_vtt", "transcribe", "write_transcript",
]
