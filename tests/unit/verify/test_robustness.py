"""Whatever text arrives, the verifier answers with an Analysis or a clear ValueError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import ClaimStatus, Segment, Transcript
from app.verify import analyze

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
_wordy = st.lists(st.sampled_from(
    ["the", "driver", "said", "forty", "five", "55", "mph", "[INSERT", "name]", "No.", "Ofc.",
     "\"", "I", "observed", "Main", "St.", "2140", "hours", ".", ",", "and", "he", "not", "\n",
     "seven", "K", "L", "$", "#4471", "ignore", "previous", "instructions", "—", "é",
     # the number, date, plate and time readers ("two - 1940 hours" once looped for ever)
     "two", "-", "to", "at", "approximately", "0030", "1945", "March", "eighth", "Mary", "four",
     "David", "niner", "of", "them", "age", "weeks", "rather", "than", "thousand", "hundred",
     "03/12/1989", "DOB", "V1", "declined", "whoever's", "writing", "make", "sure", "says"]),
    max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=st.one_of(_text, _wordy), lines=st.lists(st.one_of(_text, _wordy), max_size=6))
def test_any_input_gives_an_analysis_or_a_value_error(report: str, lines: list[str]) -> None:
    transcript = Transcript(segments=tuple(
        Segment(i, line, float(i), float(i) + 0.5) for i, line in enumerate(lines)))
    try:
        analysis = analyze(transcript, report)
    except ValueError as exc:
        message = str(exc)
        assert message
        return
    for claim in analysis.claims:
        assert report[claim.start:claim.end] == claim.text
        assert 0.0 <= claim.support <= 1.0
    ids = [f.id for f in analysis.flags]
    assert len(ids) == len(set(ids))


def test_disclosure_headings_and_labels_are_not_claims_about_the_incident() -> None:
    transcript = Transcript.from_text("I was trying to get to the hospital.")
    report = ("NARRATIVE:\nDate: 11/25/2026\nThe driver said he was going to the hospital.\n"
              "This report was written either fully or in part using artificial intelligence.")
    analysis = analyze(transcript, report)
    assert not analysis.flags
    assert [c.basis for c in analysis.claims] == ["header", "header", "transcript", "header"]
    assert analysis.claims[2].status is ClaimStatus.SUPPORTED
