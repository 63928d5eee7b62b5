"""Fixtures of the export tests: the sample approved case written to a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from export_sample import make_bundle

from app.export import ExportBundle, write_first_draft_docx, write_report_docx


# Module scope: the tests only read these documents, and each export takes a fifth of a second.
@pytest.fixture(scope="module")
def bundle() -> ExportBundle:
    return make_bundle()


@pytest.fixture(scope="module")
def report_path(tmp_path_factory: pytest.TempPathFactory, bundle: ExportBundle) -> Path:
    out = tmp_path_factory.mktemp("export") / "report.docx"
    write_report_docx(bundle, out)
    return out


@pytest.fixture(scope="module")
def report(report_path: Path) -> DocxDocument:
    return Document(str(report_path))


@pytest.fixture(scope="module")
def draft_doc(tmp_path_factory: pytest.TempPathFactory, bundle: ExportBundle) -> DocxDocument:
    out = tmp_path_factory.mktemp("export") / "first_draft.docx"
    write_first_draft_docx(bundle, out)
    return Document(str(out))
