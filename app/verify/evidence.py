"""Which transcript segments a claim rests on, and how sure the recogniser was of them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.domain import Evidence, Segment
from app.verify.index import Match, SegmentIndex
from app.verify.speech import CIVILIAN_SPEECH, OFFICER_SPEECH, is_officer
from app.verify.text import Token, tokenize
from app.verify.words import is_question

# a word the recogniser heard, as (segment index, start time) and its clean spelling
UncertainWord = tuple[tuple[int, float | None], str]


def best_evidence(match: Match, segments: Sequence[Segment], officer_names: tuple[str, ...],
                  text: str) -> tuple[Evidence, ...]:
    """The best segments first; between near-equals, the side the report says spoke."""
    civilian = bool(CIVILIAN_SPEECH.search(text))
    officer = bool(OFFICER_SPEECH.search(text))

    def key(i: int) -> tuple[float, int]:
        score = match.segment_scores[i]
        role = is_officer(segments[i].speaker, officer_names)
        if role is not None and ((civilian and not role) or (officer and role)):
            score += 0.15
        # a question that repeats the words ("Do you have a serial number?") asserts
        # nothing; the answer after it is the evidence, unless it is a bare "No."
        answer = match.segment_scores.get(i + 1, 0.0)
        if is_question(segments[i].text) and answer >= 0.3 * match.segment_scores[i]:
            score -= 0.25
        return (-score, i)

    order = sorted(match.ranked, key=key)[:3]
    # what a person "stated" in answer to a question ("Do you want to press charges?" /
    # "Yes, I do") is in the answer, however few of the report's words it repeats
    if civilian and order and is_question(segments[order[0]].text) and \
            order[0] + 1 < len(segments):
        nxt = order[0] + 1
        if not is_question(segments[nxt].text) and \
                is_officer(segments[nxt].speaker, officer_names) is not True:
            order = [nxt, *(i for i in order if i != nxt)][:3]
    elif order and _figures_answered(order[0], segments, text):
        # "What's your date of birth?" / "March fourth, ninety six." for "provided a DOB of
        # 03/04/1996": the figure is in the answer
        order = [order[0] + 1, *(i for i in order if i != order[0] + 1)][:3]
    elif not officer and not _OWN_DOING.match(text) and order and order[0] + 1 < len(segments) and \
            _answered(order[0], segments, officer_names):
        # "Anything else damaged?" / "No, just that." for "No other damage was reported":
        # what the report tells is the answer, even one that repeats none of its words
        order = [order[0] + 1, *(i for i in order if i != order[0] + 1)][:3]
    out = []
    for i in order:
        seg = segments[i]
        out.append(Evidence(seg.id, seg.start, seg.end, match.segment_scores.get(i, 0.0),
                            seg.text))
    return tuple(out)


# the officer's own doing ("I observed ...", "I will return ..."): the question is the moment
_OWN_DOING = re.compile(r"^\W*(?:I|We)\b")
_YES_OR_NO = re.compile(r"^\W*(?:yes|yeah|yep|yup|no|nope|nah|correct|sure|uh-huh|mhm)\b",
                       re.IGNORECASE)


def _figures_answered(q: int, segments: Sequence[Segment], text: str) -> bool:
    """Whether segment q asks and the next turn, not a question, says a figure of the claim
    that the question does not."""
    if q + 1 >= len(segments) or not is_question(segments[q].text) or \
            is_question(segments[q + 1].text):
        return False
    figures = {t.norm for t in tokenize(text) if t.kind in ("num", "time", "plate")}
    if not figures:
        return False
    asked = {t.norm for t in tokenize(segments[q].text, spoken=True)}
    said = {t.norm for t in tokenize(segments[q + 1].text, spoken=True)}
    return bool((figures & said) - asked)


def _answered(q: int, segments: Sequence[Segment], officer_names: tuple[str, ...]) -> bool:
    """Whether segment q asks and the next turn, someone else's, opens with yes or no."""
    ask, answer = segments[q], segments[q + 1]
    return is_question(ask.text) and not is_question(answer.text) and \
        bool(_YES_OR_NO.match(answer.text)) and \
        (answer.speaker is None or answer.speaker != ask.speaker) and \
        is_officer(answer.speaker, officer_names) is not True


def asr_confidence(match: Match | None, content: Sequence[Token], segments: Sequence[Segment],
                   low_confidence: float) -> tuple[float | None, list[UncertainWord]]:
    """The mean word probability of the claim's words in its best segments, and the words
    below `low_confidence` among them."""
    if match is None or not match.ranked:
        return None, []
    wanted = {t.norm for t in content}
    probs: list[float] = []
    uncertain: list[UncertainWord] = []
    for i in match.ranked[:2]:
        for word in segments[i].words:
            if word.probability is None:
                continue
            if any(t.norm in wanted for t in tokenize(word.word)):
                probs.append(word.probability)
                if word.probability < low_confidence:
                    clean = word.word.strip().strip(".,;:!?\"'")
                    uncertain.append(((i, word.start), clean))
    if not probs:
        return None, []
    return sum(probs) / len(probs), uncertain


IDENTIFIED = re.compile(r"\bidentified (?:himself|herself|themselves|themself)\b|"
                        r"\b(?:gave|provided) (?:his|her|their) name\b", re.IGNORECASE)


def lead_with(evidence: tuple[Evidence, ...], i: int, segments: Sequence[Segment]
              ) -> tuple[Evidence, ...]:
    """The evidence with segment index `i` first (added if it was not among it)."""
    seg = segments[i]
    rest = tuple(e for e in evidence if e.segment != seg.id)
    score = next((e.score for e in evidence if e.segment == seg.id), 0.0)
    return (Evidence(seg.id, seg.start, seg.end, score, seg.text), *rest)


def first_moment(evidence: tuple[Evidence, ...], framing: bool, text: str,
                 norms: Sequence[str], people: Sequence[str], index: SegmentIndex
                 ) -> tuple[Evidence, ...]:
    """Where a claim is first said: the call itself for the report's opening ("On ... I
    responded to ..."), the first time a name is given for "identified himself as ..."."""
    if not evidence:
        return evidence
    if framing:
        # (where the call holds little of it, the recording's start is still the response)
        early = [i for i in index.holders(norms, 0.4) if i < 3] or [0]
        return lead_with(evidence, min(early), index.segments)
    elif people and IDENTIFIED.search(text):
        given = [i for i in index.holders(sorted(people), 1.0)
                 if not is_question(index.segments[i].text)]
        if given:
            return lead_with(evidence, min(given), index.segments)
    return evidence
