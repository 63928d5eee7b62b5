"""Claims about the recording itself, weekdays said only relatively, languages, and who said a
paraphrase: the calibrations that keep the verifier from crying wolf on faithful summaries."""

from __future__ import annotations

from app.domain import ClaimStatus, FlagKind, Severity
from app.verify import analyze
from tests.unit.verify.conftest import chat as _chat

PARTY = _chat(
    ("Ann", "Are you coming to the party tomorrow?"),
    ("Ben", "Yes, I will bring some snacks and my guitar."),
    ("Ann", "Great, it starts at seven at my place."),
)


def test_a_claim_about_the_recording_as_a_whole_is_weak_not_unsupported() -> None:
    # the same words with an event for a subject: nothing in the recording holds them
    event = analyze(PARTY, "A heated argument broke out about money and politics.")
    assert event.claims[0].status is ClaimStatus.UNSUPPORTED
    # with the recording for a subject it characterises the whole exchange: still flagged for
    # the officer to confirm, but no passage is expected to hold it
    about = analyze(PARTY, "The conversation is lighthearted in tone and friendly throughout.")
    assert about.claims[0].status is ClaimStatus.WEAK
    flag = next(f for f in about.flags if f.kind is FlagKind.UNSUPPORTED_CLAIM)
    assert flag.severity is Severity.MEDIUM
    assert "Nothing in the recording" not in flag.message


def test_a_named_fact_in_a_claim_about_the_recording_is_still_checked() -> None:
    analysis = analyze(PARTY, "The conversation is about a party that Carla is hosting.")
    assert analysis.claims[0].status is ClaimStatus.UNSUPPORTED
    assert any("Carla" in f.message for f in analysis.flags)


def test_a_weekday_the_recording_only_says_relatively_is_no_gap() -> None:
    assert analyze(PARTY, "Ben will bring snacks to the party on Friday.").claims[0].status \
        is ClaimStatus.SUPPORTED
    # a recording with no day at all leaves the weekday unsaid
    no_day = _chat(("Ann", "Are you coming to the party?"),
                   ("Ben", "Yes, I will bring some snacks and my guitar."))
    analysis = analyze(no_day, "Ben will bring snacks to the party on Friday.")
    assert analysis.claims[0].status is ClaimStatus.UNSUPPORTED
    assert any("Friday" in f.message for f in analysis.flags)


def test_a_weekday_the_recording_names_otherwise_is_still_a_contradiction() -> None:
    said = _chat(("Ann", "Are you coming to the party on Saturday, tomorrow?"),
                 ("Ben", "Yes, I will bring some snacks to the party."))
    analysis = analyze(said, "Ann asked whether Ben was coming to the party on Friday.")
    assert analysis.claims[0].status is ClaimStatus.CONTRADICTED
    assert "Saturday" in analysis.flags[0].message


def test_the_language_someone_spoke_is_checked() -> None:
    stop = _chat(("Officer", "Do you speak English?"),
                 ("Driver", "A little. I speak Spanish, my wife speaks Italian."))
    assert analyze(stop, "The driver said he speaks Spanish.").claims[0].status \
        is ClaimStatus.SUPPORTED
    wrong = analyze(_chat(("Driver", "I only speak Portuguese at home.")),
                    "The driver said he only speaks Spanish at home.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "Portuguese" in wrong.flags[0].message


def test_a_loose_paraphrase_names_no_other_speaker() -> None:
    chat = _chat(
        ("Lola", "Who do we submit the expenses paperwork to?"),
        ("Pat", "Jessica said submit via the website, but it bugs a lot, or email her."),
        ("Cassie", "Sounds more like an IT problem to me, let Chris from IT know."),
    )
    # Cassie did suggest IT; of the words said only "website" meets Pat's turn
    analysis = analyze(chat, "Cassie suggests contacting IT about the website errors.")
    assert analysis.claims[0].status is not ClaimStatus.CONTRADICTED
    # the same words said by the other person are still caught
    moved = analyze(chat, "Lola says Jessica said to submit via the website or email her.")
    assert moved.claims[0].status is ClaimStatus.CONTRADICTED
    assert "Pat" in moved.flags[0].message


def test_it_carries_the_recording_on_as_the_subject() -> None:
    report = ("The conversation is about a party tomorrow. "
              "It also includes tangents about personal hygiene and celebrity crushes.")
    analysis = analyze(PARTY, report)
    assert analysis.claims[1].status is ClaimStatus.WEAK
    # after a sentence about an event, "It" is that event's, not the recording's
    event = analyze(PARTY, "Ann is hosting a party. It also includes a celebrity chef.")
    assert event.claims[1].status is ClaimStatus.UNSUPPORTED


def test_an_anonymous_voice_beside_a_labelled_officer_is_no_officer_seeing() -> None:
    report = "I also observed a large burn mark on the bedroom carpet."
    labelled = _chat(("OFFICER", "What else is damaged?"),
                     ("SPEAKER 1", "The kitchen cabinets, the doors are ripped off. And the "
                                   "carpet, there's a big burn mark in the bedroom carpet."))
    kinds = [f.kind for f in analyze(labelled, report).flags]
    assert FlagKind.VISUAL_OBSERVATION in kinds
    # where no voice is labelled the officer's, an anonymous one may be the officer's
    anonymous = _chat(("SPEAKER 0", "What else is damaged?"),
                      ("SPEAKER 1", "There's a big burn mark in the bedroom carpet."))
    assert FlagKind.VISUAL_OBSERVATION not in [f.kind for f in analyze(anonymous, report).flags]
