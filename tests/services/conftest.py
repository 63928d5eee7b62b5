"""Service fixtures: a migrated template database per workflow state, copied per test.

Building a case through the real services (probe, verifier, DOCX export) takes a second, so
each state is built once per session and each test gets a copy of its file.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import struct
import wave
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from app.domain import ReportState, Resolution, Role
from app.services import AuthSession, Services, open_services
from app.services.engines import Engines
from app.settings import Settings

PASSWORD = "correct horse battery"
USERS = {"admin": Role.ADMIN, "off1": Role.OFFICER, "off2": Role.OFFICER,
         "sgt": Role.SERGEANT, "clerk": Role.RECORDS_CLERK}
TRANSCRIPT = {"engine": "faster-whisper tiny.en int8", "segments": [
    {"id": 0, "start": 0.0, "end": 1.4, "speaker": "Officer",
     "text": "Good evening, I stopped you for speeding, you were going forty-five in a thirty."},
    {"id": 1, "start": 1.4, "end": 2.8, "speaker": "Driver",
     "text": "Sorry officer, I was trying to get to the hospital, my wife is in labor."},
]}
DRAFT = ("I stopped the driver for speeding at 55 mph in a 30 zone.\n\n"
         "The driver stated he was trying to get to the hospital.\n\n"
         "The driver was belligerent and made furtive movements.\n")


def fast_hasher() -> PasswordHasher:
    # Real argon2id with small costs: the tests log in hundreds of times.
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@dataclass
class Inputs:
    media: Path
    transcript: Path
    draft: Path


@dataclass
class World:
    services: Services
    path: Path
    sessions: dict[str, AuthSession]
    inputs: Inputs

    def __getitem__(self, username: str) -> AuthSession:
        return self.sessions[username]

    def snapshot(self) -> dict[str, list[tuple[object, ...]]]:
        """Every row of every table but the audit trail."""
        with sqlite3.connect(self.path) as conn:
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT IN "
                "('audit_event', 'alembic_version') ORDER BY name")]
            return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}

    def last_event(self) -> tuple[str, str, str | None, str]:
        with sqlite3.connect(self.path) as conn:
            row = conn.execute("SELECT action, outcome, username, details FROM audit_event "
                               "ORDER BY seq DESC LIMIT 1").fetchone()
        return row[0], row[1], row[2], row[3]

    def events(self) -> list[tuple[str, str, str | None]]:
        with sqlite3.connect(self.path) as conn:
            return list(conn.execute("SELECT action, outcome, username FROM audit_event "
                                     "ORDER BY seq"))


def write_inputs(folder: Path) -> Inputs:
    folder.mkdir(parents=True, exist_ok=True)
    media = folder / "stop.wav"
    with wave.open(str(media), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(struct.pack("<h", 0) * 16000 * 3)
    transcript = folder / "stop.json"
    transcript.write_text(json.dumps(TRANSCRIPT), encoding="utf-8")
    draft = folder / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    return Inputs(media, transcript, draft)


@pytest.fixture(scope="session")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Inputs:
    return write_inputs(tmp_path_factory.mktemp("inputs"))


@pytest.fixture(scope="session")
def engines() -> Engines:
    return Engines()  # shared, so the lexicon is loaded once


def _open(path: Path, engines: Engines, settings: Settings | None = None) -> Services:
    return open_services(f"sqlite:///{path}", settings or Settings(), hasher=fast_hasher(),
                         engines=engines)


def _sessions(services: Services) -> dict[str, AuthSession]:
    return {name: services.auth.login(name, PASSWORD) for name in USERS}


def _advance(world: World, state: str, tmp: Path) -> None:
    s, case = world.services, 1
    if state == "new":
        return
    for flag_id in s.cases.get_case(world["off1"], case).open_flags:
        s.review.acknowledge(world["off1"], case, flag_id, Resolution.CONFIRMED,
                             "I saw this myself.")
    if state == ReportState.IN_REVIEW:
        return
    s.workflow.sign(world["off1"], case, PASSWORD)
    if state == ReportState.RETURNED:
        s.workflow.return_report(world["sgt"], case, "Describe the movements.")
    elif state in (ReportState.APPROVED, ReportState.EXPORTED):
        s.workflow.approve(world["sgt"], case, PASSWORD)
        if state == ReportState.EXPORTED:
            s.exports.export_docx(world["clerk"], case, tmp / "template-export.docx")


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory, inputs: Inputs,
              engines: Engines) -> Callable[[str], Path]:
    """state -> a database file with the five users and case 1 of off1 in that state
    ("new": just imported, flags open; "empty": users only)."""
    folder = tmp_path_factory.mktemp("templates")
    built: dict[str, Path] = {}

    def build(state: str) -> Path:
        if state in built:
            return built[state]
        path = folder / f"{state}.db"
        services = _open(path, engines)
        try:
            services.users.add_user(None, "admin", PASSWORD, Role.ADMIN)
            admin = services.auth.login("admin", PASSWORD)
            for name, role in USERS.items():
                if name != "admin":
                    services.users.add_user(admin, name, PASSWORD, role, name=name.title(),
                                            badge=str(100 + len(name)))
            if state != "empty":
                world = World(services, path, _sessions(services), inputs)
                services.cases.import_case(world["off1"], media=inputs.media,
                                           transcript=inputs.transcript, draft=inputs.draft)
                _advance(world, state, folder)
        finally:
            services.close()
        built[state] = path
        return path

    return build


@pytest.fixture
def make_world(templates: Callable[[str], Path], tmp_path: Path, inputs: Inputs,
               engines: Engines) -> Iterator[Callable[..., World]]:
    opened: list[Services] = []

    def make(state: str = "new", settings: Settings | None = None) -> World:
        path = tmp_path / f"w{len(opened)}.db"
        shutil.copyfile(templates(state), path)
        services = _open(path, engines, settings)
        opened.append(services)
        return World(services, path, _sessions(services), inputs)

    yield make
    for services in opened:
        services.close()


@pytest.fixture
def world(make_world: Callable[..., World]) -> World:
    return make_world("new")
