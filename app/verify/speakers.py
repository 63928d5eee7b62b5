"""Who each labelled speaker is: the names a recording gives its voices.

A body-camera transcript labels voices ("Woman", "Driver 2", "Sandra") while a report names
people ("Fields stated ..."). A voice is tied to a name when it introduces itself ("I'm Carol,
Carol Jennings"), answers a question about its name ("What's your name?" / "Luis Ortega."),
or answers to it ("Mrs. Halvorsen? Can you hear me?" / "Who is it?"; "Are you Donna?" / "Yes,
that's me"). A first and a last name said together anywhere ("caller is Donna Fields") are
one person, so the voice that answers to "Donna" is also "Fields".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.domain import Segment
from app.verify.vocab import NOT_NAMES
from app.verify.words import is_question, turn_sentences

NAME_WORD = r"[A-Z][a-z']+(?:-[A-Z]?[a-z']+)*"  # "O'Neil", "Ferreira-Lund"
FULL_NAME = re.compile(rf"\b({NAME_WORD})\s+({NAME_WORD})\b")
_SELF = re.compile(rf"\b(?:I'm|I am|my name is|my name's|name's|this is|it's|that's me,?|"
                   # "That's me. Andre Beaumont."
                   rf"that's me\.(?=\s+{NAME_WORD}\s+{NAME_WORD}\b))"
                   # "I'm, uh, Brian Tolliver"
                   rf"(?:,?\s+(?i:uh|um|er)\b,?)*\s+"
                   # "I'm the yard manager, Vince Caruso"
                   # "I'm Jalen's mom, Tricia Moreau"
                   # "I'm the manager here at Happy Tails, Tonya Beale"
                   # "I'm his wife, Jenna"
                   rf"(?:(?:(?i:the|a|an|his|her|their)|{NAME_WORD}'s)\s+(?:[\w'-]+\s+){{0,4}}"
                   rf"[\w'-]+,\s+)?"
                   rf"({NAME_WORD})(?<!'s)\b(?!')"
                   rf"(?:[,.]?\s+({NAME_WORD}))?")
# "Me, I'm the bartender. Luis Ybarra.": who they are, then a full name
_ROLE_THEN_NAME = re.compile(rf"\b(?:I'm|I am)\s+(?i:the|a|an)\s+(?:[\w'-]+\s+){{0,3}}[\w'-]+\.\s+"
                             rf"({NAME_WORD})\s+({NAME_WORD})\b")
# "Me, uh, I did. Manny Ortega, I'm the receiving clerk.": a full name, then who they are
_NAME_FIRST = re.compile(rf"^(?:(?i:me|yeah|yes|hi|hello|uh|um|I did|it was me)[,.]?\s+)*"
                         rf"({NAME_WORD})\s+({NAME_WORD}),?\s+(?:I'm|I am)\b")
_OFFICER_LABEL = re.compile(r"\b(?:officer|ofc|deputy|dep|sgt|sergeant|trooper|detective|det|"
                            r"dispatch)\b", re.IGNORECASE)
_ASKS_NAME = re.compile(r"\b(?:your (?:full |last |first )?name|who are you|"
                        r"identify yourself)", re.IGNORECASE)
_ADDRESS = re.compile(
    rf"(?:^|[.!?]\s+)(?:(?i:okay|ok|hi|hey|hello|alright|sir|ma'am),?\s+)?"
    rf"(?:(?:Mr|Mrs|Ms|Miss|Mister)\.?\s+)?({NAME_WORD})(?:\s+({NAME_WORD}))?(?=\s*[?,])"
    rf"|\b(?i:are you)\s+(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?({NAME_WORD})")
# a name put to someone in a question: "Are you Kayla?", "How old are you, Kayla?"
_ASKED = re.compile(rf"\b(?i:are you|you're|you are)\s+(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?"
                    rf"({NAME_WORD})\s*\?"
                    rf"|,\s*(?:(?:Mr|Mrs|Ms|Miss|Mister)\.?\s+)?({NAME_WORD})\s*\?")
_ANSWER = re.compile(r"^\W*(?:yes|yeah|yep|that's me|speaking|who is it|what\?|huh\?|"
                     r"i'm coming|coming)\b", re.IGNORECASE)
_NOT_A_NAME = frozenset({*NOT_NAMES, "okay", "yes", "yeah", "no", "hi", "hey", "hello", "sir",
                         "ma'am", "police", "dispatch", "copy", "alright", "thank", "thanks",
                         "look", "please", "wait", "stop", "so", "well", "oh", "um", "uh",
                         "what", "who", "where", "why", "how", "officer", "ma", "mom", "dad",
                         "guys", "man", "dude", "buddy", "can", "did", "do", "does", "is",
                         "are", "was", "were", "you", "your", "that's", "it's", "he", "she", "i'm",
                         "here", "there", "just", "like", "sure", "fine", "got", "evening",
                         "morning", "afternoon", "night", "white", "black", "guy", "plate",
                         "six", "woman", "mister", "bus", "clerk", "son", "caller"})


def _names(*words: str | None) -> set[str]:
    return {w.lower() for w in words if w and w.lower() not in _NOT_A_NAME and len(w) > 2}


# the answer to "What's your name?" ("Uh, Luis Ortega.")
_NAME_GIVEN = re.compile(rf"\W*(?:(?i:uh|um|it's|i'm|yeah|my name's)\W+)*({NAME_WORD})"
                         rf"(?:[,.]?\s+({NAME_WORD}))?")


def _given_name(text: str) -> set[str]:
    head = _NAME_GIVEN.match(text)
    return _names(head.group(1), head.group(2)) if head else set()


def speaker_names(segments: Sequence[Segment]) -> dict[str, frozenset[str]]:
    """Lower-cased names for each speaker label the transcript uses."""
    found: dict[str, set[str]] = {}
    # names a voice is only addressed by, kept where it gives none of its own ("Manny, is the
    # store manager here?" / "Yeah, that's me, Aisha Grant": the manager is no Manny)
    addressed: dict[str, set[str]] = {}
    for i, seg in enumerate(segments):
        label = seg.speaker
        if not label:
            continue
        mine = found.setdefault(label, set())
        # a label that is itself a name ("Sandra") is one of the speaker's names
        mine |= _names(*(w for w in re.findall(NAME_WORD, label)))
        for m in _SELF.finditer(seg.text):
            if not _THIRD.search(seg.text[:m.start()]):
                mine |= _names(m.group(1), m.group(2))
        for m in _ROLE_THEN_NAME.finditer(seg.text):
            mine |= _names(m.group(1), m.group(2))
        lead = _NAME_FIRST.match(seg.text)
        if lead and not _OFFICER_LABEL.search(label):
            mine |= _names(lead.group(1), lead.group(2))
        prev = segments[i - 1] if i > 0 else None
        if prev is not None and prev.speaker != label and _ASKS_NAME.search(prev.text):
            mine |= _given_name(seg.text)
        # "And you're Jenny?" / "Jennifer Sato.": a full name given in answer
        # (not "What's the Jeep, Andre?" / "Green Wrangler, twenty seventeen.")
        if prev is not None and prev.speaker != label and any(
                m.group(1) for m in _ASKED.finditer(prev.text)):
            given = _given_name(seg.text)
            mine |= given if len(given) == 2 and not any("'" in n for n in given) else set()
        # who answers a turn that calls a name ("Mrs. Halvorsen?" / "Who is it?"; "How old
        # are you, Kayla?" / "Fifteen."), unless they give their own ("Mr. Lindqvist?" /
        # "Yes, I'm Carla, I'm his daughter")
        if prev is not None and prev.speaker != label and not _SELF.search(seg.text):
            weak = addressed.setdefault(label, set())
            if _ANSWER.search(seg.text):
                for m in _ADDRESS.finditer(prev.text):
                    weak |= _names(m.group(1), m.group(2), m.group(3))
            # ("Are you Kayla?" names who answers; "Where's your card, Derek?" only calls on
            # someone, whom another voice may answer for)
            for m in _ASKED.finditer(prev.text):
                mine |= _names(m.group(1))
                weak |= _names(m.group(2))
            # "Mr. Brennan, would you recognize him?" / "I think so": the one asked answers
            last = turn_sentences(prev.text)[-1]
            if last.endswith("?"):
                for m in _ADDRESS.finditer(last):
                    weak |= _names(m.group(1), m.group(2), m.group(3))
    for label, weak in addressed.items():
        own = found[label] - _names(*(w for w in re.findall(NAME_WORD, label)))
        if not own:
            found[label] |= weak
    # "Donna Fields" said anywhere: who answers to Donna is also Fields
    people: list[tuple[str, str]] = []
    for seg in segments:
        for first, last in FULL_NAME.findall(seg.text):
            if len(_names(first, last)) == 2:
                people.append((first.lower(), last.lower()))
    # a family name two people said in full share ("Cheryl Vosburgh", "Harold Vosburgh")
    # names neither, nor ties one to the other
    # (though "Greg" and "Gregory" are one man)
    family = {last for _, last in people
              if _two_people({first for first, other in people if other == last})}
    for mine in found.values():
        for first, last in people:
            if first in mine or (last in mine and last not in family):
                mine |= {first, last}
    # a name two voices answer to (a family name: "Dana Brandt", "Kayla Brandt") names neither
    shared = {n for a in found for b in found if a < b for n in found[a] & found[b]}
    return {label: frozenset(names - shared - family) for label, names in found.items()}


def _two_people(firsts: set[str]) -> bool:
    """Whether first names are two people's: not one name and its short form ("Greg",
    "Gregory")."""
    return any(not a.startswith(b) and not b.startswith(a) for a in firsts for b in firsts)


# the officer putting a name to the answer just given ("Whose idea was this?" / "Mine." /
# "That was Ethan?" / "Yeah.")
_CONFIRM = re.compile(rf"^\W*(?i:and\s+)?(?i:that was|that's|that is|was that|you're|you are)\s+"
                      rf"({NAME_WORD})\s*\?\s*$")
_YES = re.compile(r"^\W*(?:yes|yeah|yep|uh-huh|mhm|correct|that's me)\b", re.IGNORECASE)
# someone else's name given ("Her name's Kayla", "his name's Tony"), not one's own
# ... nor the one put to the listener ("Your name's, uh, Cody Vance?")
_THIRD = re.compile(r"\b(?:her|his|their|the|its|your|[a-z]+'s)\s+$", re.IGNORECASE)


def turn_names(segments: Sequence[Segment]) -> dict[int, frozenset[str]]:
    """For a recording with no speaker labels: lower-cased names of the person who speaks each
    turn that gives it away, by the turn alone (its own introduction, its answer to "What's
    your name?"), by the question it answers ("Jaylen, what's in the bag?"), or by the
    officer's naming of it after ("That was Ethan?" / "Yeah"). Consecutive turns are not
    joined: unlabelled audio does not say who spoke twice."""
    if any(seg.speaker for seg in segments):
        return {}
    out: dict[int, frozenset[str]] = {}
    # the name a question calls the one it asks for another ("What's your last name, Mateo?" /
    # "Ferreira."): both are that person's, in the turns that give either
    also: dict[str, set[str]] = {}
    for i, seg in enumerate(segments):
        names: set[str] = set()
        for m in _SELF.finditer(seg.text):
            if not _THIRD.search(seg.text[:m.start()]):
                names |= _names(m.group(1), m.group(2))
        for m in _ROLE_THEN_NAME.finditer(seg.text):
            names |= _names(m.group(1), m.group(2))
        prev = segments[i - 1].text if i > 0 else ""
        last = turn_sentences(prev)[-1] if prev else ""
        if _ASKS_NAME.search(prev):
            given = _given_name(seg.text)
            names |= given
            called = {n for m in _ASKED.finditer(last)
                      for n in _names(m.group(1), m.group(2))} if given else set()
            for name in called - given:
                also.setdefault(name, set()).update(given)
        # the one a question is put to answers it ("And Derek?" asks about Derek)
        if last.endswith("?") and not names and not is_question(seg.text) and \
                not re.match(r"\W*(?i:and|what about|how about)\b", last):
            for m in _ADDRESS.finditer(last):
                names |= _names(m.group(1), m.group(2), m.group(3))
        confirm = _CONFIRM.match(segments[i + 1].text) if i + 2 < len(segments) else None
        if confirm and _YES.match(segments[i + 2].text):
            names |= _names(confirm.group(1))
        if names:
            out[i] = frozenset(names)
    return {i: names.union(*(also.get(n, set()) for n in names)) for i, names in out.items()}

