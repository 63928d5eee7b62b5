"""What a reviewer reads beside the report: the officer's account, the acknowledgements and
notes, what the audio could not capture, the decisions so far, and the AI-draft-vs-final diff.

The HTML builders are plain functions of domain values so they can run in a worker.
"""

from __future__ import annotations

import difflib
import html
import re

from app.domain import CaseDetail, ClaimStatus, FlagKind, Transcript
from app.ui.models.flags import RESOLUTION_LABEL, kind_label
from app.verify.authorship import ai_fraction

_WORDS = re.compile(r"\s+|\w+|[^\w\s]")
_AUDIO_GAP_KINDS = {FlagKind.VISUAL_OBSERVATION, FlagKind.PLACEHOLDER, FlagKind.LOW_ASR_CONFIDENCE}
_DECISION_LABEL = {"sign": "Signed", "approve": "Approved", "return": "Returned", "void": "Voided"}


def diff_html(first_draft: str, final: str) -> str:
    """Word-level difference: AI text the officer removed struck out, officer text underlined."""
    a, b = _WORDS.findall(first_draft), _WORDS.findall(final)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    out: list[str] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out.append(html.escape("".join(b[b1:b2])))
            continue
        if a2 > a1:
            out.append(
                '<span style="color:#b71c1c;text-decoration:line-through;">'
                + html.escape("".join(a[a1:a2]))
                + "</span>"
            )
        if b2 > b1:
            out.append(
                '<span style="color:#1b5e20;background:#e8f5e9;text-decoration:underline;">'
                + html.escape("".join(b[b1:b2]))
                + "</span>"
            )
    share = ai_fraction(first_draft, final)
    legend = (
        f"<p><b>{share:.0%}</b> of the final text is unchanged from the AI draft. "
        '<span style="color:#b71c1c;text-decoration:line-through;">Struck out</span>: '
        'removed from the draft. <span style="color:#1b5e20;text-decoration:underline;">'
        "Underlined</span>: written by the officer.</p>"
    )
    body = "".join(out).replace("\n", "<br>")
    return f"{legend}<hr><div style='line-height:140%'>{body}</div>"


def notes_html(case: CaseDetail, transcript: Transcript | None) -> str:
    analysis = case.report.analysis
    parts: list[str] = []
    decisions = [d for d in case.decisions]
    if decisions:
        parts.append("<h3>Decisions</h3><ul>")
        for d in decisions:
            # A signature's comment is the attestation text; only a return's comment is news.
            comment = f": “{html.escape(d.comment)}”" if d.comment and d.kind == "return" else ""
            parts.append(
                f"<li><b>{_DECISION_LABEL.get(d.kind, d.kind)}</b> by "
                f"{html.escape(d.by_name or d.by)} on {d.at:%Y-%m-%d %H:%M} "
                f"(version {d.version}){comment}</li>"
            )
        parts.append("</ul>")
    parts.append("<h3>Acknowledgements</h3>")
    if not analysis.flags:
        parts.append("<p>No flags were raised for this version.</p>")
    else:
        parts.append("<ul>")
        for flag in analysis.flags:
            ack = case.acknowledgements.get(flag.id)
            kind = kind_label(flag)
            if ack is None:
                state = "<span style='color:#b71c1c'><b>open</b></span>"
            else:
                note = f" — “{html.escape(ack.note)}”" if ack.note else ""
                resolution = RESOLUTION_LABEL.get(ack.resolution.value, ack.resolution.value)
                state = f"<b>{resolution}</b> by {html.escape(ack.by)}{note}"
            parts.append(f"<li>[{kind}] {html.escape(flag.message)}<br>{state}</li>")
        parts.append("</ul>")
    parts.append("<h3>What the audio could not capture</h3><ul>")
    gaps = 0
    if case.transcript_status != "complete" or (transcript is not None and not transcript.complete):
        parts.append(f"<li>The transcript is <b>{html.escape(case.transcript_status)}</b>.</li>")
        gaps += 1
    for claim in analysis.claims:
        if claim.basis in ("visual", "officer_account") or claim.status == ClaimStatus.UNSUPPORTED:
            why = {
                "visual": "a visual observation (audio cannot hold it)",
                "officer_account": "supported only by the officer's own account",
            }.get(claim.basis or "", "not found in the audio")
            parts.append(f"<li>“{html.escape(claim.text)}” — {why}</li>")
            gaps += 1
    for flag in analysis.flags:
        if flag.kind in _AUDIO_GAP_KINDS:
            parts.append(f"<li>{html.escape(flag.message)}</li>")
            gaps += 1
    if not gaps:
        parts.append("<li>Every claim is backed by the recording.</li>")
    parts.append("</ul>")
    return "".join(parts)


def return_banner(case: CaseDetail) -> str | None:
    """The latest return comment, which the officer sees on reopening a returned report."""
    if not case.decisions or case.decisions[-1].kind != "return":
        return None
    last = case.decisions[-1]
    return (
        f"Returned by {last.by_name or last.by} on {last.at:%Y-%m-%d %H:%M}: “{last.comment or ''}”"
    )
