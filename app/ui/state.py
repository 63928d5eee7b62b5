"""The review workspace's shared selection: one object, many listening panes.

Setters return early when the value does not change, so linked panes never ping-pong.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# Player positions closer than this are the same moment (the player reports every ~50 ms).
POSITION_EPSILON_S = 0.01


class ReviewState(QObject):
    claim_selected = Signal(object)  # claim id or None
    segment_selected = Signal(object)  # segment id or None
    flag_selected = Signal(object)  # flag id or None
    position_changed = Signal(float)  # seconds, from playback or a seek
    seek_requested = Signal(float)  # seconds; the video pane moves the player there

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._claim: str | None = None
        self._segment: int | None = None
        self._flag: str | None = None
        self._position = 0.0

    @property
    def claim(self) -> str | None:
        return self._claim

    @property
    def segment(self) -> int | None:
        return self._segment

    @property
    def flag(self) -> str | None:
        return self._flag

    @property
    def position(self) -> float:
        return self._position

    def set_claim(self, claim_id: str | None) -> None:
        if claim_id == self._claim:
            return
        self._claim = claim_id
        self.claim_selected.emit(claim_id)

    def set_segment(self, segment_id: int | None) -> None:
        if segment_id == self._segment:
            return
        self._segment = segment_id
        self.segment_selected.emit(segment_id)

    def set_flag(self, flag_id: str | None) -> None:
        if flag_id == self._flag:
            return
        self._flag = flag_id
        self.flag_selected.emit(flag_id)

    def set_position(self, seconds: float) -> None:
        """Playback moved (the player reports it); panes follow, the player is not told."""
        seconds = max(0.0, float(seconds))
        if abs(seconds - self._position) < POSITION_EPSILON_S:
            return
        self._position = seconds
        self.position_changed.emit(seconds)

    def seek(self, seconds: float) -> None:
        """A user asked to go to a moment: the player seeks and every pane follows at once."""
        seconds = max(0.0, float(seconds))
        self.seek_requested.emit(seconds)
        self.set_position(seconds)
