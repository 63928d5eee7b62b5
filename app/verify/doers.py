"""Who did it, by name: "Tully swung first" where the passage says "Nate swung first, Brandon
didn't even touch him", or "the camera showed Oduya push first" where the one on camera is
"the tall guy, Pruitt, he gets out and pushes first"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.verify.checks import fmt_time
from app.verify.index import Match, SegmentIndex
from app.verify.speech import clip
from app.verify.text import Token, tokenize
from app.verify.vocab import NOT_NAMES, RELATIVES
from app.verify.words import is_question

# a name and the act it does: "Oduya get out and push", "Tully swung", "Nate then grabbed"
_NAMED_ACT = re.compile(r"(?-i:\b([A-Z][a-z]+))\s+(?:then\s+|first\s+|had\s+|also\s+)?"
                        r"([a-z]+)\b(?:\s+(?:out|up|over|back|in)\s+and\s+([a-z]+)\b)?")
# the words a doer may stand apart from its act by ("Pruitt, he gets", "Nate just swung")
_BETWEEN = frozenset({"he", "she", "they", "then", "just", "like", "uh", "um", "had", "also",
                      "first", "actually", "kind", "of", "and", "out", "up", "over", "gets",
                      "got", "get", "goes", "went", "comes", "came"})
NOT_ACTS = frozenset({"stated", "said", "advised", "told", "reported", "explained", "was",
                       "is", "had", "has", "and", "or", "who", "were", "did", "does",
                       "would", "could", "will", "can", "as", "at", "to", "of", "in", "on"})


def named_doer_swap(text: str, match: Match, index: SegmentIndex, ids: dict[str, str],
                    persons: frozenset[str]) -> str | None:
    """The report names one person doing an act where its passage names another person the
    report knows (not another name for the same one), and nowhere the report's person."""
    acts = []
    for m in _NAMED_ACT.finditer(text):
        name = m.group(1).lower()
        if name in NOT_NAMES or name not in persons:
            continue
        for verb in (m.group(2), m.group(3)):
            if verb and verb not in NOT_ACTS:
                act = tokenize(verb)
                if act and act[0].content:
                    acts.append((name, act[0].norm, verb, _leads(text, m.start())))
    if not acts or not match.ranked:
        return None
    holders = told(match, index)
    voices = index.speaker_names()
    for name, verb, surface, leads in acts:
        mine = ids.get(name, name)
        ours = theirs = None
        # the voice the report's person speaks in, where the recording is labelled
        own_voice = next((v for v, names in voices.items()
                          if any(ids.get(n, n) == mine for n in names)), None)
        for i in holders:
            said = index.segments[i].text
            words = tokenize(said)
            speaker = index.segments[i].speaker
            for k, t in enumerate(words):
                if t.norm != verb:
                    continue
                who = _name_before(said, words, k)
                # "Delgado. I called the bridge right after." for "Raman called the bridge":
                # another voice's own act
                if who is None and k > 0 and words[k - 1].surface == "I" and speaker and \
                        own_voice is not None and leads and verb not in _LIGHT_ACTS:
                    if speaker == own_voice:
                        ours = i
                    elif theirs is None:
                        theirs = (i, speaker)
                    continue
                if who is None:
                    continue
                if ids.get(who, who) == mine:
                    ours = i
                elif who in persons and theirs is None:
                    theirs = (i, who)
        if theirs is not None and ours is None:
            seg = index.segments[theirs[0]]
            who = theirs[1] if theirs[1] == seg.speaker else theirs[1].title()
            return (f"The report has {name.title()} doing this ('{surface}'), but at "
                    f"{fmt_time(seg.start)} the recording has {who}: '{clip(seg.text)}'.")
    return None


# acts too common to tell one person's doing from another's ("came", "got")
_LIGHT_ACTS = frozenset(t.norm for t in tokenize(
    "came went got gave took made put said told saw knew wanted thought paid asked looked"))


def _leads(text: str, at: int) -> bool:
    """Whether the name at `at` is the subject of the claim or of the account it reports
    ("Raman called ...", "Ferreira stated that Raman called ...")."""
    return not text[:at].strip() or bool(re.search(
        r"\b(?:stated|said|advised|reported|explained|told me)\s+(?:that\s+)?$", text[:at]))


