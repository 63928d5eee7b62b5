"""The commands that need no login: analyze (single and batch), db, draft, first user add."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.cli import main
from tests.services.conftest import DRAFT, PASSWORD, TRANSCRIPT


@pytest.fixture(autouse=True)
def _env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("COUNTERSIGN_DATABASE_URL", "COUNTERSIGN_PASSWORD", "COUNTERSIGN_LLM_BASE_URL"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("COUNTERSIGN_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("COUNTERSIGN_DATA_DIR", str(tmp_path / "data"))


def _files(tmp_path: Path) -> tuple[Path, Path]:
    transcript = tmp_path / "t.json"
    transcript.write_text(json.dumps(TRANSCRIPT), encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text(DRAFT, encoding="utf-8")
    return transcript, report


def test_analyze_prints_analysis_json_and_text(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    transcript, report = _files(tmp_path)
    assert main(["analyze", "--transcript", str(transcript), "--report", str(report)]) == 0
    analysis = json.loads(capsys.readouterr().out)
    assert analysis["summary"]["contradicted"] >= 1
    assert {f["kind"] for f in analysis["flags"]} >= {"contradicted_claim", "bias_language"}
    assert main(["analyze", "--transcript", str(transcript), "--report", str(report),
                 "--format", "text"]) == 0
    assert "contradicted_claim" in capsys.readouterr().out
    assert main(["analyze", "--transcript", str(tmp_path / "no.json"), "--report",
                 str(report)]) == 2
    err = capsys.readouterr().err.strip()
    assert "no.json" in err
    assert len(err.splitlines()) == 1


def test_analyze_batch_keeps_order_and_survives_bad_lines(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    lines = [json.dumps({"id": "a", "transcript": TRANSCRIPT, "report": DRAFT}),
             "{not json",
             json.dumps({"id": "c", "transcript": "Officer: you were going forty-five.",
                         "report": "The driver was going 45."})]
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["analyze", "--batch", str(batch), "--out", str(out)]) == 0
    results = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(results) == 3
    assert results[0]["id"] == "a"
    assert "analysis" in results[0]
    assert "error" in results[1]
    assert results[2]["id"] == "c"
    assert main(["analyze", "--batch", str(tmp_path / "none.jsonl")]) == 2
    assert "none.jsonl" in capsys.readouterr().err


def test_db_upgrade_and_current(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert main(["db", "current", "--db", url]) == 0
    assert capsys.readouterr().out.startswith("none")
    assert main(["db", "upgrade", "--db", url]) == 0
    assert main(["--db", url, "db", "current"]) == 0
    revision = capsys.readouterr().out.strip().splitlines()[-1]
    assert revision.isalnum()
    (tmp_path / "junk.db").write_bytes(b"this is not a database" * 100)
    assert main(["case", "list", "--as", "x", "--db", f"sqlite:///{tmp_path / 'junk.db'}"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_draft_is_not_configured(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    transcript, _ = _files(tmp_path)
    assert main(["draft", "--transcript", str(transcript)]) == 2
    assert capsys.readouterr().err.strip() == (
        "drafting is not configured: set COUNTERSIGN_LLM_BASE_URL and COUNTERSIGN_LLM_MODEL")


def test_first_user_add_needs_no_login_and_later_ones_do(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'users.db'}"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["user", "add", "officer1", "--role", "officer", "--db", url]) == 2
    assert "admin" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["user", "add", "chief", "--role", "admin", "--db", url]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["user", "add", "officer1", "--role", "officer", "--db", url]) == 2
    assert "--as" in capsys.readouterr().err
    monkeypatch.setenv("COUNTERSIGN_PASSWORD", PASSWORD)
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["user", "add", "officer1", "--role", "officer", "--as", "chief",
                 "--db", url]) == 2
    assert "12 characters" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["user", "add", "officer1", "--role", "officer", "--as", "chief",
                 "--db", url]) == 0


@pytest.mark.slow
def test_transcribe_the_sample_with_the_bundled_model(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    from app import paths

    media = paths.resources_dir() / "sample" / "bodycam_2026-11-25_2140.mp4"
    out = tmp_path / "sample.vtt"
    assert main(["transcribe", str(media), "--format", "vtt", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("WEBVTT")
    assert "hospital" in text.lower()
    assert "%" in capsys.readouterr().err  # progress lines went to stderr
    assert main(["transcribe", str(tmp_path / "none.mp4")]) == 2
