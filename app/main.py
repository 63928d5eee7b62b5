"""Composition root: settings, logging, database, services; then the window or the CLI."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from app import paths

if TYPE_CHECKING:
    from app.services import Services
    from app.services.auth import AuthSession
    from app.settings import Settings

log = logging.getLogger("app")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if args[:1] == ["--media-worker"]:  # the frozen build's transcription child
        from app.media.worker import main as media_worker

        return media_worker()
    if not args or args[0] in ("gui", "demo"):
        return _desktop(args)
    from app.cli import main as cli_main

    return cli_main(args)


def _desktop(args: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="countersign", description="Countersign desktop app")
    sub = parser.add_subparsers(dest="command")
    gui = sub.add_parser("gui", help="start the desktop app (login first)")
    gui.add_argument(
        "--db", help="database URL (default: COUNTERSIGN_DATABASE_URL, else the user file)"
    )
    demo = sub.add_parser("demo", help="first-run demo with the bundled sample case")
    demo.add_argument("--folder", type=Path, help="where to keep the demo database")
    for p in (gui, demo):
        p.add_argument("--quit-after", type=float, default=None, metavar="SECONDS",
                       help="close the window after this many seconds (smoke tests)")
    ns = parser.parse_args(args or ["gui"])
    if _no_display():
        print("countersign: no display to open the window on: run it in a desktop session, "
              "under Xvfb (DISPLAY=:99), or with QT_QPA_PLATFORM=offscreen", file=sys.stderr)
        return 2
    _setup_logging()
    from app.services.errors import ServiceError
    from app.settings import load_settings
    from app.store import DatabaseError

    try:
        settings = load_settings()
        if ns.command == "demo":
            services, session = _prepare_demo(ns.folder, settings)
        else:
            from app.services import open_services

            services = open_services(paths.database_url(ns.db), settings, upgrade=True)
            session = None
        from app.ui import run_gui

        open_case = None
        if session is not None:
            mine = services.cases.list_cases(session, mine=True)
            open_case = mine[0].id if mine else None
        return int(run_gui(services, session=session, open_case=open_case,
                           quit_after=ns.quit_after))
    except (DatabaseError, ServiceError, ValueError, OSError) as exc:
        message = exc.message if isinstance(exc, ServiceError) else str(exc)
        print(f"countersign: {message}", file=sys.stderr)
        return 2


def _prepare_demo(folder: Path | None, settings: Settings) -> tuple[Services, AuthSession]:
    from app.services.demo import prepare_demo

    folder = folder or _demo_folder()
    folder.mkdir(parents=True, exist_ok=True)
    print(f"Preparing the demo in {folder} ...", file=sys.stderr)

    shown: dict[str, int] = {}

    def progress(stage: str, fraction: float) -> None:
        step = int(fraction * 10)  # one line per stage and per tenth of it
        if shown.get(stage) != step:
            shown[stage] = step
            print(f"  {stage} {fraction:4.0%}", file=sys.stderr, flush=True)

    services, session = prepare_demo(folder, settings, progress=progress)
    print("Demo users (password 'countersign-demo'): demo.officer, demo.sergeant, demo.clerk",
          file=sys.stderr)
    return services, session


def _no_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _demo_folder() -> Path:
    try:
        folder = paths.user_data_dir() / "demo"
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except OSError:
        return Path(tempfile.mkdtemp(prefix="countersign-demo-"))


def _setup_logging() -> None:
    try:
        folder = paths.user_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "countersign.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
