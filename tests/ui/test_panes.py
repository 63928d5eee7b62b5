"""The linked panes with hand-built values: transcript clicks, walk-through, report marks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from ui_samples import REPORT, analysis, transcript

from app.ui.state import ReviewState
from app.ui.widgets.report_editor import ReportEditor
from app.ui.widgets.transcript_pane import TranscriptPane


def _point_in(edit: Any, position: int) -> QPoint:
    cursor = QTextCursor(edit.document())
    cursor.setPosition(position)
    rect = edit.cursorRect(cursor)
    return QPoint(rect.x() + 3, rect.center().y())


def test_state_setters_emit_only_on_change(qtbot: Any) -> None:
    state = ReviewState()
    seen: list[object] = []
    state.claim_selected.connect(seen.append)
    state.position_changed.connect(seen.append)
    state.set_claim("c1")
    state.set_claim("c1")
    state.set_position(3.0)
    state.set_position(3.0)
    assert seen == ["c1", 3.0]


def _pane(qtbot: Any) -> tuple[TranscriptPane, ReviewState]:
    state = ReviewState()
    pane = TranscriptPane(state)
    qtbot.addWidget(pane)
    pane.resize(700, 400)
    pane.show()
    pane.set_transcript(transcript())
    qtbot.waitExposed(pane)
    return pane, state


def test_clicking_a_word_seeks_to_it(qtbot: Any) -> None:
    pane, state = _pane(qtbot)
    target = next(w for w in pane.words() if w.text == "hospital.")
    seeks: list[float] = []
    state.seek_requested.connect(seeks.append)
    qtbot.mouseClick(
        pane.text.viewport(), Qt.MouseButton.LeftButton, pos=_point_in(pane.text, target.start + 1)
    )
    assert seeks == [target.time]
    assert state.position == target.time
    assert state.segment == 1


def test_click_that_ends_a_selection_does_not_seek(qtbot: Any) -> None:
    pane, state = _pane(qtbot)
    word = next(w for w in pane.words() if w.text == "licence.")
    cursor = pane.text.textCursor()
    cursor.setPosition(word.start)
    cursor.setPosition(word.end, QTextCursor.MoveMode.KeepAnchor)
    pane.text.setTextCursor(cursor)  # as a drag leaves it just before the release
    seeks: list[float] = []
    state.seek_requested.connect(seeks.append)
    qtbot.mouseRelease(
        pane.text.viewport(), Qt.MouseButton.LeftButton, pos=_point_in(pane.text, word.start + 1)
    )
    assert seeks == []


def test_uncertain_word_walk_through_and_current_word(qtbot: Any) -> None:
    pane, state = _pane(qtbot)
    uncertain = [w.text for w in pane.uncertain_words()]
    assert uncertain == ["forty-five", "licence."]
    assert pane.walk_label.text() == "2 to check"
    pane.next_uncertain()
    assert pane.walk_label.text() == "1 of 2"
    assert state.position == max(0.0, pane.uncertain_words()[0].time - 1.0)
    pane.previous_uncertain()
    assert pane.walk_label.text() == "2 of 2"
    state.set_position(6.6)
    current = pane.current_word()
    assert current is not None
    assert current.text == "officer,"
    assert any(sel.cursor.selectedText() == "officer," for sel in pane.text.extraSelections())


def test_report_editor_marks_claims_without_rewriting_text(qtbot: Any) -> None:
    editor = ReportEditor()
    qtbot.addWidget(editor)
    editor.resize(600, 300)
    editor.show()
    editor.load(REPORT, analysis(), [(0, len(REPORT))])
    assert editor.toPlainText() == REPORT
    # 3 claims + the bias mark (the contradiction and unsupported flags are drawn via claims)
    assert len(editor.extraSelections()) == 4
    clicked: list[str] = []
    editor.claim_clicked.connect(clicked.append)
    qtbot.mouseClick(
        editor.viewport(), Qt.MouseButton.LeftButton, pos=_point_in(editor, REPORT.index("55") + 1)
    )
    assert clicked == ["c2"]
    tip = editor.tooltip_at(_point_in(editor, REPORT.index("belligerent") + 2))
    assert "opinion" in tip
    assert "Quote what the driver said" in tip
    editor.set_show_ai_text(True)
    assert len(editor.extraSelections()) == 5
    assert editor.ai_share() == 1.0


def test_report_marks_follow_an_edit_before_reanalysis(qtbot: Any) -> None:
    editor = ReportEditor()
    qtbot.addWidget(editor)
    editor.load(REPORT, analysis(), [])
    before = editor.claim_span("c3")
    edited: list[bool] = []
    editor.text_edited.connect(lambda: edited.append(True))
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.insertText("Today ")
    editor.setTextCursor(cursor)
    assert edited
    assert editor.claim_span("c3") == (before[0] + 6, before[1] + 6)
