"""Drafting a case's report through the real `openai` client over real HTTP to a loopback
server standing in for vLLM or llama.cpp."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain import FlagKind, ReportOrigin, Resolution, Severity, Transcript
from app.llm.prompts import PROMPT_VERSION
from app.services import BadInput, OpenFlags, PermissionDenied, Refused
from app.settings import Settings
from tests.llm.conftest import LlmServer, completion, free_port, llm_server, sentences
from tests.services.conftest import PASSWORD, World

__all__ = ["llm_server"]

API_KEY = "sk-test-never-stored-0123456789"
CITED = "I stopped the driver for speeding."
HOSPITAL = "The driver said he was going to the hospital."
NO_CITATION = "The driver was cooperative."
UNKNOWN_SEGMENT = "He had a passenger."
PLACEHOLDER = "[INSERT: what you saw before the stop]"
ANSWER = sentences((CITED, [0]), (HOSPITAL, [1]), (NO_CITATION, []), (UNKNOWN_SEGMENT, [7]),
                   (PLACEHOLDER, []))


def llm_settings(url: str, **changes: Any) -> Settings:
    return Settings(llm_base_url=url, llm_model="llama-3.1-8b", llm_timeout=5,
                    llm_api_key=API_KEY).replace(**changes)


@pytest.fixture
def drafting(make_world: Callable[..., World],
             llm_server: tuple[str, LlmServer]) -> tuple[World, LlmServer, int]:
    """A world whose settings point at the loopback server, with case 2 of off1 imported
    without a draft (version 1 is an empty placeholder)."""
    url, server = llm_server
    world = make_world("new", llm_settings(url))
    case_id = world.services.cases.import_case(world["off1"], media=world.inputs.media,
                                               transcript=world.inputs.transcript)
    return world, server, case_id


def _rows(world: World, sql: str, *args: object) -> list[tuple[Any, ...]]:
    with sqlite3.connect(world.path) as conn:
        return list(conn.execute(sql, args))


def _uncited(world: World, case_id: int) -> dict[str, tuple[str, Severity, str]]:
    case = world.services.cases.get_case(world["off1"], case_id)
    text = case.report.text
    return {f.claim or "": (f.id, f.severity, text[f.start or 0:f.end or 0])
            for f in case.report.analysis.flags if f.kind is FlagKind.UNCITED_DRAFT_SENTENCE}


def test_draft_creates_a_verified_version_with_provenance_and_uncited_flags(
        drafting: tuple[World, LlmServer, int]) -> None:
    world, server, case_id = drafting
    server.reply = ANSWER
    case = world.services.drafting.draft_case(world["off1"], case_id)

    assert case.report.number == 2
    assert case.report.origin is ReportOrigin.AI_DRAFT
    assert case.first_draft.number == 2  # the empty import placeholder is not the AI draft
    assert case.report.text.startswith(CITED)
    flags = {f.claim: f for f in case.report.analysis.flags
             if f.kind is FlagKind.UNCITED_DRAFT_SENTENCE}
    assert set(flags) == {NO_CITATION, UNKNOWN_SEGMENT}
    assert all(f.severity is Severity.HIGH for f in flags.values())
    assert "cites no transcript segment" in flags[NO_CITATION].message
    assert f'"{UNKNOWN_SEGMENT}"' in flags[UNKNOWN_SEGMENT].message
    assert "segment(s) 7 that do not exist" in flags[UNKNOWN_SEGMENT].message
    for claim, flag in flags.items():
        assert case.report.text[flag.start or 0:flag.end or 0] == claim
        assert flag.id in case.open_flags
    # The verifier ran too: the placeholder is flagged by it, not as an uncited sentence.
    assert any(f.kind is FlagKind.PLACEHOLDER for f in case.report.analysis.flags)

    (raw,) = _rows(world, "SELECT provenance_json FROM report_version WHERE case_id = ? AND "
                   "number = 2", case_id)
    provenance = json.loads(raw[0])
    assert provenance["model"] == "llama-3.1-8b"
    assert provenance["served_model"] == "local-llama"
    assert provenance["prompt_version"] == PROMPT_VERSION
    assert provenance["raw_answer"] == json.loads(ANSWER({})[1])["choices"][0]["message"][
        "content"]
    assert provenance["request"]["messages"][1]["content"].count("[S1 00:01] Driver:") == 1
    assert len(provenance["citation_problems"]) == 2
    action, outcome, user, details = world.last_event()
    assert (action, outcome, user) == ("report_draft", "ok", "off1")
    audited = json.loads(details)
    assert audited["origin"] == "ai_draft"
    assert audited["raw_answer"] == provenance["raw_answer"]
    assert audited["served_model"] == "local-llama"
    assert sorted(audited["uncited_flags"]) == sorted(f.id for f in flags.values())

    # The key went to the server and nowhere else.
    assert server.requests[0]["authorization"] == f"Bearer {API_KEY}"
    for suffix in ("", "-wal"):
        stored = Path(f"{world.path}{suffix}")
        if stored.exists():
            assert API_KEY.encode() not in stored.read_bytes()

    with pytest.raises(OpenFlags) as refused:
        world.services.workflow.sign(world["off1"], case_id, PASSWORD)
    assert {f.id for f in flags.values()} <= set(refused.value.flag_ids)


def test_regeneration_and_edits_keep_uncited_sentences_flagged(
        drafting: tuple[World, LlmServer, int]) -> None:
    world, server, case_id = drafting
    server.reply = ANSWER
    services, off1 = world.services, world["off1"]
    services.drafting.draft_case(off1, case_id)
    first = _uncited(world, case_id)
    no_citation_id = first[NO_CITATION][0]
    services.review.acknowledge(off1, case_id, no_citation_id, Resolution.CONFIRMED,
                                "I saw him cooperate.")

    # An edit elsewhere does not make an uncited sentence cited; its acknowledgement stays.
    text = services.cases.get_case(off1, case_id).report.text
    edited = services.review.save_version(off1, case_id, text.replace("speeding", "speeding"
                                                                      " on Main Street"))
    assert edited.report.origin is ReportOrigin.OFFICER_EDIT
    assert _uncited(world, case_id) == first
    assert no_citation_id in edited.acknowledgements
    assert no_citation_id not in edited.open_flags

    # Deleting the sentence resolves its flag.
    gone = services.review.save_version(off1, case_id,
                                        edited.report.text.replace(UNKNOWN_SEGMENT, ""))
    assert set(_uncited(world, case_id)) == {NO_CITATION}
    assert gone.acknowledgements[first[UNKNOWN_SEGMENT][0]].resolution is (
        Resolution.RESOLVED_BY_EDIT)

    server.reply = sentences((CITED, [0]), (NO_CITATION, []))
    again = services.drafting.draft_case(off1, case_id)
    assert again.report.origin is ReportOrigin.AI_REGENERATION
    assert again.first_draft.number == 2
    assert [v.origin for v in again.versions] == [
        ReportOrigin.OFFICER_EDIT, ReportOrigin.AI_DRAFT, ReportOrigin.OFFICER_EDIT,
        ReportOrigin.OFFICER_EDIT, ReportOrigin.AI_REGENERATION]
    assert _uncited(world, case_id) == {NO_CITATION: first[NO_CITATION]}  # a stable id


def test_a_case_imported_with_a_draft_is_regenerated(make_world: Callable[..., World],
                                                     llm_server: tuple[str, LlmServer]) -> None:
    url, server = llm_server
    world = make_world("new", llm_settings(url))
    server.reply = sentences((CITED, [0]), (NO_CITATION, []), (NO_CITATION, []))
    case = world.services.drafting.draft_case(world["off1"], 1)
    assert case.report.origin is ReportOrigin.AI_REGENERATION
    assert case.first_draft.number == 1
    repeated = [f for f in case.report.analysis.flags
                if f.kind is FlagKind.UNCITED_DRAFT_SENTENCE]
    assert [f.id for f in repeated] == [repeated[0].id, repeated[0].id + "-2"]
    assert [case.report.text[f.start or 0:f.end or 0] for f in repeated] == [NO_CITATION] * 2
    assert repeated[0].start != repeated[1].start


@pytest.fixture
def slow_release() -> Iterator[threading.Event]:
    release = threading.Event()
    yield release
    release.set()


FAILURES: dict[str, tuple[Callable[[threading.Event], Any] | None, str]] = {
    "timeout": (lambda release: lambda body: (release.wait(5), completion("{}"))[1],
                "did not answer within 0.5 s"),
    "refused connection": (None, "cannot connect to the drafting server"),
    "not json": (lambda release: lambda body: completion("Sure! Here is the report."),
                 "did not answer JSON"),
    "http 500": (lambda release: lambda body: (500, '{"error": {"message": "out of memory"}}'),
                 "answered HTTP 500"),
}


@pytest.mark.parametrize("failure", list(FAILURES))
def test_a_failed_draft_creates_no_version_and_is_audited(
        failure: str, make_world: Callable[..., World], llm_server: tuple[str, LlmServer],
        slow_release: threading.Event) -> None:
    url, server = llm_server
    make_reply, expected = FAILURES[failure]
    if make_reply is None:
        url = f"http://127.0.0.1:{free_port()}/v1"
    else:
        server.reply = make_reply(slow_release)
    world = make_world("new", llm_settings(url, llm_timeout=0.5))
    before = world.snapshot()
    with pytest.raises(Refused) as refused:
        world.services.drafting.draft_case(world["off1"], 1)
    message = refused.value.message
    assert expected in message
    assert message.startswith("Drafting failed: ")
    assert message.endswith("no report version was created.")
    assert "\n" not in message
    assert world.snapshot() == before
    action, outcome, user, details = world.last_event()
    assert (action, outcome, user) == ("report_draft", "failed", "off1")
    assert json.loads(details)["reason"] == message
    assert API_KEY not in details


@pytest.mark.parametrize(("who", "state", "error", "reason"), [
    ("sgt", "new", PermissionDenied, "role sergeant may not draft reports"),
    ("off2", "new", PermissionDenied, "belongs to another officer"),
    ("off1", "signed", Refused, "is signed; to draft it must be in review or returned"),
])
def test_refusals_reach_no_server_and_create_nothing(
        who: str, state: str, error: type[Exception], reason: str,
        make_world: Callable[..., World], llm_server: tuple[str, LlmServer]) -> None:
    url, server = llm_server
    world = make_world(state, llm_settings(url))
    before = world.snapshot()
    with pytest.raises(error, match=reason):
        world.services.drafting.draft_case(world[who], 1)
    assert server.requests == []
    assert world.snapshot() == before
    assert world.last_event()[:3] == ("report_draft", "refused", who)


def test_not_configured_names_the_setting(make_world: Callable[..., World]) -> None:
    world = make_world("new", Settings(llm_model="m"))
    assert world.services.drafting.configured() == (
        False, "Drafting is not configured: set COUNTERSIGN_LLM_BASE_URL.")
    before = world.snapshot()
    with pytest.raises(BadInput, match="COUNTERSIGN_LLM_BASE_URL"):
        world.services.drafting.draft_case(world["off1"], 1)
    assert world.snapshot() == before
    world = make_world("new", Settings(llm_base_url="http://127.0.0.1:9/v1"))
    with pytest.raises(BadInput, match=r"set COUNTERSIGN_LLM_MODEL$"):
        world.services.drafting.draft_text(world["off1"], _transcript(world))
    assert world.last_event()[:3] == ("report_draft", "refused", "off1")


def _transcript(world: World) -> Transcript:
    return world.services.cases.get_transcript(world["off1"], 1)


def test_draft_text_is_audited_as_the_actor(make_world: Callable[..., World],
                                            llm_server: tuple[str, LlmServer]) -> None:
    url, server = llm_server
    world = make_world("new", llm_settings(url))
    ok, line = world.services.drafting.configured()
    assert ok
    assert "llama-3.1-8b" in line
    server.reply = ANSWER
    before = world.snapshot()
    result = world.services.drafting.draft_text(world["off1"], _transcript(world))
    assert [s.text for s in result.citation_problems] == [NO_CITATION, UNKNOWN_SEGMENT]
    assert world.snapshot() == before  # no case changes
    action, outcome, user, details = world.last_event()
    assert (action, outcome, user) == ("report_draft", "ok", "off1")
    assert json.loads(details)["prompt_version"] == PROMPT_VERSION
    with pytest.raises(PermissionDenied):
        world.services.drafting.draft_text(world["sgt"], _transcript(world))
    assert len(server.requests) == 1
    result = world.services.drafting.draft_text(None, _transcript(world))
    assert world.last_event()[:3] == ("report_draft", "ok", None)


def test_every_ai_draft_carries_the_attention_check(make_world: Callable[..., World],
                                                   llm_server: tuple[str, LlmServer]) -> None:
    url, server = llm_server
    world = make_world("new", llm_settings(url, attention_check=True))
    services, off1 = world.services, world["off1"]
    case_id = services.cases.import_case(off1, media=world.inputs.media,
                                         transcript=world.inputs.transcript)
    server.reply = ANSWER

    first = services.drafting.draft_case(off1, case_id)
    checks = [f for f in first.report.analysis.flags if f.kind is FlagKind.ATTENTION_CHECK]
    assert len(checks) == 1
    planted = first.report.text[checks[0].start or 0:checks[0].end or 0]
    assert planted
    assert planted in first.report.text
    assert CITED in first.report.text
    (stored,) = _rows(world, "SELECT attention_sentence FROM case_file WHERE id = ?", case_id)
    assert stored[0].rstrip(".") == planted.rstrip(".")
    action, _, _, details = world.last_event()
    assert action == "attention_check_insert"
    assert json.loads(details)["version"] == first.report.number

    # a re-draft carries the same sentence again: the check cannot be drafted away
    again = services.drafting.draft_case(off1, case_id)
    assert again.report.number == first.report.number + 1
    assert planted in again.report.text
    assert any(f.kind is FlagKind.ATTENTION_CHECK for f in again.report.analysis.flags)


def test_drafts_carry_no_attention_check_when_the_agency_has_it_off(
        drafting: tuple[World, LlmServer, int]) -> None:
    world, server, case_id = drafting
    server.reply = ANSWER
    case = world.services.drafting.draft_case(world["off1"], case_id)
    assert not any(f.kind is FlagKind.ATTENTION_CHECK for f in case.report.analysis.flags)
    assert world.last_event()[0] == "report_draft"
