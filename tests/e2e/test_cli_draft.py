"""`countersign draft` and `case import --llm-draft` as real processes, drafting over real HTTP
through a loopback server standing in for vLLM or llama.cpp."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from tests.e2e.test_cli_path import Cli, make_cli, ok, refused
from tests.llm.conftest import LlmServer, completion, llm_server, sentences
from tests.services.conftest import Inputs

__all__ = ["llm_server"]

CITED = "I stopped the driver for speeding."
UNCITED = "The driver was cooperative."
ANSWER = sentences((CITED, [0]), (UNCITED, []), ("He had a passenger.", [9]))


def _cli(tmp_path: Path, url: str, templates: Callable[[str], Path]) -> tuple[Cli, Path]:
    db = tmp_path / "cases.db"
    shutil.copyfile(templates("empty"), db)
    cli = make_cli(f"sqlite:///{db}", tmp_path)
    cli.env.update(COUNTERSIGN_LLM_BASE_URL=url, COUNTERSIGN_LLM_MODEL="llama-3.1-8b",
                   COUNTERSIGN_LLM_API_KEY="sk-e2e", COUNTERSIGN_LLM_TIMEOUT="10")
    return cli, db


def test_draft_command(tmp_path: Path, inputs: Inputs, templates: Callable[[str], Path],
                       llm_server: tuple[str, LlmServer]) -> None:
    url, server = llm_server
    cli, db = _cli(tmp_path, url, templates)
    server.reply = ANSWER
    result = cli("draft", "--transcript", str(inputs.transcript), password=None)
    assert ok(result).startswith(CITED + " " + UNCITED)
    problems = result.stderr.strip().splitlines()
    assert len(problems) == 2
    assert UNCITED in problems[0]
    assert "cites no transcript segment" in problems[0]
    assert "cites segment(s) 9 that do not exist" in problems[1]
    assert server.requests[-1]["authorization"] == "Bearer sk-e2e"
    assert server.requests[-1]["body"]["model"] == "llama-3.1-8b"

    out = tmp_path / "draft.txt"
    assert ok(cli("draft", "--transcript", str(inputs.transcript), "--out", str(out),
                  "--as", "off1")) == ""
    assert out.read_text(encoding="utf-8").startswith(CITED)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    with sqlite3.connect(db) as conn:
        action, outcome, username, details = conn.execute(
            "SELECT action, outcome, username, details FROM audit_event "
            "ORDER BY seq DESC LIMIT 1").fetchone()
    assert (action, outcome, username) == ("report_draft", "ok", "off1")
    assert json.loads(details)["served_model"] == "local-llama"
    assert "sk-e2e" not in details


def test_draft_command_failures(tmp_path: Path, inputs: Inputs,
                                templates: Callable[[str], Path],
                                llm_server: tuple[str, LlmServer]) -> None:
    url, server = llm_server
    cli, _ = _cli(tmp_path, url, templates)
    server.reply = lambda body: (500, '{"error": {"message": "CUDA out of memory"}}')
    line = refused(cli("draft", "--transcript", str(inputs.transcript), password=None))
    assert line.startswith("Drafting failed: the drafting server at ")
    assert "answered HTTP 500" in line

    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    line = refused(cli("draft", "--transcript", str(bad), password=None), code=2)
    assert str(bad) in line

    del cli.env["COUNTERSIGN_LLM_BASE_URL"]
    del cli.env["COUNTERSIGN_LLM_MODEL"]
    line = refused(cli("draft", "--transcript", str(inputs.transcript), password=None), code=2)
    assert line == ("drafting is not configured: set COUNTERSIGN_LLM_BASE_URL and "
                    "COUNTERSIGN_LLM_MODEL")
    assert len(server.requests) == 1


def test_case_import_with_llm_draft(tmp_path: Path, inputs: Inputs,
                                    templates: Callable[[str], Path],
                                    llm_server: tuple[str, LlmServer]) -> None:
    url, server = llm_server
    cli, _ = _cli(tmp_path, url, templates)
    server.reply = ANSWER
    case_id = ok(cli("case", "import", "--media", str(inputs.media), "--transcript",
                     str(inputs.transcript), "--officer", "off1", "--llm-draft")).strip()
    assert case_id.isdigit()
    case = json.loads(ok(cli("case", "show", case_id, "--format", "json", "--as", "off1")))
    assert case["report"]["version"] == 2
    assert case["report"]["first_draft_version"] == 2
    assert case["report"]["text"].startswith(CITED)
    uncited = [f for f in case["analysis"]["flags"] if f["kind"] == "uncited_draft_sentence"]
    assert len(uncited) == 2
    assert all(f["severity"] == "high" for f in uncited)

    # A failed draft leaves the imported case (its id on stdout) without an AI draft.
    server.reply = lambda body: completion("I cannot help with that.")
    result = cli("case", "import", "--media", str(inputs.media), "--transcript",
                 str(inputs.transcript), "--officer", "off1", "--llm-draft")
    line = refused(result)
    second = result.stdout.strip()
    assert second.isdigit()
    assert line.startswith(f"case {second} was imported without a draft: Drafting failed: ")
    assert "did not answer JSON" in line

    both = cli("case", "import", "--media", str(inputs.media), "--transcript",
               str(inputs.transcript), "--draft", str(inputs.draft), "--officer", "off1",
               "--llm-draft")
    assert both.returncode == 2
    assert "not allowed with argument" in both.stderr
