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


@pytest.mark.parametrize(("report", "category", "term"), [
    ("The man was senile and confused.", "labels", "senile"),
    ("Tamsin's story kept changing.", "conclusory", "story kept changing"),
    ("He was physically intimidating at the counter.", "conclusory", "physically intimidating"),
    ("He appeared visibly unstable.", "conclusory", "visibly unstable"),
    ("He meant to take advantage of an elderly woman.", "conclusory",
     "take advantage of an elderly"),
    ("It was a clear sign the theft was planned.", "conclusory",
     "a clear sign the theft was planned"),
    ("He has a history of harassing the neighbors.", "labels", "a history of harassing"),
    ("Neighborhood delinquents cut the rope.", "labels", "Neighborhood delinquents"),
    ("He has a reputation for starting trouble.", "labels", "has a reputation for"),
    ("The van sat in a known high-theft alley.", "boilerplate", "a known high-theft alley"),
    ("She dropped the bag in an attempt to discard the evidence.", "intent",
     "in an attempt to discard the evidence"),
    ("He used a friendly demeanor to lull the victim.", "intent", "used a friendly demeanor to"),
    ("The cemetery is a well-known magnet for scrap thieves.", "conclusory",
     "a well-known magnet for"),
    ("He was running a scam targeting stranded motorists.", "conclusory", "running a scam"),
    ("Given the sophisticated nature of the scheme, I called detectives.", "conclusory",
     "the sophisticated nature of"),
    ("He is a known troublemaker in the area.", "labels", "a known troublemaker"),
    ("He said he was from the hood.", "labels", "was from the hood"),
    ("A group of urban youth stood nearby.", "labels", "urban youth"),
    ("The hysterical female would not calm down.", "conclusory", "hysterical female"),
    ("He was non-compliant with commands.", "conclusory", "non-compliant"),
    ("The woman was a prostitute.", "labels", "prostitute"),
    ("They were acting like animals.", "labels", "like animals"),
    ("He looked shifty.", "conclusory", "shifty"),
    ("He was mentally ill.", "labels", "mentally ill"),
    ("The pothead said nothing.", "labels", "pothead"),
    ("She identified as a transvestite.", "labels", "transvestite"),
    ("The victim was scantily clad.", "conclusory", "scantily clad"),
    ("He bladed his body toward me.", "boilerplate", "bladed his body"),
    ("He was wearing gang attire.", "boilerplate", "gang attire"),
    ("I patted him down for officer safety.", "boilerplate", "for officer safety"),
    ("The victim claimed he took her phone.", "conclusory", "The victim claimed"),
    ("He spoke broken English.", "race_ethnicity", "spoke broken English"),
    ("He was an illegal alien.", "labels", "an illegal alien"),
    ("A struggle ensued.", "hidden_actor", "A struggle ensued"),
    ("Moss was irritable on the phone.", "conclusory", "irritable"),
    ("He appeared distracted and was visibly intoxicated.", "intent", "appeared distracted"),
    ("She seemed to be indifferent to the horses.", "intent", "seemed to be indifferent"),
    ("The pharmacist called him a known drug seeker.", "labels", "known drug seeker"),
    ("He attempted to deceive the pharmacist.", "intent", "attempted to deceive"),
    ("The occupants had been loitering in the lot.", "intent", "been loitering"),
    ("The wall is a known gang tagging spot.", "boilerplate", "known gang tagging spot"),
    ("A drifter was sleeping inside.", "labels", "A drifter"),
    ("Abernathy suffers from a hoarding disorder.", "labels", "suffers from"),
    ("The mailbox is the latest in ongoing juvenile delinquency.", "labels",
     "juvenile delinquency"),
    ("The party intended from the outset to leave without paying.", "intent",
     "intended from the outset"),
    ("She naively sent the deposit.", "conclusory", "naively"),
    ("Vasquez was the obvious suspect.", "conclusory", "the obvious suspect"),
    ("Nwosu, a Nigerian male, wanted a refund.", "race_ethnicity", "Nigerian male"),
    ("He showed poor judgment by jumping.", "conclusory", "showed poor judgment"),
    ("Doerr became defensive when asked.", "conclusory", "became defensive"),
    ("She was deceptive about the key.", "conclusory", "deceptive"),
    ("He had taken advantage of the chaos.", "intent", "taken advantage of the chaos"),
    ("He was swimming while impaired.", "intent", "while impaired"),
    ("The mother has a history of neglecting pickups.", "labels", "a history of neglecting"),
    ("The teens were delinquent.", "labels", "were delinquent"),
    ("The lot is a high-crime location.", "boilerplate", "high-crime location"),
    ("He appeared to be heavily intoxicated.", "intent", "appeared to be heavily intoxicated"),
    ("They wore vests to avoid suspicion.", "intent", "to avoid suspicion"),
    ("The party was out of control.", "conclusory", "out of control"),
    ("They were experienced thieves.", "labels", "experienced thieves"),
    ("The male appeared to be homeless.", "labels", "appeared to be homeless"),
    ("It was a deliberate act of retaliation.", "intent", "deliberate act of retaliation"),
    ("He refused to calm down.", "conclusory", "refused to calm down"),
    ("Lund is a heavy drinker.", "labels", "a heavy drinker"),
    ("He displayed a blatant disregard for the law.", "conclusory", "blatant disregard"),
    ("The juveniles are clearly responsible.", "conclusory", "are clearly responsible"),
    ("Ortiz is a known scrapper.", "labels", "a known scrapper"),
    ("The lot is a known hot spot for prowls.", "boilerplate", "a known hot spot"),
    ("He is a foreign national.", "race_ethnicity", "a foreign national"),
    ("He was heavily intoxicated.", "intent", "heavily intoxicated"),
    ("She is an elderly invalid.", "labels", "elderly invalid"),
    ("He attempted to extort the owner.", "incriminating", "attempted to extort"),
    ("It is a common tactic among shoplifters.", "labels", "a common tactic among"),
    ("They were experienced, professional copper thieves.", "labels",
     "professional copper thieves"),
    ("He appeared to be a habitual inhalant abuser.", "labels", "habitual inhalant abuser"),
    ("He saw a confused elderly man at the door.", "labels", "a confused elderly man"),
    ("The tags are consistent with local gang graffiti.", "boilerplate",
     "consistent with local gang"),
    ("His account was self-serving.", "conclusory", "self-serving"),
    ("She attempted to minimize her role.", "conclusory", "attempted to minimize"),
    ("He carelessly opened the gate.", "conclusory", "carelessly"),
    ("The driver, a male of Mexican descent, left.", "race_ethnicity", "of Mexican descent"),
    ("S1 clearly never intended to do the work.", "conclusory", "clearly never"),
    ("He keyed the car out of spite.", "intent", "out of spite"),
    ("Cody Strand, a troubled local youth, lives nearby.", "labels", "a troubled local youth"),
    ("S1 is an outlaw biker.", "labels", "an outlaw biker"),
    ("S1 attempted to steal the urn.", "incriminating", "attempted to steal"),
    ("This strongly suggests he set the fire.", "conclusory", "strongly suggests"),
    ("He displayed a pattern of intimidating behavior.", "labels",
     "a pattern of intimidating behavior"),
    ("Her silence demonstrates consciousness of guilt.", "conclusory", "consciousness of guilt"),
    ("S1 used a well-rehearsed distraction technique.", "intent", "well-rehearsed distraction"),
    ("The theft was most likely committed by a member of the group.", "intent",
     "was most likely committed"),
    ("V1 was an easy mark.", "labels", "an easy mark"),
    ("He clearly cased the camp.", "intent", "clearly cased"),
    ("S1 showed little remorse.", "conclusory", "showed little remorse"),
    ("A drunken vandal broke it.", "labels", "drunken vandal"),
    ("S1 was showing obvious signs of intoxication.", "intent",
     "obvious signs of intoxication"),
    ("S1, a likely drug user, left.", "labels", "a likely drug user"),
    ("He has a pattern of defrauding merchants.", "labels", "a pattern of defrauding"),
    ("Despite his obvious impairment, he drove.", "intent", "obvious impairment"),
    ("S1 appeared to be an undocumented worker.", "labels", "an undocumented worker"),
    ("S1 refused to take responsibility.", "conclusory", "refused to take responsibility"),
    ("S1 is a known scammer.", "labels", "a known scammer"),
    ("A scruffy-looking male took the bin.", "conclusory", "scruffy-looking"),
    ("The would-be burglar left a ladder.", "labels", "would-be burglar"),
    ("He paid cash in an apparent attempt to stay anonymous.", "conclusory",
     "an apparent attempt to"),
    ("S1 clearly acted out of jealousy.", "intent", "acted out of jealousy"),
    ("S1 changed his story twice.", "conclusory", "changed his story"),
    ("This is a classic scammer tactic.", "conclusory", "a classic scammer tactic"),
    ("Kessler, who is confined to a walker, left.", "labels", "is confined to a walker"),
    ("He flew into a rage at the counter.", "conclusory", "flew into a rage"),
    ("S1 displayed an explosive temper.", "conclusory", "explosive temper"),
    ("He has an obvious anger problem.", "conclusory", "anger problem"),
    ("A bitter elderly man sprayed them.", "conclusory", "bitter elderly man"),
    ("S1 callously took the apron.", "conclusory", "callously"),
    ("It was a blatant act of vandalism.", "conclusory", "blatant act"),
    ("He was holding the solar equipment hostage.", "conclusory",
     "holding the solar equipment hostage"),
    ("A suspicious-looking male left.", "conclusory", "suspicious-looking male"),
    ("The lot is an area notorious for theft.", "boilerplate", "notorious for"),
    ("It is a well-known spot for drug sales.", "boilerplate", "a well-known spot for"),
    ("She seemed elderly and easily confused.", "labels", "easily confused"),
    ("Her forgetfulness was consistent with dementia.", "labels", "consistent with dementia"),
    ("The juveniles are known taggers.", "labels", "known taggers"),
    ("He made an attempt to conceal it.", "intent", "an attempt to conceal"),
    ("It was likely a local poacher familiar with the dock.", "labels",
     "likely a local poacher"),
    ("The male had an obvious attitude problem.", "labels", "an obvious attitude problem"),
    ("He likely planned to resell the baskets for drug money.", "conclusory",
     "likely planned to resell"),
    ("She attempted to shift blame to the vendor.", "conclusory", "attempted to shift blame"),
])
def test_added_terms_are_flagged(report: str, category: str, term: str,
                                 stop_transcript: Transcript) -> None:
    found = bias(stop_transcript, report)
    assert (category, term) in [(c, t) for c, t, _ in found]


