"""Who is who and who did what: names said once, labelled voices, party labels, swaps of doer
and receiver, first-hand accounts, and the spoken forms police audio uses for plates and times."""

from __future__ import annotations

from app.domain import ClaimStatus, FlagKind, Segment, Transcript
from app.verify import analyze
from app.verify.people import party_labels
from app.verify.speakers import speaker_names
from app.verify.text import tokenize
from tests.unit.verify.conftest import blind_case
from tests.unit.verify.conftest import chat as _chat

FIGHT = _chat(
    (None, "Okay sir, what's your name?"),
    (None, "Eli Shaw. Look, he shoved me into the table, I fell, then I swung once."),
    (None, "And who are you?"),
    (None, "Marcus, I'm his roommate. I saw Jordan push him into the table."),
    (None, "And your name, sir?"),
    (None, "Jordan Pike. I didn't push anybody."),
)


def test_a_swap_of_who_did_it_to_whom_is_a_contradiction() -> None:
    # the report names its people: "Shaw stated", "Pike denied"
    people = "Shaw stated Pike shoved him. Pike denied pushing anybody. "
    right = people + "Marcus stated he saw Pike push Shaw into the table."
    wrong = people + "Marcus stated he saw Shaw push Pike into the table."
    assert analyze(FIGHT, right).claims[-1].status is not ClaimStatus.CONTRADICTED
    analysis = analyze(FIGHT, wrong)
    assert analysis.claims[-1].status is ClaimStatus.CONTRADICTED
    assert "other way round" in next(f.message for f in analysis.flags
                                     if f.claim == analysis.claims[-1].id)


def test_a_person_named_once_is_present_wherever_they_are_called_he() -> None:
    # "Pike" is said at the end only; the denial is in his own turn, not at his introduction
    analysis = analyze(FIGHT, "Pike denied pushing anybody.")
    assert analysis.claims[0].status is ClaimStatus.SUPPORTED
    assert analysis.claims[0].evidence[0].segment == 5


def test_voices_are_tied_to_the_names_they_give_or_answer_to() -> None:
    segments = _chat(
        ("Officer", "Hi, are you Donna? You called about the hit and run?"),
        ("Woman", "Yes, yes, that's me."),
        ("Dispatch", "Caller is Donna Fields."),
        ("Officer", "Sir, can I get your name?"),
        ("Witness", "Luis Ortega. O R T E G A."),
        ("Officer", "Mrs. Halvorsen? Can you hear me?"),
        ("Resident", "Who is it?"),
    ).segments
    names = speaker_names(segments)
    assert names["Woman"] >= {"donna", "fields"}
    assert names["Witness"] >= {"luis", "ortega"}
    assert "halvorsen" in names["Resident"]
    assert "ortega" not in names["Woman"]


def test_words_given_to_the_wrong_named_voice_are_contradicted() -> None:
    hit_and_run = _chat(
        ("Officer", "Hi, are you Donna?"),
        ("Woman", "Yes, that's me. The red pickup backed into my car."),
        ("Dispatch", "Caller is Donna Fields."),
        ("Witness", "I saw it too, I was at the gas pump, it was a Dodge Ram."),
    )
    analysis = analyze(hit_and_run, "Fields stated she saw the crash from the gas pump.")
    assert analysis.claims[0].status is ClaimStatus.CONTRADICTED
    assert "Witness" in analysis.flags[0].message


def test_party_labels_are_no_facts_and_stand_for_their_person() -> None:
    stop = _chat(("Officer", "What's your name, what happened?"),
                 ("Mateo", "Mateo Ibarra. He took my phone and ran off."))
    analysis = analyze(stop, "V1, Mateo Ibarra, stated S1 took his phone and ran.")
    assert analysis.claims[0].status is ClaimStatus.SUPPORTED
    assert not any("V1" in f.message or "S1" in f.message for f in analysis.flags)


def test_a_first_hand_claim_against_someone_elses_account() -> None:
    bikes = _chat((None, "The guy inside at the register said he saw a guy with bolt cutters."))
    analysis = analyze(bikes, "Haddad stated she saw a male with bolt cutters.")
    assert analysis.claims[0].status is ClaimStatus.CONTRADICTED
    # ... someone named by what they are, taken up by the pronoun ("a guy walking his dog,
    # he saw"), is someone else too; one who says it of herself is not
    ferry = _chat((None, "Another passenger, a guy walking his dog down there, he saw a man pop "
                         "the battery off and carry it to a car."))
    relayed = analyze(ferry, "Kowalczyk stated he saw a male remove the battery and carry it to "
                             "a car.")
    assert relayed.claims[0].status is ClaimStatus.CONTRADICTED
    own = _chat((None, "I was walking my dog down there, and I saw a man pop the battery off "
                       "and carry it to a car."))
    assert analyze(own, "Kowalczyk stated he saw a male remove the battery and carry it to a "
                        "car.").claims[0].status is not ClaimStatus.CONTRADICTED
    # the acts of a relative clause are the other person's ("who said ... and then stopped
    # answering")
    rental = _chat(("Owner", "I called her twice, texted her. She says she gave 'em all back and "
                             "then she stopped answering."),)
    assert analyze(rental, "Ebbeson stated he called and texted the customer, who said she "
                           "returned all of them and then stopped answering.").claims[0].status \
        is not ClaimStatus.CONTRADICTED
    # the report telling it from the other side is consistent
    pushed = _chat(("Caller", "He pushed me and then he left in his truck."))
    assert analyze(pushed, "She said he pushed her.").claims[0].status \
        is not ClaimStatus.CONTRADICTED


def test_spoken_plates_times_and_numbers() -> None:
    def norms(text: str) -> set[str]:
        return {t.norm for t in tokenize(text, spoken=True)}

    assert "pcvm2088" in norms("It's Charlie Victor Mike, two zero eight eight.")
    assert "8xl" in norms("It started with eight X-ray Lincoln.")
    assert {"t06:45", "t18:45"} <= norms("like quarter to seven")
    assert {"202", "555", "193"} <= norms("two oh two, five five five, zero one nine three")
    assert "22" in norms("Sycamore and Twenty Second")
    assert "12" in norms("Garfield and Twelfth")
    assert "2.5" in norms("the fare is two fifty")
    # a "one" that stands for a thing is no figure, and ends the one before it
    assert "1" not in norms("It was the purple one, with the battery grip.")
    assert "14.99" in norms("It's a cabernet, the fourteen ninety nine one.")
    assert "14991" not in norms("It's a cabernet, the fourteen ninety nine one.")
    # ... but a figure that goes on to one, or a time, is read
    assert "201" in norms("The little one's the two oh one, the top-handle.")
    assert "1" in norms("We were off the water by one.")
    assert "1231" in norms("That was like twelve thirty one.")
    # dollars and cents said as figures: $129.99, $412.50
    assert "129.99" in norms("They're one twenty nine ninety nine each.")
    assert "412.5" in norms("Four hundred twelve fifty. It's exact.")
    # a range said with a pause: "six, seven hundred" holds $600
    assert "600" in norms("I'd guess, I don't know, six, seven hundred total?")
    assert "600" not in norms("six, nine hundred")
    # a rank is no hour: "the third time" is not 3:00
    assert "t03:00" not in norms("This is the third time this year.")
    assert "1" not in norms("no one was hurt")


