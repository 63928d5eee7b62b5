"""The app against real services on a temp SQLite database: every role's main path."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import PASSWORD, World
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPushButton
from ui_fakes import FakeDialogs
from ui_samples import CASE_REPORT

from app.domain import FlagKind, ReportState
from app.ui.dialogs.login import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.models.cases import CASE_ROLE
from app.ui.presenters.review import EVIDENCE_PREROLL_S
from app.ui.workers import TaskRunner

MakeWindow = Callable[[str], MainWindow]


def _idle(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.runner.active_count == 0, timeout=10_000)


def _open(qtbot: Any, window: MainWindow, case_id: int) -> None:
    window.open_case(case_id)
    qtbot.waitUntil(
        lambda: window.review.case is not None and window.review.case.id == case_id, timeout=10_000
    )
    _idle(qtbot, window)


def _point_at(edit: Any, position: int) -> QPoint:
    cursor = QTextCursor(edit.document())
    cursor.setPosition(position)
    rect = edit.cursorRect(cursor)
    return QPoint(rect.x() + 2, rect.center().y())


def _visible_case_ids(window: MainWindow) -> list[int]:
    proxy = window.home.proxy
    return sorted(proxy.index(r, 0).data(CASE_ROLE).id for r in range(proxy.rowCount()))


def test_login_refuses_a_wrong_password_then_signs_in(qtbot: Any, world: World) -> None:
    runner = TaskRunner()
    dialog = LoginDialog(world.services, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("officer1")
    dialog.password.setText("not the password at all")
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert dialog.session is None
    assert dialog.ok_button.isEnabled()
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    assert dialog.session is not None
    assert dialog.session.user.username == "officer1"


def test_idle_session_locks_and_unlocks_with_the_password(
    qtbot: Any, world: World, make_window: MakeWindow
) -> None:
    window = make_window("officer1")
    assert "Countersign" in window.windowTitle()
    window.idle.timer.setInterval(50)
    window.idle.start()
    qtbot.waitUntil(window.is_locked, timeout=5_000)
    _idle(qtbot, window)
    assert not window.pages.isEnabled()
    window.overlay.password.setText("wrong password here")
    window.overlay.unlock_button.click()
    qtbot.waitUntil(window.overlay.error.isVisible, timeout=10_000)
    assert window.is_locked()
    window.idle.timer.setInterval(60_000)
    window.overlay.password.setText(PASSWORD)
    window.overlay.unlock_button.click()
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=10_000)
    assert window.pages.isEnabled()


def test_case_list_filters_mine_and_state(
    qtbot: Any, world: World, make_window: MakeWindow
) -> None:
    mine = world.import_case(officer="officer1")
    world.import_case(officer="officer2")
    sergeant = make_window("sergeant1")
    sergeant.home.state_filter.setCurrentIndex(0)  # "All" instead of the signed queue
    assert len(_visible_case_ids(sergeant)) == 2
    window = make_window("officer1")
    assert window.home.mine.isChecked()
    assert _visible_case_ids(window) == [mine]
    row = window.home.model.cases()[0]
    case = world.services.cases.get_case(world.sessions["officer1"], mine)
    assert row.open_flags == len(case.open_flags) > 0
    window.home.state_filter.setCurrentIndex(window.home.state_filter.findData("signed"))
    assert _visible_case_ids(window) == []


def test_import_runs_with_progress_and_opens_the_case(
    qtbot: Any, world: World, make_window: MakeWindow, dialogs: FakeDialogs, tmp_path: Any
) -> None:
    from app.ui.dialogs import ImportRequest

    window = make_window("officer1")
    draft = tmp_path / "import-draft.txt"
    draft.write_text(CASE_REPORT, encoding="utf-8")
    transcript = tmp_path / "import-transcript.json"
    world.import_case()  # writes transcript.json next to the database
    transcript.write_text((tmp_path / "transcript.json").read_text(), encoding="utf-8")
    dialogs.import_request = ImportRequest(world.media, transcript, draft, None, "My account.")
    window.home_presenter.import_case()
    progress = dialogs.progress_dialogs[-1]
    qtbot.waitUntil(lambda: window.review.case is not None, timeout=15_000)
    _idle(qtbot, window)
    assert window.pages.currentWidget() is window.workspace
    assert window.review.case is not None
    assert window.review.case.officer_account == "My account."
    assert len(progress.stages) >= 3  # "Starting…", then the service's own stages
    assert progress.values[-1] == 1000
    assert not progress.isVisible()
    assert len(window.home.model.cases()) == 2


def test_cancelled_import_records_nothing(
    qtbot: Any, world: World, make_window: MakeWindow, dialogs: FakeDialogs
) -> None:
    from app.ui.dialogs import ImportRequest

    window = make_window("officer1")
    dialogs.import_request = ImportRequest(world.media, None, None, None, None)
    window.home_presenter.import_case()
    # Cancelled before the worker reaches its first check (it first opens a transaction).
    progress = dialogs.progress_dialogs[-1]
    progress.findChild(QPushButton).click()  # the dialog's own Cancel button
    qtbot.waitUntil(lambda: "cancelled" in window.status_label.text(), timeout=15_000)
    _idle(qtbot, window)
    assert world.services.cases.list_cases(world.sessions["officer1"]) == []
    assert not dialogs.errors


def test_clicking_a_claim_moves_the_player_into_its_evidence(
    qtbot: Any, world: World, make_window: MakeWindow
) -> None:
    case_id = world.import_case()
    window = make_window("officer1")
    _open(qtbot, window, case_id)
    player = window.workspace.video.player
    qtbot.waitUntil(window.workspace.video.media_ready, timeout=10_000)
    editor = window.workspace.editor
    claim = next(c for c in window.review.analysis.claims if "55 miles" in c.text)
    evidence = claim.evidence[0]
    assert evidence.start is not None
    assert evidence.end is not None
    qtbot.mouseClick(
        editor.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_point_at(editor, CASE_REPORT.index("55 miles") + 1),
    )
    assert window.state.claim == claim.id
    low, high = (evidence.start - EVIDENCE_PREROLL_S) * 1000, evidence.end * 1000
    qtbot.waitUntil(lambda: low - 50 <= player.position() <= high, timeout=5_000)
    assert window.workspace.transcript.selected_segments() == [evidence.segment]
    assert window.workspace.video.timeline.evidence() == [(evidence.start, evidence.end)]


def test_clicking_a_transcript_word_seeks_the_player(
    qtbot: Any, world: World, make_window: MakeWindow
) -> None:
    case_id = world.import_case()
    window = make_window("officer1")
    _open(qtbot, window, case_id)
    player = window.workspace.video.player
    qtbot.waitUntil(window.workspace.video.media_ready, timeout=10_000)
    pane = window.workspace.transcript
    word = next(w for w in pane.words() if w.text == "registration")
    assert word.time is not None
    qtbot.mouseClick(
        pane.text.viewport(), Qt.MouseButton.LeftButton, pos=_point_at(pane.text, word.start + 1)
    )
    qtbot.waitUntil(lambda: abs(player.position() - word.time * 1000) < 300, timeout=5_000)


def test_acknowledging_the_last_flag_enables_sign_then_sign_with_password(
    qtbot: Any, world: World, make_window: MakeWindow, dialogs: FakeDialogs
) -> None:
    case_id = world.import_case()
    window = make_window("officer1")
    _open(qtbot, window, case_id)
    sign = window.workspace.sign_button
    flags = window.workspace.flags
    assert not sign.isEnabled()
    assert "not acknowledged" in sign.toolTip()
    assert window.sign_label.text().startswith("Cannot sign yet")
    total = len(window.review.analysis.flags)
    for done in range(1, total + 1):
        open_flag = next(
            f
            for f in window.review.analysis.flags
            if f.id not in window.review.case.acknowledgements
        )
        flags.select_flag(open_flag.id)
        assert not sign.isEnabled()
        flags.ack_button.click()
        qtbot.waitUntil(
            lambda n=done: len(window.review.case.acknowledgements) == n, timeout=10_000
        )
        _idle(qtbot, window)
        assert flags.summary.text() == f"{done} of {total} acknowledged"
    assert sign.isEnabled()
    assert window.sign_label.text() == "Ready to sign."
    dialogs.password = "wrong password here"
    sign.click()
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=10_000)
    _idle(qtbot, window)
    assert world.state(case_id) == ReportState.IN_REVIEW
    assert dialogs.calls[-1] == ("sign", world.services.settings.attestation_text)
    dialogs.password = PASSWORD
    sign.click()
    qtbot.waitUntil(lambda: window.review.case.state == ReportState.SIGNED, timeout=10_000)
    _idle(qtbot, window)
    assert world.state(case_id) == ReportState.SIGNED
    assert not sign.isVisible()
    assert window.workspace.editor.isReadOnly()


def test_sergeant_returns_then_approves(
    qtbot: Any, world: World, make_window: MakeWindow, dialogs: FakeDialogs
) -> None:
    case_id = world.import_case()
    world.acknowledge_all(case_id)
    world.services.workflow.sign(world.sessions["officer1"], case_id, PASSWORD)
    window = make_window("sergeant1")
    assert window.home.title.text() == "Review queue"
    assert _visible_case_ids(window) == [case_id]
    _open(qtbot, window, case_id)
    assert window.workspace.editor.isReadOnly()
    assert window.workspace.approve_button.isEnabled()
    assert window.workspace.return_button.isEnabled()
    assert "confirmed" in window.workspace.notes_view.toPlainText()
    dialogs.return_comment = "Say what the driver actually said instead of 'belligerent'."
    window.workspace.return_button.click()
    qtbot.waitUntil(lambda: window.review.case.state == ReportState.RETURNED, timeout=10_000)
    _idle(qtbot, window)
    officer = make_window("officer1")
    _open(qtbot, officer, case_id)
    assert "instead of 'belligerent'" in officer.workspace.banner.text()
    assert officer.workspace.banner.isVisible()
    assert not officer.workspace.sign_button.isEnabled()  # returned: edit first, then sign
    world.services.review.save_version(
        world.sessions["officer1"],
        case_id,
        CASE_REPORT.replace("was belligerent", "handed me papers"),
    )
    world.acknowledge_all(case_id)
    world.services.workflow.sign(world.sessions["officer1"], case_id, PASSWORD)
    _open(qtbot, window, case_id)
    dialogs.password = PASSWORD
    window.workspace.approve_button.click()
    qtbot.waitUntil(lambda: window.review.case.state == ReportState.APPROVED, timeout=10_000)
    _idle(qtbot, window)
    assert world.state(case_id) == ReportState.APPROVED


def test_clerk_sees_only_approved_reports_and_exports(
    qtbot: Any, world: World, make_window: MakeWindow, dialogs: FakeDialogs, tmp_path: Any
) -> None:
    approved = world.import_case()
    world.import_case()
    world.acknowledge_all(approved)
    world.services.workflow.sign(world.sessions["officer1"], approved, PASSWORD)
    world.services.workflow.approve(world.sessions["sergeant1"], approved, PASSWORD)
    window = make_window("clerk1")
    assert _visible_case_ids(window) == [approved]
    assert window.home.export_docx.isVisible()
    window.home.state_filter.setCurrentIndex(0)
    assert _visible_case_ids(window) == [approved]
    window.home.select_case(approved)
    dialogs.save_path = tmp_path / "out.docx"
    window.home.export_docx.click()
    qtbot.waitUntil(lambda: bool(dialogs.infos) or bool(dialogs.errors), timeout=20_000)
    _idle(qtbot, window)
    assert not dialogs.errors, dialogs.errors
    assert (tmp_path / "out.docx").stat().st_size > 0


def test_editing_a_contradicted_number_clears_that_flag(
    qtbot: Any, world: World, make_window: MakeWindow
) -> None:
    case_id = world.import_case()
    window = make_window("officer1")
    _open(qtbot, window, case_id)
    speed = next(
        f
        for f in window.review.analysis.flags
        if f.kind == FlagKind.CONTRADICTED_CLAIM and "55" in f.message
    )
    editor = window.workspace.editor
    editor.setFocus()
    cursor = editor.textCursor()
    start = CASE_REPORT.index("55 miles")
    cursor.setPosition(start)
    cursor.setPosition(start + 2, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "45")
    assert window.review.dirty
    assert window.review.analysis.flag(speed.id) is not None  # debounced: not re-run per key
    qtbot.waitUntil(lambda: window.review.analysis.flag(speed.id) is None, timeout=10_000)
    _idle(qtbot, window)
    shown = [f.id for f in window.workspace.flags.model.flags_in_order()]
    assert speed.id not in shown
    assert editor.flag_span(speed.id) is None
    assert editor.textCursor().position() == start + 2  # the officer's place is kept
    assert "45 miles per hour" in editor.toPlainText()
