"""The faces the command line needs: a JSON-lines batch and a readable text listing."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from app.domain import Analysis, Transcript
from app.verify.analyzer import analyze
from app.verify.checks import fmt_time
from app.verify.lexicon import Lexicon


def _transcript(value: Any) -> Transcript:
    if isinstance(value, str):
        return Transcript.from_text(value)
    if isinstance(value, dict):
        return Transcript.from_dict(value)
    raise ValueError("'transcript' must be Transcript JSON or a string")


def analyze_batch(lines: Iterable[str], *, lexicon: Lexicon | None = None,
                  second_look: bool = True) -> Iterator[str]:
    """One output line per non-blank input line, in order; a bad line gives an error line."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record_id: Any = None
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"line {number}: not JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise ValueError(f"line {number}: expected a JSON object")
            record_id = record.get("id")
            report = record.get("report")
            if not isinstance(report, str):
                raise ValueError(f"line {number}: 'report' must be a string")
            if "transcript" not in record:
                raise ValueError(f"line {number}: 'transcript' is missing")
            transcript = _transcript(record["transcript"])
            analysis = analyze(transcript, report, lexicon=lexicon, second_look=second_look)
            out: dict[str, Any] = {"id": record_id, "analysis": analysis.to_dict()}
        except ValueError as exc:
            message = str(exc)
            if not message.startswith("line "):
                message = f"line {number}: {message}"
            out = {"id": record_id, "error": message}
        except Exception as exc:
            out = {"id": record_id,
                   "error": f"line {number}: could not analyse ({type(exc).__name__}: {exc})"}
        yield json.dumps(out, ensure_ascii=False)


def render_text(analysis: Analysis, report: str) -> str:
    """A plain listing: the summary, each flag with its place in the report, then claims."""
    s = analysis.summary
    lines = [
        f"{s['claims']} claims: {s['supported']} supported, {s['weak']} weak, "
        f"{s['unsupported']} unsupported, {s['contradicted']} contradicted; {s['flags']} flags.",
        "",
    ]
    if analysis.flags:
        lines.append("FLAGS")
    for flag in analysis.flags:
        where = ""
        if flag.start is not None and flag.end is not None:
            where = f' "{_clip(report[flag.start:flag.end])}"'
        elif flag.time is not None or flag.segment is not None:
            where = f" (recording {fmt_time(flag.time)})"
        lines.append(f"[{flag.severity.value.upper()}] {flag.id} {flag.kind.value}{where}")
        lines.append(f"    {flag.message}")
        if flag.suggestion:
            lines.append(f"    suggestion: {flag.suggestion}")
    lines.append("")
    lines.append("CLAIMS")
    for claim in analysis.claims:
        ev = claim.evidence[0] if claim.evidence else None
        at = f" @ {fmt_time(ev.start)} (segment {ev.segment})" if ev else ""
        basis = f" [{claim.basis}]" if claim.basis and claim.basis != "transcript" else ""
        lines.append(f"{claim.id:>4} {claim.status.value:<12} {claim.support:4.2f}{at}{basis}")
        lines.append(f"     {_clip(claim.text, 100)}")
    return "\n".join(lines) + "\n"


def _clip(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
