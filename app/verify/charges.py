"""Whether the victim wants charges: the report's word against the recording's answer ("Do
you want to press charges?" / "No, I don't want to. I just want her to not come back"); and
whether the officer cited anyone ("I issued J1 a citation" / "I'm not citing for the
tobacco")."""

from __future__ import annotations

import re

from app.verify.checks import fmt_time
from app.verify.index import SegmentIndex
from app.verify.speech import clip, is_officer
from app.verify.text import tokenize
from app.verify.words import is_question, turn_sentences

_CHARGES = (r"(?:press(?:ing)?|pursu(?:e|ing)|fil(?:e|ing)|seek(?:ing)?|bring(?:ing)?)\s+"
            r"(?:any\s+|criminal\s+)?(?:charges|a\s+(?:criminal\s+)?complaint)|prosecut\w*")
# to have the person charged ("wanted Marroquin arrested", "requested that S1 be arrested",
# "did not wish to have S1 charged")
_HAVE_CHARGED = (r"(?:to\s+have\s+|that\s+)?(?:him|her|them|(?-i:[A-Z]\w*|the\s+[a-z]+))\s+"
                 r"(?:be\s+)?(?:charged|arrested|prosecuted)\b")
# the claim's wish ("wished to press charges", "declined to pursue charges", "desired
# prosecution", or to have the person charged), and what before it in the clause turns it to no
_WISH = re.compile(rf"\b(?:wish\w*|want\w*|would like|desire\w*|elect\w*|chose|intend\w*|"
                   rf"plan\w*|declin\w*|refus\w*|request\w*)\s+(?:(?:to\s+)?(?:{_CHARGES})|"
                   rf"{_HAVE_CHARGED})", re.IGNORECASE)
