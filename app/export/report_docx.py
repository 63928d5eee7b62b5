"""The signed and approved report as a DOCX that a court, a prosecutor or the public can read."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocxDocument
from docx.shared import Pt

from app.domain import Acknowledgement, Claim, Decision, Flag, ReportOrigin, Resolution
from app.export.bundle import ExportBundle
from app.export.docx_kit import (
    AI_STYLE,
    GREY,
    MONO_STYLE,
    NARRATIVE_STYLE,
    SMALL_STYLE,
    TEXT_WIDTH,
    add_box,
    add_row,
    add_table,
    add_text,
    cell_paragraph,
    check_output,
    new_document,
    para,
    save_atomic,
    set_direction,
    set_properties,
)
from app.export.sections import (
    case_block,
    disclosure_box,
    evidence_block,
    export_record_block,
    facts_table,
    heading,
    officer_account_block,
    page_furniture,
    title_block,
)
from app.export.text import clean_text, label, paragraph_ranges, time_range, when
from app.verify.authorship import ai_spans

_BASIS = {
    "officer_account": "Officer's own account",
    "visual": "Visual observation (not in the audio)",
    "header": "Checked against the case details",
}
_RESOLUTION = {
    Resolution.EDITED: "Edited",
    Resolution.CONFIRMED: "Confirmed as written",
    Resolution.NOT_APPLICABLE: "Not applicable",
    Resolution.RESOLVED_BY_EDIT: "Resolved by an edit (recorded by the system)",
}
_ATTEST_FILL, _ATTEST_BORDER = "F2F2F2", "7F7F7F"


def write_report_docx(bundle: ExportBundle, out: Path) -> None:
    """Write the approved report of `bundle.case` to `out` (.docx), atomically.

    Raises ValueError naming the file when `out` cannot be written or the logo is unreadable.
    """
    check_output(out)
    case = bundle.case
    doc = new_document()
    page_furniture(doc, bundle, "Incident report")
    title_block(doc, bundle, "Incident report",
                f"Case {bundle.case_label} · report version {case.report.number} · "
                f"{label(case.state.value)}")
    disclosure_box(doc, bundle, [
        "Shaded text in the narrative was written by AI and left unchanged by the officer; "
        "unshaded text was written or changed by the officer.",
        f"The first AI draft (version {case.first_draft.number}) is retained for as long as "
        "this report. The AI draft is not the officer's statement; this signed report is.",
    ])
    case_block(doc, bundle)
    _narrative(doc, bundle)
    officer_account_block(doc, bundle.account_text)
    _attestation(doc, bundle)
    _approval(doc, bundle)
    evidence_block(doc, bundle)
    _citations(doc, case.report.analysis.claims)
    _flag_appendix(doc, bundle)
    _version_history(doc, bundle)
    export_record_block(doc, bundle, [("Final report text SHA-256", case.report.sha256)])
    officer = case.meta.officer_name or case.officer_name
    set_properties(doc, title=f"Incident report, case {bundle.case_label}",
                   subject="AI-assisted incident report", author=officer,
                   exported_by=bundle.exported_by, exported_at=bundle.exported_at,
                   keywords="AI-assisted; Countersign")
    save_atomic(doc, out, bundle.exported_at)


def _narrative(doc: DocxDocument, bundle: ExportBundle) -> None:
    heading(doc, "Narrative")
    final = clean_text(bundle.case.report.text)
    draft = clean_text(bundle.case.first_draft.text)
    spans = ai_spans(draft, final)
    ai_chars = sum(1 for s, e in spans for ch in final[s:e] if not ch.isspace())
    all_chars = sum(1 for ch in final if not ch.isspace()) or 1
    legend = para(doc, SMALL_STYLE)
    legend.paragraph_format.space_after = Pt(8)
    add_text(legend, "Legend: ")
    add_text(legend, " shaded text ", style=AI_STYLE, color=None)
    add_text(legend, " was written by AI and is unchanged from the first AI draft; "
                     "unshaded text was written or changed by the officer. "
                     f"{100 * ai_chars / all_chars:.0f}% of the narrative's characters are "
                     "AI-written.")
    for start, end in paragraph_ranges(final):
        paragraph = para(doc, NARRATIVE_STYLE)
        set_direction(paragraph, final[start:end])
        for piece_start, piece_end, by_ai in _pieces(start, end, spans):
            add_text(paragraph, final[piece_start:piece_end],
                     style=AI_STYLE if by_ai else None)


def _pieces(start: int, end: int, spans: list[tuple[int, int]]
            ) -> list[tuple[int, int, bool]]:
    """Split [start, end) into alternating officer/AI pieces by the AI spans."""
    pieces: list[tuple[int, int, bool]] = []
    pos = start
    for span_start, span_end in spans:
        if span_end <= pos or span_start >= end:
            continue
        lo, hi = max(span_start, pos), min(span_end, end)
        if lo > pos:
            pieces.append((pos, lo, False))
        pieces.append((lo, hi, True))
        pos = hi
    if pos < end:
        pieces.append((pos, end, False))
    return pieces


def _latest(decisions: tuple[Decision, ...], kind: str) -> Decision | None:
    chosen = [d for d in decisions if d.kind == kind]
    return max(chosen, key=lambda d: (d.at, d.version)) if chosen else None


def _person(decision: Decision) -> str:
    name = decision.by_name or decision.by
    return f"{name}, badge #{decision.by_badge}" if decision.by_badge else name


def _version_hash(bundle: ExportBundle, number: int) -> str | None:
    case = bundle.case
    for version in (*case.versions, case.report, case.first_draft):
        if version.number == number:
            return version.sha256
    return None


def _attestation(doc: DocxDocument, bundle: ExportBundle) -> None:
    heading(doc, "Officer's attestation and electronic signature")
    cell = add_box(doc, _ATTEST_FILL, _ATTEST_BORDER)
    for start, end in paragraph_ranges(clean_text(bundle.attestation_text)) or [(0, 0)]:
        paragraph = cell_paragraph(cell)
        paragraph.paragraph_format.space_after = Pt(4)
        add_text(paragraph, clean_text(bundle.attestation_text)[start:end], italic=True,
                 size=10)
    para(doc, SMALL_STYLE)
    signed = _latest(bundle.case.decisions, "sign")
    if signed is None:
        facts_table(doc, [("Electronic signature", "Not signed")])
        return
    facts_table(doc, [
        ("Electronic signature", f"/s/ {signed.by_name or signed.by}"),
        ("Signed by", _person(signed)),
        ("Officer account", signed.by),
        ("Signed at", when(signed.at)),
        ("Version signed", str(signed.version)),
        ("Signed text SHA-256", _version_hash(bundle, signed.version) or "not recorded"),
    ], mono={"Signed text SHA-256"})


def _approval(doc: DocxDocument, bundle: ExportBundle) -> None:
    heading(doc, "Supervisor approval")
    approved = _latest(bundle.case.decisions, "approve")
    if approved is None:
        facts_table(doc, [("Approval", "Not approved")])
        return
    facts_table(doc, [
        ("Approved by", _person(approved)),
        ("Supervisor account", approved.by),
        ("Approved at", when(approved.at)),
        ("Version approved", str(approved.version)),
    ])


def _support(claim: Claim) -> str:
    text = f"{label(claim.status.value)} ({claim.support:.2f})"
    if claim.basis in _BASIS:
        text += f"\n{_BASIS[claim.basis]}"
    if claim.asr_confidence is not None and claim.asr_confidence < 0.6:
        text += f"\nLow transcription confidence ({claim.asr_confidence:.2f})"
    return text


def _citations(doc: DocxDocument, claims: tuple[Claim, ...]) -> None:
    heading(doc, "Citations: each statement and the recording behind it")
    note = para(doc, SMALL_STYLE)
    add_text(note, "Times are minutes:seconds from the start of the recording. The quoted words "
                   "are the machine transcript of the recording at that time; the recording "
                   "itself is the evidence.")
    if not claims:
        para(doc, text="The verifier found no checkable statements in this report.")
        return
    table = add_table(doc, [0.6, 2.35, 1.1, TEXT_WIDTH - 4.05],
                      ["Claim", "Statement in the report", "Support", "Recording: time and words"])
    for claim in claims:
        quoted = sum(len(e.text) + 16 for e in claim.evidence)
        cells = add_row(table, [claim.id, claim.text, _support(claim), ""], extra_chars=quoted)
        target = cells[3]
        if not claim.evidence:
            add_text(cell_paragraph(target), "No passage of the recording supports this "
                     "statement.", italic=True, color=GREY)
        for evidence in claim.evidence:
            paragraph = cell_paragraph(target)
            add_text(paragraph, time_range(evidence.start, evidence.end) + "  ",
                     style=MONO_STYLE, bold=True)
            add_text(paragraph, f"\u201c{evidence.text.strip()}\u201d")
            set_direction(paragraph, evidence.text)


def _all_flags(bundle: ExportBundle) -> list[tuple[Flag, bool]]:
    """Every flag ever raised: the final report's first, then those edits removed."""
    case = bundle.case
    seen: dict[str, tuple[Flag, bool]] = {f.id: (f, True) for f in case.report.analysis.flags}
    for version in sorted(case.versions, key=lambda v: v.number, reverse=True):
        for flag in version.analysis.flags:
            seen.setdefault(flag.id, (flag, False))
    return list(seen.values())


