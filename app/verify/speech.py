"""Who said what: the voices of a recording against the people a report says spoke."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.domain import Segment
from app.verify.checks import fmt_time
from app.verify.index import WEAK, Match, SegmentIndex
from app.verify.people import one_edit
from app.verify.speakers import NAME_WORD
from app.verify.text import tokenize
from app.verify.words import is_question, turn_sentences

CIVILIAN_SPEECH = re.compile(
    r"(?:\b(?-i:[A-Z][a-z]+)|\b(?-i:[VSWC]\d{1,2}|R/P)|\b(?:he|she|they|the\s+(?:driver|suspect|subject|victim|witness|"
    r"male|female|man|woman|"
    r"caller|reporting party|complainant|passenger|owner|resident|manager|clerk|mother|father|"
    r"bartender|homeowner|neighbor|neighbour)"
    # "The juveniles stated", "Both subjects stated", "The two boys stated": any people but
    # officers
    r"|(?:the|both|all|each)\s+(?:two\s+|three\s+|other\s+)?"
    r"(?!officers?\b|deputies\b|deputy\b|units?\b|sergeants?\b|dispatch)[a-z]+s?))\s+"
    r"(?:then\s+|also\s+|later\s+)?(?:stated|said|told|advised|admitted|explained|claimed|"
    r"reported|denied|yelled|shouted|asked|agreed|refused|replied|consented|confessed|requested|"
    r"declined|acknowledged|conceded|allowed|permitted|gave consent)\b", re.IGNORECASE)
OFFICER_SPEECH = re.compile(
    r"^\W*I\s+(?:then\s+|also\s+|again\s+)?(?:told|asked|advised|instructed|ordered|informed|"
    r"said|explained|warned|commanded)\b")
_ANONYMOUS = re.compile(r"(?i)(?:speaker|spk|voice|unknown|person)[ _-]?\d*")
_OFFICER_LABEL = re.compile(r"officer|ofc|deputy|sgt|sergeant|trooper|police|cop|detective",
                            re.IGNORECASE)



def is_officer(speaker: str | None, officer_names: tuple[str, ...]) -> bool | None:
    """True for an officer's voice, False for anyone else's, None when the label cannot tell
    (none, or a recogniser's "SPEAKER_00")."""
    if speaker is None or _ANONYMOUS.fullmatch(speaker.strip()):
        return None
    if _OFFICER_LABEL.search(speaker):
        return True
    # a name as a word of the label: Officer Tom is no "Customer"
    words = set(re.findall(r"[a-z']+", speaker.lower()))
    return any(n.lower() in words for n in officer_names)


def attribution_conflict(text: str, match: Match, index: SegmentIndex,
                         officer_names: tuple[str, ...],
                         aliases: dict[str, str] | None = None) -> str | None:
    """Who said it: the report's speaker against the speaker of the words in the recording.

    Only what follows the verb of saying is looked up ("he said [he could not do it]").
    `aliases` maps party labels ("s1") to the name the report gave them."""
    by_label = _label_conflict(text, index, aliases or {}) or \
        _doer_tells(text, index, aliases or {}) or _owner_tells(text, index, aliases or {})
    if by_label:
        return by_label
    civilian = CIVILIAN_SPEECH.search(text)
    if civilian and _TITLE_BEFORE.search(text[:civilian.start()]):
        civilian = None  # "Ofc. Tran advised": another officer, not a civilian
    # "agreed to leave", "requested that S1 leave": a reply or a request the officer's own
    # words may well hold ("You need to leave." / "Okay.")
    if civilian and re.search(r"\b(?:agreed|consented|requested|allowed|permitted)\b",
                              civilian.group(0), re.IGNORECASE):
        civilian = None
    officer = OFFICER_SPEECH.search(text)
    if bool(civilian) == bool(officer):
        return None
    verb = civilian or officer
    assert verb is not None
    said = _said(text[verb.end():])
    # what the officer relays ("Ma'am, he admits he said it") is not the officer's own word
    # an officer narrating about someone ("Lund refuses transport", no "I" or "we") relays
    # that person's words, so they are not the officer's own
    strong = [i for i in _speakers_of(said, index)
              if not _RELAYED.search(index.segments[i].text)
              and not (is_officer(index.segments[i].speaker, officer_names)
                       and ON_THE_RADIO.search(index.segments[i].text))
              and not (civilian and is_officer(index.segments[i].speaker, officer_names)
                       and not _FIRST_PERSON.search(index.segments[i].text))]
    roles = [is_officer(index.segments[i].speaker, officer_names) for i in strong]
    if not roles or any(r is None for r in roles):
        return None
    seg = index.segments[strong[0]]
    if civilian and all(roles):
        return (f"The report attributes this to someone else, but at {fmt_time(seg.start)} it is "
                f"{seg.speaker} who says it: '{clip(seg.text)}'.")
    # "I told Olsen the fence was two feet onto the neighbor's side" where only the neighbor
    # says it; what the officer "advised" or "ordered" is often the civilian's words passed on
    # ("I advised Pruitt he would not be driving tonight")
    if officer and not any(roles) and re.search(r"\btold\b", officer.group(0)):
        return (f"The report says you said this, but at {fmt_time(seg.start)} it is "
                f"{seg.speaker} who says it: '{clip(seg.text)}'.")
    return None


ADMITTED = re.compile(r"\b(?:admit\w*|confess\w*|acknowledg\w*|conced\w*|consent\w*|"
                      r"agreed)\b", re.IGNORECASE)
_ACKNOWLEDGED = re.compile(r"acknowledg\w*|conced\w*")
_RELAY = re.compile(r"dispatch|radio|911|operator|call ?taker", re.IGNORECASE)
_SAYING = re.compile(
    r"\b(?:stated|said|says|told|advised|admitted|explained|claimed|reported|denied|yelled|"
    r"shouted|agreed|refused|replied|confirmed|described|estimated|indicated|added|"
    # the verbs a summary of a conversation uses for a turn of it
    r"asks|asked|tells|suggests|suggested|offers|offered|invites|invited|proposes|proposed|"
    r"reminds|reminded|agrees|confirms|replies|explains|admits|mentions|mentioned|informs|"
    r"informed|announces|announced|complains|complained|recommends|recommended|warns|warned|"
    r"apologizes|apologized|promises|promised|insists|insisted|acknowledged|acknowledges|conceded|"
    r"pointed out|points out|answered)\b",
    re.IGNORECASE)


def _said(words: str) -> list[str]:
    """The content of what was said, without names: "told Pierce [the owner ...]" names whom
    it was said to, and a name is no evidence of who said it."""
    return [t.norm for t in tokenize(words) if t.content and not t.surface[:1].isupper()]


def _speakers_of(said: Sequence[str], index: SegmentIndex) -> list[int]:
    """The segments that best hold the words said (not questions), best first."""
    quoted = index.best(said) if said else None
    if quoted is None or not quoted.ranked or quoted.score < WEAK:
        return []
    top = quoted.segment_scores[quoted.ranked[0]]
    return [i for i in quoted.ranked if quoted.segment_scores[i] >= 0.6 * top
            and not is_question(index.segments[i].text)]


# the share of the words said that a turn must hold to name its speaker as the one who said it
_HELD = 0.4


MIND_VERBS = frozenset({"know", "want", "think", "remember", "recall", "understand", "mean",
                         "intend", "see", "realiz", "notic"})
_REPLY_VERB = re.compile(r"refused|declined|agreed|agrees|refuses|declines|consented|"
                         r"complied|accepted|rejected")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I'll|I've|I'd|me|my|we|we're|us|our)\b", re.IGNORECASE)
