"""Safe, deterministic, atomic output: hostile text, huge and non-Latin reports, bad folders."""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from docx import Document
from export_sample import FINAL, body_text, make_bundle, make_case, package_part

from app.export import write_first_draft_docx, write_report_docx
from app.export.docx_kit import AI_STYLE, NARRATIVE_STYLE

HOSTILE = (
    'Visit http://evil.example/x and HYPERLINK "http://evil.example" now.\n\n'
    '{ INCLUDETEXT "C:\\\\secrets.txt" } { DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/c calc" }'
    "\n\n=cmd|' /C calc'!A0 and <w:fldSimple w:instr=\"DATE\"/> &amp; ]]>"
)


def test_text_cannot_become_fields_links_or_external_references(tmp_path: Path) -> None:
    case = make_case(final=HOSTILE + "\n\n" + FINAL, claims=())
    out = tmp_path / "hostile.docx"
    write_report_docx(make_bundle(case, officer_account=HOSTILE), out)
    document = package_part(out, "word/document.xml")
    assert "<w:hyperlink" not in document
    assert "<w:fldSimple" not in document  # the text's lookalike is escaped, not markup
    assert "w:fldChar" not in document
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        instructions = [m.strip() for name in names if name.endswith(".xml")
                        for m in re.findall(r"<w:instrText[^>]*>([^<]*)<",
                                            archive.read(name).decode())]
        rels = "".join(archive.read(n).decode() for n in names if n.endswith(".rels"))
    assert sorted(instructions) == ["NUMPAGES", "PAGE"]  # only the footer's page numbers
    assert "External" not in rels
    assert not any("vba" in name.lower() for name in names)
    assert 'HYPERLINK "http://evil.example"' in body_text(Document(str(out)))


def test_control_characters_are_removed(tmp_path: Path) -> None:
    dirty = ("Bad\x00 by\x07te\x1bs\ufffe and a lone \ud800surrogate; "
             "\u202eevil\u202c text.\r\nend")
    case = make_case(final=dirty, draft=dirty, claims=())
    out = tmp_path / "dirty.docx"
    bundle = make_bundle(case, agency_name="Agency\x0c", officer_account="acc\x01ount")
    write_report_docx(bundle, out)
    write_first_draft_docx(bundle, tmp_path / "dirty_draft.docx")
    text = body_text(Document(str(out)))
    assert "Bad bytes and a lone surrogate; evil text.\nend" in text
    assert "account" in text
    for part in ("word/document.xml", "word/header1.xml", "docProps/core.xml"):
        raw = package_part(out, part) if part in zipfile.ZipFile(out).namelist() else ""
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\u202a-\u202e]", raw)


def test_two_thousand_paragraph_report(tmp_path: Path) -> None:
    paragraphs = [f"Paragraph {i}: the driver said the light was green at the corner."
                  for i in range(2000)]
    final = "\n\n".join(paragraphs)
    draft = "\n\n".join(paragraphs[::2])
    out = tmp_path / "long.docx"
    write_report_docx(make_bundle(make_case(final=final, draft=draft, claims=())), out)
    doc = Document(str(out))
    shown = [p for p in doc.paragraphs if p.style.name == NARRATIVE_STYLE]
    assert [p.text for p in shown[:2000]] == paragraphs
    shaded_first = any(r.style.name == AI_STYLE for r in shown[0].runs)
    shaded_second = any(r.style.name == AI_STYLE for r in shown[1].runs)
    assert shaded_first
    assert not shaded_second or "Paragraph 1:" not in "".join(
        r.text for r in shown[1].runs if r.style.name == AI_STYLE)


def test_non_latin_scripts_render(tmp_path: Path) -> None:
    arabic = "قال السائق إنه كان ذاهبا إلى المستشفى."
    chinese = "司机说他要去医院。"
    russian = "Водитель сказал, что едет в больницу."
    final = "\n\n".join([arabic, chinese, russian, "日本語のテキスト [INSERT: 目撃内容]"])
    out = tmp_path / "scripts.docx"
    write_report_docx(make_bundle(make_case(final=final, draft=arabic, claims=())), out)
    write_first_draft_docx(make_bundle(make_case(final=final, draft=final, claims=())),
                           tmp_path / "scripts_draft.docx")
    doc = Document(str(out))
    shown = {p.text: p for p in doc.paragraphs if p.style.name == NARRATIVE_STYLE}
    for text in (arabic, chinese, russian):
        assert text in shown
    assert shown[arabic]._p.pPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi") is not None
    assert "<w:bidi/>" not in shown[russian]._p.xml
    assert "[INSERT: 目撃内容]" in body_text(Document(str(tmp_path / "scripts_draft.docx")))


def test_same_bundle_gives_the_same_bytes(tmp_path: Path) -> None:
    bundle = make_bundle()
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    write_report_docx(bundle, first)
    write_report_docx(bundle, second)
    assert first.read_bytes() == second.read_bytes()
    umask = os.umask(0o022)
    os.umask(umask)
    assert first.stat().st_mode & 0o777 == 0o666 & ~umask  # a normal file, not a private temp
    write_first_draft_docx(bundle, first)
    write_first_draft_docx(bundle, second)
    assert first.read_bytes() == second.read_bytes()


def test_exports_differ_only_in_the_export_time(tmp_path: Path) -> None:
    early, late = tmp_path / "early.docx", tmp_path / "late.docx"
    write_report_docx(make_bundle(), early)
    later = datetime(2027, 1, 2, 3, 4, 5, tzinfo=UTC)
    write_report_docx(make_bundle(exported_at=later), late)
    for part in ("word/document.xml", "word/header1.xml", "word/footer1.xml",
                 "docProps/core.xml", "word/styles.xml"):
        a = package_part(early, part)
        b = package_part(late, part)
        a = a.replace("2026-11-26 09:15:30 UTC", "T").replace("2026-11-26T09:15:30Z", "T")
        b = b.replace("2027-01-02 03:04:05 UTC", "T").replace("2027-01-02T03:04:05Z", "T")
        assert a == b, part
    assert early.read_bytes() != late.read_bytes()


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    out = tmp_path / "no_such_folder" / "report.docx"
    with pytest.raises(ValueError, match=r"report\.docx: the folder .*no_such_folder does not"):
        write_report_docx(make_bundle(), out)
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    with pytest.raises(ValueError, match=r"folder\.docx: is a folder"):
        write_report_docx(make_bundle(), folder)
    with pytest.raises(ValueError, match=r"report\.txt: the output file name must end in \.docx"):
        write_first_draft_docx(make_bundle(), tmp_path / "report.txt")


def test_unwritable_folder_is_a_clear_error(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # chmod cannot stop root (the CI user), so the refusal is simulated where it happens.
    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(ValueError, match=r"report\.docx: cannot write in .* \(Permission denied"):
        write_report_docx(make_bundle(), tmp_path / "report.docx")
    assert list(tmp_path.iterdir()) == []


def test_failed_write_leaves_the_old_file_and_no_partial_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "report.docx"
    out.write_bytes(b"previous export")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(ValueError, match=r"report\.docx: cannot write the file \(No space left"):
        write_report_docx(make_bundle(), out)
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.docx"]


def test_aware_and_naive_export_times_agree(tmp_path: Path) -> None:
    aware = make_bundle(exported_at=datetime(2026, 11, 26, 1, 15, 30,
                                             tzinfo=UTC).astimezone())
    naive = make_bundle(exported_at=datetime(2026, 11, 26, 1, 15, 30))
    write_report_docx(aware, tmp_path / "a.docx")
    write_report_docx(replace(naive), tmp_path / "n.docx")
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "n.docx").read_bytes()
