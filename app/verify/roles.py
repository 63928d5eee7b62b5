"""Who did it to whom: a claim that swaps the doer and the receiver of an act.

"Marcus stated he saw Shaw push Pike" where the recording has "I saw Jordan push him" and
Jordan is Jordan Pike; "an aide, Ms. Ramos, yelled at Dunn" where the recording has "he also
yelled at one of our aides, Ms. Ramos". People are matched by name, a first name meeting its
last ("Jordan" is Pike where the recording says "Jordan Pike"); pronouns are not resolved, so a
swap is only reported when a named person stands on the wrong side of the same act and nobody
in the passage tells it the report's way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from app.verify.checks import fmt_time
from app.verify.doers import acted_by, told
from app.verify.index import Match, SegmentIndex
from app.verify.speakers import FULL_NAME
from app.verify.speech import clip, is_officer
from app.verify.text import Token, tokenize
from app.verify.vocab import NOT_NAMES
from app.verify.words import is_question

_REACH = 8  # words either side of the act that may name its doer or receiver
_SAYING = frozenset({"stat", "say", "said", "tell", "told", "advis", "explain", "report",
                     "claim", "ask", "saw", "see", "hear", "heard", "believ", "think", "thought"})
_PASSIVE = re.compile(r"\b(?:was|were|got|been|being|is|are)\s+\w+(?:ed|en)?\s+by\b",
                      re.IGNORECASE)


# people named by what they are to someone ("his mother", "Dad"): the canonical word
_KIN = frozenset({"mother", "father", "wife", "husband", "son", "daughter", "brother", "sister",
                  "boyfriend", "girlfriend", "grandmother", "grandfather", "aunt", "uncle"})


def _entity(tok: Token, ids: dict[str, str]) -> str | None:
    """Who a word names: a person's key, a kin word, or None."""
    if tok.surface[:1].isupper() and tok.surface.lower() in ids:
        return ids[tok.surface.lower()]
    if tok.kind == "word" and tok.norm in _KIN:
        return "kin:" + tok.norm
    return None


def person_ids(texts: Sequence[str], persons: frozenset[str]) -> dict[str, str]:
    """Lower-cased name -> the person's key (their last name where a full name is known)."""
    ids = {p: p for p in persons}
    for text in texts:
        for first, last in FULL_NAME.findall(text):
            f, la = first.lower(), last.lower()
            if la in persons or f in persons:
                key = la if la in persons else f
                ids[f] = ids[la] = key
    return ids


def role_swap(text: str, tokens: Sequence[Token], ids: dict[str, str], match: Match,
              index: SegmentIndex) -> str | None:
    """A message when the recording has the claim's receiver doing its act (or its doer
    receiving it), and nowhere in the passage the report's way round. `ids` comes from
    person_ids()."""
    if not match.window or _PASSIVE.search(text):
        return None
    window_texts = [index.segments[i].text for i in match.window]
    named = [(k, t) for k, t in enumerate(tokens) if _entity(t, ids) is not None]
    for (ka, a), (kb, b) in pairwise(named):
        pa, pb = _entity(a, ids), _entity(b, ids)
        acts = [t for t in tokens[ka + 1:kb] if t.content and t.kind == "word"
                and not t.surface[:1].isupper() and t.norm not in _SAYING
                and t.norm not in _KIN]
        # "Ms. Ramos, yelled at Dunn": the comma closing a name is no list
        between = text[a.end:b.start].lstrip(",").lstrip()
        if pa == pb or len(acts) != 1 or re.search(r"[,;]", between):
            continue
        act = acts[0]
        right = wrong = None
        for i, seg_text in zip(match.window, window_texts, strict=True):
            if _PASSIVE.search(seg_text):
                continue
            said = tokenize(seg_text)
            for k, t in enumerate(said):
                if t.norm != act.norm:
                    continue
                before = {_entity(w, ids) for w in said[max(0, k - _REACH):k]} - {None}
                after = {_entity(w, ids) for w in said[k + 1:k + 1 + _REACH]} - {None}
                if pa in before or pb in after:
                    right = i
                elif pb in before or pa in after:
                    wrong = wrong if wrong is not None else i
        if wrong is not None and right is None:
            seg = index.segments[wrong]
            return (f"The report has {a.surface} {act.surface} {b.surface}, but at "
                    f"{fmt_time(seg.start)} the recording tells it the other way round: "
                    f"'{clip(seg.text)}'.")
    return None


# "the attendant grabbed the ticket book from the owner": two parties named by their role
_ROLE_ACT = re.compile(r"\bthe\s+([a-z]+)\s+(?:then\s+|had\s+)?([a-z]+ed)\b(.*?)\b(?:from|at|to|on|"
                       r"toward|towards)\s+the\s+([a-z]+)\b")


