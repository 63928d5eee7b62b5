"""python-docx building blocks: styles, tables, page furniture and a deterministic, atomic save.

Everything that reaches the document from report or transcript text goes through `add_text`,
which cleans it and writes plain runs: no fields, hyperlinks or external references are ever
built from it. The only fields in an export are the fixed PAGE/NUMPAGES of the footer.
"""

from __future__ import annotations

import io
import os
import secrets
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import cast

from docx import Document
from docx.blkcntnr import BlockItemContainer
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Inches, Pt, RGBColor
from docx.styles.style import BaseStyle, CharacterStyle, ParagraphStyle
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from app.export.text import clean_text, is_rtl, utc

AI_STYLE = "AI-written text"
AI_FILL = "DCE6F2"  # light blue-grey: readable in colour, still a visible grey when photocopied
MONO_STYLE = "Hash"
SMALL_STYLE = "Small print"
CELL_STYLE = "Table text"
NARRATIVE_STYLE = "Narrative"
INK = RGBColor(0x1F, 0x2A, 0x44)
GREY = RGBColor(0x59, 0x59, 0x59)
HEADER_FILL = "E7EBF0"
RULE = "A6A6A6"
TEXT_WIDTH = 6.7  # inches between the margins of a US Letter page
# Fixed ids, set directly on the XML: python-docx's lookup by name scans every style of the
# template on each call, which made a 2,000-paragraph export take many seconds.
STYLE_IDS = {NARRATIVE_STYLE: "Narrative", CELL_STYLE: "TableText", SMALL_STYLE: "SmallPrint",
             AI_STYLE: "AIWrittenText", MONO_STYLE: "Hash"}

_PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
)
_RPR_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr",
    "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
)
_TCPR_ORDER = ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
               "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark")
_TRPR_ORDER = ("cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit",
               "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden")
_KEEP_ROW_CHARS = 700
_TBLPR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
                "shd", "tblLayout", "tblCellMar", "tblLook")


def _put(parent: BaseOxmlElement, child: BaseOxmlElement, order: Sequence[str]) -> None:
    """Insert `child` in schema order (Word rejects out-of-order properties), replacing any
    element of the same tag."""
    tag = child.tag.split("}")[1]
    for old in parent.findall(qn(f"w:{tag}")):
        parent.remove(old)
    later = {qn(f"w:{t}") for t in order[order.index(tag) + 1:]}
    for i, sibling in enumerate(parent):
        if sibling.tag in later:
            parent.insert(i, child)
            return
    parent.append(child)


def _el(tag: str, **attrs: str) -> BaseOxmlElement:
    element = OxmlElement(f"w:{tag}")
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


def _shading(fill: str) -> BaseOxmlElement:
    return _el("shd", val="clear", color="auto", fill=fill)


def _set_font(style: BaseStyle, name: str | None = None, size: float | None = None,
              bold: bool | None = None, color: RGBColor | None = None) -> None:
    font = cast(CharacterStyle, style).font
    if name is not None:
        rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        # Theme attributes win over explicit names in Word; drop the Latin ones.
        for attr in ("w:asciiTheme", "w:hAnsiTheme"):
            rfonts.attrib.pop(qn(attr), None)
        font.name = name
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if color is not None:
        font.color.rgb = color


def _paragraph_style(doc: DocxDocument, name: str, size: float, before: float, after: float,
                     line: float = 1.0) -> ParagraphStyle:
    style: ParagraphStyle = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.style_id = STYLE_IDS[name]
    style.base_style = doc.styles["Normal"]
    _set_font(style, size=size)
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(before), Pt(after), line
    return style


