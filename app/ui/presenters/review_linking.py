"""The review workspace's linking: a claim or a flag leads to its text, transcript and moment.

A mixin of ReviewPresenter (app.ui.presenters.review), which owns the state and the signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot

from app.domain import Analysis, Flag, Transcript

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from app.ui.state import ReviewState
    from app.ui.widgets.workspace import ReviewWorkspace

# Seek this far before a claim's evidence so the reviewer hears the lead-in.
EVIDENCE_PREROLL_S = 1.0


class ReviewLinking:
    """Claim, flag, transcript and video follow one another: ReviewPresenter's "linking"."""

    if TYPE_CHECKING:  # provided by ReviewPresenter
        view: ReviewWorkspace
        state: ReviewState
        transcript: Transcript | None
        analysis: Analysis
        status_changed: SignalInstance

    # -- linking --------------------------------------------------------------------------
    @Slot(str)
    def go_to_claim(self, claim_id: str) -> None:
        claim = self.analysis.claim(claim_id)
        if claim is None:
            return
        self.state.set_claim(claim_id)
        self.view.transcript.select_segments([e.segment for e in claim.evidence])
        timed = [
            (e.start, e.end if e.end is not None else e.start)
            for e in claim.evidence
            if e.start is not None
        ]
        self.view.video.timeline.set_evidence(timed)
        if claim.evidence:
            self.state.set_segment(claim.evidence[0].segment)
        if timed:
            self.state.seek(max(0.0, float(timed[0][0]) - EVIDENCE_PREROLL_S))

    def flag_moment(self, flag: Flag) -> float | None:
        if flag.time is not None:
            return flag.time
        claim = self.analysis.claim(flag.claim) if flag.claim else None
        if claim is not None:
            starts = [e.start for e in claim.evidence if e.start is not None]
            if starts:
                return float(starts[0])
        if flag.segment is not None and self.transcript is not None:
            seg = self.transcript.segment(flag.segment)
            if seg is not None:
                return seg.start
        return None

    def show_flag_in_report(self, flag: Flag) -> None:
        span = self.view.editor.flag_span(flag.id)
        if span is None and flag.claim:
            span = self.view.editor.claim_span(flag.claim)
        if span is not None:
            self.view.editor.reveal_range(*span)
            self.view.editor.setFocus()
        if flag.claim:
            self.go_to_claim(flag.claim)

    def go_to_flag_moment(self, flag: Flag) -> None:
        moment = self.flag_moment(flag)
        if moment is None:
            self.status_changed.emit("This flag does not point to a moment in the recording.")
            return
        self.state.seek(max(0.0, moment - EVIDENCE_PREROLL_S))
