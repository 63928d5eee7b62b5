"""Who said what, and whether they said no: polarity and attribution checks on evidence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.verify.checks import fmt_time
from app.verify.facts import asserted_negation, claim_polarity, evidence_polarity
from app.verify.index import WEAK, Match, SegmentIndex
from app.verify.text import Token, stem, tokenize
from app.verify.words import is_question, turn_sentences

# the least share of a claim a passage must hold for its denial to bear on an affirmed claim
_NEGATED_SHARE = 0.35
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


def polarity_conflict(text: str, tokens: Sequence[Token], match: Match, index: SegmentIndex,
                      also: Sequence[int] = ()) -> str | None:
    """An affirmed claim against a local denial, or a negated claim against none at all
    (in the passage or in `also`, the other moment a claim joining two rests on)."""
    claimed = claim_polarity(text, tokens)
    best = match.ranked[0]
    nxt = best + 1 if best + 1 < index.n else None
    if claimed > 0:
        top = match.segment_scores[best]
        # a denial only bears on the claim when it governs one of its telling words, in a
        # passage that holds a fair share of the claim (long summaries brush many negations)
        # with the claim's verbs of knowing and wanting ("didn't know it was fake")
        key = frozenset({*(t for t in match.covered if not index.minor(t)),
                         *(t.norm for t in tokens if t.norm in _MIND_VERBS)})
        share = max(0.5 * top, _NEGATED_SHARE)
        strong = [i for i in match.ranked if match.segment_scores[i] >= share]
        denied = [i for i in strong if _negated_near(index.tokens[i], key, claim=tokens,
                                                      text=index.segments[i].text)]
        # where the best passage says it plainly, another voice's denial ("I didn't move it")
        # is a conflicting account, not a contradiction of what the report attributes
        plain = bool(strong) and strong[0] not in denied and \
            not is_question(index.segments[strong[0]].text)
        where = denied[0] if denied and not plain else None
        # "Have you been drinking?" / "No sir." -- for what a person said or admitted; the
        # question may sit anywhere in the recording, not only near the best passage
        if where is None and CIVILIAN_SPEECH.search(text):
            content = [t.norm for t in tokens if t.content]
            # an admission is checked against every question on the subject; what someone
            # "said" only against the best passage
            # so is what someone says they saw or knew ("Did you see a gun?" / "No.")
            wide = ADMITTED.search(text) or any(t.norm in _MIND_VERBS for t in tokens)
            asked = [best, *index.holders(content, 0.5)] if wide else [best]
            for q in dict.fromkeys(asked):
                # a question answered "No", or for an admission also an accusation answered
                # "that wasn't me"
                put = is_question(index.segments[q].text) or (
                    ADMITTED.search(text) is not None)
                if q + 1 < index.n and put and \
                        any(t.kind == "neg" for t in index.tokens[q + 1][:3]):
                    where = q + 1
                    break
        if where is None:
            return None
        seg = index.segments[where]
        return (f"The report affirms this, but the recording at {fmt_time(seg.start)} has a "
                f"denial or negation: '{clip(seg.text)}'.")
    near = sorted({*match.window, *also, best} | ({nxt} if nxt is not None else set()))
    yes = _answered_yes(tokens, [q for q in (best, best - 1) if q >= 0], index)
    if yes is not None:
        question = index.segments[yes]
        return (f"The report negates this, but at {fmt_time(question.start)} the answer to "
                f"'{clip(question.text)}' is '{clip(index.segments[yes + 1].text)}'.")
    if any(evidence_polarity(index.tokens[i]) < 0 for i in near) and \
            not _affirmed_scope(tokens, near, index):
        return None
    # the denial may sit elsewhere in the recording ("No more fish for ya" at the end)
    scope = _negated_scope(tokens)
    if scope and any(_negated_near(index.tokens[i], frozenset(scope), reach=3, opening=True,
                                   text=index.segments[i].text)
                     for i in index.holders(sorted(scope), 0.5)):
        return None
    seg = index.segments[best]
    quote = f"'{clip(seg.text)}'"
    if nxt is not None and is_question(seg.text):
        quote += f" / '{clip(index.segments[nxt].text)}'"
    return (f"The report negates this, but the recording at {fmt_time(seg.start)} has no "
            f"denial or negation: {quote}.")


_COMMON_VERBS = frozenset({"see", "go", "get", "come", "know", "want", "take", "give", "find",
                           "hear", "say", "tell", "make", "leave", "hit", "touch", "move"})
_AUXILIARIES = frozenset({"be", "been", "have", "had", "has", "do", "did", "does", "ever", "even",
                         "yet", "also", "the", "a", "an", "any", "to", "at", "all", "one"})
_YES = frozenset({"yes", "yeah", "yep", "yup", "uh-huh", "mhm", "correct", "sure"})


def _answered_yes(claim: Sequence[Token], near: Sequence[int], index: SegmentIndex
                  ) -> int | None:
    """A question on what a negated claim denies ("You see the signs?"), answered yes
    ("Yeah, we saw 'em"), where the claim's passage is that question or its answer (`near`):
    the question's segment, else None."""
    # the word each negation governs ("had not [seen]", "did not [see] Driver 1")
    scope = {next((t.norm for t in claim[k + 1:k + 4] if t.kind == "word"
                   and t.norm not in _AUXILIARIES), "")
             for k in range(len(claim)) if asserted_negation(claim, k)} - {""}
    for q in near:
        if q + 1 >= index.n:
            continue
        # the turn's questions ("You see the signs? They're all over the fence.")
        put = [p for p in turn_sentences(index.segments[q].text) if is_question(p)]
        asked = [t for p in put for t in tokenize(p, spoken=True)]
        # "The owner doesn't want you back, okay?" / "Yeah": a yes to the denial itself
        if not scope & {t.norm for t in asked} or any(t.kind == "neg" for t in asked):
            continue
        answer = [t for t in index.tokens[q + 1] if t.kind in ("word", "neg")][:4]
        if answer and answer[0].surface.lower().strip(",.") in _YES and \
                not any(t.kind == "neg" for t in answer):
            return q
    return None


