"""Blocks shared by the signed-report export and the first-AI-draft export."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Emu, Inches, Pt

from app.export.bundle import ExportBundle
from app.export.docx_kit import (
    GREY,
    INK,
    NARRATIVE_STYLE,
    SMALL_STYLE,
    TEXT_WIDTH,
    add_box,
    add_field,
    add_row,
    add_table,
    add_text,
    cell_paragraph,
    para,
    rule_below,
    set_direction,
    set_style,
)
from app.export.text import byte_size, clean_text, duration, label, paragraph_ranges, when
from app.settings import AI_DISCLOSURE

NOTICE_FILL = "FFF4D6"
NOTICE_BORDER = "C9A227"
_LOGO_HEIGHT = 0.65
_LOGO_MAX_WIDTH = 2.6


def programs_sentence(bundle: ExportBundle) -> str:
    programs = [clean_text(p).strip() for p in bundle.ai_programs if p.strip()]
    return "AI programs used: " + ("; ".join(programs) if programs else "not recorded") + "."


def page_furniture(doc: DocxDocument, bundle: ExportBundle, document_name: str) -> None:
    """Header and footer of every page: the AI disclosure with every program named, the
    document's identity, and page numbers."""
    section = doc.sections[0]
    section.different_first_page_header_footer = False
    header = section.header
    header.is_linked_to_previous = False
    first = header.paragraphs[0]
    set_style(first, SMALL_STYLE)
    add_text(first, f"{bundle.agency_name} · {document_name} · Case {bundle.case_label}")
    disclosure = para(header, SMALL_STYLE)
    add_text(disclosure, AI_DISCLOSURE + " ", bold=True, color=INK)
    add_text(disclosure, programs_sentence(bundle), color=INK)
    rule_below(disclosure)

    footer = section.footer
    footer.is_linked_to_previous = False
    line = footer.paragraphs[0]
    set_style(line, SMALL_STYLE)
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(line, f"Case {bundle.case_label} · exported {when(bundle.exported_at)} by "
                   f"{bundle.exported_by} · audit head #{bundle.audit_head[0]} · Page ")
    add_field(line, "PAGE", "1")
    add_text(line, " of ")
    add_field(line, "NUMPAGES", "1")


def title_block(doc: DocxDocument, bundle: ExportBundle, title: str, subtitle: str) -> None:
    """Logo (when configured), agency name, document title and a one-line status."""
    if bundle.agency_logo is not None:
        _add_logo(doc, Path(bundle.agency_logo))
    agency = para(doc)
    agency.alignment = WD_ALIGN_PARAGRAPH.CENTER
    agency.paragraph_format.space_after = Pt(2)
    add_text(agency, bundle.agency_name, bold=True, size=15, color=INK)
    heading = para(doc)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading.paragraph_format.space_after = Pt(2)
    add_text(heading, title.upper(), bold=True, size=12, color=GREY)
    sub = para(doc, SMALL_STYLE)
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.paragraph_format.space_after = Pt(10)
    add_text(sub, subtitle)


def _add_logo(doc: DocxDocument, path: Path) -> None:
    paragraph = para(doc)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    try:
        picture = paragraph.add_run().add_picture(str(path), height=Inches(_LOGO_HEIGHT))
    except FileNotFoundError as exc:
        raise ValueError(f"{path}: agency logo not found") from exc
    except Exception as exc:  # python-docx's image parsers fail in many ways on bad files
        raise ValueError(f"{path}: agency logo is not a readable PNG, JPEG, GIF or BMP "
                         "image") from exc
    if picture.width > Inches(_LOGO_MAX_WIDTH):
        ratio = Inches(_LOGO_MAX_WIDTH) / picture.width
        picture.width = Inches(_LOGO_MAX_WIDTH)
        picture.height = Emu(int(picture.height * ratio))


def disclosure_box(doc: DocxDocument, bundle: ExportBundle, notes: list[str]) -> None:
    """The statutory statement in the body too (Cal. Penal Code 13663 accepts either)."""
    cell = add_box(doc, NOTICE_FILL, NOTICE_BORDER)
    first = cell_paragraph(cell)
    add_text(first, AI_DISCLOSURE, bold=True, size=10.5)
    cell_paragraph(cell, programs_sentence(bundle))
    for note in notes:
        cell_paragraph(cell, note)
    para(doc, SMALL_STYLE)


