"""The learned wording model: features, the flagged phrase, loading, and its place among the
lexicon's bias flags."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain import FlagKind, Severity, Transcript
from app.verify import analyze, load_lexicon
from app.verify.lexicon import Lexicon
from app.verify.wording import MODEL_KEY, WordingModel, features, load_wording_model, tokens


def judge(**weights: float) -> WordingModel:
    """A hand-made model: pairs are written with "_" ("pure_spite")."""
    return WordingModel({k.replace("_", " "): v for k, v in weights.items()}, -1.0, 0.5)


def bias_flags(transcript: Transcript, report: str, lexicon: Lexicon
               ) -> list[tuple[str, str, Severity]]:
    analysis = analyze(transcript, report, lexicon=lexicon)
    return [(f.category or "", f.term or "", f.severity) for f in analysis.flags
            if f.kind is FlagKind.BIAS_LANGUAGE]


def test_names_numbers_and_race_words_are_not_features() -> None:
    toks = tokens("S1 Marcus Hale, a white male, kicked 3 carts")
    assert [t.text for t in toks] == ["s", "<num>", "<cap>", "<cap>", "a", "<race>", "male",
                                      "kicked", "<num>", "carts"]
    names = {name for name, _ in features(toks)}
    assert {"a", "male kicked"} <= names
    assert not [n for n in names if "<race>" in n]  # "white", "a white", "white male" gone


def test_the_flagged_phrase_is_the_stretch_that_carries_the_score() -> None:
    model = judge(pure=1.0, spite=2.5, pure_spite=1.0, acted=0.1, stated=-4.0)
    sentence = "Dale acted out of pure spite toward the clerk."
    hit = model.find(sentence)
    assert hit is not None
    assert sentence[hit.start:hit.end] == "pure spite"
    assert model.find("Dale stated he acted out of pure spite.") is None  # below threshold
    assert model.find("Dale paid for the coffee.") is None
    assert model.find("...") is None


def test_a_bad_model_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"model\.json: cannot read the wording model"):
        load_wording_model(path)
    path.write_text(json.dumps({"weights": {"a": 1}}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"model\.json: the wording model needs"):
        load_wording_model(path)
    path.write_text(json.dumps({"weights": {"a": 1}, "intercept": -1, "threshold": 0}),
                    encoding="utf-8")
    assert load_wording_model(path).score("a a") == 1.0


def test_the_model_flags_what_no_entry_names_as_a_low_conclusory_flag(
        stop_transcript: Transcript) -> None:
    lexicon = Lexicon(load_lexicon().entries, judge(toddler=2.5, grumpy_toddler=1.0))
    found = bias_flags(stop_transcript, "The driver sulked like a grumpy toddler.", lexicon)
    assert found == [("conclusory", "grumpy toddler", Severity.LOW)]
    # without the model (or with it disabled) the lexicon alone has nothing to say
    assert bias_flags(stop_transcript, "The driver sulked like a grumpy toddler.",
                      Lexicon(lexicon.entries)) == []


def test_the_model_leaves_lexicon_sentences_quotes_and_denials_alone(
        stop_transcript: Transcript) -> None:
    lexicon = Lexicon(load_lexicon().entries, judge(toddler=2.5, grumpy_toddler=1.0))
    # a sentence an entry matched keeps the entry's flag only
    assert bias_flags(stop_transcript, "The belligerent driver sulked like a grumpy toddler.",
                      lexicon) == [("conclusory", "belligerent", Severity.MEDIUM)]
    # a speaker's own words, quoted
    assert bias_flags(stop_transcript, 'The driver said, "You sulk like a grumpy toddler."',
                      lexicon) == []
    # a verdict the report says was not so
    assert bias_flags(stop_transcript, "The driver did not sulk like a grumpy toddler.",
                      lexicon) == []


def test_agencies_switch_the_model_off_by_its_key() -> None:
    assert load_lexicon().wording is not None
    assert load_lexicon(disabled=[MODEL_KEY]).wording is None


def test_the_bundled_model_judges_people_and_leaves_plain_accounts(
        stop_transcript: Transcript) -> None:
    lexicon = load_lexicon()
    judged = bias_flags(stop_transcript, "W1 is a gossip who exaggerates everything she hears.",
                        lexicon)
    assert [(c, s) for c, _, s in judged] == [("conclusory", Severity.LOW)]
    assert "gossip" in judged[0][1]
    for plain in ("I contacted the R/P, Dana Ruiz, who stated her bicycle was taken.",
                  "W1 stated the male ran north on Elm Street carrying a black backpack.",
                  "S1 was arrested and transported to County Jail without incident."):
        assert bias_flags(stop_transcript, plain, lexicon) == []