# a turn put out on the radio: it opens with a call sign or speaks to dispatch or all units
ON_THE_RADIO = re.compile(
    r"^\W*(?:\w+,?\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|\d+)\b[\w -]{0,20},|\b(?:dispatch|all units|be advised|"
    r"BOLO|be on the lookout)\b", re.IGNORECASE)
_TITLE_BEFORE = re.compile(r"\b(?:ofc|officer|sgt|sergeant|deputy|dep|det|detective|cpl|"
                           r"corporal|lt|lieutenant|capt|captain|trooper|tpr|chief)\.?\s*$",
                           re.IGNORECASE)
_RELAYED = re.compile(r"\b(?:he|she|they)\s+(?:said|says|admits|admitted|told|tells|claims|"
                      r"claimed|stated|states|denies|denied)\b", re.IGNORECASE)


def _label_conflict(text: str, index: SegmentIndex, aliases: dict[str, str]) -> str | None:
    """ "Driver A said X" where the recording has the speaker labelled Witness saying X; also
    "Fields said X" where the voice that is Fields (see speakers.py) never says it."""
    labels = {s.speaker for s in index.segments if s.speaker}
    verb = _SAYING.search(text)
    if (len(labels) < 2 and not index.turn_names()) or verb is None:
        return None
    # "refused the chair's request to sit": what follows a reply is the request, said by another
    # ... and so is what one "agreed to" do ("I'm gonna need a written statement" / "Okay")
    said_by_another = _REPLY_VERB.fullmatch(verb.group(0).lower()) and re.match(
        r"\s+(?:the|a|an|his|her|their|my|our|[A-Z][a-z]+'s)\b", text[verb.end():])
    if said_by_another or (re.fullmatch(r"agreed|agrees|consented|complied|accepted",
                                        verb.group(0).lower())
                           and re.match(r"\s+to\b", text[verb.end():])):
        return None
    # who speaks: the words just before the verb ("the witness, Renee Fox, stated"), never
    # the officer ("I gave Tully a warning and told him ...")
    subject = " ".join(text[:verb.start()].split()[-6:])
    # "Delgado was advised that ...": the one told, not the one telling
    if re.search(r"\b(?:was|were|been|being|is|are)\s+$", text[:verb.start()]):
        return None
    if re.match(r"\W*I\b", text) or re.search(r"\b(?:I|we)\s+(?:\w+\s+)?$", subject):
        return None
    if not labels:
        return _turn_conflict(text, verb, subject, index, aliases)
    named = [label for label in sorted(labels, key=len, reverse=True)
             if re.search(rf"\b{re.escape(label)}\b", subject, re.IGNORECASE)]
    # "the resident" where the recording has Resident and Resident 2: which one is unknown
    if any(other.lower().startswith(label.lower() + " ") for label in named for other in labels):
        return None
    people: set[str] = set()
    known = index.speaker_names()
    if not named:
        # a person's own name, not a possessive ("Rowe's mother" is not Rowe)
        people = {m.group(1).lower() for m in _OWN_NAME.finditer(subject)}
        people |= {aliases[m.group(0).lower()] for m in re.finditer(r"\b[A-Z]\d{1,2}\b(?!'s)",
                                                                   subject)
                   if m.group(0).lower() in aliases}
        named = [label for label in sorted(known) if known[label] & people]
    if not named:
        return _voice_conflict(text, verb, index, aliases)
    rest = text[verb.end():]
    # what was said, with the names of things in it ("a JBL PartyBox"), not of people (nor
    # whose a thing is: "Haverkamp's son")
    everyone = {n for names in known.values() for n in names} | people | set(aliases) | {
        n for names in index.turn_names().values() for n in names}
    said = [t.norm for t in tokenize(rest) if t.content
            and not (t.surface[:1].isupper() and (t.surface.lower() in everyone
                                                  or re.fullmatch(r"[A-Z]\d{1,2}", t.surface)
                                                  or t.surface.endswith("'s")))]
    if len(said) < 2:
        return None
    wanted = {label.lower() for label in named}
    # a voice labelled by its role ("Neighbor", "Carrier"); a chat's named voices paraphrase
    # too loosely for this (SAMSum)
    role = not people and all(label.lower() in _ROLE_VOICES for label in named)
    unsaid = _unsaid_by(said, wanted, index) if role else None
    if unsaid is not None:
        return unsaid
    # anyone in the recording who says it counts, not only the turns near the best match;
    # what someone asked is in a question, what they said is not
    asking = verb.group(0).lower().startswith("ask")
    holders = [i for i in index.holders(said, 0.8)
               if asking or not is_question(index.segments[i].text)]
    answered = not holders and not asking
    if answered:
        holders = _answers(said, index, wanted)
    # words that only partly meet what was said (a paraphrase) name no one else as its speaker
    if not holders or (not answered and index.share(said, holders[0]) < _HELD):
        return None
    # what one acknowledges is mostly put to them by another ("It's on the ticket, eighty
    # five." / "Yeah, I know"): their own words holding half as much of it are theirs
    if _ACKNOWLEDGED.fullmatch(verb.group(0).lower()):
        top = index.share(said, holders[0])
        if any(seg.speaker and seg.speaker.lower() in wanted
               and index.share(said, i) >= 0.5 * top for i, seg in enumerate(index.segments)):
            return None
    # "Ma'am, he admits he said it", or a description put out on the radio: the officer
    # relays another's words
    holders = [i for i in holders if not (is_officer(index.segments[i].speaker, ())
                                          and (_RELAYED.search(index.segments[i].text)
                                               or ON_THE_RADIO.search(index.segments[i].text)))]
    if not holders:
        return None
    speakers = [index.segments[i].speaker for i in holders]
    # dispatch relays what callers said, so words heard from dispatch may be anyone's
    if not speakers or any(s is None or s.lower() in wanted or _RELAY.search(s)
                           for s in speakers):
        return None
    seg = index.segments[holders[0]]
    return (f"The report attributes this to {named[0]}, but at {fmt_time(seg.start)} it is "
            f"{seg.speaker} who says it: '{clip(seg.text)}'.")


