"""The first-run demo: a demo database with demo users and the bundled sample case.

Everything goes through the same services as real use (the sample is transcribed with the
bundled model and verified), so the demo shows the product, not a mock-up of it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from app import paths
from app.domain import CaseMeta, Role
from app.services import Services, open_services
from app.services.errors import BadInput
from app.services.session import AuthSession
from app.settings import Settings

DEMO_PASSWORD = "countersign-demo"
DATABASE_NAME = "countersign-demo.db"
# username, role, display name, badge
DEMO_USERS = (
    ("demo.admin", Role.ADMIN, "Alex Admin", None),
    ("demo.officer", Role.OFFICER, "Jordan Miller", "4127"),
    ("demo.officer2", Role.OFFICER, "Casey Nguyen", "4388"),
    ("demo.sergeant", Role.SERGEANT, "Morgan Ruiz", "2210"),
    ("demo.clerk", Role.RECORDS_CLERK, "Robin Okafor", None),
)
OFFICER = "demo.officer"


def sample_folder() -> Path:
    return paths.resources_dir() / "sample"


def prepare_demo(folder: Path, settings: Settings,
                 progress: Callable[[str, float], None] | None = None
                 ) -> tuple[Services, AuthSession]:
    """Open (or create) the demo database in `folder`, logged in as the demo officer.

    Idempotent: users and the sample case are created only when missing, so running the demo
    again reopens the same database.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    services = open_services(f"sqlite:///{folder / DATABASE_NAME}", settings, upgrade=True)
    try:
        if not services.users.has_users():
            _add_users(services)
        officer = services.auth.login(OFFICER, DEMO_PASSWORD, workstation="demo")
        if not services.cases.list_cases(officer, mine=True):
            _import_sample(services, officer, progress)
    except BaseException:
        services.close()
        raise
    return services, officer


def _add_users(services: Services) -> None:
    (admin_name, admin_role, admin_display, _), *others = DEMO_USERS
    services.users.add_user(None, admin_name, DEMO_PASSWORD, admin_role, name=admin_display)
    admin = services.auth.login(admin_name, DEMO_PASSWORD, workstation="demo")
    for username, role, name, badge in others:
        services.users.add_user(admin, username, DEMO_PASSWORD, role, name=name, badge=badge)
    services.auth.logout(admin)


def _import_sample(services: Services, officer: AuthSession,
                   progress: Callable[[str, float], None] | None) -> int:
    folder = sample_folder()
    manifest = folder / "case.json"
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BadInput(f"{manifest}: cannot read the sample case ({exc})") from exc
    fields = ("case_number", "officer_name", "officer_badge", "incident_date", "incident_time",
              "location")
    meta = CaseMeta(**{k: data.get(k) for k in fields})
    return services.cases.import_case(
        officer, media=folder / str(data.get("media", "")),
        draft=folder / str(data["draft"]) if data.get("draft") else None,
        meta=meta, progress=progress,
    )
