"""Domain values built by hand for widget tests (no database, no services)."""

from __future__ import annotations

from datetime import UTC, datetime

from app.domain import (
    Acknowledgement,
    Analysis,
    CaseSummary,
    Claim,
    ClaimStatus,
    Evidence,
    Flag,
    FlagKind,
    ReportState,
    Resolution,
    Segment,
    Severity,
    Transcript,
    Word,
)

REPORT = (
    "I stopped a grey Honda Civic on Main Street. "
    "The driver was driving 55 mph. "
    "The driver was belligerent."
)


def words(
    text: str, start: float, step: float = 0.5, low: set[str] | None = None
) -> tuple[Word, ...]:
    out = []
    for i, token in enumerate(text.split()):
        t = start + i * step
        prob = 0.3 if low and token.strip(",.") in low else 0.95
        out.append(Word(t, t + step * 0.9, token, prob))
    return tuple(out)


def transcript() -> Transcript:
    texts = [
        ("Officer", "Dispatch, unit twelve, stopping a grey Honda Civic on Main Street.", 0.0),
        ("Driver", "Sorry officer, I was going to the hospital.", 6.0),
        ("Officer", "You were doing forty-five in a twenty-five zone.", 12.0),
        ("Driver", "Okay, here is my licence.", 18.0),
    ]
    segments = []
    for i, (speaker, text, start) in enumerate(texts):
        ws = words(text, start, low={"forty-five"} if i == 2 else {"licence"} if i == 3 else None)
        segments.append(Segment(i, text, start, ws[-1].end, speaker, ws))
    return Transcript(tuple(segments), language="en", duration=24.0)


def analysis() -> Analysis:
    first = REPORT.index("The driver was driving")
    second = REPORT.index("The driver was belligerent")
    claims = (
        Claim(
            "c1",
            0,
            first - 1,
            REPORT[: first - 1],
            ClaimStatus.SUPPORTED,
            0.9,
            0.95,
            (Evidence(0, 0.0, 5.5, 0.9, "stopping a grey Honda Civic on Main Street."),),
        ),
        Claim(
            "c2",
            first,
            second - 1,
            REPORT[first : second - 1],
            ClaimStatus.CONTRADICTED,
            0.7,
            0.3,
            (Evidence(2, 12.0, 16.5, 0.7, "You were doing forty-five"),),
        ),
        Claim("c3", second, len(REPORT), REPORT[second:], ClaimStatus.UNSUPPORTED, 0.1, None, ()),
    )
    bias_start = REPORT.index("belligerent")
    flags = (
        Flag(
            "f-contra",
            FlagKind.CONTRADICTED_CLAIM,
            Severity.HIGH,
            "Report says 55 mph; the transcript says forty-five (00:12).",
            first,
            second - 1,
            "c2",
            "45",
        ),
        Flag(
            "f-bias",
            FlagKind.BIAS_LANGUAGE,
            Severity.MEDIUM,
            "“belligerent” is an opinion, not an observation.",
            bias_start,
            bias_start + len("belligerent"),
            "c3",
            "Quote what the driver said or describe what they did.",
            category="conclusory_opinion",
            term="belligerent",
        ),
        Flag(
            "f-unsup",
            FlagKind.UNSUPPORTED_CLAIM,
            Severity.LOW,
            "Nothing in the transcript supports this sentence.",
            second,
            len(REPORT),
            "c3",
        ),
    )
    return Analysis(claims, flags)


def ack(flag_id: str) -> Acknowledgement:
    return Acknowledgement(
        flag_id,
        "officer1",
        Resolution.CONFIRMED,
        "checked",
        datetime(2026, 11, 25, 21, 0, tzinfo=UTC),
        1,
    )


def summaries() -> list[CaseSummary]:
    at = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    return [
        CaseSummary(1, ReportState.IN_REVIEW, "officer1", at, 312.4, 3, "Traffic stop"),
        CaseSummary(2, ReportState.SIGNED, "officer2", at, 60.0, 0, "Noise complaint"),
        CaseSummary(3, ReportState.APPROVED, "officer1", at, None, 0, "Theft"),
    ]


# A case for the real services: the verifier finds a contradiction (55 vs forty five), an
# uncertain word ("hospital,") and loaded wording ("belligerent").
CASE_REPORT = (
    "I stopped a silver Honda Civic at Main Street and Fifth Avenue. "
    "The vehicle was traveling 55 miles per hour in a posted 25 mile per hour zone.\n\n"
    "The driver stated that he never saw the sign and that he was trying to get to the hospital. "
    "The driver was belligerent when I asked for his license and registration. "
    "He stated that he was alone and had not had anything to drink."
)
CASE_DURATION = 34.0


def _segment(i: int, speaker: str, text: str, start: float, low: tuple[str, ...] = ()) -> Segment:
    out, t = [], start
    for token in text.split():
        out.append(Word(t, t + 0.4, token, 0.3 if token.strip(",.?") in low else 0.95))
        t += 0.5
    return Segment(i, text, start, t, speaker, tuple(out))


def case_transcript() -> Transcript:
    return Transcript(
        (
            _segment(
                0,
                "Officer",
                "Dispatch, unit twelve, traffic stop on a silver Honda Civic at "
                "Main Street and Fifth Avenue.",
                0.0,
            ),
            _segment(
                1,
                "Officer",
                "Good evening. Do you know how fast you were going? You were "
                "doing forty five miles per hour in a twenty five zone.",
                7.0,
            ),
            _segment(
                2,
                "Driver",
                "Sorry officer, I never saw the sign. I was trying to get to the "
                "hospital, my mother is sick.",
                15.0,
                low=("hospital",),
            ),
            _segment(3, "Officer", "Can I see your license and registration please?", 22.0),
            _segment(
                4,
                "Driver",
                "Sure, here they are. I am alone and I have not had anything to drink.",
                26.0,
            ),
        ),
        language="en",
        duration=CASE_DURATION,
    )
