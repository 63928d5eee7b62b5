"""The PySide6 desktop app. Entry point: `run_gui(services, session=None) -> int`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services import Services
    from app.services.auth import AuthSession


def run_gui(
    services: Services,
    *,
    session: AuthSession | None = None,
    open_case: int | None = None,
    quit_after: float | None = None,
) -> int:
    """Show the login (unless a session is given), then the main window; return the exit code.

    `open_case` opens that case's review workspace straight away (`countersign demo`)."""
    from app.ui.application import run_gui as _run

    return _run(services, session=session, open_case=open_case, quit_after=quit_after)


__all__ = ["run_gui"]