@pytest.mark.parametrize(("report", "category", "term"), [
    ("He was up to no good, casing cars in the lot.", "intent", "up to no good"),
    ("He admitted guilt.", "incriminating", "admitted guilt"),
    ("He confessed to the theft.", "incriminating", "confessed to"),
    ("The group was rowdy, intoxicated and loud.", "conclusory", "rowdy"),
    ("Tamez clearly took advantage of an elderly widow.", "intent",
     "took advantage of an elderly"),
    ("His price sheet showed an intent to deceive buyers.", "intent", "showed an intent to"),
    ("She appeared to have diminished mental capacity.", "labels",
     "diminished mental capacity"),
    ("Solberg described him as a large and intimidating man.", "conclusory",
     "large and intimidating"),
    ("He described a transient-looking male by the kiosk.", "labels", "transient-looking"),
    ("Her account lacked credibility.", "conclusory", "lacked credibility"),
    ("The tires were consistent with an organized dumping operation.", "boilerplate",
     "consistent with an organized"),
    ("Castellano clearly harbored a grudge against Rivera.", "intent", "harbored a grudge"),
    ("His speech was consistent with alcohol impairment.", "intent",
     "consistent with alcohol impairment"),
    ("S1 targeted the event in advance.", "intent", "targeted the event in advance"),
    ("He appeared to have done this before.", "intent", "appeared to have done this before"),
    ("Rusk posed an immediate danger to the class.", "conclusory",
     "posed an immediate danger"),
    ("What followed was an armed standoff at the gate.", "conclusory", "an armed standoff"),
    ("He brandished the hook knife at Petrakis.", "incriminating", "brandished"),
    ("Koski appears to be the primary suspect.", "conclusory",
     "appears to be the primary suspect"),
    ("The key was conveniently missing from the board.", "conclusory", "conveniently"),
    ("He viciously beat the alpaca with a broom.", "incriminating", "viciously"),
    ("She likely concealed the hatchling in her tote.", "intent", "likely concealed"),
    ("A scrawny, tweaker-looking male left on foot.", "labels", "tweaker-looking"),
    ("A self-styled minister arrived late.", "labels", "self-styled"),
    ("Coach Reyes called him an unstable and violent individual.", "labels",
     "unstable and violent"),
    ("A group of frat bros was on the porch.", "labels", "frat bros"),
    ("The driver was being theatrical about his neck pain.", "conclusory", "theatrical"),
    ("His explanation did not add up.", "conclusory", "did not add up"),
    ("The witness is an unreliable source.", "conclusory", "an unreliable source"),
    ("Based on the totality of the circumstances, I detained him.", "boilerplate",
     "totality of the circumstances"),
    ("The male fit the general description.", "boilerplate", "fit the general description"),
    ("The subject displayed superhuman strength.", "discredited", "superhuman strength"),
    ("The polygraph results proved he lied.", "discredited", "polygraph results"),
    ("The subject was decentralized and handcuffed.", "hidden_actor", "was decentralized"),
    ("Knee strikes were applied to his torso.", "hidden_actor", "Knee strikes were applied"),
    ("The juvenile took off running through the yards.", "incriminating", "took off running"),
    ("The boyfriend ambushed her in the stairwell.", "incriminating", "ambushed"),
    ("He flushed the toilet to destroy evidence.", "intent", "to destroy evidence"),
    ("The driver was fully aware that his license was suspended.", "intent", "fully aware"),
    ("She gave a false name to protect her boyfriend.", "intent",
     "to protect her boyfriend"),
    ("The parolee was sitting on the steps.", "labels", "The parolee"),
    ("The subject, a W/M, was contacted in the alley.", "race_ethnicity", "W/M"),
    ("A black teenager rode through the lot.", "race_ethnicity", "black teenager"),
    ("The driver was a male of possible Mexican origin.", "race_ethnicity",
     "of possible Mexican origin"),
    ("She entered the studio under the pretext of returning shoes.", "intent",
     "under the pretext of"),
    ("The demonstrator lashed out at a counter-protester.", "incriminating", "lashed out"),
    ("The tenant is a reliable witness with no reason to lie.", "conclusory",
     "a reliable witness"),
    ("The subject was suffering from hyperactive delirium.", "discredited",
     "hyperactive delirium"),
    ("The door was forced open and the unit was cleared.", "hidden_actor", "was forced open"),
    ("It is a hot spot for catalytic converter thefts.", "boilerplate", "a hot spot for"),
    ("The woman was acting as a lookout at the front of the store.", "intent",
     "acting as a lookout"),
    ("The bipolar woman was shouting in the courtyard.", "labels", "The bipolar woman"),
    # profiles of a kind of person, whatever the kind
    ("Like most young scooter riders, he did not look where he was going.", "conclusory",
     "Like most young"),
    ("They are the kind of unsupervised teenagers who treat the lot as a skate park.",
     "conclusory", "are the kind of"),
    ("He was one of the type of spectator who blames the referee.", "conclusory",
     "the type of spectator who"),
    ("The vandalism fits the pattern of the fare cheats on this line.", "conclusory",
     "fits the pattern of"),
    ("It was the attitude so common with college kids.", "conclusory", "so common with"),
    ("It was what one would expect from a sports parent.", "conclusory",
     "what one would expect from"),
    # verdicts the recording cannot show
    ("The fire was almost certainly set on purpose.", "conclusory", "almost certainly"),
    ("The theft was plainly the work of the same crew.", "conclusory", "was plainly"),
    ("This was an inside job.", "conclusory", "inside job"),
    ("His claim that he never felt the impact is hard to believe.", "conclusory",
     "hard to believe"),
    ("She put on a show of confusion when asked.", "conclusory", "put on a show of"),
    ("He was milking his injury for a refund.", "conclusory", "milking his injury"),
    ("She had a petty grudge against the vendor.", "conclusory", "petty grudge"),
    # the person's character or kind
    ("The neighbor is lazy and inconsiderate.", "labels", "is lazy"),
    ("He is a busybody who polices the parking lot.", "labels", "busybody"),
    ("She is plainly in over her head with the horses.", "labels", "in over her head"),
    ("He is a habitual drunk.", "labels", "a habitual drunk"),
    ("He carried himself like he ran the store.", "labels", "carried himself like"),
    ("Like a lot of old farmers around here, he drives after drinking.", "conclusory",
     "Like a lot of old"),
    ("He offered the usual hard-luck story about his rent.", "conclusory",
     "the usual hard-luck story"),
    ("She cared more about the sale than about the children walking by.", "conclusory",
     "cared more about the sale than"),
    ("His claim was an obvious fabrication.", "conclusory", "an obvious fabrication"),
    ("He was clearly drunk and out to terrorize the street.", "conclusory", "clearly drunk"),
    ("That was textbook behavior for a jilted ex-boyfriend.", "conclusory", "textbook behavior"),
    ("He acted as though the buffet owed him something.", "conclusory", "owed him something"),
    ("It was an obvious shakedown.", "conclusory", "an obvious shakedown"),
    ("His account strains credibility.", "conclusory", "strains credibility"),
    ("Walking off amounts to an admission that he took it.", "conclusory",
     "amounts to an admission"),
    ("It was a transparent attempt to game the system.", "conclusory",
     "a transparent attempt to"),
    ("She seemed more interested in dodging the bill than in the lessons.", "conclusory",
     "more interested in dodging the bill than"),
    ("He gave a flimsy, rehearsed excuse.", "conclusory", "rehearsed excuse"),
    ("She acted as women in her situation often do.", "conclusory",
     "as women in her situation often do"),
    ("He comes from the kind of family where this is normal.", "conclusory",
     "the kind of family where"),
    ("They ride like a gang that thinks it owns the road.", "conclusory",
     "thinks it owns the road"),
    ("He is an unstable man who will not stop.", "labels", "an unstable man"),
    ("He was the least trustworthy member of the club.", "labels", "least trustworthy"),
    ("He struck me as someone who hauls cans for a living.", "conclusory",
     "struck me as someone"),
    ("He knew exactly what he was doing.", "conclusory", "knew exactly what"),
    ("He had to know the bike was hot.", "conclusory", "had to know"),
    ("It does not pass the smell test.", "conclusory", "does not pass the smell test"),
    ("She showed a complete lack of common sense.", "conclusory",
     "a complete lack of common sense"),
    ("It was just a shakedown to squeeze money out of the company.", "conclusory",
     "just a shakedown"),
    ("He has an obvious problem controlling his temper.", "conclusory",
     "has an obvious problem controlling his"),
    ("It points to an unhealthy fixation on firearms.", "conclusory", "points to an unhealthy"),
    ("He put on a display of macho posturing.", "labels", "macho"),
    ("He clearly felt entitled to the gear.", "conclusory", "felt entitled to"),
    ("The owner all but invited this theft.", "conclusory", "all but invited"),
    ("He threw a fit rather than take responsibility.", "conclusory",
     "threw a fit rather than"),
    ("He is the type who hangs around that lot.", "conclusory", "is the type who"),
    ("He behaved like a spoiled bully toward the clerk.", "labels", "a spoiled bully"),
])
def test_added_framing_terms_need_the_recording_to_back_them(
        report: str, category: str, term: str, stop_transcript: Transcript) -> None:
    assert (category, term) in [(c, t) for c, t, _ in bias(stop_transcript, report)]


