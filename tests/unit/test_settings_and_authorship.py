"""Settings loading and the AI-authorship diff."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.settings import Settings, load_settings, save_settings
from app.verify.authorship import ai_fraction, ai_spans


def test_settings_file_then_environment_override(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(agency_name="Springfield PD", idle_lock_minutes=10), path)
    assert "llm_api_key" not in json.loads(path.read_text())
    settings = load_settings(path, environ={"COUNTERSIGN_IDLE_LOCK_MINUTES": "5",
                                            "OPENAI_API_KEY": "sk-test"})
    assert settings.agency_name == "Springfield PD"
    assert settings.idle_lock_minutes == 5
    assert settings.llm_api_key == "sk-test"


def test_malformed_settings_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    with pytest.raises(ValueError, match=r"settings\.json: cannot read settings"):
        load_settings(path, environ={})


def test_bad_environment_value_is_named(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="COUNTERSIGN_IDLE_LOCK_MINUTES"):
        load_settings(tmp_path / "none.json", environ={"COUNTERSIGN_IDLE_LOCK_MINUTES": "soon"})


def test_ai_spans_mark_unchanged_draft_text_only() -> None:
    draft = "I stopped a grey Honda at Main Street. The driver was calm."
    final = "I stopped a silver Honda at Main Street. The driver was calm and polite."
    spans = [final[s:e] for s, e in ai_spans(draft, final)]
    assert "silver" not in "".join(spans)
    assert any("Honda at Main Street" in s for s in spans)
    assert "polite" not in "".join(spans)


def test_ai_fraction_bounds() -> None:
    assert ai_fraction("same text", "same text") == 1.0
    assert ai_fraction("abc", "") == 0.0
    assert ai_fraction("the draft", "entirely new words") == 0.0


def test_a_lone_shared_word_in_an_officer_sentence_is_not_ai_text() -> None:
    draft = "I stopped the car and the driver waited."
    final = "Before that I saw the Civic pass two cars on the right shoulder."
    assert ai_spans(draft, final) == []
