"""PDF conversion's availability check and its failures, with stand-in soffice programs."""

from __future__ import annotations

import os
import stat
import sys
import time
from pathlib import Path

import pytest

from app.export import PdfConversionError, convert_to_pdf, pdf_available
from app.export import pdf as pdf_module

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="the stand-in soffice programs are POSIX shell scripts")


def fake_soffice(folder: Path, body: str) -> Path:
    folder.mkdir(exist_ok=True)
    script = folder / "soffice"
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return folder


@pytest.fixture
def only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Put the given folder first on PATH (alone for an empty one), no known install location."""
    monkeypatch.setattr(pdf_module, "_KNOWN_LOCATIONS", ())

    def use(folder: Path) -> None:
        # The stand-in scripts need sh, sleep and mkdir; their own soffice comes first.
        tools = "" if not (folder / "soffice").exists() else os.pathsep + "/usr/bin:/bin"
        monkeypatch.setenv("PATH", str(folder) + tools)

    return use


@pytest.fixture
def docx_file(tmp_path: Path) -> Path:
    path = tmp_path / "report.docx"
    path.write_bytes(b"placeholder")
    return path


def test_unavailable_without_soffice_says_why(only, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    only(tmp_path / "empty")
    available, reason = pdf_available()
    assert available is False
    assert "LibreOffice" in reason
    assert "PATH" in reason


def test_available_names_the_program(only, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = fake_soffice(tmp_path / "bin", "exit 0")
    only(folder)
    assert pdf_available() == (True, str(folder / "soffice"))


def test_missing_input_and_folder(tmp_path: Path, docx_file: Path) -> None:
    with pytest.raises(ValueError, match=r"nope\.docx: file not found"):
        convert_to_pdf(tmp_path / "nope.docx", tmp_path)
    with pytest.raises(ValueError, match="folder does not exist"):
        convert_to_pdf(docx_file, tmp_path / "missing")


def test_conversion_without_libreoffice_is_refused(only, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   docx_file: Path) -> None:
    only(tmp_path / "empty")
    with pytest.raises(PdfConversionError, match=r"report\.docx: PDF export needs LibreOffice"):
        convert_to_pdf(docx_file, tmp_path)


def test_failing_soffice_is_reported(only, tmp_path: Path,  # type: ignore[no-untyped-def]
                                     docx_file: Path) -> None:
    only(fake_soffice(tmp_path / "bin", "echo 'Error: source file could not be loaded'; exit 1"))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(PdfConversionError,
                       match=r"could not convert it to PDF \(exit 1: Error: source file"):
        convert_to_pdf(docx_file, out)
    assert list(out.iterdir()) == []


def test_hung_soffice_is_stopped_with_its_children(only, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   docx_file: Path) -> None:
    marker = tmp_path / "child.pid"
    only(fake_soffice(tmp_path / "bin", f"sleep 30 & echo $! > {marker}; wait"))
    started = time.monotonic()
    with pytest.raises(PdfConversionError, match="took longer than 1 s and was stopped"):
        convert_to_pdf(docx_file, tmp_path, timeout=1)
    assert time.monotonic() - started < 10
    child = int(marker.read_text())
    for _ in range(100):  # the kill is asynchronous
        if not alive(child):
            break
        time.sleep(0.02)
    else:
        pytest.fail("the soffice child process survived the timeout")


def alive(pid: int) -> bool:
    """Running, as opposed to gone or a zombie nobody has reaped yet (containers' PID 1)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


def test_successful_conversion_moves_the_pdf_into_place(only, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        docx_file: Path) -> None:
    # Writes a PDF where --outdir says, as soffice does.
    only(fake_soffice(tmp_path / "bin",
                      'while [ "$1" != "--outdir" ]; do shift; done; mkdir -p "$2"; '
                      'printf "%%PDF-1.7 fake" > "$2/report.pdf"'))
    out = tmp_path / "out"
    out.mkdir()
    assert convert_to_pdf(docx_file, out) == out / "report.pdf"
    assert (out / "report.pdf").read_bytes() == b"%PDF-1.7 fake"
    assert [p.name for p in out.iterdir()] == ["report.pdf"]
