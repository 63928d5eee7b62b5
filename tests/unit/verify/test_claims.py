from __future__ import annotations

from app.verify.claims import split_claims, split_sentences


def test_police_abbreviations_do_not_end_a_sentence() -> None:
    text = ("On 11/25/2026 at approx. 2140 hours, I, Ofc. J. Alvarez #4471, stopped veh. No. 3 "
            "on Main St. near 5th Ave. The driver, Mr. Lee, was cooperative.")
    sentences = [s.text for s in split_sentences(text)]
    assert len(sentences) == 2
    assert sentences[1] == "The driver, Mr. Lee, was cooperative."


def test_offsets_are_python_string_indices() -> None:
    text = "Café stop. The driver said “I’m late.” He left.\n\nNext paragraph here."
    for span in split_claims(text):
        assert text[span.start:span.end] == span.text


def test_line_breaks_and_list_markers_split() -> None:
    text = "Property:\n- one black backpack\n- two bottles of vodka\nNo further action."
    texts = [s.text for s in split_sentences(text)]
    assert texts == ["Property:", "one black backpack", "two bottles of vodka",
                     "No further action."]


def test_sentence_joining_separate_facts_is_split_into_clauses() -> None:
    text = "I asked the driver for his license, and he admitted he had no insurance."
    claims = split_claims(text)
    assert [c.text for c in claims] == ["I asked the driver for his license",
                                        "he admitted he had no insurance."]


def test_short_tails_and_quotes_are_not_split() -> None:
    text = 'He said "I ran, and then I hid in the shed" to me.'
    assert len(split_claims(text)) == 1
    assert len(split_claims("He stopped, and left.")) == 1


def test_placeholder_is_kept_inside_its_claim() -> None:
    text = "The suspect wore [INSERT clothing description]. He left."
    claims = split_claims(text)
    assert claims[0].text == "The suspect wore [INSERT clothing description]."


def test_reported_speech_joining_two_statements_is_split() -> None:
    text = "Reed stated that he never saw the sign and that he was going to the hospital."
    assert [c.text for c in split_claims(text)] == [
        "Reed stated that he never saw the sign", "he was going to the hospital."]


def test_an_opening_phrase_of_manner_is_no_clause_of_its_own() -> None:
    text = "With V1's consent, I searched a backpack the male left on the seat."
    assert [c.text for c in split_claims(text)] == [text]
    # an opening that states a fact of its own still splits
    assert len(split_claims("Per Abernathy, the door was open, and he left at noon.")) == 2


def test_a_letter_naming_a_place_ends_a_sentence_but_an_initial_does_not() -> None:
    def texts(report: str) -> list[str]:
        return [s.text for s in split_sentences(report)]
    assert texts("He lives at 1205 County Road J. Vandermolen stated the wagon was full.") == [
        "He lives at 1205 County Road J.", "Vandermolen stated the wagon was full."]
    assert texts("He was in room four, bunk B. Whitcombe stated he locked it.") == [
        "He was in room four, bunk B.", "Whitcombe stated he locked it."]
    assert texts("I spoke with John B. Smith about it.") == ["I spoke with John B. Smith about it."]
    # an initial after a small word, or opening a sentence, is a person's
    assert texts("I advised that G. Varga needed to pay. G. Varga stated he had photographs.") \
        == ["I advised that G. Varga needed to pay.", "G. Varga stated he had photographs."]
    # the last letter of a slashed label is no initial
    assert texts("He apologized to the R/P. Takahashi stated he was sorry.") == [
        "He apologized to the R/P.", "Takahashi stated he was sorry."]
    assert texts("Seen with a W/M. Dunn stated he left.") == ["Seen with a W/M.",
                                                              "Dunn stated he left."]


def test_a_code_or_a_date_of_birth_ends_a_sentence() -> None:
    def texts(report: str) -> list[str]:
        return [s.text for s in split_sentences(report)]
    # the last letter of a plate or a code is no initial
    assert texts("He gave a partial plate beginning with H7B. Oduya described the male.") == [
        "He gave a partial plate beginning with H7B.", "Oduya described the male."]
    # "DOB." ends a sentence before a capital, and runs on before the date itself
    assert texts("The license showed V1's correct DOB. I took possession of it.") == [
        "The license showed V1's correct DOB.", "I took possession of it."]
    assert texts("Her DOB. 03/04/1990 was given.") == ["Her DOB. 03/04/1990 was given."]