def _turn_conflict(text: str, verb: re.Match[str], subject: str, index: SegmentIndex,
                   aliases: dict[str, str]) -> str | None:
    """ "Jaylen Brooks stated the climb was his idea" where, in unlabelled audio, the turn
    that says it is one the recording gives to someone else ("Whose idea was this?" / "Mine."
    / "That was Ethan?" / "Yeah."). Names meet through `aliases` (a first name its last)."""
    people = {aliases.get(m.group(1).lower(), m.group(1).lower())
              for m in _OWN_NAME.finditer(subject) if m.group(1).lower() in aliases}
    # ... or the party label the report gave them ("S1 stated"; not "W1, who stood behind
    # S1, stated")
    label = re.search(r"\b([A-Z]\d{1,2})(?:\s+(?:then|also|later|again|further))?\s*$", subject)
    if label and label.group(1).lower() in aliases:
        people.add(aliases[label.group(1).lower()])
    # what this person said, not a reply to another's words ("agreed to refund") nor the
    # next person's statement ("...; Ortiz stated ...")
    rest = text[verb.end():].split(";")[0]
    said = _said(rest[:nxt.start()] if (nxt := _SAYING.search(rest)) else rest)
    # (a denial is told in other words than the report's: "I didn't kick it!")
    if not people or len(said) < 2 or re.fullmatch(rf"{_REPLY_VERB.pattern}|denied|denies",
                                                   verb.group(0).lower()):
        return None
    holders = _stated_by(said, index)
    if not holders:
        return None
    # every turn that says it must be someone else's, by a name the report or the recording
    # gives in full
    voices = [{aliases[n] for n in index.turn_names().get(i, ()) if n in aliases}
              for i in holders]
    if not all(voices) or any(v & people for v in voices):
        return None
    seg = index.segments[holders[0]]
    who = next(n.title() for n in sorted(index.turn_names()[holders[0]]) if n in aliases)
    # ("The customer, Keisha Lamb, stated": Lamb; "S1 stated": S1)
    named = label.group(1) if label else _OWN_NAME.findall(subject)[-1]
    return (f"The report attributes this to {named}, but at "
            f"{fmt_time(seg.start)} it is {who} who says it: '{clip(seg.text)}'.")