def role_noun_swap(text: str, match: Match, index: SegmentIndex) -> str | None:
    """ "the attendant grabbed the ticket book from the owner" where the passage has "The owner
    grabbed the ticket book out of her hand" and never the attendant doing it."""
    m = _ROLE_ACT.search(text)
    if m is None or not match.window:
        return None
    doer, act, receiver = m.group(1), tokenize(m.group(2)), m.group(4)
    if doer == receiver or doer not in _ROLE_NOUNS_ALL or receiver not in _ROLE_NOUNS_ALL \
            or not act or not act[0].content:
        return None
    right, wrong = acted_by(match.window, index, act[0].norm, frozenset({doer}),
                            frozenset({receiver}), reach=3)
    if wrong is None or right is not None:
        return None
    seg = index.segments[wrong]
    return (f"The report has the {doer} doing this to the {receiver}, but at "
            f"{fmt_time(seg.start)} the recording tells it the other way round: "
            f"'{clip(seg.text)}'.")


_ROLE_NOUNS_ALL = frozenset({
    "attendant", "owner", "driver", "passenger", "clerk", "cashier", "manager", "customer",
    "guard", "tenant", "landlord", "neighbor", "neighbour", "employee", "client", "stylist",
    "bartender", "bouncer", "server", "waiter", "waitress", "victim", "suspect", "resident",
    "worker", "contractor", "buyer", "seller", "inspector", "coach", "referee", "teacher",
    "student", "parent", "nurse", "patient", "host", "vendor", "valet", "mechanic"})


_FIRST_HAND = re.compile(r"\b(?:stated|said|says|told (?:me|officers|police)|reported|advised|"
                         r"explained)\s+(?:that\s+)?(she|he)\s+(?:had\s+)?([a-z]+)\b")
# "the customer, who said ...": a relative clause, another person's account; and "when the
# R/P approached yelling and grabbed the handle": a clause of another's acts
_WHO_CLAUSE = re.compile(r",\s+who\b|\b(?:when|while|after|before|until|because)\s+(?:the|a|an|"
                         r"his|her|their|(?-i:[A-Z][a-z]+)|[VSWC]\d|R/P)\b", re.IGNORECASE)
_REPORTING = re.compile(r"\b(?:stated|said|says|reported|advised|explained|told)\b")
# "... and saw its headlights": a further act of the same person in the same account
_AND_DONE = re.compile(r"\band\s+(?:then\s+|had\s+)?([a-z]+(?:ed|ew|aw|ent|ook|ot|old|ought))\b")
_AUXILIARIES = frozenset({"was", "were", "is", "are", "had", "has", "have", "would", "could",
                          "did", "does", "do", "will", "can", "should", "might", "must", "not",
                          "never", "been", "be", "wanted", "needed"})
_NOT_DONE = frozenset({"and", "or", "but", "then", "that", "the", "a", "an", "to", "it", "her",
                       "his", "their", "they", "he", "she", "also", "only", "just"})
_FILLERS = frozenset({"uh", "um", "like", "also", "just", "actually", "then", "had", "did",
                      "tried", "to", "went", "and", "kind", "sort", "of", "kinda", "sorta"})
# "my husband sent him a letter": someone the speaker names by what they are to them
_THEIRS = frozenset({*_KIN, "boss", "friend", "coworker", "neighbor", "neighbour", "roommate",
                     "partner", "kid", "kids", "mom", "dad", "manager", "employee", "guy"})
_CAP_WORD = re.compile(r"[A-Z][a-z'-]+")
_SOMEONE = frozenset({"guy", "man", "woman", "lady", "kid", "boy", "girl", "passenger",
                      "customer", "neighbor", "neighbour", "worker", "employee", "driver",
                      "somebody", "someone", "dude", "fella", "gentleman", "witness"})


