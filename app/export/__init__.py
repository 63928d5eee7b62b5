"""Records export: the approved report and the first AI draft as DOCX (optionally PDF), and
reading report files. No Qt, no database: the export service gathers an ExportBundle."""

from app.export.bundle import ExportBundle
from app.export.first_draft_docx import write_first_draft_docx
from app.export.pdf import PdfConversionError, convert_to_pdf, pdf_available
from app.export.report_docx import write_report_docx
from app.export.report_input import read_report

__all__ = [
    "ExportBundle",
    "PdfConversionError",
    "convert_to_pdf",
    "pdf_available",
    "read_report",
    "write_first_draft_docx",
    "write_report_docx",
]