def _stated_by(said: Sequence[str], index: SegmentIndex) -> list[int]:
    """The turns that state what was said (not ask it), best first; none where even the best
    holds too little of it to name its speaker."""
    holders = [i for i in index.holders(said, 0.8) if not is_question(index.segments[i].text)]
    return holders if holders and index.share(said, holders[0]) >= _HELD else []


def _voice_conflict(text: str, verb: re.Match[str], index: SegmentIndex,
                    aliases: dict[str, str]) -> str | None:
    """ "Dunmore stated the customer told the clerk ..." where no voice is known to be
    Dunmore, but every voice that says it is known to be someone else the report names
    ("And you're Jenny?" / "Jennifer Sato."), and no voice of unknown name says it too.
    Names meet through `aliases`."""
    subject = _subject(text[:verb.start()])
    # a denial is told in other words than the report's ("The shoes weren't me")
    if subject is None or re.fullmatch(rf"{_REPLY_VERB.pattern}|denied|denies",
                                       verb.group(0).lower()):
        return None
    wanted = {aliases[subject.lower()]} if subject.lower() in aliases else set()
    said = _said(text[verb.end():])
    if not wanted or len(said) < 2:
        return None
    holders = _stated_by(said, index)
    if not holders:
        return None
    known = index.speaker_names()
    # the person's own first names and spellings ("Nate" for Nathan Greer, "Lund" for Lunde)
    own = {n for n, key in aliases.items() if key in wanted} | wanted
    voices = [{aliases[n] for n in known.get(index.segments[i].speaker or "", ()) if n in aliases}
              for i in holders]
    heard = {n for i in holders for n in known.get(index.segments[i].speaker or "", ())}
    if not all(voices) or any(v & wanted for v in voices) or any(
            n[:3] == o[:3] or one_edit(n, o) for n in heard for o in own):
        return None
    # words heard from another ("Kyle says he'll bring it", "He said, uh, ...") are relayed,
    # unless the report relays them too ("Dunmore stated the customer told the clerk ...")
    if not _SAYING.search(text, verb.end()) and any(
            _RELAYED.search(index.segments[i].text) or re.search(
            rf"\b(?!(?:It|That|This|Which|What)\b){NAME_WORD}\s+(?:says|said|told)\b",
            index.segments[i].text) for i in holders):
        return None
    # a voice no name of the report's is given to could be the person, and says much of it too
    top = index.share(said, holders[0])
    if any(not (known.get(seg.speaker or "", frozenset()) & aliases.keys())
           and not is_officer(seg.speaker, ()) and index.share(said, i) >= 0.5 * top
           for i, seg in enumerate(index.segments)):
        return None
    seg = index.segments[holders[0]]
    return (f"The report attributes this to {subject}, but at {fmt_time(seg.start)} it is "
            f"{seg.speaker} who says it: '{clip(seg.text)}'.")


