"""Every cell of role x action (x ownership x state), through the real services on SQLite.

The expectation below is written from the product rules in words, independently of the table
in app/services/permissions.py. An allowed cell runs on a fresh copy of the database; a
refused cell must raise, audit the refusal, and change nothing else.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.domain import Action, ReportState, Resolution, Role
from app.services import PermissionDenied, Refused, Services
from app.services.engines import Engines
from tests.services.conftest import PASSWORD, Inputs, World, _open, _sessions

S = ReportState
ACTOR = {Role.OFFICER: "off1", Role.SERGEANT: "sgt", Role.RECORDS_CLERK: "clerk",
         Role.ADMIN: "admin"}
CASE_ACTIONS = [a for a in Action if a not in (Action.MANAGE_USERS, Action.IMPORT_CASE)]


def expected(role: Role, action: Action, own: bool, state: ReportState | None) -> bool:
    if role is Role.ADMIN:
        return action is Action.MANAGE_USERS
    if role is Role.OFFICER:
        if not own:
            return False
        if action in (Action.IMPORT_CASE, Action.VIEW_CASE):
            return True
        if action is Action.EDIT_REPORT:
            return state is not S.APPROVED  # approved is locked until exported
        if action in (Action.ACKNOWLEDGE_FLAG, Action.DRAFT):
            return state in (S.IN_REVIEW, S.RETURNED)
        if action is Action.SIGN:
            return state is S.IN_REVIEW
        return False
    if role is Role.SERGEANT:
        return action is Action.VIEW_CASE or (
            action in (Action.APPROVE, Action.RETURN) and state is S.SIGNED)
    # records clerk
    return action in (Action.VIEW_CASE, Action.EXPORT) and state in (S.APPROVED, S.EXPORTED)


def cells() -> Iterator[object]:
    for role in Role:
        owns = (True, False) if role is Role.OFFICER else (False,)
        for own in owns:
            yield pytest.param(role, Action.IMPORT_CASE, own, None,
                               id=f"{role.value}-import_case-{'own' if own else 'other'}")
            for action in CASE_ACTIONS:
                for state in S:
                    yield pytest.param(role, action, own, state, id=(
                        f"{role.value}-{action.value}-{'own' if own else 'other'}-{state.value}"))
        yield pytest.param(role, Action.MANAGE_USERS, False, None,
                           id=f"{role.value}-manage_users")


def perform(world: World, role: Role, action: Action, own: bool, out: Path) -> object:
    s = world.services
    actor = world["off2" if role is Role.OFFICER and not own else ACTOR[role]]
    case = 1
    if action is Action.MANAGE_USERS:
        return s.users.add_user(actor, "newcomer", "a long enough passphrase", Role.OFFICER)
    if action is Action.IMPORT_CASE:
        return s.cases.import_case(actor, media=world.inputs.media,
                                   transcript=world.inputs.transcript,
                                   draft=world.inputs.draft, officer="off1")
    if action is Action.VIEW_CASE:
        return s.cases.get_case(actor, case)
    if action is Action.EDIT_REPORT:
        text = world.services.cases.get_case(world["sgt"], case).report.text
        return s.review.save_version(actor, case, text + "\n\nI wrote the citation.\n")
    if action is Action.ACKNOWLEDGE_FLAG:
        flag = world.services.cases.get_case(world["sgt"], case).report.analysis.flags[0]
        return s.review.acknowledge(actor, case, flag.id, Resolution.EDITED, "fixed")
    if action is Action.SIGN:
        return s.workflow.sign(actor, case, PASSWORD)
    if action is Action.APPROVE:
        return s.workflow.approve(actor, case, PASSWORD)
    if action is Action.RETURN:
        return s.workflow.return_report(actor, case, "Please describe the movements.")
    if action is Action.EXPORT:
        return s.exports.export_docx(actor, case, out)
    assert action is Action.DRAFT  # no drafting service yet: the rule is asked through blocker
    reason = s.workflow.blocker(actor, action, case)
    if reason is not None:
        raise PermissionDenied(reason)
    return None


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory, templates: Callable[[str], Path],
           inputs: Inputs, engines: Engines) -> Iterator[Callable[[str], World]]:
    """One database per state for refused cells: a refusal changes nothing, so they share."""
    folder = tmp_path_factory.mktemp("shared")
    worlds: dict[str, World] = {}
    services: list[Services] = []

    def get(state: str) -> World:
        if state not in worlds:
            path = folder / f"{state}.db"
            shutil.copyfile(templates(state), path)
            opened = _open(path, engines)
            services.append(opened)
            worlds[state] = World(opened, path, _sessions(opened), inputs)
        return worlds[state]

    yield get
    for opened in services:
        opened.close()


@pytest.mark.parametrize(("role", "action", "own", "state"), list(cells()))
def test_cell(role: Role, action: Action, own: bool, state: ReportState | None,
              shared: Callable[[str], World], make_world: Callable[..., World],
              tmp_path: Path) -> None:
    template = state.value if state is not None else "in_review"
    allowed = expected(role, action, own, state)
    world = make_world(template) if allowed else shared(template)
    actor = world["off2" if role is Role.OFFICER and not own else ACTOR[role]]
    blocker = world.services.workflow.blocker(actor, action, 1)
    before = world.snapshot()
    if allowed:
        perform(world, role, action, own, tmp_path / "out.docx")
        assert blocker is None
        return
    with pytest.raises(Refused) as refused:
        perform(world, role, action, own, tmp_path / "out.docx")
    if action is not Action.IMPORT_CASE:  # whom an import is for is not part of the blocker
        assert blocker is not None
    assert world.snapshot() == before, "a refused action changed data"
    if action is not Action.DRAFT:
        event, outcome, username, _ = world.last_event()
        assert (outcome, username) == ("refused", actor.user.username), event
    # Wrong role or someone else's case is a permission matter; the right person at the wrong
    # time is refused for the state.
    state_only = expected(role, action, own, None if state is None else S.IN_REVIEW) or any(
        expected(role, action, own, other) for other in S)
    if not state_only:
        assert isinstance(refused.value, PermissionDenied)
