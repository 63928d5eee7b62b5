"""The second look: a learned model's flag on sentences every check passed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain import Claim, ClaimStatus, Evidence, FlagKind, Severity, Transcript
from app.settings import load_settings
from app.verify import analyze, analyzer
from app.verify.risk import RiskModel, load_risk_model, second_look_flags, sentence_features
from tests.unit.verify.conftest import chat


def shop() -> Transcript:
    return chat(("Ofc. Lane", "What happened with the skis?"),
                ("Dana", "He took the skis off the rack and walked out. I saw him."),
                ("Ofc. Lane", "Did he check them first?"),
                ("Dana", "No, he never checked them, he just grabbed them."))


def claim(cid: str, start: int, end: int, status: ClaimStatus, segment: int | None) -> Claim:
    evidence = () if segment is None else (Evidence(segment, 4.0 * segment, 4.0 * segment + 3,
                                                    0.8, "..."),)
    return Claim(cid, start, end, "...", status, 0.83, evidence=evidence, basis="transcript")


def test_the_marks_of_a_sentence_are_its_judgement_its_passage_and_its_words() -> None:
    segments = shop().segments
    marks = sentence_features("Dana stated he checked the skis before taking them.",
                              [claim("c1", 0, 50, ClaimStatus.SUPPORTED, 2)], segments, False)
    assert {"status=supported", "basis=transcript", "support<0.8", "claims=1", "evidence=1",
            "officer=True", "question=True", "unlabelled=False", "match<0.8", "turn=0",
            "opening_voice=True"} <= marks
    assert {"checked", "before", "he checked"} <= marks
    assert "evidence=none" in sentence_features(
        "It rained.", [claim("c1", 0, 10, ClaimStatus.UNSUPPORTED, None)], segments, True)


def test_a_sentence_the_model_rates_likely_wrong_gets_a_low_flag_with_its_passage() -> None:
    report = "Dana stated S1 took the skis. Dana stated S1 checked the skis before taking them."
    second = report.index("Dana stated S1 checked")
    claims = [claim("c1", 0, second - 1, ClaimStatus.SUPPORTED, 1),
              claim("c2", second, len(report), ClaimStatus.SUPPORTED, 3)]
    model = RiskModel({"before": 3.0, "checked": 1.0, "took": -1.0}, -2.0, 0.7)
    flags = second_look_flags(report, claims, shop().segments, [], model)
    assert len(flags) == 1
    flag = flags[0]
    assert (flag.kind, flag.severity, flag.claim, flag.category) == (
        FlagKind.UNSUPPORTED_CLAIM, Severity.LOW, "c2", "second_look")
    assert (flag.start, flag.end) == (second, len(report))
    assert "'checked', 'before'" in flag.message
    assert "recording at 00:12" in flag.message
    assert (flag.time, flag.segment) == (12.0, 3)
    # a sentence a check already flagged is that check's
    flagged = [*flags]
    assert second_look_flags(report, claims, shop().segments, flagged, model) == []
    # and the same wording keeps its id after an unrelated edit
    moved = "The store is on Elm. " + report
    shift = len("The store is on Elm. ")
    moved_claims = [claim(c.id, c.start + shift, c.end + shift, c.status,
                          c.evidence[0].segment if c.evidence else None) for c in claims]
    assert second_look_flags(moved, moved_claims, shop().segments, [], model)[0].id == flag.id


def test_the_words_named_as_raising_the_score_are_never_a_name() -> None:
    model = RiskModel({"brandvold": 4.0, "antenna": 2.0, "broke": 1.0}, -2.0, 0.7)
    words = model.telling_words("Brandvold stated the radio broke off its antenna.")
    assert words == ["broke", "antenna"]


def test_analyze_takes_a_second_look_unless_told_not_to(
        monkeypatch: pytest.MonkeyPatch) -> None:
    never = RiskModel({}, -30.0, 0.5)  # a calibration that drops nothing
    monkeypatch.setattr(analyzer, "_DEFAULT_MODELS", [(RiskModel({"before": 5.0}, -2.0, 0.7),
                                                       never)])
    report = "Dana stated S1 took the skis. Dana stated S1 checked the skis before taking them."
    on = analyze(shop(), report)
    off = analyze(shop(), report, second_look=False)
    looks = [f for f in on.flags if f.message.startswith("Second look")]
    assert [report[f.start:f.end] for f in looks if f.start is not None] == [
        "Dana stated S1 checked the skis before taking them."]
    assert not [f for f in off.flags if f.message.startswith("Second look")]
    # it only adds to what the checks found
    assert sorted(f.id for f in on.flags) == sorted([*(f.id for f in off.flags), looks[0].id])


def test_a_bad_model_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text("[1, 2", encoding="utf-8")
    with pytest.raises(ValueError, match=r"model\.json: cannot read the second-look model"):
        load_risk_model(path)
    path.write_text(json.dumps({"weights": [], "intercept": 0, "threshold": 0.5}),
                    encoding="utf-8")
    with pytest.raises(ValueError, match=r"model\.json: the second-look model needs"):
        load_risk_model(path)


def test_the_bundled_model_reads_and_scores_between_zero_and_one() -> None:
    model = load_risk_model()
    assert 0.3 <= model.threshold < 1
    low = model.probability({"status=supported", "support<0.9", "officer=False"})
    assert 0 < low < model.threshold


def test_agencies_switch_the_second_look_off_in_settings(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert load_settings(path, environ={}).second_look is True
    path.write_text(json.dumps({"second_look": False}), encoding="utf-8")
    assert load_settings(path, environ={}).second_look is False