def test_a_claim_joining_two_moments_is_supported_by_both() -> None:
    curfew = _chat(
        (None, "How old are you two?"),
        (None, "I'm fifteen, he's sixteen."),
        (None, "Okay. It's one in the morning, the park closed at eleven."),
        (None, "We were just sitting here."),
        (None, "What are your names?"),
        (None, "I'm Mason Hurley, he's Eli Brooks."),
    )
    analysis = analyze(curfew, "The juveniles identified themselves as Mason Hurley, 15, and "
                               "Eli Brooks, 16.")
    claim = analysis.claims[0]
    assert claim.status is ClaimStatus.SUPPORTED
    assert {e.segment for e in claim.evidence} >= {1, 5}


def test_what_the_officer_saw_needs_confirming_unless_said_on_camera() -> None:
    radio = _chat(("Officer", "Dispatch, suspect last seen northbound on the creek path."))
    seen = analyze(radio, "I saw the suspect running northbound on the creek path.")
    assert any(f.kind is FlagKind.VISUAL_OBSERVATION for f in seen.flags)
    said = _chat(("Officer", "I can see him, he's running northbound on the creek path."))
    confirmed = analyze(said, "I saw the suspect running northbound on the creek path.")
    assert not any(f.kind is FlagKind.VISUAL_OBSERVATION for f in confirmed.flags)
    # "I also observed" is the officer's own seeing too
    barn = _chat(("Owner", "Last night around nine thirty I locked up the barn. Padlock on the "
                           "door."),)
    also = analyze(barn, "I also observed pry marks on the barn door.")
    assert any(f.kind is FlagKind.VISUAL_OBSERVATION for f in also.flags)


DOG_BITE = _chat(
    ("Officer Brandt", "Was it on a leash, chained, anything?"),
    ("Carrier", "No, it was loose, the side gate was open."),
    ("Officer Brandt", "Did you have your dog spray?"),
    ("Carrier", "I sprayed it, yeah, after it bit me, and it ran back into the yard."),
    ("Officer Brandt", "Okay. I'm gonna go talk to the owner."),
)


def test_an_act_the_officer_did_not_do_is_a_contradiction() -> None:
    analysis = analyze(DOG_BITE, "I deployed dog spray after the dog bit the carrier.")
    assert analysis.claims[0].status is ClaimStatus.CONTRADICTED
    assert "Carrier who says they did" in analysis.flags[0].message
    analysis = analyze(DOG_BITE, "The carrier stated she sprayed the dog after it bit her.")
    assert analysis.claims[0].status is not ClaimStatus.CONTRADICTED
    # a voice of unknown role may be the officer: no contradiction
    unlabelled = Transcript(segments=tuple(Segment(s.id, s.text, s.start, s.end, None)
                                           for s in DOG_BITE.segments))
    analysis = analyze(unlabelled, "I deployed dog spray after the dog bit the carrier.")
    assert analysis.claims[0].status is not ClaimStatus.CONTRADICTED


def test_words_put_in_a_labelled_voice_it_never_says() -> None:
    chat = _chat(("Officer", "Has the dog bitten anyone before?"),
                 ("Neighbor", "I heard yelling, then the mail lady was screaming."),
                 ("Carrier", "The dog bit my hand when I opened the gate, I'm the carrier on "
                             "this route since last year."))
    analysis = analyze(chat, "A neighbor stated the dog had bitten another carrier last year.")
    assert analysis.claims[0].status is ClaimStatus.CONTRADICTED
    assert "Neighbor" in analysis.flags[0].message
    analysis = analyze(chat, "A neighbor stated she heard yelling and then the carrier "
                             "screaming.")
    assert analysis.claims[0].status is not ClaimStatus.CONTRADICTED


def test_a_plate_written_letters_first_is_checked() -> None:
    assert [t.kind for t in tokenize("plate NVK4187.")] == ["word", "plate"]
    chat = _chat(("Officer", "It's a red Dodge Charger, plate Nora Victor Kilo four one seven "
                             "eight."),)
    analysis = analyze(chat, "The vehicle was a red Dodge Charger, plate NVK4187.")
    assert analysis.claims[0].status is ClaimStatus.CONTRADICTED
    assert "NVK4187" in analysis.flags[0].message
    analysis = analyze(chat, "The vehicle was a red Dodge Charger, plate NVK4178.")
    assert analysis.claims[0].status is ClaimStatus.SUPPORTED



