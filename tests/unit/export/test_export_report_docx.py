"""The signed-report DOCX: every element the records export promises, read back with python-docx."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from export_sample import (
    AI_SENTENCE,
    ATTESTATION,
    AUDIT_HASH,
    EXPORTED_AT,
    MEDIA_SHA,
    OFFICER_ACCOUNT,
    OFFICER_SENTENCE,
    PROGRAMS,
    body_text,
    facts,
    make_bundle,
    make_case,
    table_with_header,
    tiny_png,
)

from app.export import ExportBundle, write_report_docx
from app.export.docx_kit import AI_FILL, AI_STYLE, NARRATIVE_STYLE
from app.settings import AI_DISCLOSURE


def narrative_runs(doc: DocxDocument) -> list[tuple[str, bool]]:
    """(text, is AI-shaded) of every run of the narrative paragraphs."""
    return [(run.text, run.style.name == AI_STYLE)
            for p in doc.paragraphs if p.style.name == NARRATIVE_STYLE
            for run in p.runs]


def test_every_page_carries_the_disclosure_naming_each_ai_program(report: DocxDocument) -> None:
    assert len(report.sections) == 1  # one section: its header is on every page
    section = report.sections[0]
    assert not section.different_first_page_header_footer
    assert report.settings.odd_and_even_pages_header_footer is False
    header = "\n".join(p.text for p in section.header.paragraphs)
    assert AI_DISCLOSURE in header
    for program in PROGRAMS:
        assert program in header
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml
    assert "NUMPAGES" in footer_xml
    # The statute also accepts the body; the export states it there as well.
    assert AI_DISCLOSURE in body_text(report)


def test_agency_header_and_case_metadata(report: DocxDocument) -> None:
    assert report.paragraphs[0].text == "Riverside County Sheriff's Office"
    assert report.paragraphs[1].text == "INCIDENT REPORT"
    values = facts(report)
    assert values["Case number"] == "2026-004417"
    assert values["Incident date and time"] == "2026-11-25 21:40"
    assert values["Location"] == "Main Street and Fifth Avenue"
    assert values["Reporting officer"] == "Jane Alvarez, badge #4411"
    assert values["Report state"] == "Approved"


def test_logo_is_placed_above_the_agency_name(tmp_path: Path) -> None:
    logo = tiny_png(tmp_path / "logo.png", 400, 100)
    out = tmp_path / "with_logo.docx"
    write_report_docx(make_bundle(agency_logo=logo), out)
    doc = Document(str(out))
    assert len(doc.inline_shapes) == 1
    assert doc.inline_shapes[0].width <= 2.6 * 914400
    assert doc.paragraphs[1].text == "Riverside County Sheriff's Office"


def test_unreadable_logo_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.png"
    with pytest.raises(ValueError, match=r"nope\.png: agency logo not found"):
        write_report_docx(make_bundle(agency_logo=missing), tmp_path / "r.docx")
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"not an image")
    with pytest.raises(ValueError, match=r"junk\.png: agency logo is not a readable"):
        write_report_docx(make_bundle(agency_logo=junk), tmp_path / "r.docx")
    assert not (tmp_path / "r.docx").exists()


def test_ai_passages_are_shaded_and_officer_edits_are_not(report: DocxDocument) -> None:
    runs = narrative_runs(report)
    shaded = [text for text, ai in runs if ai]
    plain = [text for text, ai in runs if not ai]
    assert any(AI_SENTENCE in text for text in shaded)
    assert any("Before" in text for text in plain)
    assert not any(OFFICER_SENTENCE in text or "Before the stop" in text for text in shaded)
    assert "45" in plain  # the officer's correction of the AI's "55"
    assert not any("45" in text for text in shaded)
    narrative = "\n\n".join(p.text for p in report.paragraphs if p.style.name == NARRATIVE_STYLE)
    assert narrative.startswith(make_case().report.text)
    # The shading lives in the character style, so Word names it wherever the cursor is.
    style_xml = report.styles[AI_STYLE].element.xml
    assert f'w:fill="{AI_FILL}"' in style_xml


def test_legend_explains_the_shading(report: DocxDocument) -> None:
    legend = next(p for p in report.paragraphs if p.text.startswith("Legend:"))
    assert any(run.style.name == AI_STYLE for run in legend.runs)
    assert "written by AI" in legend.text
    assert "written or changed by the officer" in legend.text
    assert "% of the narrative's characters are AI-written" in legend.text


def test_officer_signature_and_sergeant_approval(report: DocxDocument) -> None:
    text = body_text(report)
    assert ATTESTATION in text
    values = facts(report)
    assert values["Electronic signature"] == "/s/ Jane Alvarez"
    assert values["Signed by"] == "Jane Alvarez, badge #4411"
    assert values["Signed at"] == "2026-11-25 22:50:00 UTC"  # the latest signature, not the first
    assert values["Version signed"] == "3"
    assert values["Signed text SHA-256"] == "3" * 64
    assert values["Approved by"] == "Sgt Michael Chen, badge #2107"
    assert values["Approved at"] == "2026-11-25 23:05:00 UTC"


def test_evidence_block(report: DocxDocument) -> None:
    values = facts(report)
    assert values["Media file"] == "axon_X6021_20261125_2140.mp4"
    assert values["SHA-256"] == MEDIA_SHA
    assert values["Duration"] == "5:12 (312.4 s)"


def test_citation_table_links_each_claim_to_recording_time_and_words(
        report: DocxDocument) -> None:
    rows = table_with_header(report, "Claim")
    assert rows[0] == ["Claim", "Statement in the report", "Support", "Recording: time and words"]
    by_claim = {row[0]: row for row in rows[1:]}
    assert list(by_claim) == ["c1", "c2", "c3", "c4", "c5"]
    assert by_claim["c2"][1] == "for traveling 45 mph in a 35 mph zone"
    assert "00:09-00:12" in by_claim["c2"][3]
    assert "\u201cYou were doing forty-five in a thirty-five.\u201d" in by_claim["c2"][3]
    hospital = by_claim["c3"][3]
    assert "00:14-00:19" in hospital
    assert "01:15-01:19" in hospital
    assert "I was trying to get to the hospital." in hospital
    assert by_claim["c4"][2].startswith("Unsupported (0.12)")
    assert "Visual observation" in by_claim["c4"][2]
    assert "No passage of the recording supports" in by_claim["c4"][3]
    assert "05:01-05:09" in by_claim["c5"][3]


def test_flag_appendix_has_every_flag_with_resolution_note_who_and_when(
        report: DocxDocument) -> None:
    rows = table_with_header(report, "Flag")
    assert rows[0] == ["Flag", "Finding", "Resolution", "Officer's note", "By and when"]
    by_flag = {row[0].split("\n")[0]: row for row in rows[1:]}
    assert set(by_flag) == {"f-low001", "f-vis002", "f-con003", "f-bia004", "f-ins005"}
    contradicted = by_flag["f-con003"]
    assert "Contradicted claim" in contradicted[0]
    assert "High severity" in contradicted[0]
    assert "Report says 55 mph" in contradicted[1]
    assert "Suggested: 45" in contradicted[1]
    assert "No longer present in the final report." in contradicted[1]
    assert contradicted[2] == "Edited"
    assert contradicted[3] == "Changed 55 to 45 to match the recording."
    assert contradicted[4] == "jalvarez\n2026-11-25 22:01:00 UTC\n(version 1)"
    bias = by_flag["f-bia004"]
    assert "\u201cnervous\u201d (conclusory)" in bias[1]
    assert bias[2].startswith("Resolved by an edit")
    assert by_flag["f-low001"][2] == "Confirmed as written"
    assert "No longer present" not in by_flag["f-low001"][1]


def test_unacknowledged_and_orphan_acknowledgements_are_shown(tmp_path: Path) -> None:
    case = make_case()
    acks = dict(case.acknowledgements)
    del acks["f-vis002"]
    acks["f-gone99"] = acks["f-low001"]
    out = tmp_path / "r.docx"
    write_report_docx(make_bundle(replace(case, acknowledgements=acks)), out)
    rows = {r[0].split("\n")[0]: r for r in table_with_header(Document(str(out)), "Flag")[1:]}
    assert rows["f-vis002"][2] == "Not acknowledged"
    assert rows["f-gone99"][1] == "Flag details not stored with the report versions."


def test_version_history_and_decisions(report: DocxDocument) -> None:
    text = body_text(report)
    assert "The first AI draft (version 1, 2026-11-25 21:52:00 UTC) is retained" in text
    assert "The officer made 2 edits" in text
    rows = table_with_header(report, "Version")
    assert [row[:3] for row in rows[1:]] == [
        ["1", "AI draft", "ai-drafter"], ["2", "Officer edit", "jalvarez"],
        ["3", "Officer edit", "jalvarez"]]
    assert rows[1][4] == "1" * 64
    decisions = table_with_header(report, "Decision")
    assert [row[0] for row in decisions[1:]] == ["Sign", "Return", "Sign", "Approve"]
    assert decisions[2][4] == "Describe what you saw before the stop."


def test_audit_head_and_export_record(report: DocxDocument) -> None:
    values = facts(report)
    assert values["Audit chain head"] == "sequence 1234"
    assert values["Audit head hash"] == AUDIT_HASH
    assert values["Exported at"] == "2026-11-26 09:15:30 UTC"
    assert values["Exported by"] == "rclerk"
    assert values["Final report text SHA-256"] == "3" * 64


def test_officer_account_is_included_when_present(report: DocxDocument, tmp_path: Path) -> None:
    assert "Officer's own account" in [p.text for p in report.paragraphs]
    assert OFFICER_ACCOUNT in body_text(report)
    out = tmp_path / "no_account.docx"
    write_report_docx(make_bundle(make_case(account=None)), out)
    doc = Document(str(out))
    assert "Officer's own account" not in [p.text for p in doc.paragraphs]
    # The bundle's account wins over the one stored on the case.
    write_report_docx(make_bundle(officer_account="Bundle account text."), out)
    assert "Bundle account text." in body_text(Document(str(out)))


def test_core_properties_are_fixed_by_the_bundle(report: DocxDocument,
                                                 bundle: ExportBundle) -> None:
    props = report.core_properties
    assert props.created == props.modified == EXPORTED_AT
    assert props.revision == 1
    assert props.title == "Incident report, case 2026-004417"
    assert props.last_modified_by == bundle.exported_by


def test_report_without_claims_flags_or_media(tmp_path: Path) -> None:
    case = replace(make_case(claims=()), media=None, acknowledgements={}, versions=())
    case = replace(case, report=replace(case.report, analysis=replace(case.report.analysis,
                                                                         flags=())))
    out = tmp_path / "bare.docx"
    write_report_docx(make_bundle(case, ai_programs=()), out)
    doc = Document(str(out))
    text = body_text(doc)
    assert "The verifier found no checkable statements" in text
    assert "No recording is attached to this case." in text
    header = "\n".join(p.text for p in doc.sections[0].header.paragraphs)
    assert "AI programs used: not recorded." in header


def test_draft_signed_unchanged_is_all_ai_with_no_edits(tmp_path: Path) -> None:
    case = make_case()
    draft = case.first_draft
    unchanged = replace(case, report=replace(draft, analysis=case.report.analysis),
                        versions=(draft,))
    out = tmp_path / "unchanged.docx"
    write_report_docx(make_bundle(unchanged), out)
    doc = Document(str(out))
    runs = [(text, ai) for text, ai in narrative_runs(doc) if text.strip()]
    narrative = [text for text, _ in runs]
    assert "".join(narrative).startswith("On November 25")
    assert all(ai for _, ai in runs[:4])  # the draft's own paragraphs, all shaded
    assert "The officer made 0 edits" in body_text(doc)
    assert "100% of the narrative's characters are AI-written" in body_text(doc)
