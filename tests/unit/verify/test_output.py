from __future__ import annotations

import json

from app.domain import Transcript
from app.verify import analyze, analyze_batch, render_text


def test_batch_keeps_order_and_isolates_bad_lines(stop_transcript: Transcript,
                                                  report: str) -> None:
    lines = [
        json.dumps({"id": 1, "transcript": stop_transcript.to_dict(), "report": report}),
        "not json",
        json.dumps({"id": "b", "transcript": "I was going to the hospital.", "report": ""}),
        "",
        json.dumps({"id": 3, "transcript": "I was going to the hospital.",
                    "report": "He said he was going to the hospital."}),
        json.dumps({"id": 4, "transcript": {"segments": [{"text": 5}]}, "report": "Hi there."}),
    ]
    out = [json.loads(line) for line in analyze_batch(lines)]
    assert [o["id"] for o in out] == [1, None, "b", 3, 4]
    assert out[0]["analysis"] == analyze(stop_transcript, report).to_dict()
    assert "line 2" in out[1]["error"]
    assert "not JSON" in out[1]["error"]
    assert "empty" in out[2]["error"]
    assert out[3]["analysis"]["claims"][0]["status"] == "supported"
    assert "segment 0" in out[4]["error"]


def test_render_text_lists_flags_and_claims(stop_transcript: Transcript) -> None:
    report = "I clocked the vehicle at 55 mph. The driver was belligerent."
    text = render_text(analyze(stop_transcript, report), report)
    assert "contradicted_claim" in text
    assert "bias_language" in text
    assert "[HIGH]" in text
    assert "CLAIMS" in text
    assert "c1" in text
    assert "I clocked the vehicle at 55 mph." in text
