"""The engines the services drive (media, verifier, export), imported only when first used.

Importing them lazily keeps the command line fast (no faster-whisper or python-docx at start)
and lets tests hand the services a replacement for one engine.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.domain import Analysis, CaseMeta, MediaInfo, Transcript
from app.services.errors import Cancelled, ServiceError
from app.settings import Settings

HashProgress = Callable[[int, int], None]


class TranscriptionStopped(ServiceError):
    """The transcription crashed, was killed or failed part-way; `partial` holds what was done."""

    def __init__(self, message: str, partial: Transcript | None = None) -> None:
        super().__init__(message)
        self.partial = partial


class TranscriptionCancelledError(Cancelled):
    """The user stopped the transcription; `partial` holds what was done (never complete)."""

    def __init__(self, message: str, partial: Transcript | None = None) -> None:
        super().__init__(message)
        self.partial = partial


class Engines:
    """Thin adapters over app.media, app.verify and app.export."""

    def __init__(self) -> None:
        self._lexicon: Any = None
        self._lexicon_key: tuple[object, ...] | None = None
        self._lock = threading.Lock()

    # -- media
    def probe(self, path: Path) -> MediaInfo:
        from app.media import probe

        return probe(path)

    def sha256_file(self, path: Path, progress: HashProgress | None = None,
                    cancel: threading.Event | None = None) -> str:
        from app.media import sha256_file
        from app.media.hashing import HashCancelled

        try:
            return str(sha256_file(path, progress=progress, cancel=cancel))
        except HashCancelled as exc:
            raise Cancelled("Hashing the recording was cancelled; nothing was recorded.") from exc

    def read_transcript(self, path: Path) -> Transcript:
        from app.media import read_transcript

        return read_transcript(path)

    def transcribe(self, path: Path, settings: Settings,
                   progress: Callable[[Any], None] | None = None,
                   cancel: threading.Event | None = None) -> Transcript:
        from app.media import TranscriptionOptions, transcribe
        from app.media.errors import TranscriptionCancelled, TranscriptionError

        options = TranscriptionOptions.from_settings(settings)
        try:
            return transcribe(path, options, progress=progress, cancel=cancel)
        except TranscriptionCancelled as exc:
            raise TranscriptionCancelledError("The transcription was cancelled.",
                                              exc.partial) from exc
        except ValueError:
            raise  # a missing model or unreadable media: the caller reports it as bad input
        except TranscriptionError as exc:
            raise TranscriptionStopped(str(exc), exc.partial) from exc

    def model_label(self, settings: Settings) -> str:
        from app.media import TranscriptionOptions

        return str(TranscriptionOptions.from_settings(settings).model_label)

    # -- verifier
    def lexicon(self, settings: Settings) -> Any:
        from app.verify import load_lexicon

        key = (settings.lexicon_extra_dir, tuple(settings.lexicon_disabled))
        with self._lock:
            if self._lexicon is None or self._lexicon_key != key:
                extra = Path(settings.lexicon_extra_dir) if settings.lexicon_extra_dir else None
                self._lexicon = load_lexicon(extra_dir=extra,
                                             disabled=tuple(settings.lexicon_disabled))
                self._lexicon_key = key
            return self._lexicon

    def analyze(self, transcript: Transcript, report: str, *, settings: Settings,
                meta: CaseMeta | None = None, officer_account: str | None = None,
                attention_sentences: Sequence[str] = ()) -> Analysis:
        from app.verify import analyze

        return analyze(transcript, report, meta=meta, officer_account=officer_account,
                       lexicon=self.lexicon(settings), attention_sentences=attention_sentences,
                       low_confidence=settings.low_confidence_threshold,
                       second_look=settings.second_look)

    # -- reports and export
    def read_report(self, path: Path) -> str:
        from app.export import read_report

        return str(read_report(path))

    def write_report_docx(self, bundle: Any, out: Path) -> None:
        from app.export import write_report_docx

        write_report_docx(bundle, out)

    def write_first_draft_docx(self, bundle: Any, out: Path) -> None:
        from app.export import write_first_draft_docx

        write_first_draft_docx(bundle, out)

    def export_bundle(self, **fields: Any) -> Any:
        from app.export import ExportBundle

        return ExportBundle(**fields)

    def pdf_available(self) -> tuple[bool, str]:
        from app.export import pdf_available

        result = pdf_available()
        if isinstance(result, tuple):
            return bool(result[0]), str(result[1])
        return bool(result), "" if result else "no PDF converter (LibreOffice) is installed"

    def write_report_pdf(self, bundle: Any, out: Path) -> None:
        """The report DOCX converted by LibreOffice; `out` appears only when complete."""
        import os
        import tempfile

        from app.export import PdfConversionError, convert_to_pdf, write_report_docx

        with tempfile.TemporaryDirectory(prefix="countersign-pdf-") as folder:
            docx = Path(folder) / (out.stem + ".docx")
            write_report_docx(bundle, docx)
            try:
                pdf = convert_to_pdf(docx, Path(folder))
            except PdfConversionError as exc:
                raise ValueError(str(exc)) from exc
            staged = out.with_name(f".{out.name}.part")
            staged.write_bytes(pdf.read_bytes())
            os.replace(staged, out)
