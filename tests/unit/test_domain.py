"""Domain values: JSON round trips and the state machine."""

from __future__ import annotations

import json

import pytest

from app.domain import (
    Analysis,
    Claim,
    ClaimStatus,
    Evidence,
    Flag,
    FlagKind,
    ReportState,
    Severity,
    Transcript,
    can_transition,
)

TRANSCRIPT_JSON = {
    "language": "en",
    "duration": 24.7,
    "engine": "faster-whisper tiny.en int8",
    "media_sha256": "9f2c",
    "segments": [
        {"id": 0, "start": 0.0, "end": 5.96, "speaker": "Officer", "text": "Dispatch, unit twelve.",
         "words": [{"start": 0.0, "end": 0.3, "word": "Dispatch,", "probability": 0.93}]},
        {"id": 1, "start": None, "end": None, "text": "untimed line"},
    ],
}


def test_transcript_round_trips_through_json() -> None:
    transcript = Transcript.from_dict(json.loads(json.dumps(TRANSCRIPT_JSON)))
    assert transcript.segments[0].words[0].probability == pytest.approx(0.93)
    assert transcript.segments[1].start is None
    again = Transcript.from_dict(transcript.to_dict())
    assert again == transcript


def test_transcript_needs_segment_text() -> None:
    with pytest.raises(ValueError, match="segment 0 needs a 'text'"):
        Transcript.from_dict({"segments": [{"id": 0}]})


def test_transcript_rejects_duplicate_ids_and_bad_times() -> None:
    with pytest.raises(ValueError, match="not unique"):
        Transcript.from_dict({"segments": [{"id": 1, "text": "a"}, {"id": 1, "text": "b"}]})
    with pytest.raises(ValueError, match="start must be a number"):
        Transcript.from_dict({"segments": [{"text": "a", "start": "soon"}]})


def test_plain_text_gives_one_untimed_segment_per_line() -> None:
    transcript = Transcript.from_text("first\n\n  second  \n")
    assert [s.text for s in transcript.segments] == ["first", "second"]
    assert all(s.start is None for s in transcript.segments)


def test_analysis_json_has_contract_fields_and_summary() -> None:
    claim = Claim(id="c1", start=0, end=10, text="I stopped.", status=ClaimStatus.CONTRADICTED,
                  support=0.5, asr_confidence=0.9,
                  evidence=(Evidence(segment=2, start=1.0, end=2.0, score=0.5, text="stop"),))
    flag = Flag(id="f-1", kind=FlagKind.BIAS_LANGUAGE, severity=Severity.MEDIUM,
                message="m", claim="c1", start=0, end=3, category="conclusory", term="x")
    data = Analysis(claims=(claim,), flags=(flag,)).to_dict()
    assert data["summary"] == {"claims": 1, "supported": 0, "weak": 0, "unsupported": 0,
                               "contradicted": 1, "flags": 1}
    assert data["flags"][0]["category"] == "conclusory"
    assert set(data["claims"][0]) >= {"id", "start", "end", "text", "status", "support",
                                      "asr_confidence", "evidence"}
    assert Analysis.from_dict(data) == Analysis(claims=(claim,), flags=(flag,))


@pytest.mark.parametrize(
    ("current", "target", "allowed"),
    [
        (ReportState.IN_REVIEW, ReportState.SIGNED, True),
        (ReportState.IN_REVIEW, ReportState.APPROVED, False),
        (ReportState.SIGNED, ReportState.RETURNED, True),
        (ReportState.RETURNED, ReportState.SIGNED, False),
        (ReportState.APPROVED, ReportState.EXPORTED, True),
        (ReportState.EXPORTED, ReportState.IN_REVIEW, True),
        (ReportState.APPROVED, ReportState.IN_REVIEW, False),
    ],
)
def test_state_machine_edges(current: ReportState, target: ReportState, allowed: bool) -> None:
    assert can_transition(current, target) is allowed
