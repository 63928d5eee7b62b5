"""What people say they did, saw or were told, against the report's account of it."""

from __future__ import annotations

from app.domain import ClaimStatus
from app.verify import analyze
from tests.unit.verify.conftest import blind_case as _blind_case
from tests.unit.verify.conftest import chat as _chat


def test_a_person_who_says_they_did_not_see_it_is_not_reported_seeing_it() -> None:
    # "Did you see which way she went?" / "No. No, I didn't see her leave.", though the
    # claim's other words ("exhibit hall") meet the dispatch call best
    show, report = _blind_case(1124)
    claims = analyze(show, report).claims
    left = next(c for c in claims if "saw the woman leave" in c.text)
    assert left.status is ClaimStatus.CONTRADICTED
    # no one at all against someone seen; the affirmed half before "but" is checked alone
    lake, report = _blind_case(673)
    near = next(c for c in analyze(lake, report).claims if "saw a person" in c.text)
    assert near.status is ClaimStatus.CONTRADICTED
    # what a turn says they did see stands ("I didn't see her take anything, but I saw ...")
    told = _chat(("Officer", "Did you see her take the bag?"),
                 ("Witness", "I didn't see her take it off the rack, but I saw her leave with "
                             "the bag, out the side door."))
    assert analyze(told, "The witness stated she saw the woman leave with the bag through the "
                         "side door.").claims[0].status is not ClaimStatus.CONTRADICTED