def _doer(said: str, words: Sequence[Token], k: int, pronoun: str, subject: set[str]
          ) -> str | None:
    """Who the passage has doing the act at word `k`: "first" (I, we), "third" (another
    person), or None where it cannot tell."""
    j = k - 1
    # "he did the check": the act named as a thing done
    if j >= 1 and words[j].surface.lower() in ("the", "a") and words[j - 1].norm in ("did", "do"):
        j -= 2
    while j >= 0 and words[j].surface.lower() in _FILLERS:
        j -= 1
    if j < 0:
        return None
    who = words[j].surface.lower()
    if who in ("i", "we"):
        return "first"
    if j >= 1 and words[j - 1].surface.lower() == "my" and who in _THEIRS:
        return "third"  # "my husband sent ..."
    if words[j].content and _CAP_WORD.fullmatch(words[j].surface) and who not in subject \
            and who not in NOT_NAMES:
        return "third"  # "Jordan opened the case for him"
    if who in ("he", "she", "they"):
        if who != pronoun:
            return "third"  # "he saw" where the report has "she saw"
        # "he called me, said he heard a truck": someone else's account, passed on
        if j >= 1 and words[j - 1].surface.lower() in ("said", "says", "saying", "told"):
            return "third"
        # "He shoved me": the speaker took the act, another did it
        if k + 1 < len(words) and words[k + 1].surface.lower() in ("me", "us", "my", "our"):
            return "third"
        # "Danny, the cook, he threw water": the same pronoun for another person named just
        # before it in the same sentence
        for t in reversed(words[max(0, j - 6):j]):
            if re.search(r"[.?!]", said[t.end:words[j].start]):
                break
            if _CAP_WORD.fullmatch(t.surface) and t.surface.lower() not in subject \
                    and t.surface.lower() not in NOT_NAMES:
                return "third"
        # ... or someone named by what they are, the pronoun taking them up after a comma
        # ("Another passenger, a guy walking his dog, he saw a man pop it off")
        if re.search(r",\s*$", said[:words[j].start]):
            for t in reversed(words[max(0, j - 8):j]):
                if re.search(r"[.?!]", said[t.end:words[j].start]) or \
                        t.surface.lower() in ("said", "says", "told"):
                    break
                if t.surface.lower() in _SOMEONE:
                    return "third"
    return None


def _doers(holders: Sequence[int], index: SegmentIndex, verb: str, pronoun: str,
           subject: set[str]) -> list[tuple[int, str | None, str]]:
    """Each place the passage says the act: (segment, who does it as _doer() tells, the word
    just before it)."""
    out = []
    for i in holders:
        said = index.segments[i].text
        words = tokenize(said)
        out += [(i, _doer(said, words, k, pronoun, subject), words[k - 1].surface.lower())
                for k, t in enumerate(words) if t.norm == verb and k > 0]
    return out


def hearsay(text: str, match: Match, index: SegmentIndex, ids: dict[str, str] | None = None
            ) -> str | None:
    """ "Haddad stated she saw a male with bolt cutters" where the passage has her telling
    what someone else saw ("the guy at the register said he saw a guy with bolt cutters");
    also "Osei stated she sent Hadley a letter" for "My husband sent him a letter", and
    "Zhang stated he threw water" for "Danny, the cook, he threw water on it"."""
    m = _FIRST_HAND.search(text)
    if m is None or not match.ranked:
        return None
    pronoun = m.group(1)
    # (the words of someone the account itself quotes: "Pham stated Kaylee was in the office
    # and had said she knew the man")
    if _REPORTING.search(text, 0, m.start()):
        return None
    before = text[:m.start()].split()
    if before and before[-1].lower() in ("he", "she", "they") and before[-1].lower() != pronoun:
        return None  # "She said he came home drunk": an account of another person's act
    subject = {w.lower() for w in _CAP_WORD.findall(text[:m.start()])}
    # the person's other names ("Jess" where the report says Grant and someone says "Jess
    # Grant")
    keys = {ids[w] for w in subject if ids and w in ids}
    subject |= {w for w, key in (ids or {}).items() if key in keys}
    # (not the acts of a relative clause: "the customer, who said she returned them and then
    # stopped answering")
    clause = _WHO_CLAUSE.search(text, m.end())
    acts = [m.group(2), *_AND_DONE.findall(text[:clause.start() if clause else len(text)],
                                           m.end())]
    holders = [i for i in told(match, index)
               if is_officer(index.segments[i].speaker, ()) is not True]
    for done in acts:
        act = tokenize(done)
        if not act or done in _AUXILIARIES or done in _NOT_DONE:
            continue
        verb = act[0].norm
        doers = _doers(holders, index, verb, pronoun, subject)
        first = next((i for i, who, _ in doers if who == "first"), None)
        third = next((i for i, who, _ in doers if who == "third"), None)
        if third is not None and first is None:
            seg = index.segments[third]
            return (f"The report has this as the person's own account, but at "
                    f"{fmt_time(seg.start)} they tell what someone else {done}: "
                    f"'{clip(seg.text)}'.")
    return None


# "Whitfield stated the clerk caught up with the female", "his friend Marcus scanned": an act
# the report gives another
_THIRD_HAND = re.compile(r"\b(?:stated|said|reported|advised|explained)\s+(?:that\s+)?"
                         r"(?:(?:the|his|her|their)\s+([a-z]+)(?:,?\s+(?-i:[A-Z][a-z]+),?)?"
                         r"|(?-i:([A-Z][a-z]+|[VSWC]\d{1,2})))"
                         r"\s+(?:had\s+|then\s+)?([a-z]+)\b", re.IGNORECASE)