def _negated_scope(claim: Sequence[Token], reach: int = 3) -> set[str]:
    """The content words a claim's negation governs ("did not [fit]", "denied [drinking]")."""
    scope: set[str] = set()
    for k in range(len(claim)):
        if asserted_negation(claim, k):
            # the verb too, where it is a common one ("did not [see] the bus")
            scope.update(t.norm for t in claim[k + 1:k + 1 + reach]
                         if t.kind == "word" and (t.content or t.norm in _COMMON_VERBS))
    return scope


def _affirmed_scope(claim: Sequence[Token], passage: Sequence[int], index: SegmentIndex,
                    reach: int = 3) -> bool:
    """Whether the passage (its statements, not its questions) says the words the claim
    negates with no negation of its own.

    "It doesn't fit" against "it fits perfectly, but I don't know why": the passage has a
    negation, but not on what the claim denies. Without such words, or with an answer that
    opens with "No" (unless it answers another question: "Any questions?" / "No, um, can I
    drive it home?"), the passage's negation is taken to be the claim's."""
    scope = _negated_scope(claim, reach)
    if not scope:
        return False
    said = False
    for i in passage:
        # what the turn states, not what it asks ("Your license is valid. Any questions?")
        told = " ".join(p for p in turn_sentences(index.segments[i].text)
                        if not is_question(p))
        if not told.strip():
            continue
        toks = index.tokens[i] if told == index.segments[i].text else tokenize(told, spoken=True)
        words = _fluent([t for t in toks if t.kind in ("word", "neg", "num")])
        if words and words[0].kind == "neg" and not _answers_other(i, scope, index):
            return False
        for k, tok in enumerate(words):
            if tok.norm in scope:
                if any(w.kind == "neg" for w in words[max(0, k - reach):k]):
                    return False
                # "they want them trespassed, no charges": the denial follows the word
                said = said or not any(w.kind == "neg" for w in words[k + 1:k + 1 + reach])
    return said


def _answers_other(i: int, scope: set[str], index: SegmentIndex) -> bool:
    """Whether segment i answers a question (the last sentence of the turn before) that
    asks about none of the scope's words."""
    if i == 0 or not is_question(index.segments[i - 1].text):
        return False
    asked = turn_sentences(index.segments[i - 1].text)[-1]
    return not scope & {t.norm for t in tokenize(asked, spoken=True)}


