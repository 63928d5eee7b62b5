"""A transcription that dies part-way during an import: the case exists, marked failed, with
the partial transcript kept as partial; signing waits for a retry, and the retry works.

The transcription child is the scripted stand-in of tests/unit/media (it SIGKILLs itself
after some segments), so this runs in a second, without the speech model.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from app.domain import Action, ReportOrigin
from app.media import transcription as transcription_module
from app.services.errors import Cancelled, Refused
from tests.services.conftest import PASSWORD, World

FAKE = Path(__file__).parents[1] / "unit" / "media" / "fake_media_worker.py"


@pytest.fixture
def fake_worker(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setattr(transcription_module, "worker_command",
                        lambda: [sys.executable, str(FAKE)])
    return monkeypatch


def _import_killed(world: World, fake_worker: pytest.MonkeyPatch) -> int:
    fake_worker.setenv("FAKE_WORKER_MODE", "selfkill")
    fake_worker.setenv("FAKE_WORKER_SEGMENTS", "2")
    return world.services.cases.import_case(world["off1"], media=world.inputs.media,
                                            draft=world.inputs.draft)


def test_killed_transcription_creates_a_failed_case_and_retry_completes_it(
        world: World, fake_worker: pytest.MonkeyPatch) -> None:
    s, off1 = world.services, world["off1"]
    case_id = _import_killed(world, fake_worker)
    action, outcome, _, details = world.last_event()
    assert (action, outcome) == ("case_import", "ok")
    assert json.loads(details)["transcript_status"] == "failed"

    case = s.cases.get_case(off1, case_id)
    assert case.transcript_status == "failed"
    assert case.report.analysis.flags == ()  # nothing verified against a partial transcript
    partial = s.cases.get_transcript(off1, case_id)
    assert not partial.complete
    assert [seg.text for seg in partial.segments] == ["segment 0", "segment 1"]

    reason = s.workflow.blocker(off1, Action.SIGN, case_id)
    assert reason is not None
    assert "transcription failed" in reason
    with pytest.raises(Refused, match="transcription failed"):
        s.workflow.sign(off1, case_id, PASSWORD)
    with pytest.raises(Refused, match="another officer"):
        s.cases.retry_transcription(world["off2"], case_id)

    fake_worker.setenv("FAKE_WORKER_MODE", "ok")
    fake_worker.setenv("FAKE_WORKER_SEGMENTS", "3")
    stages: list[str] = []
    after = s.cases.retry_transcription(off1, case_id,
                                        progress=lambda stage, _f: stages.append(stage))
    assert "transcribing" in stages
    assert after.transcript_status == "complete"
    assert s.cases.get_transcript(off1, case_id).complete
    assert [v.number for v in after.versions] == [1, 2]
    assert after.versions[1].text == after.versions[0].text
    assert after.versions[1].origin is ReportOrigin.AI_DRAFT
    assert after.report.analysis.flags  # the draft is now checked against the transcript
    assert "transcription" not in (s.workflow.blocker(off1, Action.SIGN, case_id) or "")
    with pytest.raises(Refused, match="already has a complete transcript"):
        s.cases.retry_transcription(off1, case_id)


def test_retry_that_fails_again_keeps_the_status_and_replaces_the_partial(
        world: World, fake_worker: pytest.MonkeyPatch) -> None:
    s, off1 = world.services, world["off1"]
    case_id = _import_killed(world, fake_worker)
    fake_worker.setenv("FAKE_WORKER_MODE", "crash")
    fake_worker.setenv("FAKE_WORKER_SEGMENTS", "1")
    case = s.cases.retry_transcription(off1, case_id)
    assert world.last_event()[:2] == ("transcript_retry", "failed")
    assert case.transcript_status == "failed"
    assert [seg.text for seg in s.cases.get_transcript(off1, case_id).segments] == ["segment 0"]
    assert len(case.versions) == 1


def test_retry_refuses_a_changed_recording(world: World, fake_worker: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    media = tmp_path / "stop.wav"
    media.write_bytes(world.inputs.media.read_bytes())
    fake_worker.setenv("FAKE_WORKER_MODE", "selfkill")
    case_id = world.services.cases.import_case(world["off1"], media=media)
    media.write_bytes(media.read_bytes() + b"\0\0")
    with pytest.raises(Refused, match="changed since it was imported"):
        world.services.cases.retry_transcription(world["off1"], case_id)
    assert world.services.cases.get_case(world["off1"], case_id).transcript_status == "failed"


def test_cancel_of_the_import_records_nothing(world: World,
                                              fake_worker: pytest.MonkeyPatch) -> None:
    import threading

    fake_worker.setenv("FAKE_WORKER_MODE", "hang")
    cancel = threading.Event()

    def progress(stage: str, _fraction: float) -> None:
        if stage == "transcribing":
            cancel.set()

    before = world.snapshot()
    with pytest.raises(Cancelled, match="nothing was recorded"):
        world.services.cases.import_case(world["off1"], media=world.inputs.media,
                                         progress=progress, cancel=cancel)
    assert world.snapshot() == before


def test_cancelled_retry_marks_the_case_cancelled(world: World,
                                                  fake_worker: pytest.MonkeyPatch) -> None:
    import threading

    case_id = _import_killed(world, fake_worker)
    fake_worker.setenv("FAKE_WORKER_MODE", "hang")
    cancel = threading.Event()

    def progress(stage: str, _fraction: float) -> None:
        if stage == "transcribing":
            cancel.set()

    case = world.services.cases.retry_transcription(world["off1"], case_id, progress=progress,
                                                    cancel=cancel)
    assert case.transcript_status == "cancelled"
    reason = world.services.workflow.blocker(world["off1"], Action.SIGN, case_id)
    assert reason is not None
    assert "cancelled" in reason
