from __future__ import annotations

import pytest

from app.verify.text import canonical, fold, tokenize


def norms(text: str, kind: str, spoken: bool = False) -> list[str]:
    return [t.norm for t in tokenize(text, spoken) if t.kind == kind]


@pytest.mark.parametrize(("text", "expected"), [
    ("forty five", ["45"]),
    ("forty-five", ["45"]),
    ("two hundred and fifty dollars", ["250"]),
    ("two hundred and ten tablets", ["210"]),
    ("three hundred fifteen dollars", ["315"]),
    ("$1,200.00", ["1200"]),
    ("45 mph", ["45"]),
])
def test_spoken_and_written_numbers_meet(text: str, expected: list[str]) -> None:
    assert norms(text, "num")[: len(expected)] == expected


@pytest.mark.parametrize("text", ["2140 hours", "9:40 pm", "nine forty p.m.", "21:40"])
def test_clock_times_fold_to_one_form(text: str) -> None:
    assert "t21:40" in norms(text, "time")


@pytest.mark.parametrize("text", ["7KLM241", "seven K L M two four one",
                                  "seven kilo lima mike two four one", "7 K L M 2 4 1"])
def test_plates_spelled_out_match_the_written_plate(text: str) -> None:
    assert norms(text, "plate") == ["p7klm241"]


def test_spoken_numbers_have_their_other_readings_on_the_transcript_side() -> None:
    assert "1412" in norms("fourteen twelve Elm Court", "num", spoken=True)
    assert "804" in norms("eight oh four Cedar Lane", "num", spoken=True)
    assert {"t07:30", "t19:30"} <= set(norms("around seven thirty", "time", spoken=True))
    assert "1412" not in norms("fourteen twelve Elm Court", "num")


def test_spoken_decimals() -> None:
    assert norms("that's a point one two", "num") == ["0.12"]
    assert norms("one point five miles", "num") == ["1.5"]


def test_offsets_point_back_into_the_text() -> None:
    text = "He drove at forty five mph."
    tok = next(t for t in tokenize(text) if t.kind == "num")
    assert text[tok.start:tok.end] == "forty five"


def test_negation_is_marked_and_not_content() -> None:
    toks = tokenize("He didn't stop")
    assert [t.kind for t in toks] == ["word", "neg", "word"]
    assert not toks[1].content


def test_synonyms_and_inflections_share_a_head() -> None:
    assert canonical("cars") == canonical("vehicle") == canonical("truck")
    assert canonical("cited") == canonical("citation")
    assert canonical("punched") == canonical("hit")
    assert canonical("fled") == canonical("ran")


def test_fold_ignores_case_and_punctuation() -> None:
    assert fold("The Suspect, ran!") == fold("the suspect ran")


def test_words_ending_in_double_s_keep_their_stem() -> None:
    from app.verify.words import stem
    assert {stem(w) for w in ("press", "pressing", "presses", "pressed")} == {"press"}
    assert stem("witness") == stem("witnesses")
    assert stem("glass") == stem("glasses")
    assert stem("kindness") == stem("kind")


def test_trying_believing_and_witnessing_meet_their_plain_words() -> None:
    assert canonical("tried") == canonical("try") == canonical("attempted")
    assert canonical("believed") == canonical("think")
    assert tokenize("witnessed")[0].norm == tokenize("saw")[0].norm
    # the noun stays a witness
    assert tokenize("witness")[0].norm != tokenize("saw")[0].norm