def heading(doc: DocxDocument, text: str, level: int = 1) -> None:
    doc.add_heading(clean_text(text), level=level)


def facts_table(doc: DocxDocument, rows: list[tuple[str, str]], mono: set[str] | None = None
                ) -> None:
    """Two-column label/value table; labels in `mono` show their value in the hash style."""
    table = add_table(doc, [1.9, TEXT_WIDTH - 1.9])
    for name, value in rows:
        cells = add_row(table, [name, value], mono=(1,) if mono and name in mono else ())
        cells[0].paragraphs[0].runs[0].bold = True


def case_block(doc: DocxDocument, bundle: ExportBundle) -> None:
    case, meta = bundle.case, bundle.case.meta
    officer = meta.officer_name or case.officer_name
    badge = meta.officer_badge or case.officer_badge
    incident = " ".join(v for v in (meta.incident_date, meta.incident_time) if v)
    heading(doc, "Case")
    facts_table(doc, [
        ("Case number", meta.case_number or "not recorded"),
        ("Record number", str(case.id)),
        ("Incident date and time", incident or "not recorded"),
        ("Location", meta.location or "not recorded"),
        ("Reporting officer", f"{officer}, badge #{badge}" if badge else officer),
        ("Officer account", case.officer),
        ("Report state", label(case.state.value)),
        ("Case opened", when(case.created_at)),
    ])


def evidence_block(doc: DocxDocument, bundle: ExportBundle) -> None:
    heading(doc, "Evidence")
    media = bundle.case.media
    if media is None:
        para(doc, text="No recording is attached to this case.")
        return
    fmt = ", ".join(v for v in (media.container, media.video_codec, media.audio_codec) if v)
    facts_table(doc, [
        ("Media file", Path(media.path).name or media.path),
        ("SHA-256", media.sha256),
        ("Duration", duration(media.duration)),
        ("Size", byte_size(media.size)),
        ("Format", fmt or "not recorded"),
        ("Transcript", label(bundle.case.transcript_status)),
    ], mono={"SHA-256"})
    note = para(doc, SMALL_STYLE)
    note.paragraph_format.space_before = Pt(3)
    add_text(note, "The SHA-256 fingerprint identifies the exact recording the report was checked "
                   "against: any copy whose fingerprint differs is not the same file.")


def prose(doc: DocxDocument, text: str, style: str = NARRATIVE_STYLE) -> int:
    """Paragraphs of plain text (blank-line separated); returns how many were written."""
    text = clean_text(text)
    ranges = paragraph_ranges(text)
    for start, end in ranges:
        chunk = text[start:end]
        paragraph = para(doc, style)
        add_text(paragraph, chunk)
        set_direction(paragraph, chunk)
    return len(ranges)


def officer_account_block(doc: DocxDocument, text: str | None) -> None:
    if text is None:
        return
    heading(doc, "Officer's own account")
    intro = para(doc, SMALL_STYLE)
    add_text(intro, "The account below was entered by the officer and is reproduced as stored.")
    prose(doc, text)


def export_record_block(doc: DocxDocument, bundle: ExportBundle,
                        extra: list[tuple[str, str]]) -> None:
    """Who exported what, when, and the audit chain head that pins the trail at that moment."""
    heading(doc, "Export record and audit chain")
    sequence, head_hash = bundle.audit_head
    rows = [
        ("Exported at", when(bundle.exported_at)),
        ("Exported by", bundle.exported_by),
        ("Audit chain head", f"sequence {sequence}"),
        ("Audit head hash", head_hash),
    ]
    rows += extra
    facts_table(doc, rows, mono={name for name, _ in rows if "SHA-256" in name or "hash" in name})
    note = para(doc, SMALL_STYLE)
    note.paragraph_format.space_before = Pt(3)
    add_text(note, "Every action on this case is in the agency's hash-chained audit trail. "
                   "The command \u201ccountersign audit verify\u201d proves the trail intact; "
                   "the head above shows how far it reached when this document was made, so a "
                   "later truncation is detectable.")