def test_the_report_on_charges_against_the_answer_the_recording_gives() -> None:
    window = _chat(("Officer", "Did she hit you with it?"),
                   ("Attendant", "No. It's fine. It just, like, surprised me."),
                   ("Officer", "Do you want to press charges or anything like that?"),
                   ("Attendant", "No, I don't want to. I just want her to, like, not come back "
                                 "to my window."))
    wrong = analyze(window, "Voss stated he wished to press charges and asked that Pratt not "
                            "return to his window.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "wanted charges" in wrong.flags[0].message
    assert analyze(window, "Voss stated he did not wish to press charges and asked that Pratt "
                           "not return to his window.").claims[0].status \
        is not ClaimStatus.CONTRADICTED
    # said unasked, and the other way round
    yard = _chat(("Worker", "Luis Arreola. That's not a joke, somebody could've been in there."),
                 ("Worker", "I want to press charges if you identify these juveniles."))
    assert analyze(yard, "Arreola stated he did not wish to pursue charges if the juveniles "
                         "were identified.").claims[0].status is ClaimStatus.CONTRADICTED
    # "neither party" is no wish; an injury denied before the wish is no denial of the wish;
    # a closing "You understand?" asks nothing about charges
    fight = _chat(("Officer", "Does either of you want to press charges?"),
                  ("Man", "No. I just want to go home."),
                  ("Officer", "Ma'am, are you hurt?"),
                  ("Woman", "No. Just shaken up."),
                  ("Officer", "Okay. Dwight, she doesn't want to press charges. You understand?"),
                  ("Man", "Yeah I understand."))
    assert analyze(fight, "Neither party wished to pursue charges.").claims[0].status \
        is not ClaimStatus.CONTRADICTED


def test_words_the_person_owns_when_put_to_them_are_not_denied() -> None:
    lake = _chat(("Complainant", "Dana Moreland. He came out and said, quote, move it "
                                 "yourself, or I'll throw you in the lake."),
                 ("Officer", "Mr. Pruett, she says you told her you'd throw her in the lake."),
                 ("Neighbor", "I said that, yeah, but I was joking. I'm not gonna throw anybody "
                              "in any lake."))
    wrong = analyze(lake, "Pruett denied telling Moreland he would throw her in the lake.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "I said that, yeah" in wrong.flags[0].message
    # owning other words while denying these is a denial ("I never said I'd use it")
    yard = _chat(("Homeowner", "He's holding a mallet and he goes, get off my property before "
                               "I use this."),
                 ("Officer", "Did you tell her you'd use the mallet on her?"),
                 ("Neighbor", "I said get off my property. I had the mallet in my hand 'cause I "
                              "was working. I never said I'd use it."))
    assert analyze(yard, "Whitlock denied saying he would use the mallet on her.").claims[0] \
        .status is not ClaimStatus.CONTRADICTED


def test_words_the_person_disowns_when_put_to_them_are_not_admitted() -> None:
    # "Did you say anything to him Tuesday about his tires?" / "I said I'd cut the line. I
    # never said anything about tires", though the claim's words meet the owner's account best
    river, report = _blind_case(2378)
    tires = next(c for c in analyze(river, report).claims if "cut his tires" in c.text)
    assert tires.status is ClaimStatus.CONTRADICTED
    # what they do own is no denial
    line = _chat(("Officer", "Mr. Breaux, did you say anything to Mr. Dunaway Tuesday?"),
                 ("Guide", "I said I'd cut the line. I never said anything about tires."))
    assert analyze(line, "Breaux admitted telling Dunaway on Tuesday that he would cut the "
                         "line.").claims[0].status is not ClaimStatus.CONTRADICTED


def test_a_person_who_says_they_did_not_know_is_not_reported_aware() -> None:
    truck = _chat(("Officer", "You're parked in front of the park with the music on. There's a "
                              "city ordinance about that, no vending within a hundred feet."),
                  ("Vendor", "Oh. I, um, I didn't know that. I stop here because the kids, many "
                             "kids come from the park."))
    wrong = analyze(truck, "Quintero stated he was aware of the ordinance and stops at the "
                           "location because many children come from the park.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "didn't know that" in wrong.flags[0].message
    # what they say they did not know is another thing than the report's
    trailer = _chat(("Officer", "Reason I stopped you, the trailer's got no working tail lights, "
                                "and the tag on the trailer expired in June."),
                    ("Driver", "Oh man. Yeah, the lights, I know, the plug's been bad. I didn't "
                               "know about the tag."))
    assert analyze(trailer, "The driver stated he knew about the lights because the plug had "
                            "been bad.").claims[0].status is not ClaimStatus.CONTRADICTED


def test_whether_they_went_to_hospital_is_settled_once_in_the_recording() -> None:
    # "Do you want to go to the hospital?" / "I don't -- no. No, I don't want to go.", far
    # from the passage that tells how she fell
    ride, report = _blind_case(645)
    went = next(c for c in analyze(ride, report).claims if "agreed to be transported" in c.text)
    assert went.status is ClaimStatus.CONTRADICTED
    # the same word of another transport ("transported to county") or of the officer's
    # call for medics is no choice of care
    arrest = _chat(("Officer", "Do you need an ambulance?"),
                   ("Victim", "No, I'm fine. I don't need anything."),
                   ("Officer", "Turn around, put your hands behind your back. You're under "
                               "arrest for assault."))
    assert analyze(arrest, "I arrested S1 for assault and transported her to county jail.") \
        .claims[0].status is not ClaimStatus.CONTRADICTED
    # a yes and a no in the same recording (checked by medics, then declined transport)
    court = _chat(("Officer", "Do you want medical to look at that?"),
                  ("Man", "Yeah, I guess. It's not that bad."),
                  ("Medic", "Small cut above the left eyebrow, steri strips. He's declining "
                            "transport."))
    assert analyze(court, "Medics treated Solis for a small cut above his left eyebrow with "
                          "steri-strips, and he declined transport.").claims[0].status \
        is not ClaimStatus.CONTRADICTED


def test_an_act_the_person_offers_is_not_refused() -> None:
    shop = _chat(("Owner", "She wants the whole braid for two twenty and won't pay. So I'm "
                           "keeping the phone till she pays."),
                 ("Customer", "Keisha Lamb. No, I'll pay for the service. I offered her one "
                              "eighty. Cash. She won't take it. And she's got my phone."))
    wrong = analyze(shop, "Lamb stated she refused to pay anything for the service.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "I'll pay" in wrong.flags[0].message
    # an offer of part of it beside a refusal of the rest is no offer of what is refused
    tour = _chat(("Visitor", "I'll pay for the five dollar ones, I'm not paying forty dollars a "
                             "fan for something that says five dollars."),)
    assert analyze(tour, "S1 declined to pay $40 per fan.").claims[0].status \
        is not ClaimStatus.CONTRADICTED


def test_a_denial_of_any_contact_against_the_persons_own_account_of_laying_hands() -> None:
    pit = _chat(("Officer", "Sir, can I talk to you? What's your name?"),
                ("Parent", "Wade Sorensen. I saw our charger in their pit and I took it back."),
                ("Student", "He pushed me in the shoulder and I fell back into the cart."),
                ("Officer", "Did you push the kid?"),
                ("Parent", "He grabbed it, I, I moved him out of the way. I didn't push him "
                           "hard."))
    denied = analyze(pit, "Sorensen denied making any physical contact with the student.")
    assert denied.claims[0].status is ClaimStatus.CONTRADICTED
    assert "moved him out of the way" in denied.flags[0].message
    # a denial of what the person was doing, said in the progressive
    wash = _chat(("Officer", "Okay, and what happened at the car wash?"),
                 ("Driver", "He's just hanging out in bay three, so I honked."),
                 ("Officer", "Was your window down?"),
                 ("Driver", "Yeah, my window was down, I was yelling at the other driver to "
                            "hurry up."))
    assert analyze(wash, "Tollefson stated his window was down and denied yelling at the other "
                         "driver.").claims[0].status is ClaimStatus.CONTRADICTED


def test_contact_owned_by_another_voice_or_done_to_a_thing_is_no_contact_denied() -> None:
    # the other party's "I moved her hand off me" is not the victim's own contact
    raffle = _chat(("Officer", "Did you push her?"),
                   ("Buyer", "I, I moved her hand off me. I didn't shove anybody."),
                   ("Volunteer", "I never touched him. I never did."))
    assert analyze(raffle, "V1 denied touching S1.").claims[0].status \
        is not ClaimStatus.CONTRADICTED
    # moving someone's cart is not touching them
    cart = _chat(("Officer", "What happened with the carts?"),
                 ("Vendor", "I moved her cart a little, like a foot, so I could fit. I never "
                            "touched her."))
    assert analyze(cart, "Vasko stated he moved her cart about a foot and denied touching "
                         "her.").claims[0].status is not ClaimStatus.CONTRADICTED
    # touching a thing is not touching a person
    table = _chat(("Officer", "Did you touch his flipper?"),
                  ("Player", "I didn't touch his flipper, I was tightening the bar."),
                  ("Player", "Yeah, I pushed him, he got in my face."))
    assert analyze(table, "S1 denied touching the flipper.").claims[0].status \
        is not ClaimStatus.CONTRADICTED


def test_an_acceptance_against_the_persons_refusal_of_the_same_thing() -> None:
    # "S1 agreed to pay for the damaged device." / "Fine. I'm not paying for it though.",
    # though the recording shares little else of the claim's wording
    fence, _ = _blind_case(2701)
    wrong = analyze(fence, "S1 agreed to pay for the damaged device.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "refuses it" in wrong.flags[0].message
    # what they take on in the same turn stands ("I'll pay for the monitor, fine. I'm not
    # paying for brakes.")
    desk, _ = _blind_case(864)
    assert analyze(desk, "Lindqvist agreed to pay for the monitor.").claims[0].status \
        is not ClaimStatus.CONTRADICTED


def test_a_refusal_against_the_consent_the_person_gives() -> None:
    meetup = _chat(("Officer", "Shane, this gentleman says that motor was stolen off his boat. "
                               "Mind if we look at the serial number?"),
                   ("Seller", "Go ahead, man, I didn't steal anything."))
    wrong = analyze(meetup, "S1 refused to allow me to check the serial number on the motor.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "Go ahead" in wrong.flags[0].message
    refused = _chat(("Officer", "Mind if we look at the serial number on the motor?"),
                    ("Seller", "No, you can't. Not without a warrant."))
    assert analyze(refused, "S1 refused to allow me to check the serial number on the "
                            "motor.").claims[0].status is not ClaimStatus.CONTRADICTED


def test_force_at_the_person_that_they_deny_when_asked() -> None:
    room = _chat(
        (None, "Ma'am, you called? Are you okay?"),
        (None, "I'm Rosa Ibarra. I came to look at a room and he stood in the doorway and "
               "wouldn't let me out."),
        (None, "How long did he block the door?"),
        (None, "Like, maybe a minute? I said move, like, three times."),
        (None, "Did he touch you?"),
        (None, "No, he didn't touch me. But he followed me down to the lot and slapped my "
               "window."),
    )
    touched = analyze(room, "Ibarra stated the male touched her while he was blocking the door.")
    assert touched.claims[0].status is ClaimStatus.CONTRADICTED
    assert "didn't touch me" in touched.flags[0].message
    blocked = analyze(room, "Ibarra stated the male blocked the door for approx. one minute.")
    assert blocked.claims[0].status is not ClaimStatus.CONTRADICTED
