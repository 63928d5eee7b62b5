from __future__ import annotations

from pathlib import Path

import pytest

from app.domain import FlagKind, Severity, Transcript
from app.verify import analyze, load_lexicon

DOMAIN_CATEGORIES = {"conclusory", "boilerplate", "hidden_actor", "incriminating",
                     "discredited", "labels", "race_ethnicity", "intent"}


def bias(transcript: Transcript, report: str, **kw: object) -> list[tuple[str, str, Severity]]:
    analysis = analyze(transcript, report, **kw)  # type: ignore[arg-type]
    return [(f.category or "", f.term or "", f.severity) for f in analysis.flags
            if f.kind is FlagKind.BIAS_LANGUAGE]


def test_bundled_lexicon_has_one_file_per_domain_category() -> None:
    lexicon = load_lexicon()
    assert set(lexicon.categories) == DOMAIN_CATEGORIES
    for entry in lexicon.entries:
        assert entry.why
        assert entry.suggestion
        assert entry.patterns


@pytest.mark.parametrize(("report", "category", "term"), [
    ("He made furtive movements toward the seat.", "boilerplate", "furtive movements"),
    ("This is a known high-crime area.", "boilerplate", "known high-crime area"),
    ("She was combative and irate.", "conclusory", "combative"),
    ("He died of excited delirium.", "discredited", "excited delirium"),
    ("The junkie ran.", "labels", "junkie"),
    ("The suspect was taken to the ground.", "hidden_actor", "was taken to the ground"),
    ("He attempted to conceal the bag.", "intent", "attempted to conceal"),
])
def test_terms_are_flagged_with_their_category(report: str, category: str, term: str,
                                               stop_transcript: Transcript) -> None:
    found = bias(stop_transcript, report)
    assert (category, term) in [(c, t) for c, t, _ in found]


def test_quoted_speech_is_reported_at_low_severity(stop_transcript: Transcript) -> None:
    found = bias(stop_transcript, 'The driver yelled "you are all thugs" at me.')
    assert found == [("labels", "thugs", Severity.LOW)]


def test_incriminating_verb_backed_by_the_recording_is_not_flagged() -> None:
    backed = Transcript.from_text("Stop resisting! Stop resisting!")
    silent = Transcript.from_text("Put your hands behind your back.")
    report = "The suspect resisted arrest."
    assert not bias(backed, report)
    assert [c for c, _, _ in bias(silent, report)] == ["incriminating"]


def test_race_descriptor_needs_support_in_the_recording() -> None:
    dispatch = Transcript.from_text("Suspect is a white male, red shirt, heading north.")
    car_only = Transcript.from_text("He drove off in a white sedan.")
    report = "I contacted a white male in a red shirt."
    assert not bias(dispatch, report)
    assert [c for c, _, _ in bias(car_only, report)] == ["race_ethnicity"]


def test_agency_can_add_override_and_disable(tmp_path: Path,
                                             stop_transcript: Transcript) -> None:
    (tmp_path / "agency.yaml").write_text(
        "category: conclusory\n"
        "entries:\n"
        "  - id: uncooperative\n"
        "    patterns: [uncooperative]\n"
        "    why: Agency wording.\n"
        "    suggestion: Quote the instruction.\n"
        "    severity: high\n"
        "  - id: sketchy\n"
        "    patterns: [sketchy, sketchier]\n"
        "    why: Slang conclusion.\n"
        "    suggestion: Describe it.\n", encoding="utf-8")
    lexicon = load_lexicon(extra_dir=tmp_path, disabled=["conclusory:nervous"])
    report = "He was sketchy, nervous and uncooperative."
    found = bias(stop_transcript, report, lexicon=lexicon)
    assert ("conclusory", "sketchy", Severity.MEDIUM) in found
    assert ("conclusory", "uncooperative", Severity.HIGH) in found
    assert "nervous" not in [t for _, t, _ in found]


@pytest.mark.parametrize(("content", "problem"), [
    ("entries: [", "cannot read"),
    ("- just a list\n", "'entries' list"),
    ("entries:\n  - id: x\n    patterns: [x]\n    why: y\n", "lacks 'suggestion'"),
    ("entries:\n  - id: x\n    patterns: []\n    why: y\n    suggestion: z\n", "'patterns'"),
    ("entries:\n  - {id: x, patterns: [x], why: y, suggestion: z, severity: huge}\n",
     "severity"),
])
def test_malformed_agency_file_names_file_and_problem(tmp_path: Path, content: str,
                                                      problem: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=problem) as info:
        load_lexicon(extra_dir=tmp_path)
    assert "bad.yaml" in str(info.value)


def test_missing_agency_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="does not exist"):
        load_lexicon(extra_dir=tmp_path / "nope")