# "stated [that] Caleb had been running": the person the words said are about, by name
_DOER = re.compile(rf"\s+(?:that\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:{NAME_WORD}\s+)?"
                   rf"({NAME_WORD}|[A-Z]\d{{1,2}})\b(?!')")
# "I was kind of running", "I'm not living here": the speaker doing the act
_I_DO = re.compile(r"\bI(?:'m|'ve|'d)?\s+((?:(?:was|am|were|had|have|been|just|also|then|"
                   r"still|not|never|kind of|kinda|sort of|like|uh|um)\s+){0,3})([a-z]+)")


def _doer_tells(text: str, index: SegmentIndex, aliases: dict[str, str]) -> str | None:
    """ "Voss stated Caleb had been running alongside him" where the turn that says it is
    "I was kind of running with it, pushing him": whoever speaks it, the report has it wrong
    (Caleb telling it himself, or Voss telling of his own act), in any labelling."""
    told = _told_of(text, _DOER, aliases)
    if told is None:
        return None
    subject, doer = told
    rest = text[doer.end():].split(";")[0]
    acts = _own_acts(rest) - MIND_VERBS - {"say", "tell", "guess"}
    said = _said(rest)
    holders = _stated_by(said, index) if len(said) >= 2 else []
    if not acts or not holders:
        return None
    top = holders[0]
    seg = index.segments[top]
    own = _own_act_in(seg.text, acts)
    # a turn told wholly in the speaker's own voice ("She reached over the counter, ... when
    # I reached for it" tells of another's acts too)
    if not own or _THIRD_PERSON.search(seg.text):
        return None
    # ... where no other turn tells much of it but of another's act ("Caleb was running")
    if any(i != top and not is_question(index.segments[i].text)
           and index.share(said, i) >= _HELD and not _own_act_in(index.segments[i].text, acts)
           for i in range(index.n)):
        return None
    return (f"The report has {subject} telling what {doer.group(1)} did, but at "
            f"{fmt_time(seg.start)} the one who did it tells it: '{clip(seg.text)}'.")


def _told_of(text: str, pattern: re.Pattern[str], aliases: dict[str, str]
             ) -> tuple[str, re.Match[str]] | None:
    """Who tells (a name or party label before the verb of saying) and the `pattern` the told
    words open on, naming another person the report knows ("Voss stated Caleb ...")."""
    verb = _SAYING.search(text)
    if verb is None or re.match(r"\W*I\b", text):
        return None
    subject = _subject(text[:verb.start()])
    other = pattern.match(text, verb.end())
    if subject is None or other is None:
        return None
    teller, named = subject.lower(), other.group(1).lower()
    if named not in aliases or aliases[named] == aliases.get(teller, teller):
        return None
    return subject, other


