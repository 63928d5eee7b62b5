"""The first AI draft as its own document, for records requests and discovery."""

from __future__ import annotations

from pathlib import Path

from app.export.bundle import ExportBundle
from app.export.docx_kit import check_output, new_document, para, save_atomic, set_properties
from app.export.sections import (
    case_block,
    disclosure_box,
    evidence_block,
    export_record_block,
    facts_table,
    heading,
    officer_account_block,
    page_furniture,
    prose,
    title_block,
)
from app.export.text import label, when


def write_first_draft_docx(bundle: ExportBundle, out: Path) -> None:
    """Write the retained first AI draft of `bundle.case` to `out` (.docx), atomically."""
    check_output(out)
    case = bundle.case
    draft = case.first_draft
    doc = new_document()
    page_furniture(doc, bundle, "First AI draft (not the officer's statement)")
    title_block(doc, bundle, "First AI draft",
                f"Case {bundle.case_label} · retained record of version {draft.number} · "
                "not the officer's statement")
    disclosure_box(doc, bundle, [
        f"This is the first draft that artificial intelligence produced for this case "
        f"(version {draft.number}, {when(draft.created_at)}), exactly as it was produced. "
        "It is retained for as long as the official report.",
        "The AI draft is not the officer's official statement. The officer's signed report "
        f"is version {case.report.number}; request it separately.",
    ])
    case_block(doc, bundle)
    heading(doc, "About this draft")
    facts_table(doc, [
        ("Version", str(draft.number)),
        ("Origin", label(draft.origin.value)),
        ("Produced by", draft.author),
        ("Created", when(draft.created_at)),
        ("Draft text SHA-256", draft.sha256),
    ], mono={"Draft text SHA-256"})
    heading(doc, "Text of the first AI draft")
    if prose(doc, draft.text) == 0:
        para(doc, text="The first AI draft is empty.")
    officer_account_block(doc, bundle.account_text)
    evidence_block(doc, bundle)
    export_record_block(doc, bundle, [])
    set_properties(doc, title=f"First AI draft, case {bundle.case_label}",
                   subject="First AI draft (not the officer's statement)", author=draft.author,
                   exported_by=bundle.exported_by, exported_at=bundle.exported_at,
                   keywords="AI draft; retained record; Countersign")
    save_atomic(doc, out, bundle.exported_at)