def test_a_star_stands_for_any_one_word(tmp_path: Path) -> None:
    (tmp_path / "agency.yaml").write_text(
        "category: labels\nentries:\n  - id: pro\n"
        "    patterns: ['{professional|seasoned} * bandits']\n"
        "    why: w\n    suggestion: s\n", encoding="utf-8")
    lexicon = load_lexicon(extra_dir=tmp_path)
    assert [h.term for h in lexicon.find("Seasoned bike bandits and professional bandits.")
            if h.entry.id == "pro"] == ["Seasoned bike bandits"]
    (tmp_path / "agency.yaml").write_text(
        "category: labels\nentries:\n  - id: bad\n    patterns: ['* bandits']\n"
        "    why: w\n    suggestion: s\n", encoding="utf-8")
    with pytest.raises(ValueError, match="starts with a wildcard"):
        load_lexicon(extra_dir=tmp_path)


@pytest.mark.parametrize(("report", "flagged"), [
    ("Tessier stated none of the riders threatened him.", False),
    ("She stated the male had not taken anything or threatened her.", False),
    ("Strand stated the locksmith never physically threatened her.", False),
    ("S1 did not comply and threatened me.", True),
    ("S1 was not calm, and threatened me.", True),
    ("Marchetti denied threatening Vance.", False),
    ("Holt denied that he threatened V1.", False),
    ("Holt denied the theft but threatened V1.", True),
])
def test_a_denied_act_is_no_incriminating_wording(report: str, flagged: bool,
                                                  stop_transcript: Transcript) -> None:
    found = [t for c, t, _ in bias(stop_transcript, report) if c == "incriminating"]
    assert bool(found) is flagged, found


