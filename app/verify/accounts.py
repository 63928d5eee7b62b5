"""What a person says they saw, knew or said, against the report's account of it: "saw the
woman leave" / "No, I didn't see her leave"; "was aware of the ordinance" / "I didn't know
that"; "denied telling her he would throw her in the lake" / "I said that, yeah, but I was
joking"; "admitted telling him he would cut his tires" / "I never said anything about tires"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.verify.checks import fmt_time
from app.verify.index import SegmentIndex
from app.verify.speech import clip, is_officer
from app.verify.text import tokenize
from app.verify.words import is_question, turn_sentences


def account_conflict(text: str, head: str, claimed: int, near: Sequence[int],
                     index: SegmentIndex) -> str | None:
    """Where the person's own account denies seeing, knowing or saying what the report has
    them see, know or admit saying; `head` is the claim's affirmed part (all of an affirmed
    claim, the part before "but could not ..." of a mixed one), `near` its passage."""
    # "Tuttle advised he saw the woman leave" / "No, I didn't see her leave"
    blind = unseen(head, index)
    if blind is not None:
        seg = index.segments[blind]
        return (f"The report has them see this, but at {fmt_time(seg.start)} they say they "
                f"did not: '{clip(seg.text)}'.")
    # "stated he was aware of the ordinance" / "Oh. I, um, I didn't know that."
    blind = unaware(text, near, index) if claimed > 0 else None
    if blind is not None:
        seg = index.segments[blind]
        return (f"The report has them know this, but at {fmt_time(seg.start)} they say "
                f"they did not: '{clip(seg.text)}'.")
    # "admitted telling Dunaway he would cut his tires" / "I never said anything about tires"
    disowned = saying_disowned(text, index)
    if disowned is not None:
        seg = index.segments[disowned]
        return (f"The report has them admit saying this, but at {fmt_time(seg.start)} they "
                f"deny it: '{clip(seg.text)}'.")
    return None


# "Abernathy stated she saw the woman remove ...", "W1 advised seeing the two males ..."
_SAW = re.compile(r"\b(?:stated|said|advised|explained|reported|told \w+)\s+(?:that\s+)?"
                  r"(?:(?:he|she|they)\s+(?:had\s+)?(?:saw|seen|witnessed|watched|observed)|"
                  r"seeing)\s+([^.;,]+)")
# "I didn't see her leave", "I never saw anybody"
_UNSEEN = re.compile(r"\bI\W+(?:I\W+)?(?:didn't|did not|never|couldn't|could not)\s+"
                     r"(?:really\s+|actually\s+|even\s+)?(?:see|saw|watch)\s+([^.;?!]+)",
                     re.IGNORECASE)
_SEEN = re.compile(r"\bI\s+(?:saw|seen|watched|did see)\b", re.IGNORECASE)
_ANYONE = frozenset({"anybody", "anyone", "nobody", "anything", "nothing", "somebody"})
# (word stems: "juveniles" is "juvenil")
_PERSON = frozenset({"person", "male", "female", "man", "woman", "guy", "boy", "girl", "lady",
                     "juvenil", "kid", "teen", "driver", "suspect", "subject"})
_PRONOUNS = {"her": {"woman", "female", "girl", "lady"}, "him": {"man", "male", "guy", "boy"},
             "them": {"male", "female", "juvenil", "kid", "teen", "peopl", "person"}}


def unseen(text: str, index: SegmentIndex) -> int | None:
    """A turn where a person says they did not see what the report has them see ("Tuttle
    advised he saw the woman leave" / "No, I didn't see her leave"; "she saw a person near
    the water" / "I didn't see anybody"), and does not say they saw it after all."""
    m = _SAW.search(text)
    if m is None:
        return None
    seen = [t for t in tokenize(m.group(1)) if t.content][:6]
    if not seen:
        return None
    people = {t.norm for t in seen} & _PERSON
    deeds = {t.norm for t in seen} - _PERSON
    found: list[tuple[int, int]] = []  # (how closely, segment)
    for i, seg in enumerate(index.segments):
        if is_officer(seg.speaker, ()) or _SEEN.search(seg.text):
            continue
        for n in _UNSEEN.finditer(seg.text):
            said = [t for t in tokenize(n.group(1)) if t.surface.lower() not in ("uh", "um")][:5]
            words = [t.surface.lower() for t in said]
            who = {p for w in words[:1] if w in _PRONOUNS for p in _PRONOUNS[w]}
            # the same deed ("leave"), or no one at all ("anybody"), or the same person with
            # nothing else said of them ("I didn't see her")
            if {t.norm for t in said if t.content} & deeds:
                found.append((0, i))
            elif people and (words[0] in _ANYONE or (who & people and len(said) == 1)):
                found.append((1, i))
    return min(found)[1] if found else None


# "Pruett denied telling Moreland he would throw her in the lake", "denied making any
# statement about the windows"
_DENIED_SAYING = re.compile(r"\bdenied\s+(?:ever\s+|having\s+)?(?:told|said|telling|saying|"
                            r"stating|making\s+(?:any\s+)?(?:such\s+)?(?:statements?|"
                            r"threats?|comments?|remarks?))\b(.*)", re.IGNORECASE)
# the saying put to them ("She says you told her you'd throw her in the lake.", "Did you say
# you'd burn the place down?")
_PUT_TO = re.compile(r"\byou\b.*\b(?:say|said|tell|told|threaten\w*)\b|\b(?:say|said|tell|told)\b"
                     r".*\byou\b", re.IGNORECASE)
# ... and owned ("I said that, yeah, but I was joking", "I said something about the windows")
_OWNED = re.compile(r"^\W*(?:(?:yeah|yes|okay|ok|well|look|uh|um|I mean)\W+)*I\s+(?:did\s+)?"
                    r"said\b(?!\s+no\b)", re.IGNORECASE)
# ... or not ("I said get off my property. ... I never said I'd use it")
_UNSAID = re.compile(r"\b(?:never|didn't|did not|don't)\s+(?:say|said|tell|told)\b",
                     re.IGNORECASE)
# words of what was said that any saying may hold
_ANY_WORDS = frozenset({"go", "get", "say", "tell", "make", "statement", "thing", "want",
                        "need", "know"})


def saying_owned(text: str, index: SegmentIndex) -> int | None:
    """The reply in which the person owns the words the report has them deny saying ("She
    says you told her you'd throw her in the lake." / "I said that, yeah, but I was joking")."""
    m = _DENIED_SAYING.search(text)
    if m is None:
        return None
    about = _said_about(m.group(1))
    for i in _replies_to_words_put(index):
        reply = index.segments[i]
        # ("I said get off my property ... I never said I'd use it": owns other words)
        if not _OWNED.match(reply.text) or _UNSAID.search(reply.text):
            continue
        words = {t.norm for t in index.tokens[i]}
        if words & about or re.match(r"\W*(?:\w+\W+){0,3}?I said (?:that|it|something like "
                                     r"that)\b", reply.text, re.IGNORECASE):
            return i
    return None


# "Breaux admitted telling Dunaway on Tuesday that he would cut his tires"
_ADMITTED_SAYING = re.compile(r"\b(?:admitted|acknowledged|conceded|confirmed)\s+(?:that\s+)?"
                              r"(?:(?:he|she|they)\s+)?(?:had\s+)?(?:telling|saying|told|said)\b"
                              r"([^;]*?)(?:,?\s+but\b|;|$)", re.IGNORECASE)
_DISOWNED = re.compile(r"\bI\s+(?:never|didn't|did not)\s+(?:say|said|tell|told)\b([^.;!?]*)",
                       re.IGNORECASE)


def saying_disowned(text: str, index: SegmentIndex) -> int | None:
    """The reply in which the person disowns the words the report has them admit saying ("Did
    you say anything to him Tuesday about his tires?" / "I said I'd cut the line. I never said
    anything about tires")."""
    m = _ADMITTED_SAYING.search(text)
    if m is None:
        return None
    about = _said_about(m.group(1))
    for i in _replies_to_words_put(index):
        if any({t.norm for t in tokenize(n.group(1))} & about
               for n in _DISOWNED.finditer(index.segments[i].text)):
            return i
    return None


def _said_about(words: str) -> set[str]:
    """What the words said were about: their content words, not names nor words any saying
    may hold."""
    return {t.norm for t in tokenize(words) if t.content and not t.surface[:1].isupper()
            and t.norm not in _ANY_WORDS}


def _replies_to_words_put(index: SegmentIndex) -> list[int]:
    """The turns, not the officer's, that answer words the officer puts to them ("She says
    you told her you'd throw her in the lake.", "Did you say you'd burn the place down?")."""
    return [i for i in range(1, index.n)
            if (is_officer(index.segments[i - 1].speaker, ())
                or index.segments[i - 1].speaker is None)
            and _PUT_TO.search(index.segments[i - 1].text)
            and not is_officer(index.segments[i].speaker, ())]


# "stated he was aware the registration had expired", "stated she knew ..."
_AWARE = re.compile(r"\b(?:stated|said|advised|explained|reported|admitted|acknowledged|told \w+)"
                    r"\s+(?:that\s+)?(?:he|she|they)\s+(?:was|were|had been)\s+(?:well\s+)?aware"
                    r"\s+(?:of\s+|that\s+)?([^;]*)|\b(?:stated|said|advised|admitted|"
                    r"acknowledged)\s+(?:that\s+)?(?:he|she|they)\s+(?:knew|had known)\s+"
                    r"(?:about\s+|that\s+)?([^;]*)", re.IGNORECASE)
# "Oh. I, um, I didn't know that.", "Look, I had no idea, I swear."
_UNAWARE = re.compile(r"\bI\W+(?:(?:I|uh|um)\W+)*(?:didn't|did not)\W+(?:(?:even|really|uh|um)\W+)*"
                      r"know\b|\bI\s+had\s+no\s+idea\b", re.IGNORECASE)


def unaware(text: str, near: Sequence[int], index: SegmentIndex) -> int | None:
    """A turn where the person says they did not know what the report has them aware of
    ("stated he was aware of the ordinance" / "Oh. I, um, I didn't know that."): one of the
    claim's passage `near`, or one whose words, or the question before it, name the thing."""
    m = _AWARE.search(text)
    if m is None:
        return None
    about = {t.norm for t in tokenize(m.group(1) or m.group(2)) if t.content
             and not t.surface[:1].isupper()}
    for i, seg in enumerate(index.segments):
        if is_officer(seg.speaker, ()):
            continue
        # what they did not know, where the turn says ("I didn't know about the tag", not
        # the lights the report has them know of)
        unknown = [{t.norm for t in tokenize(re.split(r"[.,;!?]", seg.text[n.end():])[0])
                    if t.content} for n in _UNAWARE.finditer(seg.text)]
        if not any(not w or w & about for w in unknown):
            continue
        said = {t.norm for t in index.tokens[i]} | (
            {t.norm for t in index.tokens[i - 1]} if i > 0 else set())
        if i in near or said & about:
            return i
    return None


# "Lamb stated she refused to pay anything", "DiNapoli refused to redo the trophies"
_REFUSED_TO = re.compile(r"\b(?:refused|declined|would not|wouldn't)\s+to\s+([a-z]+)",
                         re.IGNORECASE)
# "No, I'll pay.", "I'll call it even and redo the trophies by five"
_OFFER = re.compile(r"\bI(?:'ll|\s+will|\s+can|'d|\s+would)\s+((?:[\w']+\s+){0,5}?[\w']+)",
                    re.IGNORECASE)


def refusal_offered(text: str, near: Sequence[int], index: SegmentIndex) -> int | None:
    """A turn of the claim's passage `near` where the person offers the very act the report
    has them refuse ("Lamb refused to pay anything" / "No, I'll pay. I offered her one
    eighty.")."""
    act = _act_of(_REFUSED_TO, text)
    if act is None:
        return None
    for i in near:
        seg = index.segments[i]
        toks = index.tokens[i]
        # ("I'll pay for the five dollar ones, I'm not paying forty": they refuse it too)
        if is_officer(seg.speaker, ()) or any(
                t.kind == "neg" and t.surface.lower() != "no"
                and any(u.norm == act for u in toks[k + 1:k + 4])
                for k, t in enumerate(toks)):
            continue
        if any(_offers(sentence, act) for sentence in turn_sentences(seg.text)
               if not is_question(sentence)):
            return i
    return None


def _act_of(pattern: re.Pattern[str], text: str) -> str | None:
    """The act a claim's refusal or acceptance is of ("refused to [pay]", "accepted an
    [exchange]"), as a norm."""
    m = pattern.search(text)
    act = tokenize(m.group(1)) if m else []
    return act[0].norm if act and act[0].content else None


def _offers(text: str, act: str) -> bool:
    """Whether the words take the act on ("No, I'll pay.", "I'll pay for the monitor")."""
    return any(any(t.norm == act for t in words) and not any(t.kind == "neg" for t in words)
               for words in (tokenize(o.group(1)) for o in _OFFER.finditer(text)))


# "S1 agreed to pay for the device", "accepted an exchange", "accepted transport"
# (not "was not accepted", "never agreed to")
_ACCEPTED = re.compile(r"(?<!\bnot )(?<!\bnever )(?<!n't )(?<!\bwas )(?<!\bwere )(?<!\bbe )"
                       r"(?<!\bbeen )(?<!\bis )\b(?:agreed\s+to|accepted)\s+"
                       r"(?:(?:an?|the|his|her|their)\s+)?([a-z]+)", re.IGNORECASE)


def acceptance_refused(text: str, near: Sequence[int], index: SegmentIndex) -> int | None:
    """A turn of the claim's passage `near` where the person refuses the very thing the
    report has them accept or agree to ("S1 agreed to pay for the device" / "Fine. I'm not
    paying for it though."; "accepted an exchange" / "I don't want an exchange")."""
    act = _act_of(_ACCEPTED, text)
    if act is None:
        return None
    for i in near:
        seg = index.segments[i]
        # ("I'll pay for the monitor, fine. I'm not paying for brakes.": they take it on)
        if is_officer(seg.speaker, ()) or is_question(seg.text) or _offers(seg.text, act):
            continue
        for toks in (tokenize(x, spoken=True) for x in turn_sentences(seg.text)):
            for k, t in enumerate(toks):
                if t.norm != act:
                    continue
                before = toks[max(0, k - 3):k]
                # ("I'm not paying", "I don't want an exchange"; not "if you don't pay")
                if any(b.kind == "neg" and b.surface.lower() != "no" for b in before) and \
                        not any(b.surface.lower() in ("if", "unless", "until")
                                for b in toks[:k]):
                    return i
    return None


def acceptance_note(text: str, near: Sequence[int], index: SegmentIndex) -> str | None:
    at = acceptance_refused(text, near, index)
    if at is None:
        return None
    seg = index.segments[at]
    return (f"The report has this accepted or agreed to, but at {fmt_time(seg.start)} the "
            f"person refuses it: '{clip(seg.text)}'.")


# "S1 refused to allow me to check the serial number", "declined a search of the vehicle"
_REFUSED_CONSENT = re.compile(
    r"\b(?:refused|declined|would\s+not|wouldn't|did\s+not|didn't)\s+(?:to\s+)?(?:allow|let|"
    r"consent|permit|give\s+(?:me\s+|us\s+)?(?:permission|consent))\b|\b(?:refused|declined|"
    r"denied)\s+(?:a\s+|the\s+|my\s+|our\s+)?(?:search|consent|permission)\b", re.IGNORECASE)
# "Mind if we look at the serial number?", "Can I see the bag?"
_ASKS_CONSENT = re.compile(
    r"\b(?:(?:do\s+)?you\s+mind|mind\s+if|can\s+(?:I|we)|could\s+(?:I|we)|may\s+(?:I|we)|is\s+it\s+"
    r"(?:okay|ok|alright|all\s+right)\s+if|would\s+you\s+let|will\s+you\s+let|let\s+me\s+(?:see|"
    r"look|check))\b", re.IGNORECASE)
# "Go ahead, man, I didn't steal anything.", "Sure.", "Yeah, help yourself."
_CONSENTS = re.compile(
    r"^\W*(?:(?:uh|um|yeah|yes|no|okay|ok|sure|fine|man|dude)\W+){0,3}(?:go\s+ahead|sure|yes|"
    r"yeah|okay|ok|help\s+yourself|be\s+my\s+guest|that's\s+fine|no\s+problem|knock\s+yourself"
    r"\s+out|by\s+all\s+means)\b(?!\s+(?:but|not))", re.IGNORECASE)


def consent_given(text: str, near: Sequence[int], index: SegmentIndex) -> int | None:
    """The answer where the person gives the consent the report has them refuse ("S1 refused
    to allow me to check the serial number" / "Mind if we look at the serial number?" / "Go
    ahead, man, I didn't steal anything.")."""
    if _REFUSED_CONSENT.search(text) is None:
        return None
    for q in near:
        if q + 1 >= index.n:
            continue
        asked, answer = index.segments[q], index.segments[q + 1]
        if not is_question(asked.text) or not _ASKS_CONSENT.search(asked.text) or \
                is_officer(answer.speaker, ()) or \
                (asked.speaker and asked.speaker == answer.speaker):
            continue
        if _CONSENTS.match(answer.text):
            return q + 1
    return None
