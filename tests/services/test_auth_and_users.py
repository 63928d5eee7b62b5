"""Sign-in security: lockout, re-authentication, messages that reveal nothing, the first admin."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher

from app.domain import ReportState, Role
from app.services import (
    AuthenticationFailed,
    BadInput,
    OpenFlags,
    PermissionDenied,
    open_services,
)
from app.services.passwords import FAILURE_WINDOW, common_passwords, next_failure
from app.settings import Settings
from tests.services.conftest import PASSWORD, World, fast_hasher


def test_five_failures_lock_until_an_admin_unlocks(world: World) -> None:
    auth = world.services.auth
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            auth.login("off1", "not the password at all")
    auth.login("off1", PASSWORD)  # a success resets the count
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            auth.login("off1", "not the password at all")
    with pytest.raises(AuthenticationFailed):
        auth.login("off1", PASSWORD)  # locked: even the right password is refused
    events = world.events()
    assert ("account_lock", "ok", "off1") in events
    assert events[-1] == ("login", "refused", "off1")
    # A session opened before the lock acts no more.
    with pytest.raises(AuthenticationFailed):
        world.services.cases.get_case(world["off1"], 1)
    unlocked = world.services.users.unlock(world["admin"], "off1")
    assert not unlocked.locked
    assert world.last_event()[:2] == ("account_unlock", "ok")
    auth.login("off1", PASSWORD)


def test_failures_outside_fifteen_minutes_start_a_new_window() -> None:
    start = datetime(2026, 11, 25, 21, 0, tzinfo=UTC)
    state = next_failure(0, None, start)
    for minute in range(1, 4):
        state = next_failure(state.count, state.window_start, start + timedelta(minutes=minute))
    assert (state.count, state.locked) == (4, False)
    assert next_failure(state.count, state.window_start, start + timedelta(minutes=14)).locked
    late = next_failure(state.count, state.window_start, start + FAILURE_WINDOW
                        + timedelta(seconds=1))
    assert (late.count, late.locked) == (1, False)


def test_unknown_user_and_wrong_password_say_the_same(world: World) -> None:
    with pytest.raises(AuthenticationFailed) as unknown:
        world.services.auth.login("nobody", PASSWORD)
    with pytest.raises(AuthenticationFailed) as wrong:
        world.services.auth.login("off1", "wrong password here")
    assert unknown.value.message == wrong.value.message
    assert "nobody" not in unknown.value.message
    login_events = [e for e in world.events() if e[0] == "login"]
    assert login_events[-2:] == [("login", "refused", None), ("login", "refused", "off1")]


def test_signing_needs_the_password_again_and_failures_count(make_world: Callable[..., World]
                                                             ) -> None:
    world = make_world("in_review")
    sign = world.services.workflow.sign
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            sign(world["off1"], 1, "wrong password here")
    assert world.services.cases.get_case(world["sgt"], 1).state is ReportState.IN_REVIEW
    assert ("account_lock", "ok", "off1") in world.events()
    assert world.services.users.get(world["admin"], "off1").locked


def test_approving_needs_the_password_again(make_world: Callable[..., World]) -> None:
    world = make_world("signed")
    with pytest.raises(AuthenticationFailed):
        world.services.workflow.approve(world["sgt"], 1, "wrong password here")
    assert world.last_event()[:2] == ("report_approve", "refused")
    case = world.services.workflow.approve(world["sgt"], 1, PASSWORD)
    assert case.state is ReportState.APPROVED


def test_reauthenticate_and_session_lock_are_audited(world: World) -> None:
    auth = world.services.auth
    auth.reauthenticate(world["off1"], PASSWORD)
    with pytest.raises(AuthenticationFailed):
        auth.reauthenticate(world["off1"], "wrong password here")
    auth.lock_session(world["off1"])
    auth.unlock_session(world["off1"], PASSWORD)
    auth.logout(world["off1"])
    actions = [e[:2] for e in world.events()[-5:]]
    assert actions == [("reauthenticate", "ok"), ("reauthenticate", "refused"),
                       ("session_lock", "ok"), ("session_unlock", "ok"), ("logout", "ok")]


def test_first_user_is_an_admin_created_without_actor(make_world: Callable[..., World],
                                                      tmp_path: object) -> None:
    world = make_world("empty")
    users = world.services.users
    with pytest.raises(PermissionDenied):
        users.add_user(None, "sneaky", PASSWORD, Role.ADMIN)  # users exist already
    with pytest.raises(PermissionDenied):
        users.add_user(world["off1"], "newbie", PASSWORD, Role.OFFICER)
    added = users.add_user(world["admin"], "newbie", PASSWORD, Role.OFFICER, name="New Bie",
                           badge="77")
    assert (added.role, added.display_name, added.badge) == (Role.OFFICER, "New Bie", "77")


def test_empty_database_first_user_must_be_admin(tmp_path: object) -> None:
    from pathlib import Path

    url = f"sqlite:///{Path(str(tmp_path)) / 'fresh.db'}"
    services = open_services(url, Settings(), hasher=fast_hasher())
    try:
        assert not services.users.has_users()
        with pytest.raises(BadInput, match="must be an admin"):
            services.users.add_user(None, "first", PASSWORD, Role.OFFICER)
        assert not services.users.has_users()
        services.users.add_user(None, "first", PASSWORD, Role.ADMIN)
        assert services.users.has_users()
    finally:
        services.close()


@pytest.mark.parametrize(("password", "reason"), [
    ("short pass", "at least 12"),
    ("password1234", "common"),
    ("QWERTYUIOP123", "common"),
    ("newbie", "at least 12"),
])
def test_password_policy(world: World, password: str, reason: str) -> None:
    with pytest.raises(BadInput, match=reason):
        world.services.users.add_user(world["admin"], "newbie", password, Role.OFFICER)
    assert world.last_event()[:2] == ("user_add", "refused")


def test_common_password_list_is_bundled() -> None:
    assert len(common_passwords()) >= 1000
    assert "password" in common_passwords()


def test_duplicate_username_and_bad_name_are_bad_input(world: World) -> None:
    with pytest.raises(BadInput, match="taken"):
        world.services.users.add_user(world["admin"], "off1", PASSWORD, Role.OFFICER)
    with pytest.raises(BadInput, match="not a valid username"):
        world.services.users.add_user(world["admin"], "two words", PASSWORD, Role.OFFICER)


def test_login_rehashes_a_weaker_hash(world: World) -> None:
    stronger = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1)
    services = open_services(f"sqlite:///{world.path}", Settings(), hasher=stronger)
    try:
        services.auth.login("off1", PASSWORD)
        import sqlite3

        with sqlite3.connect(world.path) as conn:
            stored = conn.execute(
                "SELECT password_hash FROM app_user WHERE username='off1'").fetchone()[0]
        assert "m=2048,t=2" in stored
        assert not stronger.check_needs_rehash(stored)
        services.auth.login("off1", PASSWORD)
    finally:
        services.close()


def test_only_admins_list_users_and_see_others(world: World) -> None:
    users = world.services.users
    assert [u.username for u in users.list_users(world["admin"])] == [
        "admin", "clerk", "off1", "off2", "sgt"]
    with pytest.raises(PermissionDenied):
        users.list_users(world["sgt"])
    assert users.get(world["off1"], "off1").username == "off1"
    with pytest.raises(PermissionDenied):
        users.get(world["off1"], "off2")


def test_open_flags_lists_every_unacknowledged_flag(world: World) -> None:
    case = world.services.cases.get_case(world["off1"], 1)
    assert case.open_flags
    with pytest.raises(OpenFlags) as refused:
        world.services.workflow.sign(world["off1"], 1, PASSWORD)
    assert refused.value.flag_ids == case.open_flags
    for flag_id in case.open_flags:
        assert flag_id in refused.value.message
    assert world.last_event()[:2] == ("report_sign", "refused")