def test_every_word_of_a_descriptor_must_be_in_the_recording() -> None:
    report = "The driver was of Hispanic appearance."
    said = Transcript.from_text("Dispatch says a Hispanic male in a gray hoodie.")
    unsaid = Transcript.from_text("One of the guys ran off in a gray hoodie.")
    assert not bias(said, report)
    assert [c for c, _, _ in bias(unsaid, report)] == ["race_ethnicity"]


def test_an_age_label_dispatch_gave_in_other_words_is_not_flagged() -> None:
    report = "Security reported a confused elderly male in the lobby."
    dispatch = Transcript.from_text("Security reports an elderly male, confused, in the lobby.")
    silent = Transcript.from_text("Security is reporting a male in a tan jacket in the lobby.")
    assert not bias(dispatch, report)
    assert [c for c, _, _ in bias(silent, report)] == ["labels"]


def test_pattern_groups_stand_for_each_choice(tmp_path: Path,
                                             stop_transcript: Transcript) -> None:
    (tmp_path / "agency.yaml").write_text(
        "category: conclusory\nentries:\n  - id: local\n"
        "    patterns: ['{seemed|looked} {bored|sleepy eyed}']\n"
        "    why: w\n    suggestion: s\n", encoding="utf-8")
    lexicon = load_lexicon(extra_dir=tmp_path)
    terms = [h.term for h in lexicon.find("He looked sleepy-eyed, then seemed bored.")]
    assert terms == ["looked sleepy-eyed", "seemed bored"]
    assert not [h for h in lexicon.find("He seemed fine and looked bored-ish.")
                if h.entry.id == "local"]


