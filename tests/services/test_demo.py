"""The first-run demo: real transcription of the bundled sample with the bundled model."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain import FlagKind, ReportState
from app.services.demo import DEMO_PASSWORD, prepare_demo
from app.settings import Settings


@pytest.mark.slow
def test_demo_is_prepared_once_and_reopened(tmp_path: Path) -> None:
    stages: list[str] = []
    services, officer = prepare_demo(tmp_path, Settings(), progress=lambda s, f: stages.append(s))
    try:
        assert officer.user.username == "demo.officer"
        cases = services.cases.list_cases(officer)
        assert len(cases) == 1
        case = services.cases.get_case(officer, cases[0].id)
        assert case.state is ReportState.IN_REVIEW
        assert case.transcript_status == "complete"
        assert "transcribing" in stages
        kinds = {f.kind for f in case.report.analysis.flags}
        assert FlagKind.CONTRADICTED_CLAIM in kinds
        assert FlagKind.PLACEHOLDER in kinds
        transcript = services.cases.get_transcript(officer, case.id)
        assert "hospital" in transcript.text.lower()
        services.auth.login("demo.sergeant", DEMO_PASSWORD)
    finally:
        services.close()
    again, officer = prepare_demo(tmp_path, Settings())
    try:
        assert [c.id for c in again.cases.list_cases(officer)] == [case.id]
        assert again.audit.verify().ok
    finally:
        again.close()
