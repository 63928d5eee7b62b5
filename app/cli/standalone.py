"""Commands that need no database: analyze, transcribe and draft (unless audited --as a user)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from app.cli.plumbing import UsageError, _fail, _login, _services, _settings

# ------------------------------------------------------------------------- no-database commands


def cmd_analyze(args: argparse.Namespace) -> int:
    from app.verify import analyze, analyze_batch, load_lexicon, render_text

    settings = _settings()
    extra = Path(settings.lexicon_extra_dir) if settings.lexicon_extra_dir else None
    if args.batch is not None:
        if args.transcript or args.report:
            raise UsageError("--batch cannot be combined with --transcript or --report")
        lexicon = load_lexicon(extra_dir=extra, disabled=settings.lexicon_disabled)
        try:
            with open(args.batch, encoding="utf-8") as src:
                out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout  # noqa: SIM115
                try:
                    for line in analyze_batch(src, lexicon=lexicon,
                                              second_look=settings.second_look):
                        out.write(line.rstrip("\n") + "\n")
                finally:
                    if out is not sys.stdout:
                        out.close()
        except FileNotFoundError as exc:
            raise UsageError(f"{exc.filename}: no such file") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{getattr(exc, 'filename', None) or args.batch}: {exc}") from exc
        return 0
    if not args.transcript or not args.report:
        raise UsageError("analyze needs --transcript T and --report R (or --batch IN.jsonl)")
    from app.export import read_report
    from app.media import read_transcript

    transcript = read_transcript(Path(args.transcript))
    report = read_report(Path(args.report))
    lexicon = load_lexicon(extra_dir=extra, disabled=settings.lexicon_disabled)
    analysis = analyze(transcript, report, lexicon=lexicon,
                       low_confidence=settings.low_confidence_threshold,
                       second_look=settings.second_look)
    if args.format == "text":
        print(render_text(analysis, report))
    else:
        print(json.dumps(analysis.to_dict(), indent=2, ensure_ascii=False))
    return 0


def cmd_transcribe(args: argparse.Namespace) -> int:
    import dataclasses
    import threading

    from app.media import (
        TranscriptionCancelled,
        TranscriptionError,
        TranscriptionOptions,
        progress_line,
        to_json,
        to_srt,
        to_vtt,
        transcribe,
        write_transcript,
    )

    options = TranscriptionOptions.from_settings(_settings())
    if args.model:
        options = dataclasses.replace(options, model=args.model)
    media = Path(args.media)
    if not media.is_file():
        raise UsageError(f"{media}: no such media file")
    cancel = threading.Event()
    last: list[Any] = [None, 0.0]  # stage, time of the last line

    def report(p: Any) -> None:
        # One line a second (and at each new stage) is enough for a terminal or a log.
        now = time.monotonic()
        if p.stage != last[0] or now - last[1] >= 1.0 or p.stage == "done":
            last[:] = [p.stage, now]
            print(progress_line(p), file=sys.stderr, flush=True)

    try:
        result = transcribe(media, options, cancel=cancel, progress=report)
    except KeyboardInterrupt:
        cancel.set()
        _fail(f"{media}: transcription cancelled")
        return 1
    except TranscriptionCancelled:
        _fail(f"{media}: transcription cancelled")
        return 1
    except ValueError:
        raise
    except TranscriptionError as exc:
        _fail(str(exc))
        return 1
    if args.out:
        write_transcript(result, Path(args.out), args.format)
    else:
        render = {"json": to_json, "vtt": to_vtt, "srt": to_srt}[args.format]
        sys.stdout.write(render(result).rstrip("\n") + "\n")
    return 0


def cmd_draft(args: argparse.Namespace) -> int:
    from app.media import read_transcript
    from app.services.drafting import draft_transcript, not_configured_message

    settings = _settings(llm=True)
    problem = not_configured_message(settings)
    if problem is not None:
        raise UsageError(problem)
    transcript = read_transcript(Path(args.transcript))
    if args.actor:
        # Audited as that user: the database records who asked for an AI draft.
        services = _services(args, llm=True)
        try:
            actor, _ = _login(services, args.actor)
            result = services.drafting.draft_text(actor, transcript)
        finally:
            services.close()
    else:
        result = draft_transcript(settings, transcript)
    if args.out:
        _write_atomic(Path(args.out), result.text.rstrip("\n") + "\n")
    else:
        sys.stdout.write(result.text.rstrip("\n") + "\n")
    for sentence in result.citation_problems:
        print(f"citation problem: {sentence.text!r} {sentence.problem}", file=sys.stderr)
    return 0


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UsageError(f"{path}: cannot write ({exc.strerror or exc})") from exc