@pytest.mark.parametrize("report", [
    "I located three spent shell casings near the curb.",
    "He was unstable on his feet and swayed while standing.",
    "She was admitted to St. Mary's Hospital for observation.",
    "He was arrested for drunk driving after a breath test of 0.12.",
    "A dark-colored sedan drove north; I placed my hands on the hood of the patrol car.",
    "He was charged with loitering and failure to obey a lawful order.",
    "The vehicle struck an animal on Route 9.",
    "She speaks limited English, so I used the language line.",
    "I gave her the case number in case the item turns up.",
    "I checked his last known address on Elm Street.",
    "He was confined to the holding cell until transport.",
    "He had an invalid license and the tag was expired.",
    "I asked her whether she was a danger to herself; she said no.",
    "I was dispatched to a suspicious package call at the post office.",
    "The caller reported a suspicious vehicle parked in front of the school.",
    "I responded to the bank regarding a suspicious coin deposit.",
    "V1 stated she parked there like every other Friday and went in to work.",
    "V1 stated the bully from his class pushed him off the swing.",
    "V1 stated he believed she was real because she knew about his late wife.",
    "Rivera stated he was nervous because he had never been stopped before.",
    "The clerk told me she felt threatened when the male leaned over the counter.",
    "V1 stated she stood in front of the truck so he could not pull out.",
    # words of the new profiles and verdicts in plain use
    "R/P stated he owns the houseboat \"Lazy Heron\" on the east dock.",
    "I asked what kind of knife it was and who owned the place.",
    "She stated the food was spoiled and asked for a refund.",
    "He stated he was entitled to a refund under the store's policy.",
    "The work order listed the work of two contractors on the deck.",
    "She went out to get the paper at 0630 hours and found the jeep gone.",
    "The hoodie was up and the faces were not clearly visible on the video.",
    "S1 stated he wanted to put on a show as he left and lost control of the car.",
    "The ladder was unstable, so I held it while W1 climbed down.",
    "V1 stated the gang unit had called her about the graffiti.",
])
def test_neutral_police_wording_is_not_flagged(report: str,
                                               stop_transcript: Transcript) -> None:
    assert not bias(stop_transcript, report)


