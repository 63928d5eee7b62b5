"""What a person says they did or wanted, against what the report has them deny or ask for:
"V1 stated he did not push him" / "No. I pushed him off me"; "Boone stated he checked the
ticket" / "I didn't check it"; "requested an ambulance" / "I don't need an ambulance"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.verify.index import SegmentIndex
from app.verify.text import stem, tokenize
from app.verify.words import is_question, turn_sentences

# "V1 stated he did not hit S1 back and did not push him": the person's own acts, denied
_DENIED_ACT = re.compile(r"\b(?:stated|said|advised|explained|reported|told \w+)\s+(?:that\s+)?"
                         r"(?:he|she)\b(.*)", re.IGNORECASE)
_DENIED_DOING = re.compile(r"\bdenied\s+(?:ever\s+|having\s+)?([a-z]+ing)\b", re.IGNORECASE)
_NOT_DONE = re.compile(r"\b(?:did not|didn't|never|had not|hadn't)\s+(?:yet\s+|ever\s+)?"
                       r"([a-z]+)", re.IGNORECASE)


def own_act_said(text: str, near: Sequence[int], index: SegmentIndex) -> int | None:
    """A segment of the passage where the person says in the first person, with no negation,
    an act the report has them deny ("No. I pushed him off me" for "did not push him")."""
    m = _DENIED_ACT.search(text)
    denied = {n.start(1) + m.start(1) for n in _NOT_DONE.finditer(m.group(1))} if m else set()
    # "S1 denied climbing over the gate"
    denied |= {g.start(1) for g in _DENIED_DOING.finditer(text)}
    if not denied:
        return None
    claim = tokenize(text)
    acts = {t.norm for t in claim if t.start in denied} - _NOT_ACTS
    acts |= {_DONE_AS[a] for a in acts if a in _DONE_AS}  # "contacted" / "I called"
    # "tossed his plate on the counter but did not throw it": what it affirms is no denial
    acts -= {t.norm for t in claim if t.start not in denied}
    if not acts:
        return None
    # whom or what the denied act was done to, where the claim names it ("contacted
    # [Chase]"): "I called Chase" is no call to Discover (a thing named may be "it" on camera)
    objects = {t.norm: claim[k + 1].norm for k, t in enumerate(claim[:-1])
               if t.start in denied and claim[k + 1].surface[:1].isupper()
               and claim[k + 1].content}
    objects |= {_DONE_AS[a]: o for a, o in objects.items() if a in _DONE_AS}
    # what is wanted ("did not wish to [press] charges" / "I want to press charges")
    for k, t in enumerate(claim):
        if t.start in denied and t.norm == "want":
            objects["want"] = next((c.norm for c in claim[k + 1:k + 4] if c.content), "")
    for i in near:
        for sentence in turn_sentences(index.segments[i].text):
            if is_question(sentence):
                continue
            words = [t for t in tokenize(sentence, spoken=True)
                     if t.surface.lower() not in ("uh", "um", "just", "--")]
            for k in range(1, len(words)):
                # ("No, no, I took the key with me": the no answers the question)
                # ("I want him to not come back": a want of a not)
                # ("Yeah, I was yelling at him")
                by_me = words[k - 1].surface.lower() == "i" or (
                    k > 1 and words[k - 1].surface.lower() == "was"
                    and words[k - 2].surface.lower() == "i"
                    and words[k].surface.lower().endswith("ing"))
                if words[k].norm in acts and by_me and (
                        words[k].norm not in objects
                        or objects[words[k].norm] in {w.norm for w in words[k + 1:k + 5]}
                        # ("denied pushing Halvorsen" / "I pushed him back", "I pushed his
                        # hand away")
                        or (words[k].norm != "want" and k + 1 < len(words)
                            and words[k + 1].surface.lower() in ("him", "her", "his"))) \
                        and not (words[k].norm in objects
                                 and any(w.kind == "neg" for w in words[k + 1:k + 5])):
                    return i
    return None


_DONE_AS = {"contact": "call", "wish": "want"}


# "denied making any physical contact with Jordan", "denied touching V1", "denied putting his
# hands on her", "stated he did not touch her"
_DENIED_CONTACT = re.compile(
    r"\bdenied\s+(?:ever\s+|having\s+)?(?:making\s+(?:any\s+)?(?:physical\s+)?contact|"
    r"touching(?=\s+(?:[A-Z]|him\b|her\b|them\b|any(?:one|body)\b|the\s+(?:male|female|man|"
    r"woman|boy|girl|victim|suspect|clerk|employee|driver|other)\b))|"
    r"putting\s+(?:his|her|their)\s+hands\s+on|laying\s+(?:a\s+)?hands?\s+on)\b|"
    r"\b(?:stated|said|advised|explained|reported)\s+(?:that\s+)?(?:he|she)\s+"
    r"(?:did not|didn't|never)\s+(?:touch|make\s+(?:any\s+)?(?:physical\s+)?contact|"
    r"put\s+(?:his|her)\s+hands\s+on)\b", re.IGNORECASE)
# the contact owned ("I, I moved him out of the way", "maybe I bumped her", "I pushed his hand
# away", "I put my hand on her shoulder")
_CONTACT_OWNED = re.compile(
    r"\bI\W+(?:I\W+)?(?:just\s+|kinda\s+|kind of\s+|only\s+|might(?:'ve| have)\s+|"
    r"may(?:be)?\s+(?:have\s+)?)?(?:moved|pushed|shoved|grabbed|bumped|touched|nudged|tapped|"
    r"pulled|hit|elbowed|slapped|punched|kicked|put my hands?\s+on)\s+(?:him|them|"
    r"her(?=\s*(?:[,.!?-]|$|(?:out|away|back|off|aside|to|into|with|and|a|like|but|so|just|"
    r"over|toward|towards|down|up)\b))|(?:his|her)\s+(?:hands?|arms?|shoulders?|chest|back|"
    r"face|head|neck|wrists?|elbows?|legs?|jacket|shirt|sleeve|coat|hood))\b", re.IGNORECASE)


def contact_owned(text: str, near: Sequence[int], best: int, index: SegmentIndex
                  ) -> int | None:
    """A turn where the person says they laid hands on someone ("I moved him out of the
    way") that the report has them deny touching at all ("denied making any physical
    contact"): in the passage, or anywhere in a voice that answers to the name before the
    denial ("Sorensen denied ..."). Where voices are labelled, only the voice of the name or
    else of the best passage is theirs: another's "I moved her hand off me" is not."""
    m = _DENIED_CONTACT.search(text)
    if m is None:
        return None
    own = _voice_of(text[:m.start()], index) or index.segments[best].speaker
    turns = [i for i, seg in enumerate(index.segments) if seg.speaker == own] if own else near
    for i in turns:
        for sentence in turn_sentences(index.segments[i].text):
            if not is_question(sentence) and _CONTACT_OWNED.search(sentence):
                return i
    return None


def _voice_of(before: str, index: SegmentIndex) -> str | None:
    """The speaker label answering to the first name a voice answers to before a claim's
    verb ("Sorensen"; "Bickel" of "Bickel stated he moved Ruiz aside and denied ...")."""
    known = index.speaker_names()
    for word in re.findall(r"\b[A-Z][a-z]{2,}\b", before):
        voices = [label for label, names in known.items() if word.lower() in names]
        if voices:
            return voices[0] if len(voices) == 1 else None
    return None
_NOT_ACTS = frozenset({"be", "have", "know", "think", "see", "hear", "remember", "mean",
                       "go", "get", "do", "say", "tell", "understand", "realiz", "notic"})


# "requested an ambulance" / "I don't need an ambulance"
_REQUESTED = re.compile(r"\b(?:requested|wanted|asked for|accepted|wished to have)\s+"
                        r"(?:an?\s+|the\s+|some\s+|any\s+)?(\w+(?:\s+\w+)?)", re.IGNORECASE)
_NOT_NEEDED = re.compile(r"\b(?:don't|do not|didn't|did not|doesn't)\s+(?:really\s+)?"
                         r"(?:need|want)\s+(?:an?\s+|the\s+|any\s+|no\s+)?(\w+)",
                         re.IGNORECASE)


def refused_thing(text: str, passage: Sequence[int], index: SegmentIndex) -> int | None:
    """A claim that someone asked for or accepted a thing where the passage has them not
    needing or wanting it ("I don't need an ambulance"), or, for medical care, an offer of it
    turned down anywhere ("You want medics to look at it?" / "No, no, I'm fine")."""
    m = _REQUESTED.search(text)
    care = _CARE_TAKEN.search(text)
    if m is None and care is None:
        return None
    wanted = {t.norm for t in tokenize(m.group(1)) if t.content} if m else set()
    medical = care is not None or bool(wanted & _MEDICAL)
    # (medical care: the turns beside the passage too, where the offer is answered)
    near = sorted({j for i in passage for j in (i - 1, i, i + 1) if 0 <= j < index.n}) \
        if medical else passage
    for i in near:
        for n in _NOT_NEEDED.finditer(index.segments[i].text):
            needed = {t.norm for t in tokenize(n.group(1)) if t.content}
            if needed & wanted or (medical and needed & _MEDICAL):
                return i
        if medical and _NOT_GOING.search(index.segments[i].text) and \
                {t.norm for t in index.tokens[i]} & _MEDICAL:
            return i
    if medical:
        for q in range(index.n - 1):
            offer = index.segments[q].text
            if is_question(offer) and {t.norm for t in index.tokens[q]} & _MEDICAL and \
                    _CARE_DECLINED.match(index.segments[q + 1].text):
                return q + 1
    return None


_MEDICAL = frozenset({"medic", "medical", "ems", "ambulance", "paramedic", "hospital",
                      "doctor", "treatment"})
# "was offered medical attention and accepted", "requested that medics evaluate his arm"
_CARE_TAKEN = re.compile(r"\b(?:accepted|requested|asked for|wanted|agreed to)\b[^.;]{0,40}?\b"
                         r"(?:medic(?:s|al)?|EMS|ambulance|paramedics?)\b|\b(?:medic(?:s|al)?|"
                         r"EMS|ambulance|paramedics?)\b[^.;]{0,30}\band accepted\b"
                         # "was transported by ambulance", "was taken to the hospital"
                         r"|\b(?:was|were)\s+(?:then\s+|later\s+)?(?:transported|taken)\s+(?:by\s+"
                         r"(?:ambulance|paramedics|medics|EMS)|to\s+(?:the\s+)?(?:[A-Z]\w+\s+){0,3}"
                         r"(?:hospital|medical center|emergency room|ER)\b)",
                         re.IGNORECASE)
# care turned down in a turn about it ("the paramedics looked at her and she didn't want to
# go", "he refused transport")
_NOT_GOING = re.compile(r"\b(?:didn't|did not|doesn't|does not|won't|wouldn't)\s+(?:want\s+"
                        r"to\s+|wanna\s+)?go\b|\brefus\w*\s+(?:transport|to\s+go)\b",
                        re.IGNORECASE)
# the answer that turns it down ("No, no, I'm fine", "It's sore. I'm good.")
_CARE_DECLINED = re.compile(r"^\W*(?:no\b|nah\b|nope\b|I'm (?:fine|good|okay|ok|alright)\b|"
                            r"[^.?!]*[.!]\s*I'm (?:fine|good|okay|ok|alright)\b|"
                            r"I don't need)", re.IGNORECASE)


_OWN_ACT = re.compile(r"\b(?:stated|said|advised|explained|reported)\s+(?:that\s+)?(?:he|she)\s+"
                      r"(?:had\s+|then\s+|also\s+)?([a-z]+ed|[a-z]+)\b")
_I_DID_NOT = re.compile(r"\bI\W+(?:I\W+)?(?:didn't|did not|never|haven't|have not|hadn't)\s+"
                        r"(?:really\s+|even\s+|actually\s+)?([a-z]+)", re.IGNORECASE)


def own_act_denied(text: str, passage: Sequence[int], index: SegmentIndex) -> int | None:
    """ "Boone stated he checked the ticket number" where the passage has him saying "I
    didn't check it that close": the person denies the act the report has them tell."""
    m = _OWN_ACT.search(text)
    if m is None:
        return None
    act = tokenize(m.group(1))
    if not act or act[0].norm in _NOT_ACTS or act[0].norm in ("be", "had", "did", "would",
                                                               "could", "was", "were", "not"):
        return None
    own = stem(act[0].surface)
    for i in passage:
        for n in _I_DID_NOT.finditer(index.segments[i].text):
            said = tokenize(n.group(1))
            # "I didn't throw it at him, I tossed it toward the board": the claim's own word
            # said plainly is what the person owns
            if said and said[0].norm == act[0].norm and (stem(said[0].surface) == own or not any(
                    stem(t.surface) == own for t in index.tokens[i])):
                return i
    return None


# an admission of owning a thing ("admitted the cartridges were his") ...
_ADMITTED_OWN = re.compile(r"\badmitted\s+(?:that\s+)?([^.;]{0,60}?)\s+(?:was|were|is|are|"
                           r"belonged\s+to)\s+(?:his|hers|theirs|him|her|them)\b", re.IGNORECASE)
_NOT_MINE = re.compile(r"\b(?:not|n't|ain't)\s+(?:\w+\s+)?mine\b|\bnot\s+my\s+(\w+)",
                       re.IGNORECASE)
# ... or of an act done to a thing ("admitted taking pills from the bottle")
_ADMITTED_ACT = re.compile(r"\badmitted\s+(?:to\s+)?(?:that\s+)?(?:he|she|they)?\s*(?:had\s+)?"
                           r"[a-z]+(?:ing|ed)\s+(?:the\s+|any\s+|some\s+|a\s+|an\s+|his\s+|her\s+)?"
                           r"([a-z]+)", re.IGNORECASE)
_I_NEVER = re.compile(r"\bI\s+(?:didn't|did not|never|don't|do not)\s+(?:even\s+)?[a-z]+\s+"
                      r"(?:any\s+|the\s+|no\s+|a\s+|those\s+|that\s+|them\s+)?([a-z]+)",
                      re.IGNORECASE)


def admission_denied(text: str, passage: Sequence[int], index: SegmentIndex) -> int | None:
    """A turn of the passage where the person denies what the report has them admit: "I swear
    that's not mine" for "admitted the cartridges were his", "I didn't touch any pills" for
    "admitted taking pills"."""
    # ("initially denied spray painting the lens, then admitted it": the denial is told too)
    if re.search(r"\b(?:denied|denies|initially|at first)\b", text, re.IGNORECASE):
        return None
    owned = _ADMITTED_OWN.search(text)
    act = _ADMITTED_ACT.search(text)
    thing = {t.norm for t in tokenize(act.group(1)) if t.content} if act else set()
    for i in passage:
        turn = index.segments[i].text
        if owned and _NOT_MINE.search(turn):
            return i
        if thing and any({t.norm for t in tokenize(n.group(1))} & thing
                         for n in _I_NEVER.finditer(turn)):
            return i
    return None
