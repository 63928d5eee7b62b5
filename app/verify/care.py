"""Hurt or not, treated or not: "V1 requested medical attention" where the passage has "I'm
fine, I don't need anything"; "Feeney was transported to the hospital" against "I'm not going
to the hospital"; "she was injured" against "Are you hurt?" / "No, I'm okay"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.verify.checks import fmt_time
from app.verify.index import Match, SegmentIndex
from app.verify.speech import clip
from app.verify.words import is_question, turn_sentences

_CARE = r"(?:medical|medics?|EMS|ambulance|transport\w*|treatment|paramedics?|hospital)"
# what a claim says of care: wanted it, or turned it down
_WANTS_CARE = re.compile(rf"\b(?:requested|asked\s+for|accepted|agreed\s+to|wanted)\b[^.;]{{0,40}}?"
                         rf"\b{_CARE}|\bwas\s+transported\b|\btransported\s+\w+\s+to\b",
                         re.IGNORECASE)
# a person's own choice of care, which the recording settles once
_CHOICE = re.compile(r"\b(?:agreed\s+to\s+(?:be\s+transported|go\s+to\s+the\s+hospital)|"
                     r"(?:accepted|declined|refused)\s+(?:medical\s+)?(?:transport|treatment|"
                     r"an?\s+ambulance|EMS|medical\s+(?:attention|care))|declined\s+to\s+be\s+"
                     r"(?:transported|evaluated|seen)|was\s+transported\s+(?:by\s+\w+\s+)?to\s+"
                     r"(?:the\s+)?hospital)\b", re.IGNORECASE)
_TURNS_DOWN_CARE = re.compile(rf"\b(?:declined|refused)\b[^.;]{{0,40}}?\b{_CARE}",
                              re.IGNORECASE)
# ... and of harm: hurt, or not
_HURT = re.compile(r"\b(?:was|were)\s+(?:injured|hurt)\b|\bcomplained\s+of\b|"
                   r"\b(?:his|her|their)\s+\w+\s+was\s+(?:injured|hurt)\b|\breported\s+pain\b",
                   re.IGNORECASE)
_UNHURT = re.compile(r"\b(?:was|were)\s+not\s+(?:injured|hurt)\b|\bno\s+(?:injur\w*|pain|"
                     r"complaints?\s+of\s+pain)\b|\bdenied\s+(?:any\s+)?(?:pain|injur\w*)\b|"
                     r"\buninjured\b|\b(?:no\s+one|nobody|none|neither\b[^.;]{0,40}?)\s+(?:was|were)\s+"
                     r"(?:injured|hurt)\b", re.IGNORECASE)

# what the recording says
_NO_CARE = re.compile(r"\b(?:don't|do\s+not|doesn't)\s+need\s+(?:an?\s+|any\s+)?(?:ambulance|"
                      r"medics?|EMS|anything|a\s+doctor|to\s+go)\b|\bnot\s+going\s+to\s+(?:the\s+)?"
                      r"hospital\b|\bno\s+ambulance\b|\b(?:don't|do\s+not)\s+(?:wanna|want\s+to)\s+"
                      r"go\s+to\s+the\s+hospital\b|\b(?:refus|declin)\w*\s+transport\b|\bsign\s+a\s+refusal\b|"
                      r"\bno,?\s+I\s+don't\s+want\s+to\s+go\b",
                      re.IGNORECASE)
_ASKS_CARE = re.compile(r"\b(?:medics?|ambulance|EMS|hospital|checked\s+out|paramedics?|"
                        r"medical|doctor|take\s+you\s+in)\b", re.IGNORECASE)
_ASKS_HURT = re.compile(r"\b(?:hurt|injured|injuries|pain|okay|ok)\b", re.IGNORECASE)
_YES = re.compile(r"^\W*(?:yes|yeah|yep|please)\b", re.IGNORECASE)
_NO = re.compile(r"^\W*(?:no|nope|nah)\b|^\W*I'?m\s+(?:fine|okay|ok|good|alright|all\s+right)\b",
                 re.IGNORECASE)
_NOT_HURT = re.compile(r"\b(?:not|wasn't|isn't|didn't|nobody|no\s+one)(?:'s)?\s+(?:\w+\s+)?"
                       r"(?:hurt|injured)\b|\bno\s+pain\b", re.IGNORECASE)
_HURTS = re.compile(r"\b(?:hurts|hurting|pain|bleeding|sore|throbbing|bruised|swollen)\b",
                    re.IGNORECASE)


def care_conflict(text: str, match: Match, index: SegmentIndex) -> str | None:
    """A claim of care wanted or turned down, or of harm done or not, against the answer its
    passage gives."""
    if not match.ranked:
        return None
    near = sorted({*match.window, *(i + 1 for i in match.window if i + 1 < index.n)})
    found = _conflict(text, near, index)
    # whether they went to hospital is settled once, wherever the passage is ("Do you want
    # to go to the hospital?" / "No, I don't want to go"): the whole recording, where it
    # answers one way only
    if found is None and _CHOICE.search(text):
        found = _conflict(text, range(index.n), index, care_only=True)
    if found is None:
        return None
    seg = index.segments[found[0]]
    return (f"The report {found[1]}, but at {fmt_time(seg.start)} the recording has: "
            f"'{clip(seg.text)}'.")


def _conflict(text: str, near: Sequence[int], index: SegmentIndex, care_only: bool = False
              ) -> tuple[int, str] | None:
    """The turn among `near` that answers the claim's care or harm the other way, and what
    the report has."""
    asked_care = [i for i in near if i > 0 and _last_question(index, i - 1, _ASKS_CARE)]
    asked_hurt = [i for i in near if i > 0 and _last_question(index, i - 1, _ASKS_HURT)]
    declined = [i for i in near if _NO_CARE.search(index.segments[i].text)
                or (i in asked_care and _NO.match(index.segments[i].text))]
    accepted = [i for i in asked_care if _YES.match(index.segments[i].text)]
    unhurt = [i for i in near if _NOT_HURT.search(index.segments[i].text)
              or (i in asked_hurt and _NO.match(index.segments[i].text))]
    hurt = [i for i in near if _HURTS.search(index.segments[i].text) and i not in unhurt]
    found: tuple[int, str] | None = None
    if _WANTS_CARE.search(text) and declined and not accepted:
        found = declined[0], "has them asking for or getting medical care"
    elif _TURNS_DOWN_CARE.search(text) and accepted and not declined:
        found = accepted[0], "has them turning down medical care"
    elif care_only:  # (harm is read only where the passage tells it)
        return None
    elif _HURT.search(text) and not _UNHURT.search(text) and unhurt and not hurt:
        found = unhurt[0], "has them hurt"
    elif _UNHURT.search(text) and hurt and not unhurt:
        found = hurt[0], "has them unhurt"
    return found


def _last_question(index: SegmentIndex, i: int, about: re.Pattern[str]) -> bool:
    """Whether turn i ends with a question on `about`."""
    last = turn_sentences(index.segments[i].text)[-1]
    return is_question(last) and bool(about.search(last))