def _finding(flag: Flag, present: bool) -> str:
    lines = [flag.message]
    if flag.term:
        lines.append(f"Term: \u201c{flag.term}\u201d" + (f" ({flag.category})" if flag.category
                                                         else ""))
    if flag.suggestion:
        lines.append(f"Suggested: {flag.suggestion}")
    if not present:
        lines.append("No longer present in the final report.")
    return "\n".join(lines)


def _flag_appendix(doc: DocxDocument, bundle: ExportBundle) -> None:
    heading(doc, "Appendix: every flag and how it was resolved")
    note = para(doc, SMALL_STYLE)
    add_text(note, "Each warning the verifier raised on any version of this report, with the "
                   "officer's answer. The officer could not sign while any flag was unanswered.")
    acks = bundle.case.acknowledgements
    flags = _all_flags(bundle)
    orphans = sorted(set(acks) - {flag.id for flag, _ in flags})
    if not flags and not orphans:
        para(doc, text="The verifier raised no flags on this report.")
        return
    table = add_table(doc, [1.3, 2.05, 1.0, 1.2, TEXT_WIDTH - 5.55],
                      ["Flag", "Finding", "Resolution", "Officer's note", "By and when"])
    for flag, present in flags:
        ident = f"{flag.id}\n{label(flag.kind.value)}\n{label(flag.severity.value)} severity"
        add_row(table, [ident, _finding(flag, present), *_answer(acks.get(flag.id))])
    for flag_id in orphans:
        add_row(table, [flag_id, "Flag details not stored with the report versions.",
                        *_answer(acks[flag_id])])


