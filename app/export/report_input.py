"""Reading an AI draft or report from a file: UTF-8 .txt/.md or .docx (CONTRACTS.md)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.table import Table

MAX_BYTES = 20 * 1024 * 1024
# A .docx is a ZIP; refuse archives that would inflate to far more than any report needs.
_MAX_UNPACKED = 200 * 1024 * 1024
_BINARY_FORMATS = {".doc", ".docm", ".dotx", ".odt", ".rtf", ".pdf", ".pages", ".wpd"}
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def read_report(path: Path) -> str:
    """The report's text, paragraphs separated by one blank line; `[INSERT ...]` kept as is.

    Raises ValueError("<path>: <problem>") for a missing, oversized, empty, non-UTF-8 or
    unreadable file.
    """
    path = Path(path)
    if not path.exists():
        raise ValueError(f"{path}: file not found")
    if not path.is_file():
        raise ValueError(f"{path}: not a file")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValueError(f"{path}: cannot read ({exc.strerror})") from exc
    if size > MAX_BYTES:
        raise ValueError(f"{path}: file is {size / 1024 / 1024:.1f} MB; the limit is 20 MB")
    suffix = path.suffix.lower()
    if suffix in _BINARY_FORMATS:
        raise ValueError(f"{path}: {suffix} files are not supported; save the report as .docx "
                         "or UTF-8 .txt")
    text = _read_docx(path) if suffix == ".docx" else _read_text(path)
    if not text.strip():
        raise ValueError(f"{path}: the report is empty")
    return text


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{path}: cannot read ({exc.strerror})") from exc
    if data.startswith(b"PK\x03\x04"):
        raise ValueError(f"{path}: looks like a .docx or other ZIP file, not text; "
                         "give it the .docx extension")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text (invalid byte at offset {exc.start}); "
                         "save it as UTF-8") from exc
    if "\x00" in text:
        raise ValueError(f"{path}: contains NUL bytes; not a text file")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _BLANK_LINES.sub("\n\n", text).strip()


def _read_docx(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            if "word/document.xml" not in archive.namelist():
                raise ValueError(f"{path}: not a Word .docx document (no word/document.xml)")
    except zipfile.BadZipFile as exc:
        raise ValueError(f"{path}: not a valid .docx file (not a ZIP archive)") from exc
    except OSError as exc:
        raise ValueError(f"{path}: cannot read ({exc.strerror})") from exc
    if unpacked > _MAX_UNPACKED:
        raise ValueError(f"{path}: the .docx unpacks to more than 200 MB; refusing to open it")
    try:
        document = Document(str(path))
    except Exception as exc:  # python-docx raises many kinds for a damaged package
        raise ValueError(f"{path}: not a valid .docx file ({type(exc).__name__})") from exc
    paragraphs: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            paragraphs.append(_paragraph_text(child))
        elif child.tag == qn("w:tbl"):
            paragraphs.extend(_table_text(Table(child, document)))
    kept = [p.replace("\r", "\n").strip() for p in paragraphs]
    return "\n\n".join(p for p in kept if p)


_TEXT_TAGS = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
              qn("w:noBreakHyphen"): "-"}
_SKIP_INSIDE = {qn("w:del"), qn("w:moveFrom"),
                "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}


def _paragraph_text(p: BaseOxmlElement) -> str:
    """A paragraph's visible text, tracked insertions included and deletions left out
    (python-docx's Paragraph.text skips runs inside w:ins)."""
    pieces: list[str] = []
    for element in p.iter(*_TEXT_TAGS):
        if any(a.tag in _SKIP_INSIDE for a in element.iterancestors()):
            continue
        fixed = _TEXT_TAGS[element.tag]
        pieces.append(element.text or "" if fixed is None else fixed)
    return "".join(pieces)


def _table_text(table: Table) -> list[str]:
    """Paragraphs of a table in reading order; form-style templates put the narrative here."""
    out: list[str] = []
    seen: set[int] = set()
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is returned once per grid column
                continue
            seen.add(id(cell._tc))
            out.extend(_paragraph_text(p._p) for p in cell.paragraphs)
            for inner in cell.tables:
                out.extend(_table_text(inner))
    return out