def _negated_near(tokens: Sequence[Token], covered: frozenset[str], reach: int = 2,
                  opening: bool = False, claim: Sequence[Token] = (), text: str = "") -> bool:
    """A negation within `reach` tokens before a word the claim shares with the segment.

    An opening "No," answers the previous turn, so it is left to the question rule, unless
    `opening` counts it ("No more fish for you"). Where the segment says the claim's own word
    ("punched") as well as a synonym of it ("never hit me but he punched a wall"), only the
    claim's own word counts."""
    words = [t for t in tokens if t.kind in ("word", "neg", "num")]
    if not opening and words and words[0].kind == "neg" and words[0].surface.lower() == "no":
        words = words[1:]
    own = {stem(t.surface) for t in claim if t.norm in covered}
    said_own = {t.norm for t in words if t.norm in covered and stem(t.surface) in own}
    for k, tok in enumerate(words):
        if tok.norm not in covered:
            continue
        if tok.norm in said_own and stem(tok.surface) not in own:
            continue
        for j in range(max(0, k - reach), k):
            # "if we don't become aware", "why we don't eat": a condition or a question
            # about the thing, not a denial of it
            if asserted_negation(words, j) and not _apart(text, words[j], tok):
                return True
    return False


def _fluent(words: list[Token]) -> list[Token]:
    """Words without a speaker's immediate repeats ("not on the, the list")."""
    out: list[Token] = []
    for w in words:
        if out and w.norm == out[-1].norm and w.kind == out[-1].kind:
            continue
        out.append(w)
    return out


_BREAK = re.compile(r"[.;:!?]|--|—"
                    r"|,\s*(?:(?:and|but|so|then|uh|um)\s+)?(?:i|he|she|it|they|we|you|that)\b",
                    re.IGNORECASE)


def _apart(text: str, neg: Token, word: Token) -> bool:
    """Whether a negation does not govern a later word: another clause ("it didn't bite
    nobody, it chased my nephew") or a self-correction ("two, no, sorry, three"). A list
    stays in scope ("he didn't hit, kick or push me")."""
    if not text or word.start <= neg.end:
        return False
    if _BREAK.search(text, neg.end, word.start):
        return True
    after = text[neg.end:neg.end + 2]
    if neg.surface.lower() == "no" and after.startswith(","):
        return True
    # "I didn't take nothing, the TV's in there": the negated object closes the scope
    return neg.surface.lower() in _OBJECT_NEGATIONS and "," in text[neg.end:word.start]


_OBJECT_NEGATIONS = frozenset({"nothing", "nobody", "none", "nowhere", "anything"})


def is_officer(speaker: str | None, officer_names: tuple[str, ...]) -> bool | None:
    """True for an officer's voice, False for anyone else's, None when the label cannot tell
    (none, or a recogniser's "SPEAKER_00")."""
    if speaker is None or _ANONYMOUS.fullmatch(speaker.strip()):
        return None
    if _OFFICER_LABEL.search(speaker):
        return True
    return any(n in speaker.lower() for n in officer_names) if officer_names else False


def attribution_conflict(text: str, match: Match, index: SegmentIndex,
                         officer_names: tuple[str, ...],
                         aliases: dict[str, str] | None = None) -> str | None:
    """Who said it: the report's speaker against the speaker of the words in the recording.

    Only what follows the verb of saying is looked up ("he said [he could not do it]").
    `aliases` maps party labels ("s1") to the name the report gave them."""
    by_label = _label_conflict(text, index, aliases or {})
    if by_label:
        return by_label
    civilian = CIVILIAN_SPEECH.search(text)
    if civilian and _TITLE_BEFORE.search(text[:civilian.start()]):
        civilian = None  # "Ofc. Tran advised": another officer, not a civilian
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
              and not (civilian and is_officer(index.segments[i].speaker, officer_names)
                       and not _FIRST_PERSON.search(index.segments[i].text))]
    roles = [is_officer(index.segments[i].speaker, officer_names) for i in strong]
    if not roles or any(r is None for r in roles):
        return None
    seg = index.segments[strong[0]]
    if civilian and all(roles):
        return (f"The report attributes this to someone else, but at {fmt_time(seg.start)} it is "
                f"{seg.speaker} who says it: '{clip(seg.text)}'.")
    if officer and not any(roles):
        return (f"The report says you said this, but at {fmt_time(seg.start)} it is "
                f"{seg.speaker} who says it: '{clip(seg.text)}'.")
    return None


ADMITTED = re.compile(r"\b(?:admit\w*|confess\w*|acknowledg\w*|conced\w*|consent\w*|"
                      r"agreed)\b", re.IGNORECASE)
