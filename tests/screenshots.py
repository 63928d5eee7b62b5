"""Screenshots of the real app on Xvfb: login, case list, review workspace, sign dialog, queue.

    python tests/screenshots.py OUT_DIR

Starts `Xvfb :99` (unless DISPLAY is already set), builds a temporary database with real
services, imports the bundled sample case (transcribed with the bundled speech model), drives
the real windows and saves each screen with ImageMagick's `import -window root`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

DISPLAY = ":99"
PASSWORD = "correct horse battery staple"


def start_xvfb() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    server = subprocess.Popen(
        ["Xvfb", DISPLAY, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.environ["DISPLAY"] = DISPLAY
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{DISPLAY[1:]}").exists():
            break
        time.sleep(0.05)
    return server


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    server = start_xvfb()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    code = 1
    try:
        code = shoot(out)
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
    # Skip Qt's teardown: its X connection is gone with the server, and a clean exit would crash.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def shoot(out: Path) -> int:
    # Qt is imported only now, after DISPLAY and the platform are set.
    from argon2 import PasswordHasher
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QWidget

    from app import paths
    from app.domain import CaseMeta, Resolution, Role
    from app.services import open_services
    from app.settings import Settings
    from app.ui.application import ensure_application
    from app.ui.dialogs.login import LoginDialog
    from app.ui.dialogs.password import AttestationDialog
    from app.ui.main_window import MainWindow
    from app.ui.workers import TaskRunner

    work = Path(tempfile.mkdtemp(prefix="countersign-shots-"))
    services = open_services(
        f"sqlite:///{work / 'shots.db'}",
        Settings(),
        hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1),
    )
    services.users.add_user(None, "admin", PASSWORD, Role.ADMIN, name="Administrator")
    admin = services.auth.login("admin", PASSWORD)
    services.users.add_user(
        admin, "jmiller", PASSWORD, Role.OFFICER, name="Jordan Miller", badge="4127"
    )
    services.users.add_user(admin, "aruiz", PASSWORD, Role.SERGEANT, name="Alex Ruiz", badge="211")
    officer = services.auth.login("jmiller", PASSWORD)
    sergeant = services.auth.login("aruiz", PASSWORD)

    sample = paths.resources_dir() / "sample"
    facts = json.loads((sample / "case.json").read_text(encoding="utf-8"))
    meta = CaseMeta(**{k: v for k, v in facts.items() if k in CaseMeta.__dataclass_fields__})
    print("importing and transcribing the sample case...", flush=True)
    started = time.monotonic()
    case_id = services.cases.import_case(
        officer,
        media=sample / facts["media"],
        draft=sample / facts["draft"],
        meta=meta,
        officer_account="Stopped a silver Civic on Main St for speeding, about 45 in a 25. "
        "Driver Daniel Reed, polite, said he was going to the hospital. "
        "Written warning.",
    )
    print(f"  case {case_id} in {time.monotonic() - started:.1f} s", flush=True)
    # A second and third case so the list is not a single row; one already signed for the queue.
    older = services.cases.import_case(
        officer,
        media=sample / facts["media"],
        draft=sample / facts["draft"],
        meta=CaseMeta(case_number="2026-004377"),
    )
    for flag_id in services.cases.get_case(officer, older).open_flags:
        services.review.acknowledge(
            officer, older, flag_id, Resolution.CONFIRMED, "Checked against the video."
        )
    services.workflow.sign(officer, older, PASSWORD)

    app = ensure_application()

    def pump(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def wait(condition: Callable[[], bool], timeout: float = 20.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("the app did not reach the expected state")
            pump(0.05)

    def snap(name: str, widget: QWidget | None = None) -> None:
        pump(0.6)
        path = out / f"{name}.png"
        subprocess.run(["import", "-window", "root", str(path)], check=True)
        print(f"  {path}", flush=True)

    # 1. login
    runner = TaskRunner()
    login = LoginDialog(services, runner)
    login.move(560, 340)
    login.show()
    login.username.setText("jmiller")
    login.password.setText("x" * 10)
    snap("01_login")
    login.close()

    # 2. case list (officer)
    window = MainWindow(services, officer, install_idle_filter=False)
    window.move(0, 0)
    window.resize(1440, 900)
    window.show()
    wait(lambda: window.runner.active_count == 0 and window.home.model.rowCount() > 0)
    window.home.table.selectRow(0)
    snap("02_case_list")

    # 3. review workspace with flags
    window.open_case(case_id)
    wait(lambda: window.review.case is not None and window.runner.active_count == 0)
    if window.workspace.gate_shown():
        window.workspace.gate.skip_button.click()
    pump(1.0)
    flags = window.review.analysis.flags
    first = next(
        (f for f in flags if f.kind.value == "contradicted_claim"), flags[0] if flags else None
    )
    if first is not None:
        window.workspace.flags.select_flag(first.id)
        window.review.show_flag_in_report(first)
        services.review.acknowledge(
            officer,
            case_id,
            flags[-1].id,
            Resolution.CONFIRMED,
            "The officer's note is shown here.",
        )
        window.review.open_case(case_id)
        wait(lambda: window.runner.active_count == 0)
        window.workspace.flags.select_flag(first.id)
    claim = window.review.analysis.claims[1] if len(window.review.analysis.claims) > 1 else None
    if claim is not None:
        editor = window.workspace.editor
        cursor = QTextCursor(editor.document())
        cursor.setPosition(claim.start)
        rect = editor.cursorRect(cursor)
        from PySide6.QtTest import QTest

        QTest.mouseClick(
            editor.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(rect.x() + 2, rect.center().y()),
        )
    pump(1.5)
    snap("03_review_workspace")
    window.resize(1366, 768)  # the smallest screen the issue names: nothing may be cut off
    snap("03b_review_workspace_1366x768")
    window.resize(1440, 900)
    window.workspace.ai_toggle.setChecked(True)
    window.workspace.tabs.setCurrentIndex(3)
    snap("04_review_ai_text_and_diff")
    window.workspace.ai_toggle.setChecked(False)
    window.workspace.tabs.setCurrentIndex(0)

    # 5. sign dialog (shown without exec so the script keeps control)
    dialog = AttestationDialog(
        "Sign report",
        f"Sign case {case_id} (2026-004512)",
        services.settings.attestation_text,
        "Sign",
        window,
    )
    dialog.show()
    dialog.confirm.setChecked(True)
    dialog.password.setText("x" * 12)
    snap("05_sign_dialog")
    dialog.close()
    window.runner.shutdown()
    window.close()

    # 6. sergeant queue and read-only review
    queue = MainWindow(services, sergeant, install_idle_filter=False)
    queue.move(0, 0)
    queue.resize(1440, 900)
    queue.show()
    wait(lambda: queue.runner.active_count == 0 and queue.home.model.rowCount() > 0)
    queue.home.table.selectRow(0)
    snap("06_sergeant_queue")
    queue.open_case(older)
    wait(lambda: queue.review.case is not None and queue.runner.active_count == 0)
    queue.workspace.tabs.setCurrentIndex(2)
    snap("07_sergeant_review")
    queue.runner.shutdown()
    queue.close()
    runner.shutdown()
    services.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python tests/screenshots.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(Path(sys.argv[1])))