@pytest.mark.parametrize(("report", "flagged"), [
    ("S1 was taken to the ground and handcuffs were applied.",
     {"was taken to the ground", "handcuffs were applied"}),
    # the passive names who acted
    ("V1 was transported by medics to County General.", set()),
    ("S1 was handcuffed by Ofc. Lee.", set()),
    # someone else's account of what happened to them, not an officer's action
    ("V1 stated he was struck with the tray near his eye.", set()),
    # the officer's own words about force still hide who acted
    ("I advised him that he was tased because he ran.", {"was tased"}),
    # routine custody steps reports conventionally put in the passive
    ("S1 was placed under arrest for DUI and was transported to County Jail.", set()),
    ("Kittredge was told he was under arrest and handcuffs were applied.",
     {"handcuffs were applied"}),
    # the call's name is no account of who fired
    ("I responded to a shots fired call at the fairgrounds.", set()),
    ("Two shots were fired from the truck.", {"shots were fired"}),
])
def test_passive_voice_is_flagged_where_it_hides_who_used_force(
        stop_transcript: Transcript, report: str, flagged: set[str]) -> None:
    terms = {term for category, term, _ in bias(stop_transcript, report)
             if category == "hidden_actor"}
    assert terms == flagged


@pytest.mark.parametrize(("report", "flagged"), [
    ("Dell stated he intended to use the ladder to take his lights down.", False),
    ("S1 clearly intended to take the ladder without paying.", True),
    # further on in what they told
    ("S1 stated he had been looking at the ladder and intended to bring it back.", False),
    ("Pruitt stated S1 sold a ladder on Tuesday, and that he intended to test it.", False),
    ("S1 stated he was walking home, though he clearly intended to take the ladder.", True),
    ("I stated that S1 intended to take the ladder.", True),
    ("The padlock had been cut and was lying in the gravel.", False),
    ("S1 stated W1 was lying because she was Wallace's friend.", False),
    ("When confronted, S1 was lying about where he had been.", True),
    ("V1 stated the caller claimed to be from his bank's fraud department.", False),
    ("The driver claimed she was unaware that her registration had expired.", True),
])
def test_a_persons_own_account_and_a_thing_lying_somewhere_are_no_verdict(
        report: str, flagged: bool) -> None:
    chat = Transcript.from_dict({"segments": [
        {"id": 0, "start": 0.0, "end": 3.0, "text": "Something about the ladder and the lock."}]})
    kinds = {f.category for f in analyze(chat, report).flags if f.kind is FlagKind.BIAS_LANGUAGE}
    assert bool(kinds & {"intent", "conclusory"}) is flagged, kinds