_RELAY = re.compile(r"dispatch|radio|911|operator|call ?taker", re.IGNORECASE)
_SAYING = re.compile(
    r"\b(?:stated|said|says|told|advised|admitted|explained|claimed|reported|denied|yelled|"
    r"shouted|agreed|refused|replied|confirmed|described|estimated|indicated|added|"
    # the verbs a summary of a conversation uses for a turn of it
    r"asks|asked|tells|suggests|suggested|offers|offered|invites|invited|proposes|proposed|"
    r"reminds|reminded|agrees|confirms|replies|explains|admits|mentions|mentioned|informs|"
    r"informed|announces|announced|complains|complained|recommends|recommended|warns|warned|"
    r"apologizes|apologized|promises|promised|insists|insisted)\b",
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


_MIND_VERBS = frozenset({"know", "want", "think", "remember", "recall", "understand", "mean",
                         "intend", "see", "realiz", "notic"})
_REPLY_VERB = re.compile(r"refused|declined|agreed|agrees|refuses|declines|consented|"
                         r"complied|accepted|rejected")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I'll|I've|I'd|me|my|we|we're|us|our)\b", re.IGNORECASE)
# a turn put out on the radio: it opens with a call sign or speaks to dispatch or all units
_ON_THE_RADIO = re.compile(
    r"^\W*(?:\w+\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
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
    if len(labels) < 2 or verb is None:
        return None
    # "refused the chair's request to sit": what follows a reply is the request, said by another
    if _REPLY_VERB.fullmatch(verb.group(0).lower()) and re.match(
            r"\s+(?:the|a|an|his|her|their|my|our|[A-Z][a-z]+'s)\b", text[verb.end():]):
        return None
    # who speaks: the words just before the verb ("the witness, Renee Fox, stated"), never
    # the officer ("I gave Tully a warning and told him ...")
    subject = " ".join(text[:verb.start()].split()[-6:])
    # "Delgado was advised that ...": the one told, not the one telling
    if re.search(r"\b(?:was|were|been|being|is|are)\s+$", text[:verb.start()]):
        return None
    if re.match(r"\W*I\b", text) or re.search(r"\b(?:I|we)\s+(?:\w+\s+)?$", subject):
        return None
    named = [label for label in sorted(labels, key=len, reverse=True)
             if re.search(rf"\b{re.escape(label)}\b", subject, re.IGNORECASE)]
    # "the resident" where the recording has Resident and Resident 2: which one is unknown
    if any(other.lower().startswith(label.lower() + " ") for label in named for other in labels):
        return None
    people: set[str] = set()
    known = index.speaker_names()
    if not named:
        # a person's own name, not a possessive ("Rowe's mother" is not Rowe)
        people = {m.group(1).lower() for m in re.finditer(r"\b([A-Z][a-z'-]+)\b(?!'s)",
                                                            subject)}
        people |= {aliases[m.group(0).lower()] for m in re.finditer(r"\b[A-Z]\d{1,2}\b(?!'s)",
                                                                   subject)
                   if m.group(0).lower() in aliases}
        named = [label for label in sorted(known) if known[label] & people]
    if not named:
        return None
    rest = text[verb.end():]
    said = _said(rest)
    if len(said) < 2:
        # too little without names: a place named is part of what was said ("there had been
        # construction on Airport Road"); people's names are not
        everyone = {n for names in known.values() for n in names} | people
        said = [t.norm for t in tokenize(rest) if t.content
                and not (t.surface[:1].isupper() and (t.surface.lower() in everyone
                                                      or not _PLACE.match(rest, t.end)))]
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
    # words that only partly meet what was said (a paraphrase) name no one else as its speaker
    if not holders or index.share(said, holders[0]) < _HELD:
        return None
    # "Ma'am, he admits he said it", or a description put out on the radio: the officer
    # relays another's words
    holders = [i for i in holders if not (is_officer(index.segments[i].speaker, ())
                                          and (_RELAYED.search(index.segments[i].text)
                                               or _ON_THE_RADIO.search(index.segments[i].text)))]
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


# a capitalised word that names a place is followed by its kind ("Airport Road")
_PLACE = re.compile(r"(?:\s+[A-Z][a-z]+)?\s+(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Drive|"
                    r"Dr|Lane|Ln|Way|Court|Ct|Highway|Hwy|Park|Mall|Station|Airport|Hospital|"
                    r"School|Bridge|Square|Plaza)\b|(?=\s+[A-Z][a-z]+\s+(?:Road|Street|Avenue))")


def clip(text: str, limit: int = 90) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
