"""Render real exports through LibreOffice to PDF and PNG: every page carries the disclosure.

Needs LibreOffice (`soffice`) and poppler-utils (`pdftoppm`, `pdftotext`); skipped, with the
reason, only where they are not installed.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from app.export import convert_to_pdf, pdf_available, write_first_draft_docx, write_report_docx
from app.settings import AI_DISCLOSURE

_AVAILABLE, _WHY = pdf_available()
_POPPLER = shutil.which("pdftoppm") and shutil.which("pdftotext")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not _AVAILABLE, reason=_WHY),
    pytest.mark.skipif(not _POPPLER, reason="pdftoppm/pdftotext (poppler-utils) not installed"),
]


def _sample() -> ModuleType:
    """The hand-built case of the unit tests (tests/ has no packages, so load it by path)."""
    path = Path(__file__).parents[1] / "unit" / "export" / "export_sample.py"
    spec = importlib.util.spec_from_file_location("export_sample_for_render", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def pages_text(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    # (a line may break after a hyphen, "faster-" / "whisper", where the fonts at hand put it)
    return [" ".join(re.sub(r"-\n\s*", "-", page).split()) for page in text.split("\f")
            if page.strip()]


def render_png(pdf: Path, prefix: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(prefix)], check=True,
                   timeout=120, capture_output=True)
    return sorted(prefix.parent.glob(prefix.name + "*.png"))


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_report_and_first_draft_render_with_the_disclosure_on_every_page(tmp_path: Path) -> None:
    sample = _sample()
    long_final = sample.FINAL + "\n\n" + "\n\n".join(
        f"Водитель сказал {i}: the light was green at the corner of Main and Fifth." for i in
        range(60))
    bundle = sample.make_bundle(sample.make_case(final=long_final),
                                agency_logo=sample.tiny_png(tmp_path / "logo.png", 300, 90))
    report, draft = tmp_path / "report.docx", tmp_path / "first_draft.docx"
    write_report_docx(bundle, report)
    write_first_draft_docx(bundle, draft)
    for docx, minimum in ((report, 4), (draft, 2)):
        pdf = convert_to_pdf(docx, tmp_path)
        assert pdf == tmp_path / f"{docx.stem}.pdf"
        pages = pages_text(pdf)
        assert len(pages) >= minimum
        for number, page in enumerate(pages, start=1):
            assert AI_DISCLOSURE in page, f"page {number} of {pdf.name} lacks the disclosure"
            assert "faster-whisper tiny.en int8 (transcription)" in page
            assert re.search(rf"Page {number} of {len(pages)}\b", page)
        pngs = render_png(pdf, tmp_path / docx.stem)
        assert len(pngs) == len(pages)
        for png in pngs:
            width, height = png_size(png)
            assert abs(width / height - 8.5 / 11) < 0.01  # US Letter, portrait
    report_text = " ".join(pages_text(tmp_path / "report.pdf"))
    assert "Водитель сказал 59" in report_text
    assert sample.MEDIA_SHA in report_text
    assert "00:14-00:19" in report_text
