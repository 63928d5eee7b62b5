"""A small traffic-stop transcript and report that most verifier tests share."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain import Segment, Transcript, Word


def chat(*turns: tuple[str | None, str]) -> Transcript:
    """A transcript of (speaker, text) turns, four seconds apart."""
    return Transcript(segments=tuple(Segment(i, text, float(4 * i), float(4 * i + 3), speaker)
                                     for i, (speaker, text) in enumerate(turns)))


def blind_case(number: int) -> tuple[Transcript, str]:
    """One of the repository's blind police cases: a whole recording, whose word weights a
    short chat cannot stand in for."""
    path = next((Path(__file__).parents[2] / "data" / "police_cases_blind").glob(
        f"{number}_*.json"))
    case = json.loads(path.read_text(encoding="utf-8"))
    return Transcript.from_dict(case["transcript"]), case["report"]


def _words(text: str, start: float, unsure: tuple[str, ...] = ()) -> tuple[Word, ...]:
    out = []
    t = start
    for raw in text.split():
        prob = 0.3 if raw.strip(",.?").lower() in unsure else 0.95
        out.append(Word(t, t + 0.3, raw, prob))
        t += 0.35
    return tuple(out)


@pytest.fixture
def stop_transcript() -> Transcript:
    lines = [
        ("Officer", "Dispatch, I'll be out on a traffic stop at Main and Fifth, grey Honda Civic, "
                    "plate seven K L M two four one."),
        ("Officer", "Evening. I stopped you because I clocked you at forty five in a thirty five."),
        ("Driver", "Sorry officer, I was trying to get to the hospital, my wife is in labor."),
        ("Officer", "Have you had anything to drink tonight?"),
        ("Driver", "No sir, nothing at all."),
        ("Officer", "Okay, I'm gonna give you a warning for the speed. Drive safe."),
    ]
    segments = []
    t = 0.0
    for i, (speaker, text) in enumerate(lines):
        unsure = ("hospital",) if i == 2 else ()
        words = _words(text, t, unsure)
        end = words[-1].end or t
        segments.append(Segment(i, text, t, end, speaker, words))
        t = end + 1.0
    return Transcript(segments=tuple(segments))


REPORT = (
    "I conducted a traffic stop on a grey Honda Civic, plate 7KLM241, at Main Street and "
    "Fifth Avenue. The driver stated he was trying to get to the hospital because his wife "
    "was in labor. I gave the driver a warning for speeding.\n"
)


@pytest.fixture
def report() -> str:
    return REPORT