def credited_act(text: str, match: Match, index: SegmentIndex, officer_names: tuple[str, ...]
                 ) -> str | None:
    """ "Whitfield stated the clerk caught up with the female" where the passage has the
    speaker saying "I caught up with her by the revolving doors", and nobody telling it of
    another: the report gives the speaker's own act to someone else."""
    m = _THIRD_HAND.search(text)
    if m is None or not match.ranked:
        return None
    doer = (m.group(1) or m.group(2) or "").lower()
    done = m.group(3)
    if doer in NOT_NAMES - _ROLE_NOUNS or done in _AUXILIARIES or done in _NOT_DONE:
        return None
    act = tokenize(done)
    if not act or not act[0].content:
        return None
    verb = act[0].norm
    subject = {w.lower() for w in _CAP_WORD.findall(text[:m.start()])}
    holders = [i for i in told(match, index)
               if is_officer(index.segments[i].speaker, officer_names) is not True
               # a voice of unknown role may be the named person themself ("S1 yelled" /
               # "I yelled at her"); not "his friend" or "the clerk", whom the report sets apart
               and (m.group(1) or not index.segments[i].speaker
                    or is_officer(index.segments[i].speaker, officer_names) is False)]
    doers = _doers(holders, index, verb, "", subject)
    first = next((i for i, who, before in doers if who == "first" and before != "we"), None)
    third = next((i for i, who, before in doers
                  if (who is not None and who != "first") or before == doer), None)
    if first is None or third is not None:
        return None
    seg = index.segments[first]
    named = f"the {m.group(1)}" if m.group(1) else m.group(2)
    return (f"The report has {named} doing this, but at {fmt_time(seg.start)} the speaker "
            f"says they did it themselves: '{clip(seg.text)}'.")


_ROLE_NOUNS = frozenset({"clerk", "manager", "driver", "neighbor", "neighbour", "guard",
                         "cashier", "employee", "owner", "passenger", "witness", "victim",
                         "suspect", "resident", "security", "supervisor", "tenant"})


# "I [sprayed] it": the officer's own act, said in the first person
_OFFICER_ACT = re.compile(r"^\W*I\s+(?:then\s+|also\s+|later\s+|again\s+)?([a-z]+)\b")
# verbs of talking, perceiving and being: what the officer did as the one asking and hearing
_NOT_ACTS = frozenset({
    "advised", "told", "asked", "informed", "explained", "spoke", "observed", "saw", "noticed",
    "heard", "responded", "arrived", "contacted", "made", "was", "am", "had", "did", "have",
    "could", "would", "requested", "confirmed", "learned", "received", "reviewed",
    "met", "interviewed", "attempted", "tried", "issued", "provided", "gave",
    "checked", "ran", "called", "radioed", "notified", "cleared", "stood", "waited", "remained",
    "photographed", "documented", "collected", "returned", "released", "detected", "smelled",
    "located", "found", "identified", "determined", "believe", "believed", "do", "will",
})
_I_ACT = re.compile(r"\b(?:I|we)\s+(?:(?:uh|um|just|then|also|had|did|like)\s+)*([a-z]+)",
                    re.IGNORECASE)


def own_act(text: str, tokens: Sequence[Token], match: Match, index: SegmentIndex,
            officer_names: tuple[str, ...]) -> str | None:
    """ "I deployed dog spray" where the passage has the mail carrier saying "I sprayed it"
    and no officer saying so: the report gives the officer an act another person did."""
    m = _OFFICER_ACT.match(text)
    if m is None or m.group(1).lower() in _NOT_ACTS or not match.ranked:
        return None
    content = {t.norm for t in tokens if t.content}
    top = match.segment_scores[match.ranked[0]]
    theirs = None
    for i in match.ranked:
        seg = index.segments[i]
        if match.segment_scores[i] < 0.5 * top or is_question(seg.text):
            continue
        done = {tokenize(a)[0].norm for a in _I_ACT.findall(seg.text) if tokenize(a)} & content
        if not done:
            continue
        role = is_officer(seg.speaker, officer_names)
        if role is None or role:
            return None  # an officer (or a voice of unknown role) says it did it
        theirs = theirs if theirs is not None else i
    if theirs is None:
        return None
    seg = index.segments[theirs]
    return (f"The report says you did this, but at {fmt_time(seg.start)} it is {seg.speaker} "
            f"who says they did: '{clip(seg.text)}'.")