def test_an_entry_is_backed_only_by_its_own_term_in_the_recording() -> None:
    chat = Transcript.from_dict({"segments": [
        {"id": 0, "start": 0.0, "end": 3.0,
         "text": "Kellan, you're under arrest for menacing."}]})
    terms = {f.term for f in analyze(chat, "Rusk was visibly enraged. Rusk kept menacing "
                                           "the class.").flags
             if f.kind is FlagKind.BIAS_LANGUAGE}
    # "menacing" is another pattern of the entry that holds "enraged": said, it backs itself
    assert terms == {"enraged"}


def test_a_verdict_that_is_itself_a_negation_is_flagged_after_another_not() -> None:
    chat = Transcript.from_dict({"segments": [
        {"id": 0, "start": 0.0, "end": 3.0, "text": "I never opened the box."}]})
    terms = {f.term for f in analyze(chat, "Quarles's claim that he never opened the box was "
                                           "not credible.").flags
             if f.kind is FlagKind.BIAS_LANGUAGE}
    assert "not credible" in terms


def test_the_act_a_call_is_about_is_the_call_not_the_officers_verdict(
        stop_transcript: Transcript) -> None:
    opening = ("On 10/22/2025 at approx. 0650 hours, I responded to Midstate Corrugated "
               "regarding an employee who threatened a supervisor with a box cutter.")
    assert not bias(stop_transcript, opening)
    # the officer's own account of the act still carries the word
    assert ("incriminating", "threatened") in [
        (c, t) for c, t, _ in bias(stop_transcript, "S1 threatened the supervisor with a box "
                                                    "cutter.")]


@pytest.mark.parametrize("sentence", [
    "S1 is the type to follow through on a threat.",
    "His account of the missing cash does not hold water.",
    "S1 acted as though the fire code was beneath him.",
    "The juveniles were looking for something to steal.",
    "S1 knew what he was doing when he took the card.",
    "The intoxication of the minor reflects lax parenting.",
])
def test_verdicts_on_character_and_motive_are_flagged(stop_transcript: Transcript,
                                                      sentence: str) -> None:
    assert bias(stop_transcript, sentence)


def test_plain_words_near_those_verdicts_are_not(stop_transcript: Transcript) -> None:
    assert not bias(stop_transcript, "The water line did not hold after the repair.")
    assert not bias(stop_transcript, "S1 stated he knew the store closed at nine.")
