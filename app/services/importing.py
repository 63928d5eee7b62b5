"""The long part of a case import, done before the write transaction opens.

Probe and hash the media, read or transcribe the transcript, read the draft, verify it. Nothing
here touches the database, so a slow transcription never holds a database lock.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain import Analysis, CaseMeta, MediaInfo, Transcript
from app.services.attention import Planted, plant
from app.services.context import Context
from app.services.engines import TranscriptionStopped
from app.services.errors import BadInput, Cancelled
from app.store.repositories import text_sha256

Progress = Callable[[str, float], None]


@dataclass(frozen=True, slots=True)
class Prepared:
    media: MediaInfo
    transcript: Transcript
    transcript_source: str  # imported | asr
    draft: str | None
    draft_path: str | None
    planted: Planted | None
    analysis: Analysis
    # "failed" when the transcription crashed or was killed part-way: the case is still
    # created (the media is fine), with the partial transcript and an unverified draft.
    transcript_status: str = "complete"
    transcription_problem: str | None = None


def _report(progress: Progress | None, stage: str, fraction: float) -> None:
    if progress is not None:
        progress(stage, max(0.0, min(1.0, fraction)))


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("The import was cancelled; nothing was recorded.")


def prepare(ctx: Context, *, media: Path, transcript: Path | None, draft: Path | None,
            meta: CaseMeta, officer_account: str | None, progress: Progress | None,
            cancel: threading.Event | None) -> Prepared:
    engines = ctx.engines
    media = Path(media).expanduser()
    if not media.is_file():
        raise BadInput(f"{media}: no such media file.")
    _report(progress, "checking the recording", 0.0)
    info = _value(lambda: engines.probe(media))
    _check_cancel(cancel)

    def hashed(done: int, total: int) -> None:
        _report(progress, "hashing the recording", done / total if total else 1.0)

    try:
        sha = engines.sha256_file(media, progress=hashed, cancel=cancel)
    except ValueError as exc:
        raise BadInput(str(exc)) from exc
    _check_cancel(cancel)
    info = dataclasses.replace(info, path=str(media.resolve()), sha256=sha)
    problem: str | None = None
    if transcript is not None:
        _report(progress, "reading the transcript", 0.0)
        text = _value(lambda: engines.read_transcript(Path(transcript)))
        if text.media_sha256 and text.media_sha256 != sha:
            raise BadInput(f"{transcript}: the transcript was made from a different recording "
                           f"(its media_sha256 does not match {media.name}).")
        if not text.complete:
            raise BadInput(f"{transcript}: the transcript is marked incomplete.")
        source = "imported"
    else:
        text, problem = _transcribe(ctx, media, progress, cancel)
        source = "asr"
    text = dataclasses.replace(text, media_sha256=sha,
                               duration=text.duration if text.duration is not None
                               else info.duration)
    _check_cancel(cancel)
    body = None
    planted = None
    if draft is not None:
        _report(progress, "reading the draft", 0.0)
        body = _value(lambda: engines.read_report(Path(draft)))
        if ctx.settings.attention_check:
            planted = plant(body)
            body = planted.text
    _report(progress, "verifying the draft", 0.0)
    analysis = Analysis()
    if body is not None and problem is None:  # nothing is verified against a partial transcript
        analysis = engines.analyze(
            text, body, settings=ctx.settings, meta=meta, officer_account=officer_account,
            attention_sentences=(planted.sentence,) if planted else (),
        )
    _report(progress, "verifying the draft", 1.0)
    return Prepared(info, text, source, body, None if draft is None else str(draft), planted,
                    analysis, "complete" if problem is None else "failed", problem)


def _value(read: Callable[[], Any]) -> Any:
    try:
        return read()
    except ValueError as exc:
        raise BadInput(str(exc)) from exc
    except OSError as exc:
        name = getattr(exc, "filename", None) or "file"
        raise BadInput(f"{name}: {exc.strerror or exc}") from exc


def _transcribe(ctx: Context, media: Path, progress: Progress | None,
                cancel: threading.Event | None) -> tuple[Transcript, str | None]:
    """The transcript and None, or (on a crash, kill or error part-way) what was done and why
    it stopped. A cancel is the user's: it stops the import, nothing is recorded."""
    def step(p: Any) -> None:
        stage = getattr(p, "stage", "transcribing")
        fraction = float(getattr(p, "fraction", 0.0))
        _report(progress, "loading the speech model" if stage == "loading" else "transcribing",
                fraction)

    try:
        result = transcribe_stored(ctx, media, step, cancel)
    except Cancelled as exc:
        raise Cancelled("The import was cancelled; nothing was recorded.") from exc
    except TranscriptionStopped as exc:
        return _incomplete(exc.partial), exc.message
    return result, None


def transcribe_stored(ctx: Context, media: Path, step: Callable[[Any], None] | None,
                      cancel: threading.Event | None) -> Transcript:
    """A complete transcript, or TranscriptionStopped / Cancelled (with `.partial` when the
    engine gives one) / BadInput (the media or the model is the user's to fix)."""
    try:
        result = ctx.engines.transcribe(media, ctx.settings, progress=step, cancel=cancel)
    except ValueError as exc:  # a missing model or unreadable media: the user's to fix
        raise BadInput(str(exc)) from exc
    if not isinstance(result, Transcript) or not result.complete:
        raise TranscriptionStopped(f"{media}: the transcription did not finish.",
                                   result if isinstance(result, Transcript) else None)
    return result


def _incomplete(partial: Transcript | None) -> Transcript:
    # Never marked complete, whatever the engine said.
    return dataclasses.replace(partial or Transcript(segments=()), complete=False)


def provenance(prepared: Prepared) -> dict[str, Any]:
    out: dict[str, Any] = {"source": "imported draft file"}
    if prepared.draft_path is not None:
        out["file"] = prepared.draft_path
    if prepared.planted is not None:
        planted = prepared.planted
        original = prepared.draft or ""
        original = original[:planted.offset] + original[planted.offset + len(planted.inserted):]
        out["attention_check"] = {"sentence": planted.sentence, "offset": planted.offset,
                                  "inserted": planted.inserted}
        out["received_sha256"] = text_sha256(original)
    elif prepared.draft is not None:
        out["received_sha256"] = text_sha256(prepared.draft)
    return out
