"""Reading a report file: UTF-8 text or .docx, with one-line errors naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from app.export import read_report


def test_text_file_keeps_paragraphs_and_placeholders(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes("\ufeffFirst line\r\nsame paragraph.\r\n\r\n\r\n\r\n"
                     "[INSERT: what you saw]\r\n\r\nЗвонок 911.\n".encode())
    assert read_report(path) == ("First line\nsame paragraph.\n\n[INSERT: what you saw]\n\n"
                                 "Звонок 911.")


def test_markdown_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text("# Narrative\n\nI stopped the car.", encoding="utf-8")
    assert read_report(path) == "# Narrative\n\nI stopped the car."


def test_docx_paragraphs_joined_by_blank_lines(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("I stopped a grey Honda Civic.")
    doc.add_paragraph("")
    split = doc.add_paragraph()
    for piece in ("[INS", "ERT: what you ", "saw]"):  # Word often splits a word across runs
        split.add_run(piece)
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Narrative in a form cell."
    table.cell(0, 1).text = "司机说他要去医院。"
    doc.add_paragraph("I issued a citation.")
    path = tmp_path / "draft.docx"
    doc.save(str(path))
    assert read_report(path) == ("I stopped a grey Honda Civic.\n\n[INSERT: what you saw]\n\n"
                                 "Narrative in a form cell.\n\n司机说他要去医院。\n\n"
                                 "I issued a citation.")


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("latin1.txt", "Caf\xe9 stop".encode("latin-1"),
         "not UTF-8 text (invalid byte at offset 3)"),
        ("empty.txt", b"", "the report is empty"),
        ("blank.txt", b"  \n\n \t\n", "the report is empty"),
        ("nul.txt", b"abc\x00def", "contains NUL bytes"),
        ("fake.docx", b"just some text", "not a valid .docx file (not a ZIP archive)"),
        ("old.doc", b"\xd0\xcf\x11\xe0", ".doc files are not supported"),
        ("zip.txt", b"PK\x03\x04rest", "looks like a .docx or other ZIP file"),
    ],
)
def test_bad_files_are_named_with_the_problem(tmp_path: Path, name: str, content: bytes,
                                              problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValueError, match="^" + str(path).replace(".", r"\.") + ": ") as caught:
        read_report(path)
    assert problem in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_file_folder_and_zip_without_document(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"nope\.txt: file not found"):
        read_report(tmp_path / "nope.txt")
    with pytest.raises(ValueError, match="not a file"):
        read_report(tmp_path)
    import zipfile

    other = tmp_path / "other.docx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(ValueError, match=r"other\.docx: not a Word \.docx document"):
        read_report(other)


def test_empty_docx_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    Document().save(str(path))
    with pytest.raises(ValueError, match=r"empty\.docx: the report is empty"):
        read_report(path)


def test_file_over_20_mb_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)  # sparse: costs no disk or time
    with pytest.raises(ValueError, match=r"huge\.txt: file is 20\.0 MB; the limit is 20 MB"):
        read_report(path)


def test_docx_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    doc = Document()
    paragraph = doc.add_paragraph("The car was ")
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="1" w:author="a"><w:r><w:delText>red</w:delText></w:r>'
        "</w:del>"))
    paragraph._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="2" w:author="a"><w:r><w:t>grey</w:t></w:r></w:ins>'))
    paragraph.add_run(".\tEnd")
    path = tmp_path / "tracked.docx"
    doc.save(str(path))
    assert read_report(path) == "The car was grey.\tEnd"
