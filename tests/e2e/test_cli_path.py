"""The whole path through the installed `countersign` command, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.services.conftest import PASSWORD, Inputs

WRONG = "not the right password"


def countersign_exe() -> str:
    beside = Path(sys.executable).parent / "countersign"
    found = str(beside) if beside.exists() else shutil.which("countersign")
    if found is None:
        pytest.fail("the countersign script is not installed (pip install -e .)", pytrace=False)
    return found


@dataclass
class Cli:
    env: dict[str, str]
    cwd: Path

    def __call__(self, *args: str, password: str | None = PASSWORD,
                 stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        env = dict(self.env)
        if password is None:
            env.pop("COUNTERSIGN_PASSWORD", None)
        else:
            env["COUNTERSIGN_PASSWORD"] = password
        return subprocess.run([countersign_exe(), *args], env=env, cwd=self.cwd, text=True,
                              capture_output=True, input=stdin or "", timeout=120, check=False)


def make_cli(url: str, folder: Path) -> Cli:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COUNTERSIGN_")}
    env.update(COUNTERSIGN_DATABASE_URL=url, COUNTERSIGN_CONFIG_DIR=str(folder / "config"),
               COUNTERSIGN_DATA_DIR=str(folder / "data"), QT_QPA_PLATFORM="offscreen")
    return Cli(env, folder)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (result.args, result.stderr)
    return result.stdout


def refused(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


# One flag only (a contradicted speed), so the path needs few commands; each one is a process.
DRAFT = ("I stopped the driver for speeding at 55 mph in a 30 zone.\n\n"
         "The driver stated he was trying to get to the hospital.\n")


def test_whole_path(db_url: str, tmp_path: Path, inputs: Inputs) -> None:
    cli = make_cli(db_url, tmp_path)
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    ok(cli("user", "add", "admin", "--role", "admin", "--name", "Ada Admin",
           password=None, stdin=PASSWORD + "\n"))
    for name, role in (("off1", "officer"), ("off2", "officer"), ("sgt", "sergeant"),
                       ("clerk", "records_clerk")):
        ok(cli("user", "add", name, "--role", role, "--badge", "12", "--as", "admin",
               stdin=PASSWORD + "\n"))
    case_id = ok(cli("case", "import", "--media", str(inputs.media), "--transcript",
                     str(inputs.transcript), "--draft", str(draft), "--officer", "off1"))
    case_id = case_id.strip()
    assert case_id.isdigit()

    message = refused(cli("sign", case_id, "--as", "off1"))
    flags = re.findall(r"f-[0-9a-f]+", message)
    assert flags, message
    refused(cli("ack", case_id, flags[0], "--resolution", "edited", "--as", "off2"))
    for flag in flags:
        ok(cli("ack", case_id, flag, "--resolution", "confirmed", "--note",
               "I saw this; not audible.", "--as", "off1"))
    ok(cli("sign", case_id, "--as", "off1"))
    refused(cli("approve", case_id, "--as", "off1"))
    out = tmp_path / "report.docx"
    refused(cli("export", case_id, "--out", str(out), "--as", "clerk"))
    ok(cli("approve", case_id, "--as", "sgt"))
    refused(cli("export", case_id, "--out", str(out), "--as", "off1"))
    assert not out.exists()
    exported = ok(cli("export", case_id, "--out", str(out), "--as", "clerk"))
    assert out.stat().st_size > 0
    assert str(out) in exported

    for _ in range(5):
        refused(cli("case", "list", "--as", "off2", password=WRONG))
    refused(cli("case", "list", "--as", "off2"))  # locked: the right password is refused too
    assert ok(cli("audit", "verify")).startswith("ok ")


def test_user_errors_from_a_real_process(templates: Callable[[str], Path],
                                         tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    shutil.copyfile(templates("new"), path)
    cli = make_cli(f"sqlite:///{path}", tmp_path)
    assert "does not exist" in refused(cli("case", "show", "99", "--as", "off1"))
    assert "missing.mp4" in refused(
        cli("case", "import", "--media", str(tmp_path / "missing.mp4"), "--officer", "off1"),
        code=2)
