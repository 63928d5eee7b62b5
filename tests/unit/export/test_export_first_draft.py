"""The first-AI-draft export for records requests and discovery."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from export_sample import DRAFT, MEDIA_SHA, OFFICER_ACCOUNT, PROGRAMS, body_text, facts

from app.export.docx_kit import NARRATIVE_STYLE
from app.settings import AI_DISCLOSURE


def test_clearly_titled_and_disclosed(draft_doc: DocxDocument) -> None:
    assert draft_doc.paragraphs[1].text == "FIRST AI DRAFT"
    header = "\n".join(p.text for p in draft_doc.sections[0].header.paragraphs)
    assert "First AI draft (not the officer's statement)" in header
    assert AI_DISCLOSURE in header
    for program in PROGRAMS:
        assert program in header
    assert "The AI draft is not the officer's official statement." in body_text(draft_doc)
    assert draft_doc.core_properties.title == "First AI draft, case 2026-004417"


def test_shows_the_draft_text_not_the_final_report(draft_doc: DocxDocument) -> None:
    shown = "\n\n".join(p.text for p in draft_doc.paragraphs if p.style.name == NARRATIVE_STYLE)
    assert shown.startswith(DRAFT)  # the officer's account follows in the same style
    assert "[INSERT: what you saw before the stop]" in shown
    assert "45 mph" not in shown
    values = facts(draft_doc)
    assert values["Version"] == "1"
    assert values["Origin"] == "AI draft"
    assert values["Draft text SHA-256"] == "1" * 64


def test_carries_the_evidence_block_officer_account_and_audit_head(
        draft_doc: DocxDocument) -> None:
    values = facts(draft_doc)
    assert values["Media file"] == "axon_X6021_20261125_2140.mp4"
    assert values["SHA-256"] == MEDIA_SHA
    assert values["Duration"] == "5:12 (312.4 s)"
    assert values["Audit chain head"] == "sequence 1234"
    assert OFFICER_ACCOUNT in body_text(draft_doc)