def _name_before(said: str, words: Sequence[Token], k: int) -> str | None:
    """The person's name just before the act at word k, in the same sentence."""
    j = k - 1
    while j >= 0 and k - j <= 6:
        w = words[j]
        if re.search(r"[.?!;]", said[w.end:words[j + 1].start]):
            return None
        if w.surface[:1].isupper() and w.surface.lower() not in NOT_NAMES and \
                w.surface.lower() != "i":
            return w.surface.lower()
        if w.surface.lower() not in _BETWEEN:
            return None
        j -= 1
    return None


# "Raghunathan stated ... which hit S1's hand": whose the thing is, in someone's account
_TELLER = re.compile(r"(?-i:\b([A-Z][a-z]+|[VSWC]\d{1,2}))\s+(?:then\s+|also\s+|further\s+)?"
                     r"(?:stated|said|advised|reported|explained|told\s+\w+)\b")
_OWNED = re.compile(r"(?-i:\b([A-Z][a-z]+|[VSWC]\d{1,2}))'s\s+(?:(?:left|right|upper|lower)\s+)?"
                    r"([a-z]+)\b")


_BODY = frozenset({
    "hand", "hands", "arm", "arms", "elbow", "face", "head", "leg", "legs", "knee", "knees",
    "shoulder", "chest", "back", "neck", "wrist", "finger", "fingers", "eye", "eyes", "nose",
    "mouth", "lip", "lips", "jaw", "foot", "feet", "ankle", "hip", "ribs", "ear", "cheek",
    "forehead", "hair", "shin", "thumb", "stomach", "side", "throat", "tooth", "teeth", "skin",
})


def owner_swap(text: str, match: Match, index: SegmentIndex, ids: dict[str, str]
               ) -> str | None:
    """ "Raghunathan stated ... the lid hit S1's hand" where the teller's own passage says "it
    hit my hand", and nowhere his or hers: the report gives the teller's injury to another."""
    teller = _TELLER.search(text)
    if teller is None or not match.ranked:
        return None
    who = ids.get(teller.group(1).lower(), teller.group(1).lower())
    known = index.speaker_names()
    for owned in _OWNED.finditer(text, teller.end()):
        owner = ids.get(owned.group(1).lower(), owned.group(1).lower())
        thing = tokenize(owned.group(2))
        # whose body was hurt (a thing owned is too often shared: "our car", "my order")
        if owner == who or owned.group(2).lower() not in _BODY:
            continue
        top = match.segment_scores[match.ranked[0]]
        mine = theirs = None
        for i in match.ranked:
            seg = index.segments[i]
            if match.segment_scores[i] < 0.5 * top or is_question(seg.text):
                continue
            voice = {ids.get(n, n) for n in known.get(seg.speaker or "", frozenset())}
            if owner in voice:
                continue  # the owner speaking of their own hand
            said = re.findall(r"\b(my|his|her|their)\s+(?:(?:left|right|upper|lower)\s+)?"
                              r"([a-z]+)", seg.text, re.IGNORECASE)
            for whose, noun in said:
                if [t.norm for t in tokenize(noun)] != [t.norm for t in thing]:
                    continue
                if whose.lower() == "my":
                    mine = mine if mine is not None else i
                else:
                    theirs = i
        if mine is not None and theirs is None:
            seg = index.segments[mine]
            return (f"The report has {owned.group(1)}'s {owned.group(2)}, but at "
                    f"{fmt_time(seg.start)} the speaker says it was their own: "
                    f"'{clip(seg.text)}'.")
    return None


# the teller as the doer: "Lindqvist stated she left a sliding door open"
_SELF_ACT = re.compile(r"(?-i:\b([A-Z][a-z]+|[VSWC]\d{1,2}|R/P))?\s*\b(?:stated|said|advised|"
                       r"reported|explained|admitted|acknowledged|confirmed|told\s+me)\s+"
                       r"(?:that\s+)?(she|he)\s+(?:then\s+|also\s+|had\s+|would\s+|will\s+|"
                       r"personally\s+|just\s+|could\s+)?([a-z]+)\b")
# the people a speaker has do things for them: "my son left the slider open"
_KIN = RELATIVES | {"grandson", "granddaughter", "coworker", "co-worker", "buddy", "friend",
                    "boss", "manager", "employee", "kid", "partner",
                    "boyfriend", "girlfriend", "roommate", "supervisor", "assistant",
                    "bartender", "ref", "cashier", "clerk", "server", "staff", "tech"}
# the words between "my son" and his act ("my nephew Theo can pull", "my granddaughter did,
# she cancelled")
_KIN_BETWEEN = frozenset({"he", "she", "they", "can", "could", "would", "will", "just", "then",
                          "did", "actually", "also", "had", "already"})