_NO_WISH = re.compile(r"(?:\b(?:not|never|no longer)|n't)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NO_ONE = re.compile(r"\b(?:neither|nor|nobody|no one|none)\b", re.IGNORECASE)
_ASKED = re.compile(rf"\b(?:{_CHARGES}|(?:press|pursue)\s+(?:anything|it)|want\s+(?:him|her|"
                    rf"them)\s+(?:charged|arrested))\b", re.IGNORECASE)
_YES = re.compile(r"^\W*(?:yes|yeah|yep|yup|absolutely|definitely|I do)\b", re.IGNORECASE)
_NO = re.compile(r"^\W*(?:no|nah|nope|not really|I don't|I do not)\b", re.IGNORECASE)
# what someone says of it unasked ("I'm not pressing charges", "I want to press charges")
_THEM_CHARGED = r"(?:him|her|them)\s+(?:charged|arrested|prosecuted)\b"
_SAID_NO = re.compile(rf"\bI(?:'m| am)\s+not\s+(?:\w+\s+){{0,2}}?(?:{_CHARGES})|"
                      rf"\bI\s+(?:don't|do not|won't|will not)\s+(?:\w+\s+){{0,3}}?"
                      rf"(?:{_CHARGES})|\bI\s+(?:don't|do not)\s+(?:really\s+)?want\s+"
                      rf"{_THEM_CHARGED}", re.IGNORECASE)
_SAID_YES = re.compile(rf"\bI(?:'m| am)\s+(?:{_CHARGES})|\bI\s+(?:do\s+|really\s+|just\s+)?"
                       rf"(?:want|wanna|will|would like)\s+(?:(?:to\s+)?(?:{_CHARGES})|"
                       rf"{_THEM_CHARGED})", re.IGNORECASE)


def charges_answer(text: str, index: SegmentIndex) -> str | None:
    """The recording's answer on charges where it is the opposite of the report's ("wished to
    press charges" / "No, I -- no. As long as it's back."); none where the recording answers
    both ways (two people asked) or not at all."""
    m = _WISH.search(text)
    if m is None:
        return None
    clause = re.split(r"[;,]", text[:m.start()])[-1]
    wants = not (_NO_WISH.search(clause) or _NO_ONE.search(clause)
                 or re.match(r"declin|refus", m.group(0), re.IGNORECASE))
    answers: list[tuple[bool, int, str]] = []
    for i, seg in enumerate(index.segments):
        # (the question the turn ends on: "..., so she doesn't want to press charges. You
        # understand?" asks nothing about charges)
        if is_question(seg.text) and _ASKED.search(turn_sentences(seg.text)[-1]) and \
                i + 1 < index.n:
            reply = index.segments[i + 1]
            if is_officer(reply.speaker, ()):
                continue
            if _YES.match(reply.text) or _NO.match(reply.text):
                answers.append((bool(_YES.match(reply.text)), i + 1,
                                f"the answer to '{clip(seg.text)}' is '{clip(reply.text)}'"))
        elif not is_officer(seg.speaker, ()) and not is_question(seg.text):
            if _SAID_NO.search(seg.text):
                answers.append((False, i, f"they say '{clip(seg.text)}'"))
            elif _SAID_YES.search(seg.text):
                answers.append((True, i, f"they say '{clip(seg.text)}'"))
    if not answers or len({a for a, _, _ in answers}) > 1 or answers[0][0] == wants:
        return None
    _, i, quote = answers[0]
    word = "wanted charges" if wants else "did not want charges"
    return (f"The report says they {word}, but at {fmt_time(index.segments[i].start)} "
            f"{quote}.")


# a citation the report has issued ("I issued J1 a citation for possession", "I cited all three
# students for being on the water"), and whether it is negated
_CITED = re.compile(r"\b(?:issued|gave|wrote|served)\b[^.;]{0,40}?\b(?:citation|ticket|summons)"
                    r"|\bcited\b", re.IGNORECASE)
# (nor one only warned of: "he would be cited if the next operator reported a problem")
_CITED_NOT = re.compile(r"\b(?:not|no|never|without|declined to|instead of|would|could|will|"
                        r"may|might|if|to be)\b[^.;]{0,25}$", re.IGNORECASE)
# what the recording says of it: none ("I'm not citing for the tobacco", "you're getting a
# warning on the registration") ...
_NOT_CITING = re.compile(
    r"\b(?:not|n't|never)\s+(?:\w+\s+)?(?:going to\s+|gonna\s+)?(?:cite|citing|ticket|ticketing|"
    r"write\s+(?:you|him|her|them|anybody|anyone)\s+(?:up|a ticket|a citation))\b|"
    r"\bno\s+(?:citations?|tickets?)\b|\b(?:getting|get|give you|giving you|just)\s+a\s+"
    r"(?:verbal\s+|written\s+)?warning\b|\bwarning\s+(?:on|for)\b", re.IGNORECASE)
# ... or one ("you're getting a citation for possession", "I'm writing you a ticket")
_CITING = re.compile(
    r"\b(?:I'm|I am|I'll|I will|going to|gonna)\s+(?:be\s+)?(?:cite|citing|write|writing)\b|"
    r"\b(?:getting|get|issue|issuing|give|giving)\s+(?:you\s+|him\s+|her\s+|them\s+)?"
    r"(?:a\s+)?(?:citation|ticket|summons)|\bcitations?\s+for\b", re.IGNORECASE)
_ANYONE = re.compile(r"\b(?:anybody|anyone|nobody|no one|tonight|today)\b", re.IGNORECASE)


def citation_answer(text: str, index: SegmentIndex) -> str | None:
    """A citation the report has issued where the recording has none for that offence ("I'm
    not citing for the tobacco"; "you're getting a warning on the registration") and no
    citation for it either."""
    m = _CITED.search(text)
    if m is None or _CITED_NOT.search(text[:m.start()]) or re.search(
            r"\bwarnings?\b", text, re.IGNORECASE):
        return None
    # the offence: what the citation is "for"
    offence = re.search(r"\bfor\s+([^.;]+)", text[m.end():])
    topic = {t.norm for t in tokenize(offence.group(1)) if t.content} if offence else set()
    said = [(i, {t.norm for t in index.tokens[i]}) for i in range(index.n)]
    declined = [i for i, words in said if _NOT_CITING.search(index.segments[i].text)
                and (not topic or words & topic or _ANYONE.search(index.segments[i].text))]
    issued = [i for i, words in said if _CITING.search(index.segments[i].text)
              and (not topic or words & topic)]
    if not declined or issued:
        return None
    seg = index.segments[declined[0]]
    return (f"The report says a citation was issued, but at {fmt_time(seg.start)} the recording "
            f"has: '{clip(seg.text)}'.")
