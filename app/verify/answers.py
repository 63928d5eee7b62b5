"""Questions and their answers: the yes or no a turn gives to what a claim says or denies
("Did you see the signs?" / "Yeah, we saw 'em"), and the words a claim's negation governs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.verify.index import SegmentIndex
from app.verify.negation import asserted_negation, negated_near
from app.verify.text import Token, tokenize
from app.verify.words import is_question, turn_sentences

_COMMON_VERBS = frozenset({"see", "go", "get", "come", "know", "want", "take", "give", "find",
                           "hear", "say", "tell", "make", "leave", "hit", "touch", "move"})
_AUXILIARIES = frozenset({"be", "been", "have", "had", "has", "do", "did", "does", "ever", "even",
                         "that",
                         "yet", "also", "the", "a", "an", "any", "to", "at", "all", "one"})
_HEDGES = frozenset({"i", "mean", "well", "uh", "um", "okay", "so", "like", "oh", "look"})
# "was not aware of the order" / "Yeah, I know about it"
_SAID_AS = {"awar": "know"}
# ... and a yes by degree: "Did the water hit her?" / "Maybe a little"
_YES = frozenset({"yes", "yeah", "yep", "yup", "uh-huh", "mhm", "correct", "sure", "absolutely",
                  "definitely", "little", "bit"})


def answered_yes(claim: Sequence[Token], near: Sequence[int], index: SegmentIndex
                 ) -> int | None:
    """A question on what a negated claim denies ("You see the signs?"), answered yes
    ("Yeah, we saw 'em"), where the claim's passage is that question or its answer (`near`):
    the question's segment, else None."""
    # the word each negation governs ("had not [seen]", "did not [see] Driver 1")
    scope = {next((t.norm for t in claim[k + 1:k + 4] if t.kind == "word"
                   and t.norm not in _AUXILIARIES), "")
             for k in range(len(claim)) if asserted_negation(claim, k)} - {""}
    scope |= {_SAID_AS[w] for w in scope if w in _SAID_AS}  # "unaware" / "Did you know?"
    # ... and what a denial governs ("denied removing the spikes" / "Did you throw the spikes?")
    scope |= {t.norm for k in range(len(claim)) if claim[k].surface.lower().startswith("den")
              and asserted_negation(claim, k) for t in claim[k + 1:k + 4]
              if t.kind == "word" and t.content}
    for q in near:
        if q + 1 >= index.n:
            continue
        # the turn's questions ("You see the signs? They're all over the fence.")
        put = _questions(index.segments[q].text)
        asked = [t for p in put for t in tokenize(p, spoken=True)]
        # "The owner doesn't want you back, okay?" / "Yeah": a yes to the denial itself
        # (a "not" elsewhere in the question is no denial of what it asks: "Would you adjust
        # it, so it doesn't capture her window?")
        # "wished to press charges and did not want him back" / "Do you want to press
        # charges?": a question on the claim's affirmed half
        topic = {t.norm for t in asked if t.content} & \
            {t.norm for t in claim if t.content and t.surface.islower()}
        if topic - scope and (topic - scope) <= _before_negation(claim):
            continue
        if not scope & {t.norm for t in asked} or any(
                t.kind == "neg" and any(u.norm in scope for u in asked[k + 1:k + 4])
                for k, t in enumerate(asked)):
            continue
        # "Was your dog on a leash?" / "Yes, the whole time. That dog was not on a leash.": an
        # answer that itself says the claim's denial agrees with it
        # (though it says the word plainly first: "on the red leash")
        # (of what the question asks: "Did any of it hit her car?" / "Some of it, yeah. I
        # didn't do it on purpose" denies no hit)
        on = frozenset(scope & {t.norm for t in asked if t.content})
        if negated_near(index.tokens[q + 1], on, reach=3, text=index.segments[q + 1].text,
                        admission=True):
            continue
        answer = [t for t in index.tokens[q + 1] if t.kind in ("word", "neg")][:6]
        # "I mean, I, yeah, I didn't think it would reach"
        while answer and answer[0].surface.lower().strip(",.") in _HEDGES:
            answer = answer[1:]
        answer = answer[:4]
        # "I said that, yeah": a yes a few words in, with no no before it
        if answer and any(t.surface.lower().strip(",.") in _YES for t in answer) and \
                not any(t.kind == "neg" for t in answer):
            return q
        # "Did any of the bottles break?" / "Two broke. The rest are fine."
        first = turn_sentences(index.segments[q + 1].text)[:1]
        said = tokenize(first[0], spoken=True) if first and not is_question(first[0]) else []
        if said and said[0].kind == "num" and \
                negated_scope(claim, 4) & {t.norm for t in said[1:3]} and \
                not any(t.kind == "neg" for t in said):
            return q
    return None


