"""Optional PDF copy of an export through LibreOffice, when it is installed."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

DEFAULT_TIMEOUT = 180.0
# Installers on Windows and macOS do not put soffice on PATH.
_KNOWN_LOCATIONS = (
    Path("C:/Program Files/LibreOffice/program/soffice.exe"),
    Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
)


class PdfConversionError(RuntimeError):
    """LibreOffice is missing, failed or timed out; the message names the file and why."""


def _soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((str(p) for p in _KNOWN_LOCATIONS if p.is_file()), None)


def pdf_available() -> tuple[bool, str]:
    """(True, path of soffice) when LibreOffice can convert, else (False, why not)."""
    exe = _soffice()
    if exe is None:
        return False, ("PDF export needs LibreOffice: 'soffice' or 'libreoffice' was not found "
                       "on PATH")
    return True, exe


def convert_to_pdf(docx: Path, out_dir: Path, timeout: float = DEFAULT_TIMEOUT) -> Path:
    """Convert `docx` with `soffice --headless --convert-to pdf`; returns the PDF in `out_dir`.

    The PDF appears in `out_dir` only when complete. Raises ValueError for a missing input or
    folder, PdfConversionError when LibreOffice is absent, fails or runs past `timeout` s.
    """
    docx, out_dir = Path(docx), Path(out_dir)
    if not docx.is_file():
        raise ValueError(f"{docx}: file not found")
    if not out_dir.is_dir():
        raise ValueError(f"{out_dir}: folder does not exist")
    available, exe = pdf_available()
    if not available:
        raise PdfConversionError(f"{docx}: {exe}")
    with tempfile.TemporaryDirectory(prefix="countersign-pdf-") as work:
        # A private profile: a LibreOffice the user has open would otherwise swallow the job.
        profile = (Path(work) / "profile").as_uri()
        produced_dir = Path(work) / "out"
        command = [exe, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                   "--nolockcheck", "--convert-to", "pdf", "--outdir", str(produced_dir),
                   str(docx.resolve())]
        code, detail = _run(command, docx, timeout)
        produced = produced_dir / f"{docx.stem}.pdf"
        if code != 0 or not produced.is_file() or produced.stat().st_size == 0:
            raise PdfConversionError(f"{docx}: LibreOffice could not convert it to PDF "
                                     f"(exit {code}{': ' + detail if detail else ''})")
        target = out_dir / produced.name
        partial = out_dir / f".{produced.name}.part"
        try:
            shutil.copyfile(produced, partial)
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise ValueError(f"{target}: cannot write the PDF ({exc.strerror or exc})") from exc
    return target


def _run(command: list[str], docx: Path, timeout: float) -> tuple[int, str]:
    try:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   text=True, errors="replace", start_new_session=True)
    except OSError as exc:
        raise PdfConversionError(f"{docx}: cannot start LibreOffice ({exc})") from exc
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        # soffice forks soffice.bin; end the whole process group we started, not just the shim.
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (OSError, AttributeError):
            process.kill()
        process.communicate()
        raise PdfConversionError(f"{docx}: PDF conversion took longer than {timeout:.0f} s "
                                 "and was stopped") from exc
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    return process.returncode, lines[-1][:200] if lines else ""