# "stated Gault's boyfriend, Kyle, ...": whose the person or thing is
_OWNER = re.compile(rf"\s+(?:that\s+)?(?:{NAME_WORD}\s+)?({NAME_WORD}|[A-Z]\d{{1,2}})'s\s+"
                    r"(?:(?:new|old|ex|former|own)\s+)?([a-z]+)")


def _owner_tells(text: str, index: SegmentIndex, aliases: dict[str, str]) -> str | None:
    """ "Oyelowo stated Gault's boyfriend, Kyle, only walked over" where the turn that says it
    is "My boyfriend, Kyle. He walked over ...": the words are the owner's own."""
    told = _told_of(text, _OWNER, aliases)
    if told is None:
        return None
    subject, owner = told
    thing = owner.group(2)
    said = _said(text[owner.start():].split(";")[0])
    holders = _stated_by(said, index) if len(said) >= 2 else []
    if not holders:
        return None
    mine = re.compile(rf"\bmy\s+(?:[a-z]+\s+)?{re.escape(thing)}\b", re.IGNORECASE)
    seg = index.segments[holders[0]]
    if not mine.search(seg.text):
        return None
    # ... and no other turn that holds it tells of the thing as another's
    if any(i != holders[0] and re.search(rf"\b{re.escape(thing)}\b", index.segments[i].text,
                                         re.IGNORECASE)
           and not mine.search(index.segments[i].text) for i in index.holders(said, 0.6)):
        return None
    return (f"The report has {subject} telling of {owner.group(1)}'s {thing}, but at "
            f"{fmt_time(seg.start)} it is told as the speaker's own: '{clip(seg.text)}'.")


def _own_act_in(turn: str, acts: set[str]) -> bool:
    """Whether the turn has the speaker telling one of the acts as their own ("I was kind of
    running with it"), outside a question or a quotation."""
    return any({t.norm for t in tokenize(m.group(2))} & acts
               for sentence in turn_sentences(turn) if not is_question(sentence)
               and not _RELAYED.search(sentence) and '"' not in sentence
               for m in _I_DO.finditer(sentence))


_THIRD_PERSON = re.compile(r"\b(?:he|she|they)(?:'s|'d|'ll)?\s+[a-z]+", re.IGNORECASE)
_AUX = frozenset({"had", "has", "have", "been", "was", "were", "is", "are", "be", "then", "also",
                  "not", "never", "did", "would", "could", "just", "only", "still", "later"})


def _own_acts(rest: str) -> set[str]:
    """The acts of the person a clause opens on: the first word of it past the auxiliaries,
    and of each part joined to it that goes on without a subject of its own ("had been
    running alongside him and pushing him", not "and he went down")."""
    acts: set[str] = set()
    for k, part in enumerate(re.split(r",?\s+(?:and|but|or)\s+|,\s+", rest)):
        words = re.findall(r"[A-Za-z']+", part)
        skipped = set()
        while words and words[0].lower() in _AUX:
            skipped.add(words.pop(0).lower())
        if not words or (k > 0 and (words[0][:1].isupper() or words[0].lower() in _NOT_OWN)):
            break  # another subject: "and he went down", "and S1 left"
        if skipped & {"was", "were", "is", "are", "been", "be"} and not words[0].endswith("ing"):
            continue  # done to them ("Tully was pulled from the show"), or what they were
        first = tokenize(words[0])
        if first and first[0].content:
            acts.add(first[0].norm)
    return acts


_NOT_OWN = frozenset({"he", "she", "they", "i", "we", "you", "it", "the", "a", "an", "his",
                      "her", "their", "that", "this", "there", "when", "while", "after",
                      "before", "because", "so", "as", "if", "since", "which", "who"})