# a question that asks about what the turn has just said ("He says you hit his mirror. Did
# you?")
_ELLIPTICAL = re.compile(r"^\W*(?:did|do|does|is|was|were|are|have|has)\s+(?:you|he|she|they|it|"
                         r"that)(?:\s+(?:do|say)\s+(?:that|it))?\W*$", re.IGNORECASE)


def _questions(text: str) -> list[str]:
    """The questions of a turn, an elliptical one with the sentence it asks about."""
    sentences = turn_sentences(text)
    out = []
    for k, p in enumerate(sentences):
        if is_question(p):
            out.append(f"{sentences[k - 1]} {p}" if k > 0 and _ELLIPTICAL.match(p) else p)
    return out


def opens_yes(tokens: Sequence[Token]) -> bool:
    """Whether an answer opens with a yes ("Yes. He can't do that")."""
    words = [t for t in tokens if t.kind in ("word", "neg")]
    return bool(words) and words[0].surface.lower().strip(",.") in _YES


def _before_negation(claim: Sequence[Token]) -> set[str]:
    """The words of a claim before its first negation ("wished to press charges and did not
    want him back")."""
    first = next((k for k in range(len(claim)) if asserted_negation(claim, k)
                  or claim[k].surface.lower().startswith(("denied", "declin", "refus"))),
                 len(claim))
    return {t.norm for t in claim[:first]}


# a question answered yes or no ("Luis, did you hit your head?"), not "which ATM was it?"
_YES_NO = re.compile(r"^\W*(?:(?:okay|ok|alright|so|and|sir|ma'am|[A-Z][a-z]+),?\s+)?"
                     r"(?:did|do|does|is|are|was|were|have|has|had|can|could|would|will)\b",
                     re.IGNORECASE)
FLAT_NO = re.compile(r"^\W*(?:(?:I|uh|um|well|honestly),?\s+)?(?:no|nope|nah)\b"
                      r"(?!\s+(?:yet|problem|worries))", re.IGNORECASE)


# "I haven't been in since yesterday. So, no.": the no closes the answer
# ("Bikes, no." answers for the bikes alone)
FINAL_NO = re.compile(r"(?:^|[.;!]\s*)(?:(?:so|and),?\s+)?(?:no|nope|nah)\W*$", re.IGNORECASE)


def asks(q: int, words: frozenset[str], index: SegmentIndex) -> bool:
    """Whether a question of turn q says one of `words`."""
    return any(words & {t.norm for t in tokenize(p, spoken=True)}
               for p in turn_sentences(index.segments[q].text) if is_question(p))


def asked_words(q: int, words: set[str], index: SegmentIndex) -> set[str]:
    """The words of `words` that the last sentence of turn q asks about, if it asks."""
    last = turn_sentences(index.segments[q].text)[-1:]
    if not last or not is_question(last[0]) or not _YES_NO.match(last[0]):
        return set()
    return words & {t.norm for t in tokenize(last[0], spoken=True) if t.content}


_NEGATED_OBJECTS = frozenset({"none", "nothing", "nobody", "no"})


def negated_scope(claim: Sequence[Token], reach: int = 3) -> set[str]:
    """The content words a claim's negation governs ("did not [fit]", "denied [drinking]")."""
    scope: set[str] = set()
    governed: set[int] = set()
    for k in range(len(claim)):
        if asserted_negation(claim, k):
            # the verb too, where it is a common one ("did not [see] the bus")
            scope.update(t.norm for t in claim[k + 1:k + 1 + reach]
                         if t.kind == "word" and (t.content or t.norm in _COMMON_VERBS))
            governed.update(range(k, k + 1 + reach))
            # ... and the verb before a negated object ("made [none] of the charges" / "I
            # didn't make any of those charges")
            if k > 0 and claim[k].surface.lower() in _NEGATED_OBJECTS and \
                    claim[k - 1].kind == "word" and claim[k - 1].content:
                scope.add(claim[k - 1].norm)
                governed.add(k - 1)
    # "saw the punch but did not see the shove": what the claim also affirms is no scope
    scope -= {t.norm for j, t in enumerate(claim) if j not in governed and t.kind == "word"}
    # "was not aware of the order" / "Yeah, I know about it"
    return scope | {_SAID_AS[w] for w in scope if w in _SAID_AS}