def new_document() -> DocxDocument:
    """A Letter-size document with the export's styles defined once, by name."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.9)
    section.top_margin, section.bottom_margin = Inches(0.8), Inches(0.8)
    section.header_distance = section.footer_distance = Inches(0.35)

    normal = cast(ParagraphStyle, doc.styles["Normal"])
    _set_font(normal, "Arial", 10, color=RGBColor(0x1A, 0x1A, 0x1A))
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(4), 1.1
    for name, size, before in (("Heading 1", 12.5, 16), ("Heading 2", 10.5, 10)):
        heading = cast(ParagraphStyle, doc.styles[name])
        _set_font(heading, "Arial", size, bold=True, color=INK)
        hfmt = heading.paragraph_format
        hfmt.space_before, hfmt.space_after = Pt(before), Pt(5)
    _put(doc.styles["Heading 1"].element.get_or_add_pPr(),
         _border("bottom", RULE, 4, space=2), _PPR_ORDER)

    _paragraph_style(doc, NARRATIVE_STYLE, 11, 0, 9, 1.25)
    _paragraph_style(doc, CELL_STYLE, 9, 1, 1)
    small = _paragraph_style(doc, SMALL_STYLE, 8.5, 0, 3)
    _set_font(small, color=GREY)

    ai = doc.styles.add_style(AI_STYLE, WD_STYLE_TYPE.CHARACTER)
    ai.style_id = STYLE_IDS[AI_STYLE]
    _put(ai.element.get_or_add_rPr(), _shading(AI_FILL), _RPR_ORDER)
    mono = doc.styles.add_style(MONO_STYLE, WD_STYLE_TYPE.CHARACTER)
    mono.style_id = STYLE_IDS[MONO_STYLE]
    _set_font(mono, "Courier New", 8.5)
    return doc


def _border(side: str, color: str, size: int, space: int = 1) -> BaseOxmlElement:
    borders = _el("pBdr")
    borders.append(_el(side, val="single", sz=str(size), space=str(space), color=color))
    return borders


def add_text(paragraph: Paragraph, text: str, *, style: str | None = None,
             bold: bool = False, italic: bool = False, size: float | None = None,
             color: RGBColor | None = None) -> Run:
    """One plain run of cleaned text; newlines become line breaks, tabs become tabs."""
    run = paragraph.add_run(clean_text(text))
    if style is not None:
        run._r.style = STYLE_IDS[style]
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if size is not None:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color
    return run


def para(container: DocxDocument | _Cell | BlockItemContainer, style: str | None = None,
         text: str = "") -> Paragraph:
    """A new paragraph at the end of `container` in one of the export's own styles."""
    paragraph: Paragraph = container.add_paragraph()
    if style is not None:
        set_style(paragraph, style)
    if text:
        add_text(paragraph, text)
        set_direction(paragraph, text)
    return paragraph


def set_style(paragraph: Paragraph, style: str) -> None:
    paragraph._p.style = STYLE_IDS[style]


def set_direction(paragraph: Paragraph, text: str) -> None:
    """Right-to-left paragraph direction when the text starts in Arabic or Hebrew."""
    if is_rtl(text):
        _put(paragraph._p.get_or_add_pPr(), _el("bidi"), _PPR_ORDER)


def keep_with_next(paragraph: Paragraph) -> None:
    paragraph.paragraph_format.keep_with_next = True


def add_field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """A fixed field (PAGE, NUMPAGES); never built from report or transcript text."""
    for kind in ("begin", "instr", "separate", "text", "end"):
        run = paragraph.add_run()
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        elif kind == "text":
            run.text = placeholder
        else:
            run._r.append(_el("fldChar", fldCharType=kind))


