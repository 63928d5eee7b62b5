"""The video: QMediaPlayer + QVideoWidget with the controls a reviewer expects.

Space play/pause and Left/Right 5 s work while the video or transcript has focus; Ctrl+Space and
Alt+Left/Right work anywhere in the window (so the officer can control playback while typing).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.state import ReviewState
from app.ui.style import SPACING, format_clock, parse_clock, std_icon
from app.ui.widgets.timeline import TimelineStrip

SKIP_S = 5.0
SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
# A seek closer than this to where the player already is would only stutter playback.
SEEK_TOLERANCE_S = 0.25


class VideoPane(QWidget):
    def __init__(self, state: ReviewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._prime_frame = False
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.video = QVideoWidget(self)
        self.video.setMinimumSize(320, 180)
        self.video.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.video.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.player.setVideoOutput(self.video)
        self.timeline = TimelineStrip(self)
        self._no_media = QLabel("No media file for this case.")
        self._no_media.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._no_media.hide()
        self._build_controls()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.video, 1)
        layout.addWidget(self._no_media)
        layout.addWidget(self.timeline)
        layout.addLayout(self._controls)
        self.player.positionChanged.connect(self._on_player_position_changed)
        self.player.durationChanged.connect(self._on_player_duration_changed)
        self.player.playbackStateChanged.connect(self._on_player_state_changed)
        self.player.mediaStatusChanged.connect(self._on_player_media_status_changed)
        self.timeline.seek_requested.connect(state.seek)
        state.seek_requested.connect(self._on_state_seek_requested)
        state.position_changed.connect(self._on_state_position_changed)

    def _build_controls(self) -> None:
        self.play_button = QToolButton()
        self.play_button.setIcon(std_icon(QStyle.StandardPixmap.SP_MediaPlay))
        self.play_button.setToolTip("Play / pause (Space, or Ctrl+Space anywhere)")
        self.play_button.clicked.connect(self.toggle_play)
        back = QToolButton()
        back.setIcon(std_icon(QStyle.StandardPixmap.SP_MediaSeekBackward))
        back.setToolTip("Back 5 s (Left, or Alt+Left anywhere)")
        back.clicked.connect(lambda: self.skip(-SKIP_S))
        forward = QToolButton()
        forward.setIcon(std_icon(QStyle.StandardPixmap.SP_MediaSeekForward))
        forward.setToolTip("Forward 5 s (Right, or Alt+Right anywhere)")
        forward.clicked.connect(lambda: self.skip(SKIP_S))
        self.time_label = QLabel("00:00 / 00:00")
        self.time_label.setMinimumWidth(
            self.time_label.fontMetrics().horizontalAdvance("0:00:00 / 0:00:00") + 8
        )
        self.speed = QComboBox()
        for speed in SPEEDS:
            self.speed.addItem(f"{speed:g}×", speed)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.setToolTip("Playback speed")
        self.speed.currentIndexChanged.connect(
            lambda i: self.player.setPlaybackRate(float(self.speed.itemData(i)))
        )
        self.goto = QLineEdit()
        self.goto.setPlaceholderText("Go to mm:ss")
        self.goto.setToolTip("Type a time (e.g. 1:15) and press Enter")
        self.goto.setMinimumWidth(self.goto.fontMetrics().horizontalAdvance("Go to mm:ss") + 16)
        self.goto.setMaximumWidth(130)
        self.goto.returnPressed.connect(self._on_goto_return_pressed)
        controls = QHBoxLayout()
        controls.setSpacing(SPACING)
        for widget in (back, self.play_button, forward, self.time_label):
            controls.addWidget(widget)
        controls.addStretch(1)
        speed_label = QLabel("Speed")
        speed_label.setBuddy(self.speed)
        controls.addWidget(speed_label)
        controls.addWidget(self.speed)
        controls.addWidget(self.goto)
        self._controls = controls

    def install_shortcuts(self, local_scope: QWidget, window: QWidget) -> None:
        """Space/Left/Right inside `local_scope`; Ctrl+Space, Alt+Left/Right in the window."""
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot, scope, context in (
            ("Space", self.toggle_play, local_scope, local),
            ("Left", lambda: self.skip(-SKIP_S), local_scope, local),
            ("Right", lambda: self.skip(SKIP_S), local_scope, local),
            ("Ctrl+Space", self.toggle_play, window, Qt.ShortcutContext.WindowShortcut),
            ("Alt+Left", lambda: self.skip(-SKIP_S), window, Qt.ShortcutContext.WindowShortcut),
            ("Alt+Right", lambda: self.skip(SKIP_S), window, Qt.ShortcutContext.WindowShortcut),
        ):
            shortcut = QShortcut(QKeySequence(keys), scope)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    def set_media(self, path: str | None, duration: float | None) -> None:
        self.player.stop()
        self._prime_frame = bool(path and Path(path).is_file())
        if path and Path(path).is_file():
            self.player.setSource(QUrl.fromLocalFile(path))
            self.video.show()
            self._no_media.hide()
        else:
            self.player.setSource(QUrl())
            self.video.hide()
            self._no_media.setText(
                f"Media file not found:\n{path}" if path else "No media file for this case."
            )
            self._no_media.show()
        self.timeline.set_duration(duration or 0.0)
        self._update_label()

    def shutdown(self) -> None:
        """Pause playback; the window is closing (the player releases the file when destroyed)."""
        self._prime_frame = False
        self.player.mediaStatusChanged.disconnect(self._on_player_media_status_changed)
        # No stop() or setSource() here: with Qt's FFmpeg backend they can block for ever when
        # the window closes while a frame is being delivered (seen under load). The window is
        # closing, so the player stops and releases the file when it is destroyed.
        self.player.pause()

    def media_ready(self) -> bool:
        """The file is open and seekable (Loaded, or Buffered once a frame is shown)."""
        return self.player.mediaStatus() in (
            QMediaPlayer.MediaStatus.LoadedMedia,
            QMediaPlayer.MediaStatus.BufferingMedia,
            QMediaPlayer.MediaStatus.BufferedMedia,
            QMediaPlayer.MediaStatus.EndOfMedia,
        )

    def toggle_play(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def skip(self, delta: float) -> None:
        self._state.seek(max(0.0, self._state.position + delta))

    @Slot()
    def _on_goto_return_pressed(self) -> None:
        seconds = parse_clock(self.goto.text())
        if seconds is None:
            self.goto.setStyleSheet("border: 1px solid #c62828;")
            self.goto.setToolTip("Not a time: use seconds, mm:ss or h:mm:ss")
            return
        self.goto.setStyleSheet("")
        self._state.seek(seconds)

    @Slot(float)
    def _on_state_seek_requested(self, seconds: float) -> None:
        self.player.setPosition(int(seconds * 1000))
        self.timeline.set_position(seconds)

    @Slot(float)
    def _on_state_position_changed(self, seconds: float) -> None:
        self.timeline.set_position(seconds)
        self._update_label()

    @Slot(int)
    def _on_player_position_changed(self, ms: int) -> None:
        seconds = ms / 1000.0
        if abs(seconds - self._state.position) >= 0.01:
            self._state.set_position(seconds)

    @Slot(int)
    def _on_player_duration_changed(self, ms: int) -> None:
        if ms > 0:
            self.timeline.set_duration(ms / 1000.0)
            self._update_label()

    @Slot()
    def _on_player_media_status_changed(self) -> None:
        # A seek asked for while the file was still opening is applied once it can be.
        if self.player.mediaStatus() != QMediaPlayer.MediaStatus.LoadedMedia:
            return
        if self._state.position:
            self.player.setPosition(int(self._state.position * 1000))
        if (
            self._prime_frame
            and self.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
        ):
            # Once per file: pausing shows the frame at the position instead of a black box.
            self._prime_frame = False
            self.player.pause()

    @Slot()
    def _on_player_state_changed(self) -> None:
        playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        icon = (
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(std_icon(icon))

    def _update_label(self) -> None:
        duration = self.player.duration() / 1000.0 or self.timeline._duration
        self.time_label.setText(f"{format_clock(self._state.position)} / {format_clock(duration)}")