def _subject(before: str) -> str | None:
    """Who does the saying: the name or party label just before the verb ("Dunmore stated",
    "W1 then advised"), or the one a clause opens with before an aside ("W1, Dale Pruitt, a
    motorcycle escort, stated")."""
    before = re.sub(r"\s+(?:then|also|later|again|further)\s*$", "", before.rstrip())
    clause = re.split(r"[;:]|\band\b|\bbut\b", before)[-1].strip()
    head = rf"(?:(?:R/P|[A-Z]\d{{1,2}})\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:{NAME_WORD}\s+){{0,2}}"
    if before.endswith(","):
        m = re.match(rf"(?:The\s+)?({head}(?:R/P|[A-Z]\d{{1,2}}|{NAME_WORD}))\s*,", clause)
    else:
        m = re.fullmatch(rf"(?:The\s+)?{head}(R/P|[A-Z]\d{{1,2}}|{NAME_WORD})", clause)
    return m.group(1).split()[-1] if m else None


def _answers(said: Sequence[str], index: SegmentIndex, wanted: set[str]) -> list[int]:
    """The replies to the question that holds what was said ("Mr. Brennan, would you
    recognize him?" / "I think so, yeah"): who answers it is who said it."""
    out = []
    for i in index.holders(said, 0.8):
        seg = index.segments[i]
        if seg.speaker and seg.speaker.lower() in wanted:
            return []  # the one the report names asks it themselves
        if not is_question(seg.text) or index.share(said, i) < _HELD or i + 1 >= index.n:
            continue
        reply = index.segments[i + 1]
        if reply.speaker and reply.speaker != seg.speaker and _REPLY.match(reply.text):
            out.append(i + 1)
    return out


_REPLY = re.compile(r"\W*(?:yes|yeah|yep|yup|no|nope|nah|I think so|I don't think so|"
                    r"probably|maybe|I guess|I do|I did|I would|I will|definitely|absolutely|"
                    r"sure|of course)\b", re.IGNORECASE)
# a person's own name ("O'Neil", "Ferreira-Lund"), not a possessive
_OWN_NAME = re.compile(rf"\b({NAME_WORD})\b(?!'s)")
_ROLE_VOICES = frozenset({
    "neighbor", "neighbour", "witness", "carrier", "manager", "clerk", "guard", "security",
    "driver", "passenger", "owner", "resident", "caller", "victim", "suspect", "employee",
    "customer", "teacher", "nurse", "doctor", "bartender", "cashier", "landlord", "tenant",
    "mother", "father", "wife", "husband", "son", "daughter", "boyfriend", "girlfriend",
    "roommate", "bystander", "homeowner", "administrator", "principal", "supervisor"})
# the least share of what a labelled voice is said to have said that its own turns must hold
_OWN_SHARE = 0.25


def _unsaid_by(said: Sequence[str], wanted: set[str], index: SegmentIndex) -> str | None:
    """ "A neighbor stated the dog had bitten another carrier last year" where the voice
    labelled Neighbor speaks but says next to nothing of it, and no other voice says it."""
    own = [i for i, seg in enumerate(index.segments)
           if seg.speaker and seg.speaker.lower() in wanted]
    terms = [t for t in dict.fromkeys(said) if not index.minor(t)]
    if not own or len(terms) < 3:
        return None
    if max(index.share(terms, i) for i in own) >= _OWN_SHARE:
        return None
    anyone = index.holders(terms, 1.0)
    if anyone and index.share(terms, anyone[0]) >= 0.5:
        return None  # another voice says it: the conflict below names who
    label = index.segments[own[0]].speaker
    return (f"The report has {label} saying this, but nothing {label} says in the recording "
            "holds it, and nobody else says it either.")


def clip(text: str, limit: int = 90) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# "I broadcast S1's description", "requested that dispatch broadcast the plate"
_BROADCAST = re.compile(r"\b(?:broadcast|put out|aired|relayed)\b.{0,60}\b(?:description|"
                        r"descriptions|BOLO|lookout|plate|direction of travel)\b",
                        re.IGNORECASE)
_ON_AIR = re.compile(r"\b(?:be advised|BOLO|be on the lookout|last seen|all units|units)\b",
                     re.IGNORECASE)


def broadcast_turn(text: str, segments: Sequence[Segment]) -> int | None:
    """The turn that puts a description out on the radio ("Units, be advised, robbery suspect,
    white male ..."), for a claim that the officer broadcast one."""
    if not _BROADCAST.search(text):
        return None
    return next((i for i, seg in enumerate(segments)
                 if _ON_AIR.search(seg.text) and (ON_THE_RADIO.search(seg.text)
                                                  or re.match(r"\W*units\b", seg.text, re.I))),
                None)
