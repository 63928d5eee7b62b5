"""Command-line answers to bad input, run in-process (app.cli.main) to keep them fast."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli import main
from tests.services.conftest import PASSWORD

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(templates: Callable[[str], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Callable[[str], Run]:
    for key in ("COUNTERSIGN_DATABASE_URL", "COUNTERSIGN_PASSWORD"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("COUNTERSIGN_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("COUNTERSIGN_DATA_DIR", str(tmp_path / "data"))

    def on(state: str) -> Run:
        path = tmp_path / f"{state}.db"
        shutil.copyfile(templates(state), path)

        def call(*args: str, password: str = PASSWORD) -> tuple[int, str, str]:
            monkeypatch.setenv("COUNTERSIGN_PASSWORD", password)
            capsys.readouterr()
            code = main([*args, "--db", f"sqlite:///{path}"])
            out, err = capsys.readouterr()
            return code, out, err

        return call

    return on


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_unknown_ids_wrong_password_and_missing_files(run: Callable[[str], Run],
                                                     tmp_path: Path) -> None:
    cli = run("new")
    code, _, err = cli("case", "show", "99", "--as", "sgt")
    assert (code, one_line(err)) == (1, "Case 99 does not exist.")
    code, _, err = cli("ack", "1", "f-nope", "--resolution", "edited", "--as", "off1")
    assert code == 1
    assert "no flag f-nope" in one_line(err)
    code, _, err = cli("case", "edit", "1", "--report", str(tmp_path / "gone.txt"), "--as", "off1")
    assert code == 2
    assert "gone.txt" in one_line(err)
    code, _, err = cli("case", "import", "--media", str(tmp_path / "gone.mp4"), "--officer", "off1")
    assert code == 2
    assert "gone.mp4" in one_line(err)
    code, _, err = cli("case", "list", "--as", "off1", password="wrong password!!")
    assert code == 1
    wrong = one_line(err)
    code, _, err = cli("case", "list", "--as", "nobody")
    assert (code, one_line(err)) == (1, wrong)  # an unknown user reads the same
    code, _, err = cli("sign", "1", "--as", "off1", password="wrong password!!")
    assert code == 1
    code, _, err = cli("import", "--as", "off1")  # not a command: usage error
    assert code == 2


def test_usage_errors_exit_2(run: Callable[[str], Run]) -> None:
    cli = run("new")
    code, _, err = cli("sign", "seven", "--as", "off1")
    assert code == 2
    assert "not a case id" in err
    code, _, err = cli("backup", "--out", "/no/such/folder/x.db", "--as", "admin")
    assert code == 2
    assert "/no/such/folder" in one_line(err)


def test_return_needs_a_comment_and_show_has_it(run: Callable[[str], Run]) -> None:
    cli = run("signed")
    code, _, err = cli("return", "1", "--comment", "  ", "--as", "sgt")
    assert code == 2
    assert "comment" in one_line(err)
    assert cli("return", "1", "--comment", "Describe the movements.", "--as", "sgt")[0] == 0
    code, out, _ = cli("case", "show", "1", "--as", "off1")
    assert code == 0
    assert "Describe the movements." in out


def test_edit_ack_unlock_backup_and_witness(run: Callable[[str], Run], tmp_path: Path) -> None:
    cli = run("new")
    report = tmp_path / "report.txt"
    report.write_text("The driver stated he was trying to get to the hospital.\n")
    code, out, err = cli("case", "edit", "1", "--report", str(report), "--as", "off1")
    assert code == 0, err
    assert "version 2" in out
    code, out, _ = cli("case", "list", "--as", "sgt", "--format", "json")
    assert code == 0
    assert '"state": "in_review"' in out
    for _ in range(5):
        cli("case", "list", "--as", "off2", password="wrong password!!")
    assert cli("user", "unlock", "off2", "--as", "admin")[0] == 0
    assert cli("case", "list", "--as", "off2")[0] == 0
    backup = tmp_path / "backup.db"
    assert cli("backup", "--out", str(backup), "--as", "admin")[0] == 0
    assert backup.stat().st_size > 0
    assert cli("backup", "--out", str(backup), "--as", "sgt")[0] == 1
    witness = tmp_path / "head.txt"
    assert cli("audit", "head", "--out", str(witness))[0] == 0
    code, out, _ = cli("audit", "verify", "--witness", str(witness))
    assert code == 0
    assert out.startswith("ok ")
    witness.write_text("9999 " + "0" * 64 + "\n")
    code, _, err = cli("audit", "verify", "--witness", str(witness))
    assert code == 1
    assert "truncated" in one_line(err)
