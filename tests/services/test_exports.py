"""Exports beyond the DOCX report: the first AI draft and PDF (LibreOffice, installed by make)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from app.domain import ReportState
from app.services import PermissionDenied
from app.settings import AI_DISCLOSURE
from tests.services.conftest import World


def test_first_draft_export_keeps_the_state_and_is_audited(
        make_world: Callable[..., World], tmp_path: Path) -> None:
    world = make_world(ReportState.APPROVED)
    result = world.services.exports.export_first_draft(world["clerk"], 1, tmp_path / "d1.docx")
    assert world.last_event()[:2] == ("first_draft_export", "ok")
    text = "\n".join(p.text for p in Document(str(result.path)).paragraphs)
    assert "first ai draft" in text.lower()
    case = world.services.cases.get_case(world["sgt"], 1)
    assert case.state is ReportState.APPROVED  # a records request does not export the report


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice is not installed (make test installs it)")
def test_pdf_export_converts_the_report_and_marks_it_exported(
        make_world: Callable[..., World], tmp_path: Path) -> None:
    world = make_world(ReportState.APPROVED)
    assert world.services.exports.pdf_available()[0]
    out = tmp_path / "report.pdf"
    result = world.services.exports.export_pdf(world["clerk"], 1, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*.part"))
    event = world.last_event()
    assert event[:2] == ("report_export_pdf", "ok")
    assert result.sha256 in str(event)
    assert world.services.cases.get_case(world["clerk"], 1).state is ReportState.EXPORTED
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        import subprocess

        text = subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert AI_DISCLOSURE in " ".join(text.split())


def test_pdf_export_is_refused_to_an_officer(make_world: Callable[..., World],
                                             tmp_path: Path) -> None:
    world = make_world(ReportState.APPROVED)
    with pytest.raises(PermissionDenied):
        world.services.exports.export_pdf(world["off1"], 1, tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()
    assert world.last_event()[:2] == ("report_export_pdf", "refused")


def test_cli_exports_the_first_draft_and_pdf(
        templates: Callable[[str], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main
    from tests.services.conftest import PASSWORD

    database = tmp_path / "approved.db"
    shutil.copyfile(templates(ReportState.APPROVED), database)
    monkeypatch.setenv("COUNTERSIGN_PASSWORD", PASSWORD)
    common = ["--as", "clerk", "--db", f"sqlite:///{database}"]
    draft = tmp_path / "first-draft.docx"
    assert main(["export", "1", "--out", str(draft), "--first-draft", *common]) == 0
    assert "first ai draft" in "\n".join(
        p.text for p in Document(str(draft)).paragraphs).lower()
    if shutil.which("soffice") or shutil.which("libreoffice"):
        pdf = tmp_path / "report.pdf"
        assert main(["export", "1", "--out", str(pdf), *common]) == 0
        assert pdf.read_bytes().startswith(b"%PDF")
    out = capsys.readouterr().out.strip().splitlines()
    assert out[0].startswith(str(draft))