def kin_doer(text: str, match: Match, index: SegmentIndex, ids: dict[str, str]
             ) -> str | None:
    """ "Lindqvist stated she left a sliding door open" where the passage says "My son left the
    slider open" and nowhere "I left": the report gives the teller an act the teller says
    someone of theirs did."""
    acts = [m for m in _SELF_ACT.finditer(text) if m.group(3) not in NOT_ACTS]
    if not acts or not match.ranked:
        return None
    holders = told(match, index)
    known = index.speaker_names()
    for act in acts:
        verb = tokenize(act.group(3))
        teller = ids.get(act.group(1).lower(), act.group(1).lower()) if act.group(1) else None
        if not verb or not verb[0].content:
            continue
        theirs = None
        for i in holders:
            label = index.segments[i].speaker or ""
            voice = {ids.get(n, n) for n in known.get(label, ())}
            if teller and voice - set(label.lower().split()) and teller not in voice:
                continue  # someone else's neighbour or friend
            said = index.segments[i].text
            words = tokenize(said)
            for k, t in enumerate(words):
                if t.norm != verb[0].norm:
                    continue
                who = _doer_before(said, words, k)
                if who is not None and theirs is None:
                    theirs = (i, who)  # the best passage telling who did it decides
        if theirs is not None and theirs[1] != "i" and _not_them(act, theirs[1], text):
            seg = index.segments[theirs[0]]
            return (f"The report has the speaker do this ('{act.group(3)}'), but at "
                    f"{fmt_time(seg.start)} the recording has their {theirs[1]} do it: "
                    f"'{clip(seg.text)}'.")
    return None


_HE = frozenset({"son", "husband", "boyfriend", "brother", "father", "dad", "grandson", "nephew",
                 "uncle", "grandfather", "grandpa", "stepson", "stepfather"})
_SHE = frozenset({"daughter", "wife", "girlfriend", "sister", "mother", "mom", "mum", "niece",
                  "granddaughter", "aunt", "grandmother", "grandma", "stepdaughter",
                  "stepmother"})


def _not_them(act: re.Match[str], kin: str, text: str) -> bool:
    """Whether the report's "she" or "he" is surely the teller, not the relation: "herself",
    "himself" after it, or a son where the report says "she"."""
    pronoun = act.group(2)
    if (act.group(1) or "").lower() in ("he", "she", "they") and \
            act.group(1).lower() != pronoun:
        return False  # "She said he came home": someone else
    own = "herself" if pronoun == "she" else "himself"
    if re.search(rf"\b{own}\b|\bpersonally\b", text[act.start():]):
        return True
    return kin in (_SHE if pronoun == "he" else _HE)


def _doer_before(said: str, words: Sequence[Token], k: int) -> str | None:
    """ "i" where the speaker did the act at word k, the relation where "my son" did it (also
    told before it in the turn: "My bartender Gina did. She watched him slide it off")."""
    if k > 0 and words[k - 1].surface.lower() in ("he", "she"):
        # ("That'd be my ref, Tyler", "My bartender Gina did"; not "he knocked my daughter")
        told = re.search(r"(?:^|[.,!?]\s*|\b(?:be|is|was|and|but|so|yeah|no|actually)\s+)"
                         r"my\s+([a-z-]+)", said[:words[k - 1].start], re.IGNORECASE)
        if told and told.group(1).lower() in _KIN and not re.search(
                rf"\bI\s+(?:\w+\s+)?{re.escape(words[k].surface)}\b", said):
            return told.group(1).lower()
    j = k - 1
    while j >= 0 and k - j <= 6:
        w = words[j].surface.lower()
        if re.search(r"[.?!;]", said[words[j].end:words[j + 1].start]):
            return None
        if w in ("i", "we"):
            return "i"
        if w in _KIN and j > 0 and words[j - 1].surface.lower() in ("my", "our"):
            return w
        if w not in _KIN_BETWEEN and not words[j].surface[:1].isupper():
            return None
        j -= 1
    return None


# "the female yelled back" / "the guy yelled back": who did it, by sex
_SEXED_ACT = re.compile(r"\bthe\s+(?:(?:teenage|teen|young|younger|older|elderly|adult|juvenile|"
                        r"other|second|first|tall|taller|short|shorter)\s+)?"
                        r"(female|woman|girl|lady|male|man|guy|boy)\s+(?:then\s+|also\s+)?"
                        r"([a-z]+)\b")
_HIM = frozenset({"guy", "man", "male", "dude", "boy", "gentleman", "he"})
_HER = frozenset({"girl", "woman", "lady", "female", "gal", "she"})


