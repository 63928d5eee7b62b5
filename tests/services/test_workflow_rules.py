"""The report workflow: acknowledgements carried over, edits that void, supplements, returns."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from app.domain import FlagKind, ReportOrigin, ReportState, Resolution
from app.services import BadInput, NotFound, Refused
from app.services.attention import SENTENCES
from app.settings import Settings
from tests.services.conftest import DRAFT, PASSWORD, World

WITHOUT_LAST_PARAGRAPH = DRAFT.split("\n\nThe driver was belligerent")[0] + "\n"


def _ack_all(world: World, case_id: int = 1) -> None:
    case = world.services.cases.get_case(world["off1"], case_id)
    for flag_id in case.open_flags:
        world.services.review.acknowledge(world["off1"], case_id, flag_id, Resolution.CONFIRMED,
                                          "I saw it myself.")


def test_acknowledgements_carry_over_and_vanished_flags_are_resolved_by_edit(world: World
                                                                            ) -> None:
    review = world.services.review
    before = world.services.cases.get_case(world["off1"], 1)
    kinds = {f.kind for f in before.report.analysis.flags}
    assert {FlagKind.CONTRADICTED_CLAIM, FlagKind.BIAS_LANGUAGE} <= kinds
    _ack_all(world)
    after = review.save_version(world["off1"], 1, WITHOUT_LAST_PARAGRAPH)
    assert after.report.number == 2
    assert after.report.origin is ReportOrigin.OFFICER_EDIT
    old = {f.id for f in before.report.analysis.flags}
    new = {f.id for f in after.report.analysis.flags}
    kept, gone = old & new, old - new
    assert kept
    assert gone
    for flag_id in kept:
        ack = after.acknowledgements[flag_id]
        assert (ack.resolution, ack.note, ack.by, ack.version) == (
            Resolution.CONFIRMED, "I saw it myself.", "off1", 2)
    for flag_id in gone:
        assert after.acknowledgements[flag_id].resolution is Resolution.RESOLVED_BY_EDIT
    assert after.open_flags == tuple(f.id for f in after.report.analysis.flags
                                     if f.id not in kept)
    assert after.versions[0] == before.report  # nothing is overwritten


def test_edit_after_signing_voids_the_signature(make_world: Callable[..., World]) -> None:
    world = make_world("signed")
    case = world.services.review.save_version(world["off1"], 1, WITHOUT_LAST_PARAGRAPH)
    assert case.state is ReportState.IN_REVIEW
    assert [d.kind for d in case.decisions] == ["sign", "void"]
    assert case.decisions[-1].version == 1
    assert ("signature_void", "ok", "off1") in world.events()


def test_return_needs_a_comment_and_edit_reopens(make_world: Callable[..., World]) -> None:
    world = make_world("signed")
    flow = world.services.workflow
    with pytest.raises(BadInput, match="comment"):
        flow.return_report(world["sgt"], 1, "   ")
    assert world.last_event()[:2] == ("report_return", "refused")
    case = flow.return_report(world["sgt"], 1, "Describe the furtive movements.")
    assert case.state is ReportState.RETURNED
    assert case.decisions[-1].comment == "Describe the furtive movements."
    with pytest.raises(Refused):
        flow.sign(world["off1"], 1, PASSWORD)  # returned: edit first
    case = world.services.review.save_version(world["off1"], 1, WITHOUT_LAST_PARAGRAPH)
    assert case.state is ReportState.IN_REVIEW
    _ack_all(world)
    assert flow.sign(world["off1"], 1, PASSWORD).state is ReportState.SIGNED


def test_exported_report_changes_only_as_a_supplement(make_world: Callable[..., World]) -> None:
    world = make_world("exported")
    exported = world.services.cases.get_case(world["clerk"], 1)
    case = world.services.review.save_version(world["off1"], 1, DRAFT + "\nSupplement: a "
                                              "witness called later.\n")
    assert case.report.origin is ReportOrigin.SUPPLEMENT
    assert case.report.number == exported.report.number + 1
    assert case.versions[:-1] == exported.versions
    assert case.state is ReportState.IN_REVIEW
    with sqlite3.connect(world.path) as conn:
        assert conn.execute("SELECT count(*) FROM export WHERE kind='report'").fetchone() == (1,)


def test_approved_report_is_locked(make_world: Callable[..., World]) -> None:
    world = make_world("approved")
    with pytest.raises(Refused, match="approved"):
        world.services.review.save_version(world["off1"], 1, WITHOUT_LAST_PARAGRAPH)


def test_note_required_for_confirming_contradicted_or_high_flags(world: World) -> None:
    case = world.services.cases.get_case(world["off1"], 1)
    contradicted = next(f for f in case.report.analysis.flags
                        if f.kind is FlagKind.CONTRADICTED_CLAIM)
    review = world.services.review
    for resolution in (Resolution.CONFIRMED, Resolution.NOT_APPLICABLE):
        with pytest.raises(BadInput, match="needs a note"):
            review.acknowledge(world["off1"], 1, contradicted.id, resolution, " ")
    review.acknowledge(world["off1"], 1, contradicted.id, Resolution.EDITED, "")
    low = [f for f in case.report.analysis.flags if f.severity.value != "high"
           and f.kind not in (FlagKind.UNSUPPORTED_CLAIM, FlagKind.CONTRADICTED_CLAIM)
           and (f.claim is None or case.report.analysis.claim(f.claim) is None
                or case.report.analysis.claim(f.claim).status.value in ("supported", "weak"))]
    for flag in low:
        review.acknowledge(world["off1"], 1, flag.id, Resolution.NOT_APPLICABLE, "")
    with pytest.raises(BadInput, match="resolved_by_edit"):
        review.acknowledge(world["off1"], 1, contradicted.id, Resolution.RESOLVED_BY_EDIT, "x")
    with pytest.raises(NotFound):
        review.acknowledge(world["off1"], 1, "f-000000", Resolution.EDITED, "")


def test_attention_check_is_planted_flagged_and_cleared_by_deleting(
        make_world: Callable[..., World]) -> None:
    world = make_world("empty", settings=Settings(attention_check=True))
    case_id = world.services.cases.import_case(world["off1"], media=world.inputs.media,
                                               transcript=world.inputs.transcript,
                                               draft=world.inputs.draft)
    case = world.services.cases.get_case(world["off1"], case_id)
    planted = [s for s in SENTENCES if s in case.report.text]
    assert len(planted) == 1
    flag = next(f for f in case.report.analysis.flags if f.kind is FlagKind.ATTENTION_CHECK)
    with pytest.raises(Refused, match="planted"):
        world.services.review.acknowledge(world["off1"], case_id, flag.id, Resolution.EDITED, "")
    assert ("attention_check_insert", "ok", "off1") in world.events()
    edited = world.services.review.save_version(
        world["off1"], case_id, case.report.text.replace(" " + planted[0], ""))
    assert edited.acknowledgements[flag.id].resolution is Resolution.RESOLVED_BY_EDIT
    assert all(f.kind is not FlagKind.ATTENTION_CHECK for f in edited.report.analysis.flags)


def test_preview_writes_nothing(world: World) -> None:
    before = world.snapshot()
    events = len(world.events())
    analysis = world.services.review.preview(world["off1"], 1, WITHOUT_LAST_PARAGRAPH)
    assert all(f.kind is not FlagKind.BIAS_LANGUAGE for f in analysis.flags)
    assert world.snapshot() == before
    assert len(world.events()) == events


def test_empty_report_cannot_be_signed(make_world: Callable[..., World]) -> None:
    world = make_world("empty")
    case_id = world.services.cases.import_case(world["off1"], media=world.inputs.media,
                                               transcript=world.inputs.transcript)
    case = world.services.cases.get_case(world["off1"], case_id)
    assert case.report.text == ""
    assert case.report.origin is ReportOrigin.OFFICER_EDIT
    with pytest.raises(Refused, match="empty"):
        world.services.workflow.sign(world["off1"], case_id, PASSWORD)


def test_list_cases_by_role(make_world: Callable[..., World]) -> None:
    world = make_world("new")
    cases = world.services.cases
    assert [c.id for c in cases.list_cases(world["off1"])] == [1]
    assert cases.list_cases(world["off2"]) == []
    assert [c.id for c in cases.list_cases(world["sgt"])] == [1]
    assert cases.list_cases(world["clerk"]) == []
    assert cases.list_cases(world["sgt"], state=ReportState.SIGNED) == []
    summary = cases.list_cases(world["off1"], mine=True)[0]
    assert summary.open_flags == len(cases.get_case(world["off1"], 1).open_flags) > 0


def test_media_check_detects_a_changed_recording(world: World, tmp_path: Path) -> None:
    assert world.services.cases.check_media(world["off1"], 1)
    media = Path(world.services.cases.get_case(world["off1"], 1).media.path)  # type: ignore[union-attr]
    original = media.read_bytes()
    try:
        media.write_bytes(original + b"tampered")
        assert not world.services.cases.check_media(world["off1"], 1)
        assert world.last_event()[:2] == ("media_check", "failed")
    finally:
        media.write_bytes(original)


def test_import_rejects_a_transcript_of_another_recording(world: World, tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"media_sha256": "' + "ab" * 32 + '", "segments": [{"text": "hi"}]}')
    before = world.snapshot()
    with pytest.raises(BadInput, match="different recording"):
        world.services.cases.import_case(world["off1"], media=world.inputs.media,
                                         transcript=other, draft=world.inputs.draft)
    assert world.snapshot() == before
    with pytest.raises(BadInput, match="no such media"):
        world.services.cases.import_case(world["off1"], media=tmp_path / "missing.mp4")


def test_speakers_and_officer_account(world: World) -> None:
    transcript = world.services.cases.rename_speaker(world["off1"], 1, "Driver", "Mr. Diaz")
    assert [s.speaker for s in transcript.segments] == ["Officer", "Mr. Diaz"]
    with pytest.raises(NotFound):
        world.services.cases.rename_speaker(world["off1"], 1, "Nobody", "X")
    case = world.services.cases.set_officer_account(
        world["off1"], 1, "The driver was belligerent and made furtive movements.")
    assert case.officer_account is not None
    assert case.report.number == 2  # re-verified against the account as a new version


def test_audit_chain_verifies_and_case_events_are_readable(make_world: Callable[..., World]
                                                          ) -> None:
    world = make_world("exported")
    report = world.services.audit.verify()
    assert report.ok
    assert report.count == len(world.events())
    entries = world.services.audit.case_events(world["sgt"], 1)
    actions = [e.action for e in entries]
    for expected in ("case_import", "flag_acknowledge", "report_sign", "report_approve",
                     "report_export"):
        assert expected in actions
    assert world.services.audit.check_witness(report.head_seq, report.head_hash) is None
    assert "truncated" in (world.services.audit.check_witness(report.head_seq + 50,
                                                              report.head_hash) or "")