def test_a_partial_plate_is_checked_against_the_partial_read_out() -> None:
    chat = _chat(("Witness", "Part of the plate. It started with like, six Tango Romeo. That's "
                             "all I got."),)
    wrong = analyze(chat, "The witness stated the plate started with 6TP and that was all she "
                          "got.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "6TP" in wrong.flags[0].message
    right = analyze(chat, "The witness stated the plate started with 6TR and that was all she "
                          "got.")
    assert right.claims[0].status is not ClaimStatus.CONTRADICTED


def test_what_a_person_stated_in_answer_is_the_evidence() -> None:
    chat = _chat(("Officer", "Mister Sultani, do you want to pursue charges against him?"),
                 ("Driver", "Yes. Yes, I do."))
    analysis = analyze(chat, "Sultani stated he wished to pursue charges.")
    assert analysis.claims[0].evidence[0].segment == 1


def test_a_description_put_out_on_the_radio_is_relayed() -> None:
    chat = _chat(("Vendor", "He was tall, skinny, white hat, ran toward the Ferris wheel."),
                 ("Ofc. Brandt", "Fourteen, suspect is a tall thin male, white hat, last seen "
                                 "running toward the Ferris wheel."))
    analysis = analyze(chat, "A vendor described the male as tall and thin, wearing a white hat, "
                             "running toward the Ferris wheel.")
    assert analysis.claims[0].status is not ClaimStatus.CONTRADICTED


def test_a_broadcast_opening_with_a_call_sign_after_a_comma_is_relayed() -> None:
    chat = _chat(("Mother", "I can't find my son, he was right here by the funnel cake stand."),
                 ("Deputy", "County, Seventeen, I need a lost child broadcast, last seen by the "
                            "funnel cake stand, red shirt."))
    analysis = analyze(chat, "Alvarez reported that her son had gone missing near the funnel "
                             "cake stand, wearing a red shirt.")
    assert analysis.claims[0].status is not ClaimStatus.CONTRADICTED


def test_a_family_name_two_people_share_ties_neither_to_the_other() -> None:
    chat = _chat(("Officer", "Who here cut the lock?"),
                 ("Player", "It was me. Cheryl Vosburgh. I used my husband's bolt cutters."),
                 ("Officer", "Sir, what's your name?"),
                 ("Husband", "Harold Vosburgh. Hal. I didn't cut anything, I drove."))
    names = speaker_names(chat.segments)
    assert "cheryl" not in names["Husband"]
    assert "harold" in names["Husband"]
    analysis = analyze(chat, "Cheryl Vosburgh stated she cut the lock using her husband's bolt "
                             "cutters.")
    assert analysis.claims[0].status is not ClaimStatus.CONTRADICTED


def test_a_role_two_voices_share_names_neither() -> None:
    chat = _chat(("Resident", "Is it safe? My daughter's asleep."),
                 ("Officer", "Ma'am, grab your daughter and go to the parking lot, please."),
                 ("Resident", "Okay, okay."),
                 ("Officer", "Sir, D seven, police, gas leak, you gotta come out."),
                 ("Resident 2", "I'm not leaving, man, I've got my dog and I just worked a "
                                "double, I'm not going anywhere."))
    analysis = analyze(chat, "The resident of unit D-7 initially refused to leave, stating he "
                             "had his dog and had just worked a double shift.")
    assert not [f for f in analysis.flags if "attributes this" in f.message]


def test_an_officer_named_in_any_alphabet_is_the_header() -> None:
    chat = _chat(("Dispatch", "Closed pool, two subjects swimming."),)
    analysis = analyze(chat, "On 08/09/2024 at approx. 2350 hours, I, Officer Tomás Delgado "
                             "#1234, responded to the closed pool for two subjects swimming.")
    assert not [f for f in analysis.flags if "Delgado" in f.message]


def test_the_first_moment_of_a_name_and_of_the_call() -> None:
    chat = _chat(("Dispatch", "Twelve, trespass at the ER entrance, male refusing to leave."),
                 ("Officer", "Sir, what's your name?"),
                 ("Male", "Leon. Leon Moffatt."),
                 ("Officer", "Dispatch, I responded to the ER entrance, the male identified "
                             "himself as Leon Moffatt, trespass call, can you run him?"),
                 ("Dispatch", "Leon Moffatt, no warrants, prior trespass warning here."))
    analysis = analyze(chat, "On 03/01/2027 at approx. 0210 hours, I, Officer P. Dunn #2201, "
                             "responded to a trespass at the ER entrance. The male identified "
                             "himself as Leon Moffatt.")
    opening, named = analysis.claims[0], analysis.claims[-1]
    assert opening.evidence[0].segment == 0
    assert named.evidence[0].segment == 2


def test_a_plate_read_opening_with_a_phonetic_letter() -> None:
    assert [t.norm for t in tokenize("plate is, uh, Mary four David Nora seven seven two.",
                                     spoken=True) if t.kind == "plate"] == ["pm4dn772"]
    # a name before a count is no plate
    assert not [t for t in tokenize("Mary two kids and Paul", spoken=True) if t.kind == "plate"]


def test_what_a_party_label_stated_is_checked_like_a_name() -> None:
    chat = _chat(("Officer", "Do you want medics to take a look at that lip?"),
                 ("Victim", "Nah, I'm good."))
    analysis = analyze(chat, "V1 declined medical attention.")
    assert analysis.claims[0].evidence[0].segment == 1


def test_another_officer_named_with_a_title_is_no_civilian() -> None:
    chat = _chat(("Ofc. Tran", "I'll back it down the ramp to the shoulder, you stay with him."),
                 ("Driver", "I'm sorry, I don't know how I got up here."))
    analysis = analyze(chat, "Ofc. Tran advised he would back the vehicle down the ramp to the "
                             "shoulder.")
    assert analysis.claims[0].status is not ClaimStatus.CONTRADICTED


KITCHEN = _chat(
    ("Officer", "What happened?"),
    ("Manager", "The fryer caught fire. Danny, the cook, he tried to-- he threw water on it."),
    ("Officer", "Did anyone write to him about the tree?"),
    ("Neighbor", "My husband sent him a letter in March. He never answered."),
    ("Officer", "Mr. Brennan, would you recognize him if you saw him again?"),
    ("Usher", "I think so, yeah. He had a tattoo on his neck."),
    ("Secretary", "I'm the office secretary, Margaret Dolan. I count the box on Mondays."),
)


def test_an_act_the_speaker_tells_of_someone_else_is_not_their_own() -> None:
    analysis = analyze(KITCHEN, "Zhang stated he threw water on the fire.")
    assert analysis.claims[0].status is ClaimStatus.CONTRADICTED
    assert "someone else" in analysis.flags[0].message
    analysis = analyze(KITCHEN, "Osei stated she sent Hadley a letter in March.")
    assert analysis.claims[0].status is ClaimStatus.CONTRADICTED
    # the same account of the other person's act is faithful
    assert analyze(KITCHEN, "Zhang stated the cook threw water on the fire.").claims[0].status \
        is not ClaimStatus.CONTRADICTED


def test_who_answers_a_question_is_who_said_it() -> None:
    assert speaker_names(KITCHEN.segments)["Secretary"] >= {"margaret", "dolan"}
    assert "brennan" in speaker_names(KITCHEN.segments)["Usher"]
    wrong = analyze(KITCHEN, "Dolan stated she would recognize the suspect if she saw him again.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "Usher" in wrong.flags[0].message
    right = analyze(KITCHEN, "Brennan stated he would recognize the suspect if he saw him again.")
    assert right.claims[0].status is not ClaimStatus.CONTRADICTED


SHOP = _chat(
    ("Officer", "What happened?"),
    ("Seller", "There was a man who asked to see the rings up close. Jordan opened the case."),
    ("Security", "The clerk called us. I caught up with her by the revolving doors."),
    ("Witness", "Jess kind of, like, pushed his hand away when he grabbed the binder."),
)


def test_a_named_doer_and_the_speakers_own_act() -> None:
    # the seller tells of Jordan's act, not her own
    assert analyze(SHOP, "Stroud stated she opened the case for a man who asked to see the "
                         "rings.").claims[0].status is ClaimStatus.CONTRADICTED
    assert analyze(SHOP, "Grant stated she pushed his hand away when he grabbed the "
                         "binder.").claims[0].status is ClaimStatus.CONTRADICTED
    # the guard says "I caught up with her": the report gives it to the clerk
    wrong = analyze(SHOP, "Whitfield stated the clerk caught up with the female near the "
                          "revolving doors.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "themselves" in wrong.flags[0].message
    right = analyze(SHOP, "Whitfield stated he caught up with the female near the revolving "
                          "doors.")
    assert right.claims[0].status is not ClaimStatus.CONTRADICTED


def test_a_name_spelled_on_camera_is_the_spelling() -> None:
    rink = _chat(("Officer", "Name?"),
                 ("Victim", "Marcus, Marcus Lindqvist. L I N D Q V I S T. I was on the ice."))
    wrong = analyze(rink, "I contacted V1, Marcus Lindquist, who stated he was on the ice.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "L I N D Q V I S T" in wrong.flags[0].message
    right = analyze(rink, "I contacted V1, Marcus Lindqvist, who stated he was on the ice.")
    assert right.claims[0].status is ClaimStatus.SUPPORTED


def test_a_spelling_two_letters_off_the_reports_name_is_the_persons_own() -> None:
    swap = _chat(("Officer", "What's your name, ma'am?"),
                 ("Seller", "Lori Gaudet. G A U D E T. My son outgrew the pads."))
    wrong = analyze(swap, "The seller, Lori Gaudette, stated her son had outgrown the pads.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "G A U D E T" in wrong.flags[0].message
    # the possessive is no letter of the name
    right = analyze(swap, "Gaudet's son had outgrown the pads, she stated.")
    assert right.claims[0].status is not ClaimStatus.CONTRADICTED


def test_a_spelling_ends_at_the_pronoun_after_it() -> None:
    shack = _chat(("Officer", "Who's in charge here?"),
                  ("Manager", "I'm Denise Mahoney, M A H O N E Y, I run the snack shack."))
    analysis = analyze(shack, "Denise Mahoney stated she runs the snack shack. Mahoney stated "
                              "she runs the snack shack.")
    assert [c.status for c in analysis.claims] == [ClaimStatus.SUPPORTED] * 2


def test_a_sentence_opening_name_spelled_unlike_the_reports_own_is_checked() -> None:
    farm = _chat(("Officer", "Ma'am, your name?"),
                 ("Owner", "Ruth Ellingson. I've got four horses out back."),
                 ("Officer", "Can you get halters on them?"),
                 ("Owner", "They're haltered. They're in the front paddock."))
    report = ("I contacted the owner, Ruth Ellingson. {} advised the horses were haltered and "
              "in the front paddock.")
    wrong = analyze(farm, report.format("Ellingsen"))
    assert any("Ellingson" in f.message for f in wrong.flags if f.claim == "c2")
    right = analyze(farm, report.format("Ellingson"))
    assert not [f for f in right.flags if f.claim == "c2"]


def test_an_act_passed_on_or_suffered_is_not_the_speakers_own() -> None:
    shop = _chat(("Owner", "Oh, and Dale, the guy at the tire place next door, he called me, "
                           "said he heard a truck around three in the morning."),
                 ("Cyclist", "He shoved me. Right in the chest. Both hands."))
    assert analyze(shop, "Lindqvist stated he heard a truck at approx. 0300 hours.").claims[
        0].status is ClaimStatus.CONTRADICTED
    assert analyze(shop, "Halvorsen stated he shoved the cyclist in the chest with both "
                         "hands.").claims[0].status is ClaimStatus.CONTRADICTED
    assert analyze(shop, "The cyclist stated the male shoved him in the chest with both "
                         "hands.").claims[0].status is not ClaimStatus.CONTRADICTED


def test_a_double_barrelled_name_put_as_a_question_names_the_answerer() -> None:
    call = _chat(("Officer", "Good morning. You're Ms. Ferreira-Lund? You called about a "
                             "photographer?"),
                 ("R/P", "Yes, Kaitlyn. So we got married Saturday, and he never showed."))
    assert "ferreira-lund" in speaker_names(call.segments)["R/P"]


def test_a_party_label_takes_the_name_it_is_given_not_the_next_name_said() -> None:
    from app.verify.people import party_labels
    report = ("S1 advised that Whitacre had told him the land was state land. S1 was identified "
              "as Cody Vrabel. V1, nurse Kayla Okafor, stated she was hit.")
    assert party_labels(report) == {"s1": "vrabel", "v1": "okafor"}
    # a title before the name, a description that names no one, the reporting party
    assert party_labels("W1, Assistant Principal Okonjo, stated she saw it. S1, a Hispanic "
                        "male, ran. The R/P, Natalie Prudhomme, called.") == {
        "w1": "okonjo", "r/p": "prudhomme"}


def test_whose_jacket_and_whose_chore() -> None:
    yard = _chat(("Skier", "He grabbed my jacket first. I pushed him off."),
                 ("Officer", "There's a lot of droppings on the patio."),
                 ("Resident", "I clean the patio every other day. I'm seventy eight, I do what "
                              "I can."))
    assert analyze(yard, "S1 stated that he grabbed V1's jacket first.").claims[0].status is \
        ClaimStatus.CONTRADICTED
    wrong = analyze(yard, "Ambrose stated her grandson cleans the patio every other day.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "grandson" in wrong.flags[0].message


def test_a_swap_of_two_parties_named_by_their_roles() -> None:
    lane = _chat(("Supervisor", "And they got into it. The owner grabbed the ticket book out "
                                "of her hand and threw it in the planter."))
    wrong = analyze(lane, "Mbeki stated that the attendant grabbed the ticket book from the "
                          "owner and threw it into a planter.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "other way round" in wrong.flags[0].message
    right = analyze(lane, "Mbeki stated that the owner grabbed the ticket book from the "
                          "attendant and threw it into a planter.")
    assert right.claims[0].status is not ClaimStatus.CONTRADICTED


def test_a_named_doer_the_passage_gives_another_name() -> None:
    party = _chat(("SPEAKER 1", "That's Brandon Tully, the groom's brother, and that's Nate."),
                  ("SPEAKER 3", "I saw it. I'm Kayla, I'm a bridesmaid. Nate swung first, "
                                "Brandon didn't even touch him."),
                  ("Security", "The camera on the canopy, I pulled it up already. The tall guy, "
                               "Pruitt, he gets out and pushes first."))
    wrong = analyze(party, "Tully was upset and Nate was upset. Kayla stated that Tully swung "
                           "first and that Nate never touched him.")
    assert wrong.claims[-1].status is ClaimStatus.CONTRADICTED
    assert "Nate" in wrong.flags[-1].message
    assert analyze(party, "Tully was upset and Nate was upset. Kayla stated that Nate swung "
                          "first and that Brandon never touched him.").claims[
        -1].status is not ClaimStatus.CONTRADICTED
    camera = analyze(party, "Oduya was yelling and Pruitt was yelling. The canopy camera showed "
                            "Oduya get out and push first.")
    assert camera.claims[-1].status is ClaimStatus.CONTRADICTED


def test_the_speakers_own_act_given_to_a_named_friend() -> None:
    permit = _chat(("OFFICER", "Whose permit did you scan?"),
                   ("SPEAKER 2", "Okay, no. Look. I scanned my buddy's permit and printed it."),
                   ("SPEAKER 2", "My friend Marcus. He didn't know I did it."))
    wrong = analyze(permit, "S1 stated his friend Marcus scanned and printed the permit.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert analyze(permit, "S1 stated he scanned and printed his friend's permit.").claims[
        0].status is not ClaimStatus.CONTRADICTED


def test_whose_hand_was_hurt() -> None:
    store = _chat(("Clerk", "He reached over the counter and shoved the mixing machine lid, and "
                            "it hit my hand."),
                  ("Officer", "What's your name?"),
                  ("Clerk", "Anjali Raghunathan. I'm the assistant manager."))
    wrong = analyze(store, "Raghunathan stated S1 reached over the counter and shoved the "
                           "mixing machine lid, which hit S1's hand.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "S1's hand" in wrong.flags[0].message
    right = analyze(store, "Raghunathan stated S1 reached over the counter and shoved the "
                           "mixing machine lid, which hit Raghunathan's hand.")
    assert right.claims[0].status is not ClaimStatus.CONTRADICTED


def test_who_gives_their_own_name_is_not_the_one_the_officer_called() -> None:
    home = _chat(("OFFICER", "Hi, Mr. Lindqvist? Officer Brandt. Your daughter called us?"),
                 ("SPEAKER 2", "Yes, I'm Carla, I'm his daughter. Dad, tell her what you told "
                               "me."),
                 ("SPEAKER 1", "Well, I met a woman online, on a Facebook group for widowers."))
    names = speaker_names(home.segments)
    assert "lindqvist" not in names["SPEAKER 2"]
    assert "carla" in names["SPEAKER 2"]
    # another's name given is not one's own; one's own given after a long title is
    site = _chat(("Camper", "She texted she's ten minutes out. Her name's Lorraine Vukovich."),
                 ("Manager", "I did. Um, I'm the manager here at Happy Tails, Tonya Beale."))
    names = speaker_names(site.segments)
    assert "lorraine" not in names["Camper"]
    assert names["Manager"] == {"tonya", "beale"}


# the manager's voice is never tied to her name; the clerk's is ("And you're Jenny?" /
# "Jennifer Sato.")
COUNTER = _chat(
    ("OFFICER", "Somebody called about a customer making threats? A Keisha Dunmore?"),
    ("SPEAKER 1", "Yes, that was me, I run the branch. He's the one in the blue polo."),
    ("OFFICER", "What did he say, exactly?"),
    ("SPEAKER 2", "He said I'll be waiting for you in the parking lot when you get off. And he "
                  "hit the counter with his fist, really hard."),
    ("OFFICER", "And you're Jenny?"),
    ("SPEAKER 2", "Jennifer Sato. S A T O."),
    ("OFFICER", "Sir, what's your name?"),
    ("SPEAKER 3", "Rick Paulsen. I didn't say that."),
)


def test_words_given_to_a_person_no_voice_is_known_to_be() -> None:
    names = "Manager Keisha Dunmore and clerk Jennifer Sato met me. Sato stated she was scared. "
    wrong = analyze(COUNTER, names + "Dunmore stated the customer told the clerk he would be "
                                     "waiting for her in the parking lot when she got off.")
    assert wrong.claims[-1].status is ClaimStatus.CONTRADICTED
    assert ("attributes this to Dunmore, but at 00:12 it is SPEAKER 2"
            in wrong.flags[-1].message)
    right = analyze(COUNTER, names + "Sato stated the customer told her he would be waiting "
                                     "for her in the parking lot when she got off.")
    assert right.claims[-1].status is ClaimStatus.SUPPORTED
    # a voice no one names says much of it too: it may well be Dunmore's
    both = _chat(*((s.speaker or "", s.text) for s in COUNTER.segments),
                 ("SPEAKER 1", "He told her he'd be waiting in the parking lot when she gets "
                               "off."))
    echoed = analyze(both, names + "Dunmore stated the customer told the clerk he would be "
                                   "waiting for her in the parking lot when she got off.")
    assert echoed.claims[-1].status is ClaimStatus.SUPPORTED
    # words the named voice relays from another ("He said ...") are not its own
    relayed = _chat(("OFFICER", "What's your name?"), ("SPEAKER 2", "Jennifer Sato."),
                    ("SPEAKER 2", "Rick Paulsen said he would pay the fee at the end of the "
                                  "month."))
    told = analyze(relayed, "Clerk Jennifer Sato and customer Rick Paulsen were present. Sato "
                            "stated she was the clerk. "
                            "Paulsen stated he would pay the fee at the end of the month.")
    assert told.claims[-1].status is not ClaimStatus.CONTRADICTED


def test_unlabelled_turns_named_by_their_own_words_or_the_officer() -> None:
    scene = _chat(
        (None, "Okay. Names and ages. You first."),
        (None, "Ethan Kowalczyk. I'm sixteen."),
        (None, "Jaylen Brooks, fifteen."),
        (None, "Whose idea was this, climbing the tower?"),
        (None, "Mine. It was mine, the climb was my idea. We just wanted to see the view."),
        (None, "That was Ethan?"),
        (None, "Yeah."),
        (None, "Jaylen, what's in the bag?"),
        (None, "Just a can of spray paint. Silver. But we didn't use it, the cap's still on."),
    )
    names = "I contacted two juveniles, Ethan Kowalczyk, 16, and Jaylen Brooks, 15. "

    def status(sentence: str) -> ClaimStatus:
        return analyze(scene, names + sentence).claims[-1].status

    wrong = analyze(scene, names + "Jaylen Brooks stated the climb was his idea and they "
                                   "wanted to see the view.")
    assert wrong.claims[-1].status is ClaimStatus.CONTRADICTED
    assert "Ethan" in wrong.flags[-1].message
    comma = analyze(scene, names + "The younger one, Jaylen Brooks, stated the climb was his "
                                   "idea and they wanted to see the view.")
    assert "attributes this to Brooks, but" in comma.flags[-1].message
    assert status("Ethan Kowalczyk stated the climb was his idea and they wanted to see the "
                  "view.") is not ClaimStatus.CONTRADICTED
    # the one a named question is put to answers it
    assert status("Jaylen Brooks stated the bag held a can of silver spray paint that they "
                  "did not use.") is not ClaimStatus.CONTRADICTED
    assert status("Ethan Kowalczyk stated the bag held a can of silver spray paint that they "
                  "did not use.") is ClaimStatus.CONTRADICTED


def test_an_officers_name_must_be_a_word_of_the_label() -> None:
    from app.verify.speech import is_officer
    # Officer Tom Becerra: "Customer" holds "tom" but is no officer's voice
    assert is_officer("Customer", ("tom", "becerra")) is False
    assert is_officer("Tom", ("tom", "becerra")) is True
    assert is_officer("Ofc. Becerra", ()) is True


def test_an_act_the_speaker_gives_to_someone_of_theirs_is_not_their_own() -> None:
    lumber = _chat(("Officer", "There are eight extra boards under the tarp."),
                   ("Customer", "I didn't put those there, my buddy loaded the trailer while I "
                                "was inside paying."),
                   ("Officer", "Did you see the receipt?"),
                   ("Customer", "I paid for twelve. I loaded the plywood myself, the twelve."))
    wrong = analyze(lumber, "Ferris stated he loaded the trailer himself while his friend paid "
                            "inside.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "their buddy" in wrong.flags[0].message
    right = analyze(lumber, "Ferris stated his friend loaded the trailer while he paid inside.")
    assert right.claims[0].status is not ClaimStatus.CONTRADICTED
    # "he" may be the buddy: only "himself" or a relation of the other sex makes it the teller
    maybe = analyze(lumber, "Ferris stated he loaded the trailer while Ferris paid inside.")
    assert maybe.claims[0].status is not ClaimStatus.CONTRADICTED
    # the speaker's own act, said in the first person, stands
    own = analyze(lumber, "Ferris stated he loaded the plywood himself.")
    assert own.claims[0].status is not ClaimStatus.CONTRADICTED


def test_a_broadcast_the_report_gives_is_the_officers_radio_call() -> None:
    aired = _chat(("Victim", "White guy, about thirty, red beanie, black backpack."),
                  ("Officer", "Units, be advised, robbery suspect, white male approximately "
                              "thirty, red beanie, last seen on foot toward Fremont."))
    analysis = analyze(aired, "I broadcast S1's description to other units.")
    assert analysis.claims[0].status is ClaimStatus.SUPPORTED
    assert analysis.claims[0].evidence[0].segment == 1
    # no radio call: the broadcast is the officer's to confirm
    quiet = _chat(("Victim", "White guy, about thirty, red beanie, black backpack."),)
    assert analyze(quiet, "I broadcast S1's description to other units.").claims[0].status \
        is ClaimStatus.UNSUPPORTED


def test_an_act_given_to_someone_of_the_other_sex() -> None:
    woods = _chat(("Owner", "I yelled at 'em from the tractor, the guy yelled back that it's "
                            "state land. It ain't."),
                  ("Officer", "And the woman with him?"),
                  ("Owner", "She just kept picking. Didn't say a word."))
    wrong = analyze(woods, "R/P stated he yelled at them from his tractor and the female yelled "
                           "back that it was state land.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "other sex" in wrong.flags[0].message
    assert analyze(woods, "R/P stated he yelled at them from his tractor and the male yelled "
                          "back that it was state land.").claims[0].status is not \
        ClaimStatus.CONTRADICTED


def test_someone_of_theirs_named_before_the_act_in_the_same_turn() -> None:
    bar = _chat(("Officer", "You saw him do it?"),
                ("Owner", "My bartender Gina did. She watched him slide it off the shelf by the "
                          "register and into the front pocket."),
                ("Officer", "And the little girl at the rink?"),
                ("Father", "Look, he knocked my daughter down, she hit her head on the rail."))
    wrong = analyze(bar, "Kowalczyk stated he personally watched the male slide the bottle off "
                         "the shelf by the register and into the front pocket.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "their bartender" in wrong.flags[0].message
    # "my daughter" as whom the act was done to names no doer of "hit"
    assert not any("their daughter" in f.message for f in analyze(
        bar, "Hurtado stated he personally hit his head on the rail.").flags)


def test_a_woman_pushing_a_man_where_the_witness_saw_him_push_her() -> None:
    deck = _chat(("Victim", "I'm Denise Albrecht. He yanked my door and then he shoved me."),
                 ("Driver", "Ray Voss. She dinged my car with her door."),
                 ("Deckhand", "I'm a deckhand, Eli Marchetti. I was walking the lane checking "
                              "chocks and I saw him push her. Two hands."))
    report = ("Albrecht stated she had no pain. Voss stated he was angry about the door. "
              "Marchetti stated he was checking chocks when he saw {} push {} with two hands.")
    wrong = analyze(deck, report.format("Albrecht", "Voss"))
    assert wrong.claims[2].status is ClaimStatus.CONTRADICTED
    assert "other way round" in next(f.message for f in wrong.flags if f.claim == "c3")
    right = analyze(deck, report.format("Voss", "Albrecht"))
    assert right.claims[2].status is not ClaimStatus.CONTRADICTED


def test_another_voice_saying_it_did_the_act_the_report_gives_a_named_person() -> None:
    deck = _chat(("Driver", "I'm Priya Raman. He dinged my door."),
                 ("Deckhand", "Marcus Delgado, I work the deck. I called the bridge right after."),
                 ("Officer", "Thank you."))
    report = ("Priya Raman stated he dinged her door. Marcus Delgado stated he works the deck. "
              "{} the bridge right after.")
    wrong = analyze(deck, report.format("Raman called"))
    assert wrong.claims[2].status is ClaimStatus.CONTRADICTED
    assert "Deckhand" in next(f.message for f in wrong.flags if f.claim == "c3")
    right = analyze(deck, report.format("Delgado called"))
    assert right.claims[2].status is not ClaimStatus.CONTRADICTED
    # an act too common to tell one person's from another's is left alone
    came = analyze(deck, report.format("Raman came to"))
    assert came.claims[2].status is not ClaimStatus.CONTRADICTED


# one voice owns up to tapping the mirror, the other is the driver whose mirror it was
MIRROR = _chat(
    ("Ofc. Brandt", "Okay, who's who here? Sir, your name?"),
    ("Truck Driver", "Hector Alvarenga. That's my truck. It's cracked, the driver side one. It "
                     "wasn't cracked yesterday."),
    ("Ofc. Brandt", "And you, sir?"),
    ("Resident", "Gary Lindqvist, I live right there. I tapped it with the broom, just tapped "
                 "it, to get him to wake up. I didn't crack anything."),
    ("Ofc. Brandt", "The sign on the pole, whose is that?"),
    ("Resident", "The city put it up. Says no trucks over five tons."),
    ("Truck Driver", "Yeah, I know, no trucks over five tons. I was only parked there for my "
                     "break."),
)


def test_an_acknowledgement_or_a_point_made_by_another_voice() -> None:
    names = "I contacted the driver, Hector Alvarenga, and the resident, Gary Lindqvist. "
    wrong = analyze(MIRROR, names + "Alvarenga acknowledged tapping the mirror with the broom "
                                    "to wake him up but denied cracking it.")
    assert wrong.claims[-1].status is ClaimStatus.CONTRADICTED
    assert "attributes this to Truck Driver, but at 00:12 it is Resident" in wrong.flags[-1].message
    pointed = analyze(MIRROR, names + "Alvarenga pointed out that the city put up the sign "
                                      "limiting trucks to five tons.")
    assert pointed.claims[-1].status is ClaimStatus.CONTRADICTED
    # put to him by another and owned in his own words: his acknowledgement
    right = analyze(MIRROR, names + "Alvarenga acknowledged the city sign limits trucks to five "
                                    "tons.")
    assert right.claims[-1].status is not ClaimStatus.CONTRADICTED
    own = analyze(MIRROR, names + "Lindqvist acknowledged tapping the mirror with the broom.")
    assert own.claims[-1].status is not ClaimStatus.CONTRADICTED


def test_an_act_done_to_the_one_the_report_has_doing_it() -> None:
    bakery = _chat(
        ("Owner", "I did. Sofia Amaral, I own the place."),
        ("Customer", "Denise Holloway. I asked for blush. That is peach."),
        ("Employee", "I was boxing cookies. Um, the lady put both hands on Sofia's shoulders and "
                     "pushed her back. Like, hard."),
    )
    names = ("I contacted the owner, Sofia Amaral, and the customer, Denise Holloway. Holloway "
             "stated she asked for blush. ")
    wrong = analyze(bakery, names + "W1 stated Amaral put both hands on Holloway's shoulders "
                                    "and pushed her back hard.")
    assert wrong.claims[-1].status is ClaimStatus.CONTRADICTED
    assert "done to Amaral" in wrong.flags[-1].message
    right = analyze(bakery, names + "W1 stated Holloway put both hands on Amaral's shoulders "
                                    "and pushed her back hard.")
    assert right.claims[-1].status is not ClaimStatus.CONTRADICTED


def test_a_name_spelt_a_letter_off_the_recordings_is_a_spelling_to_check() -> None:
    tower = _chat(("Officer", "Okay. Sir, what's your name?"),
                  ("Visitor", "Nathan Crowe. C R O W E. Look, I film old mechanisms. I paid "
                              "for the tour, fifteen bucks."))
    wrong = analyze(tower, "The male was identified as Nathan Crow, who stated he paid $15 for "
                           "the tour.")
    assert wrong.claims[0].status is ClaimStatus.CONTRADICTED
    assert "Crowe" in wrong.flags[0].message.replace("CROWE", "Crowe")
    shop = _chat(("Officer", "What's your name?"),
                 ("Customer", "Jalen. Jalen Whitcombe-Ross. I didn't throw it at her."))
    assert analyze(shop, "I contacted S1, identified as Jalen Whitcomb-Ross.").claims[0].status \
        is ClaimStatus.CONTRADICTED
    assert analyze(shop, "I contacted S1, identified as Jalen Whitcombe-Ross.").claims[0].status \
        is not ClaimStatus.CONTRADICTED
    # a family named in the plural is no other spelling
    lot = _chat(("Officer", "Mr. Whitaker, here's your case number."),
                ("Owner", "Thanks. Me and my wife will call the insurance."))
    assert analyze(lot, "I provided the Whitakers with a case number.").claims[0].status \
        is not ClaimStatus.CONTRADICTED


def test_a_voice_that_names_itself_is_not_the_one_another_turn_addresses() -> None:
    dock = _chat(("Ofc. Okafor", "Morning. Officer Okafor. Who called?"),
                 ("Receiver", "Me, uh, I did. Manny Ortega, I'm the receiving clerk."),
                 ("Ofc. Okafor", "Okay. Manny, is the store manager here?"),
                 ("Manager", "Yeah, that's me, Aisha Grant, I'm the store manager."),
                 ("Ofc. Okafor", "Where's your card right now, Derek?"),
                 ("Manager", "I have it, it's in the office."))
    names = speaker_names(dock.segments)
    assert {"manny", "ortega"} <= names["Receiver"]
    assert {"aisha", "grant"} <= names["Manager"]
    assert not names["Manager"] & {"manny", "ortega", "derek"}
    # a voice that gives no name of its own still answers to the one it is called by
    porch = _chat(("Officer", "Mrs. Halvorsen? Can you hear me?"), ("Woman", "Who is it?"))
    assert "halvorsen" in speaker_names(porch.segments)["Woman"]


def test_a_voice_that_gives_its_name_haltingly_or_after_its_role_is_named() -> None:
    segments = _chat(
        ("SPEAKER_00", "Who saw it?"),
        ("SPEAKER_01", "Yeah, I'm, uh, Brian Tolliver. I was third in line."),
        ("SPEAKER_00", "Who's Luis?"),
        ("SPEAKER_02", "Me, I'm the bartender. Luis Ybarra. I saw him swipe the card."),
        ("SPEAKER_00", "Your name's, uh, Cody Vance?"),
        ("SPEAKER_03", "Yeah."),
    ).segments
    names = speaker_names(segments)
    assert names["SPEAKER_01"] >= {"brian", "tolliver"}
    assert names["SPEAKER_02"] >= {"luis", "ybarra"}
    # the name put to another in a question is not the asker's own
    assert "vance" not in names["SPEAKER_00"]


def test_a_voice_named_as_a_relation_and_a_first_name_with_its_short_form() -> None:
    segments = _chat(
        ("SPEAKER_00", "What's your name?"),
        ("SPEAKER_02", "Greg. Greg Lindahl."),
        ("SPEAKER_03", "Greg, I told you. Officer, I'm his wife, Jenna. The kids grabbed the "
                       "towels from the pool."),
        ("SPEAKER_00", "Greg, the registration comes back to you, Gregory Lindahl, out of "
                       "Dayton?"),
        ("SPEAKER_02", "Yeah, that's me."),
    ).segments
    names = speaker_names(segments)
    # "Greg" and "Gregory" Lindahl are one man, not a family name two people share
    assert names["SPEAKER_02"] >= {"greg", "lindahl"}
    assert names["SPEAKER_03"] >= {"jenna"}
    assert "lindahl" not in names["SPEAKER_03"]


def test_what_someone_agreed_to_do_is_the_request_another_made() -> None:
    lot = _chat(
        ("SPEAKER_00", "Officer Harlan. Who called?"),
        ("SPEAKER_01", "I did. I'm, uh, Sue Kettering, I'm a parking volunteer. I saw a guy "
                       "carry two batteries to a green Dodge Dakota."),
        ("SPEAKER_02", "Those are mine, off my tractor. Ray Dunn."),
        ("SPEAKER_00", "Ms. Kettering, I'm gonna need a written statement from you."),
        ("SPEAKER_01", "Okay, sure."),
    )
    names = "I contacted the R/P, Sue Kettering, and the owner, Ray Dunn. "
    agreed = analyze(lot, names + "Kettering agreed to provide a written statement.")
    assert agreed.claims[-1].status is not ClaimStatus.CONTRADICTED
    # what she said herself is still hers alone
    wrong = analyze(lot, names + "Dunn stated he saw a male carry two batteries to a green "
                                 "Dodge Dakota.")
    assert wrong.claims[-1].status is ClaimStatus.CONTRADICTED
    assert "it is SPEAKER_01 who says it" in wrong.flags[-1].message


COPY_SHOP = _chat(
    (None, "Police. What's going on here?"),
    (None, "I'm Dana Ruiz, I manage the copy shop. I watched him print twenties on the "
           "self-serve machine, like a whole sheet."),
    (None, "Sir, what's your name?"),
    (None, "Cole Briggs. It's prop money, for a music video."),
)


def test_a_party_label_names_who_speaks_in_unlabelled_audio() -> None:
    names = "I contacted the manager, Dana Ruiz, and S1, Cole Briggs. "
    wrong = analyze(COPY_SHOP, names + "S1 stated he watched the male print twenties on the "
                                       "self-serve machine.")
    assert wrong.claims[-1].status is ClaimStatus.CONTRADICTED
    assert "attributes this to S1, but at 00:" in wrong.flags[-1].message
    right = analyze(COPY_SHOP, names + "Ruiz stated she watched S1 print twenties on the "
                                       "self-serve machine.")
    assert right.claims[-1].status is not ClaimStatus.CONTRADICTED
    # a label in an aside is not the one speaking
    aside = analyze(COPY_SHOP, "I contacted W1, Dana Ruiz, and S1, Cole Briggs. W1, who "
                               "stood beside S1, stated she watched him print twenties on the "
                               "self-serve machine.")
    assert aside.claims[-1].status is not ClaimStatus.CONTRADICTED


def test_a_family_business_is_not_the_persons_name() -> None:
    market = _chat(
        (None, "Morning. Somebody got hurt?"),
        (None, "I'm Hank, Henry Lindqvist, I sell the berries, Lindqvist Orchards."),
        (None, "Henry, what got damaged?"),
        (None, "I'm Henry. The canopy's junk, that's a ten by ten, like a hundred sixty bucks."),
    )
    report = ("I contacted V1, Henry Lindqvist of Lindqvist Orchards, who stated he was hurt. "
              "V1 advised his ten by ten canopy, valued at approx. $160, was destroyed.")
    assert analyze(market, report).claims[-1].status is not ClaimStatus.CONTRADICTED


def test_a_name_after_thats_me_is_the_voices_and_a_reply_to_a_called_name_is_not() -> None:
    names = speaker_names(_chat(
        ("Officer", "Somebody called about a vehicle released to the wrong person?"),
        ("SPEAKER_01", "That's me. Andre Beaumont. My Jeep got impounded Thursday."),
        ("Officer", "What's the Jeep, Andre?"),
        ("SPEAKER_01", "Green Wrangler, twenty seventeen."),
    ).segments)
    assert names["SPEAKER_01"] >= {"andre", "beaumont"}
    assert "wrangler" not in names["SPEAKER_01"]
    # ... while "That's me." before other words names no one
    names = speaker_names(_chat(("Officer", "Are you Donna?"),
                                ("Woman", "Yes, that's me. The red pickup hit my car.")).segments)
    assert "the" not in names["Woman"]


def test_a_party_label_takes_a_name_after_a_comma_not_after_a_verb() -> None:
    assert party_labels("Pike stated she saw S1 push Brennan into the car. W1, Rosalind Pike, "
                        "stated she works here. V1 Maria Lopez said.") == {"w1": "pike",
                                                                          "v1": "lopez"}
    assert party_labels("W1, assistant principal Okonjo, stated he saw it.") == {"w1": "okonjo"}
    # ... and the name after a place the person works and their role
    assert party_labels("V1, Green Star Cab driver Samir Haddad, stated he picked him up.") == {
        "v1": "haddad"}


def test_a_last_name_asked_of_a_first_name_names_the_first_names_turns() -> None:
    from app.verify.speakers import turn_names
    beach = _chat((None, "Hi. I'm Mateo, I run the chair and umbrella stand. That row is "
                         "reserved, it's paid for."),
                  (None, "What's your last name, Mateo?"),
                  (None, "Ferreira. F E R R E I R A."))
    assert turn_names(beach.segments)[0] >= {"mateo", "ferreira"}
    analysis = analyze(beach, "Ferreira stated the row was reserved and paid for.")
    assert analysis.claims[0].status is not ClaimStatus.CONTRADICTED


def test_a_name_spelled_otherwise_needs_no_more_of_the_claim_around_it() -> None:
    owner = _chat(("Officer", "What's your name?"), ("Owner", "Brent Holcomb. H O L C O M B."))
    analysis = analyze(owner, "I contacted the husky owner, who identified himself as Brent "
                              "Holcombe.")
    assert analysis.claims[0].status is ClaimStatus.CONTRADICTED
    assert "H O L C O M B" in analysis.flags[0].message


def test_an_account_that_quotes_another_or_tells_anothers_act_is_no_hearsay() -> None:
    school = _chat((None, "She's in the office with our secretary. She said she knows him, she "
                          "said that's Corey."),)
    analysis = analyze(school, "Pham stated Kaylee was waiting in the office with the secretary "
                               "and had said she knew the man.")
    assert all(c.status is not ClaimStatus.CONTRADICTED for c in analysis.claims)
    garden = _chat(("Suspect", "I got here about eight, I was turning over the bed with the "
                               "tiller, and she comes running up yelling and she grabs the "
                               "handle of my hoe."),)
    analysis = analyze(garden, "S1 stated he arrived at approx. 0800 hours and was turning over "
                               "the bed with a tiller when the R/P approached yelling and grabbed "
                               "the handle of his hoe.")
    assert all(c.status is not ClaimStatus.CONTRADICTED for c in analysis.claims)



def test_what_the_doer_tells_in_their_own_voice_is_not_anothers_statement() -> None:
    from tests.unit.verify.conftest import blind_case
    # "Well, I was kind of running with it and pushing him to go faster." is Caleb's own
    zip_line, report = blind_case(5100)
    claims = analyze(zip_line, report).claims
    running = next(c for c in claims if "Caleb had been running" in c.text)
    assert running.status is ClaimStatus.CONTRADICTED
    # "I'm not living here. I got an apartment till the thirtieth." is Tillman's
    storage, report = blind_case(5200)
    living = next(c for c in analyze(storage, report).claims if "not living in" in c.text)
    assert living.status is ClaimStatus.CONTRADICTED
    # ... but where the teller tells the doer's act too, the report may name either
    both = _chat((None, "I'm Nathan Voss. Who was with you? My friend Caleb Price."),
                 (None, "Caleb was running alongside the line and pushing me to go faster."),
                 (None, "Caleb, is that right?"),
                 (None, "Yeah, I was running with it and pushing him to go faster."))
    analysis = analyze(both, "Nathan Voss stated Caleb Price had been running alongside him "
                             "and pushing him to go faster.")
    assert analysis.claims[0].status is not ClaimStatus.CONTRADICTED


def test_anothers_partner_told_of_as_my_partner_is_the_owners_statement() -> None:
    from tests.unit.verify.conftest import blind_case
    reception, report = blind_case(5272)
    claims = analyze(reception, report).claims
    boyfriend = next(c for c in claims if "Gault's boyfriend" in c.text)
    assert boyfriend.status is ClaimStatus.CONTRADICTED


def test_the_names_of_things_said_tell_whose_words_they_are() -> None:
    from tests.unit.verify.conftest import blind_case
    # "It's a JBL, the PartyBox, it was like four hundred bucks." is the owner's, not S1's
    tailgate, report = blind_case(5145)
    claims = analyze(tailgate, report).claims
    speaker = next(c for c in claims if "JBL PartyBox" in c.text)
    assert speaker.status is ClaimStatus.CONTRADICTED


def test_a_name_after_mr_or_mrs_is_checked_like_any_other() -> None:
    hall = _chat((None, "So my neighbor, Mister Abernathy from across the hall, he brings me "
                        "up these envelopes."),)
    analysis = analyze(hall, "Finch identified the neighbor as Mr. Abernethy, who lives across "
                             "the hall and brings her the envelopes.")
    assert analysis.claims[0].status is ClaimStatus.CONTRADICTED
    assert "Abernathy" in analysis.flags[0].message
    same = analyze(hall, "Finch stated her neighbor, Mr. Abernathy, brings her the envelopes.")
    assert same.claims[0].status is not ClaimStatus.CONTRADICTED


def test_a_surname_said_after_the_claims_own_first_name_or_quoted_as_a_name() -> None:
    juvenile = _chat(("Officer", "And you? Name and age."),
                     ("SPEAKER_03", "Owen Castellano. I'm seventeen."),
                     ("Officer", "How'd you guys get in?"))
    analysis = analyze(juvenile, "The second juvenile identified himself as Owen Castellanos, "
                                 "age 17.")
    assert analysis.claims[0].status is ClaimStatus.CONTRADICTED
    lanes, report = blind_case(4965)
    screen = next(c for c in analyze(lanes, report).claims if '"Jake"' in c.text)
    assert screen.status is ClaimStatus.CONTRADICTED


def test_a_described_male_doing_what_the_recording_has_a_woman_do() -> None:
    # "I yelled hey, and she just, she shut the hatch and drove off."
    market, report = blind_case(5121)
    shut = next(c for c in analyze(market, report).claims if "teenage male shut" in c.text)
    assert shut.status is ClaimStatus.CONTRADICTED
    right = analyze(market, report.replace("the teenage male shut", "the female shut"))
    assert all(c.status is not ClaimStatus.CONTRADICTED for c in right.claims
               if "female shut" in c.text)