def sex_swap(text: str, match: Match, index: SegmentIndex) -> str | None:
    """ "the female yelled back that it was state land" where the passage says "the guy
    yelled back that it's state land" and has no woman doing it."""
    m = _SEXED_ACT.search(text)
    if m is None or not match.ranked or m.group(2) in NOT_ACTS:
        return None
    act = tokenize(m.group(2))
    if not act or not act[0].content:
        return None
    mine = _HER if m.group(1) in _HER else _HIM
    other = _HIM if mine is _HER else _HER
    # the person word just before the act ("the guy yelled", "he yelled")
    right, wrong = acted_by(told(match, index), index, act[0].norm, mine, other, reach=2)
    if wrong is None or right is not None:
        return None
    seg = index.segments[wrong]
    return (f"The report has the {m.group(1)} doing this ('{m.group(2)}'), but at "
            f"{fmt_time(seg.start)} the recording has someone of the other sex: "
            f"'{clip(seg.text)}'.")


def told(match: Match, index: SegmentIndex) -> list[int]:
    """The statements of a claim's passage: its segments scoring at least half the best one's
    share of the claim, questions left out."""
    top = match.segment_scores[match.ranked[0]]
    return [i for i in match.ranked if match.segment_scores[i] >= 0.5 * top
            and not is_question(index.segments[i].text)]


def acted_by(places: Sequence[int], index: SegmentIndex, act: str, mine: frozenset[str],
             other: frozenset[str], reach: int) -> tuple[int | None, int | None]:
    """Where in `places` the act is done by one of `mine` (the last such segment) and where
    first by one of `other` instead: the word within `reach` words before the act names who."""
    right = wrong = None
    for i in places:
        words = tokenize(index.segments[i].text)
        for k, t in enumerate(words):
            if t.norm != act:
                continue
            before = {w.surface.lower() for w in words[max(0, k - reach):k]}
            if before & mine:
                right = i
            elif before & other and wrong is None:
                wrong = i
    return right, wrong


# "Albrecht advised she had no pain", "Mr. Voss": the report's own word for a person's sex
_SAYS_OF_SELF = re.compile(r"(?-i:\b([A-Z][a-z'-]+))\s+(?:stated|advised|said|told me|explained|"
                           r"reported|added|admitted|denied|agreed)\s+(?:that\s+)?(he|she)\b")
_TITLED = re.compile(r"\b(Mr|Ms|Mrs|Miss)\.?\s+([A-Z][a-z'-]+)")
# "saw Albrecht push Voss": one named person acting on another
_ONE_ON_OTHER = re.compile(r"(?-i:\b([A-Z][a-z'-]+))\s+([a-z]+)\s+(?-i:([A-Z][a-z'-]+))\b")
_HIM_WORDS = frozenset({*_HIM, "him"})
_HER_WORDS = frozenset({*_HER, "her"})


def report_sexes(report: str) -> dict[str, str]:
    """The sex the report gives each named person ("m" or "f"), where it only ever gives one."""
    seen: dict[str, set[str]] = {}
    for m in _SAYS_OF_SELF.finditer(report):
        seen.setdefault(m.group(1).lower(), set()).add("m" if m.group(2) == "he" else "f")
    for m in _TITLED.finditer(report):
        seen.setdefault(m.group(2).lower(), set()).add("m" if m.group(1) == "Mr" else "f")
    return {name: next(iter(s)) for name, s in seen.items() if len(s) == 1}


def pronoun_swap(text: str, match: Match, index: SegmentIndex, sexes: dict[str, str]
                 ) -> str | None:
    """ "saw Albrecht push Voss" (a woman pushing a man) where the witness says "I saw him push
    her"."""
    for m in _ONE_ON_OTHER.finditer(text):
        doer, act_word, done_to = m.groups()
        a, b = sexes.get(doer.lower()), sexes.get(done_to.lower())
        act = tokenize(act_word)
        if a is None or b is None or a == b or act_word in NOT_ACTS or not act \
                or not act[0].content:
            continue
        mine, other = (_HIM_WORDS, _HER_WORDS) if a == "m" else (_HER_WORDS, _HIM_WORDS)
        right, wrong = acted_by(told(match, index), index, act[0].norm, mine, other, reach=1)
        if wrong is None or right is not None:
            continue
        seg = index.segments[wrong]
        return (f"The report has {doer} doing this to {done_to} ('{act_word}'), but at "
                f"{fmt_time(seg.start)} the recording has it the other way round: "
                f"'{clip(seg.text)}'.")
    return None