def add_table(doc: DocxDocument | _Cell, widths: Sequence[float],
              header: Sequence[str] | None = None) -> Table:
    """A table with light rules, fixed column widths (inches) and a repeating header row."""
    table = doc.add_table(rows=0, cols=len(widths))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tblpr = table._tbl.tblPr
    borders = _el("tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_el(side, val="single", sz="4", space="0", color=RULE))
    _put(tblpr, borders, _TBLPR_ORDER)
    margins = _el("tblCellMar")
    for side, twips in (("top", "40"), ("left", "90"), ("bottom", "40"), ("right", "90")):
        margins.append(_el(side, w=twips, type="dxa"))
    _put(tblpr, margins, _TBLPR_ORDER)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Inches(width)
    if header is not None:
        cells = add_row(table, header, bold=True)
        for cell in cells:
            shade(cell, HEADER_FILL)
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        _put(tr_pr, _el("cantSplit"), _TRPR_ORDER)
        _put(tr_pr, _el("tblHeader"), _TRPR_ORDER)
    return table


def add_row(table: Table, values: Sequence[str], *, bold: bool = False,
            mono: Sequence[int] = (), extra_chars: int = 0) -> list[_Cell]:
    """A row of cleaned plain text; columns listed in `mono` use the hash style.

    A short row is kept on one page; a long one may break, since Word clips a row that is
    forbidden to break and taller than the page. `extra_chars` counts text added later.
    """
    cells = _new_row(table)
    if sum(len(v) for v in values) + extra_chars <= _KEEP_ROW_CHARS:
        _put(table.rows[-1]._tr.get_or_add_trPr(), _el("cantSplit"), _TRPR_ORDER)
    for i, (cell, value) in enumerate(zip(cells, values, strict=True)):
        cell.width = table.columns[i].width
        paragraph = cell.paragraphs[0]
        set_style(paragraph, CELL_STYLE)
        if value:
            add_text(paragraph, value, bold=bold, style=MONO_STYLE if i in mono else None)
            set_direction(paragraph, value)
    return cells


def _new_row(table: Table) -> list[_Cell]:
    add: Callable[[], _Row] = table.add_row  # python-docx leaves it unannotated
    return list(add().cells)


def shade(cell: _Cell, fill: str) -> None:
    _put(cell._tc.get_or_add_tcPr(), _shading(fill), _TCPR_ORDER)


def cell_paragraph(cell: _Cell, text: str = "", *, style: str = CELL_STYLE) -> Paragraph:
    """The fresh cell's own empty paragraph, else a new one at the end of the cell."""
    existing = cell.paragraphs
    fresh = len(existing) == 1 and not existing[0].runs
    paragraph: Paragraph = existing[0] if fresh else cell.add_paragraph()
    set_style(paragraph, style)
    if text:
        add_text(paragraph, text)
        set_direction(paragraph, text)
    return paragraph


def add_box(doc: DocxDocument, fill: str, border: str) -> _Cell:
    """A one-cell, shaded, outlined box spanning the text width (notices, attestation)."""
    table = add_table(doc, [TEXT_WIDTH])
    borders = _el("tblBorders")
    for side in ("top", "left", "bottom", "right"):
        borders.append(_el(side, val="single", sz="8", space="0", color=border))
    _put(table._tbl.tblPr, borders, _TBLPR_ORDER)
    cell = _new_row(table)[0]
    cell.width = Inches(TEXT_WIDTH)
    shade(cell, fill)
    return cell


def rule_below(paragraph: Paragraph, color: str = RULE) -> None:
    _put(paragraph._p.get_or_add_pPr(), _border("bottom", color, 4, space=4), _PPR_ORDER)


def set_properties(doc: DocxDocument, *, title: str, subject: str, author: str,
                   exported_by: str, exported_at: datetime, keywords: str) -> None:
    """Core properties fixed by the bundle, so two exports differ only by the export time."""
    props = doc.core_properties
    props.title = clean_text(title)[:255]
    props.subject = clean_text(subject)[:255]
    props.author = clean_text(author)[:255]
    props.last_modified_by = clean_text(exported_by)[:255]
    props.keywords = clean_text(keywords)[:255]
    props.comments = ""
    props.category = "Incident report"
    props.revision = 1
    stamp = utc(exported_at).replace(microsecond=0)
    props.created = stamp
    props.modified = stamp


def check_output(out: Path) -> Path:
    """Refuse an output path that cannot work before any of the document is built."""
    out = Path(out)
    if out.suffix.lower() != ".docx":
        raise ValueError(f"{out}: the output file name must end in .docx")
    if out.is_dir():
        raise ValueError(f"{out}: is a folder, not a file name")
    if not out.parent.is_dir():
        raise ValueError(f"{out}: the folder {out.parent} does not exist")
    return out


def save_atomic(doc: DocxDocument, out: Path, exported_at: datetime) -> None:
    """Write the document to `out` through a temporary file and os.replace, with ZIP entry
    times set to the export time, so nothing half-written is ever left at `out`."""
    out = check_output(out)
    buffer = io.BytesIO()
    doc.save(buffer)
    payload = _fixed_zip(buffer.getvalue(), exported_at)
    tmp = out.parent / f".{out.stem}.{secrets.token_hex(6)}.part"
    try:
        # os.open with 0o666 lets the user's umask decide the final permissions, as for any
        # file they save (tempfile.mkstemp would leave the export readable by its owner only).
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o666)
    except OSError as exc:
        raise ValueError(f"{out}: cannot write in {out.parent} ({exc.strerror})") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValueError(f"{out}: cannot write the file ({exc.strerror or exc})") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _fixed_zip(data: bytes, moment: datetime) -> bytes:
    """Re-pack the DOCX with every entry dated `moment` and platform-neutral attributes."""
    stamp = utc(moment)
    date_time = (max(stamp.year, 1980), stamp.month, stamp.day, stamp.hour, stamp.minute,
                 stamp.second)
    result = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0o600 << 16
            target.writestr(info, source.read(item.filename))
    return result.getvalue()