def _answer(ack: Acknowledgement | None) -> list[str]:
    if ack is None:
        return ["Not acknowledged", "", ""]
    return [_RESOLUTION.get(ack.resolution, label(ack.resolution.value)), ack.note or "",
            f"{ack.by}\n{when(ack.at)}\n(version {ack.version})"]


def _version_history(doc: DocxDocument, bundle: ExportBundle) -> None:
    case = bundle.case
    versions = {v.number: v for v in (case.first_draft, *case.versions, case.report)}
    ordered = [versions[n] for n in sorted(versions)]
    edits = sum(1 for v in ordered if v.origin is ReportOrigin.OFFICER_EDIT)
    heading(doc, "Version history")
    summary = para(doc)
    add_text(summary, f"The first AI draft (version {case.first_draft.number}, "
                      f"{when(case.first_draft.created_at)}) is retained unaltered with this "
                      f"record. The officer made {edits} edit{'s' if edits != 1 else ''}; this "
                      f"export shows version {case.report.number}.")
    table = add_table(doc, [0.65, 1.05, 1.0, 1.6, TEXT_WIDTH - 4.3],
                      ["Version", "Origin", "Author", "Created", "Text SHA-256"])
    for version in ordered:
        add_row(table, [str(version.number), label(version.origin.value), version.author,
                        when(version.created_at), version.sha256], mono=(4,))
    if case.decisions:
        heading(doc, "Signatures and decisions", level=2)
        decisions = add_table(doc, [0.8, 2.2, 1.6, 0.65, TEXT_WIDTH - 5.25],
                              ["Decision", "By", "At", "Version", "Comment"])
        for decision in sorted(case.decisions, key=lambda d: (d.at, d.version, d.kind)):
            add_row(decisions, [label(decision.kind), f"{_person(decision)} ({decision.by})",
                                when(decision.at), str(decision.version),
                                decision.comment or ""])
