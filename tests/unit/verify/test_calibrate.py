"""The soft-flag calibration: which flags are soft, their marks, and dropping a false alarm."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain import Claim, ClaimStatus, Flag, FlagKind, Severity, Transcript
from app.verify import analyze, analyzer
from app.verify.calibrate import load_calibration, settle_flags, soft_features, soft_reason
from app.verify.risk import RiskModel
from tests.unit.verify.conftest import chat


def shop() -> Transcript:
    return chat(("Ofc. Lane", "What do you want to happen with them?"),
                ("Lindqvist", "I don't want those kids back in here. Ever."),
                ("Ofc. Lane", "Okay. Did anyone touch you?"),
                ("Lindqvist", "No."))


def flag(fid: str, message: str, start: int, end: int,
         kind: FlagKind = FlagKind.UNSUPPORTED_CLAIM, category: str | None = None) -> Flag:
    return Flag(id=fid, kind=kind, severity=Severity.MEDIUM, message=message, start=start,
                end=end, category=category)


def test_the_soft_flags_are_known_by_the_checks_own_messages() -> None:
    # each of the four, as the checks word them (a change of wording breaks the calibration)
    report = ("Lindqvist requested that the juveniles be banned from the business. "
              "Lindqvist stated the kids had been warned before.")
    soft = {soft_reason(f) for f in analyze(shop(), report, second_look=False).flags}
    assert "only_part" in soft or "nothing" in soft
    assert soft_reason(flag("a", "Nothing in the recording supports this. If ...", 0, 5)) == \
        "nothing"
    assert soft_reason(flag("b", "The report affirms this, but the recording at 00:04 has a "
                                 "denial or negation: 'No.'.", 0, 5,
                            FlagKind.CONTRADICTED_CLAIM)) == "affirmed"
    assert soft_reason(flag("c", "The report negates this, but the recording at 00:04 has no "
                                 "denial or negation: 'Okay.'.", 0, 5,
                            FlagKind.CONTRADICTED_CLAIM)) == "negated"
    # a flag that quotes a mismatch, or the second look's own, is never soft
    assert soft_reason(flag("d", "Report says 55 mph; the recording at 00:09 says 'forty "
                                 "five'.", 0, 5, FlagKind.CONTRADICTED_CLAIM)) is None
    assert soft_reason(flag("e", "Only part of this is in the recording ...", 0, 5,
                            category="second_look")) is None


def test_the_marks_name_the_soft_flags_and_the_words_they_miss() -> None:
    only = flag("a", "Only part of this is in the recording (closest passage at 00:04, which "
                     "lacks 'juveniles', 'business'). Confirm it from your own knowledge, or "
                     "correct it.", 0, 60)
    claim = Claim("c1", 0, 60, "...", ClaimStatus.WEAK, 0.55)
    marks = soft_features("Lindqvist requested that the juveniles be banned from the business.",
                          [claim], shop().segments, False, [only])
    assert {"soft=only_part", "flags=1", "lacks=2", "lack=juveniles", "lack=business",
            "status=weak", "support<0.5", "juveniles"} <= marks


def test_soft_flags_rated_a_false_alarm_are_dropped_and_hard_ones_kept() -> None:
    report = "Lindqvist wanted the juveniles banned. The bike was red. Lindqvist was not hurt."
    first, second, third = (report.index(s) for s in ("Lindqvist wanted", "The bike",
                                                      "Lindqvist was"))
    only = flag("a", "Only part of this is in the recording (closest passage at 00:04, which "
                     "lacks 'juveniles'). Confirm it ...", first, second - 1)
    colour = flag("b", "Report says red; the recording at 00:08 says 'blue'.", second,
                  third - 1, FlagKind.CONTRADICTED_CLAIM)
    beside = flag("c", "Only part of this is in the recording (closest passage at 00:08, which "
                       "lacks 'juveniles'). Confirm it ...", second, third - 1)
    negated = flag("d", "The report negates this, but the recording at 00:12 has no denial or "
                        "negation: 'Okay.'.", third, len(report), FlagKind.CONTRADICTED_CLAIM)
    model = RiskModel({"lack=juveniles": 5.0}, -2.0, 0.9)
    kept, settled = settle_flags(report, [], shop().segments, [only, colour, beside, negated],
                                 model)
    # the paraphrase is settled; a sentence with a hard flag keeps all of its flags; a soft
    # flag the model does not rate a false alarm stays
    assert [f.id for f in kept] == ["b", "c", "d"]
    assert settled == [(first, second - 1)]


def test_a_settled_sentence_gets_no_second_look(monkeypatch: pytest.MonkeyPatch) -> None:
    report = "Lindqvist requested that the juveniles be banned from the business."
    plain = analyze(shop(), report, second_look=False)
    assert [soft_reason(f) for f in plain.flags] in (["only_part"], ["nothing"])
    always = RiskModel({}, 30.0, 0.5)
    monkeypatch.setattr(analyzer, "_DEFAULT_MODELS", [(always, always)])
    assert analyze(shop(), report).flags == ()
    never = RiskModel({}, -30.0, 0.5)
    monkeypatch.setattr(analyzer, "_DEFAULT_MODELS", [(never, never)])
    assert analyze(shop(), report).flags == plain.flags


def test_the_bundled_calibration_reads(tmp_path: Path) -> None:
    model = load_calibration()
    assert 0.5 <= model.threshold < 1
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"weights": {}}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"model\.json: the soft-flag calibration needs"):
        load_calibration(path)
