"""An earlier occasion a report adds to what the recording tells ("S1 had been asked to leave
on a prior occasion", "the same green minivan", "the third intrusion"): the passage the claim
rests on should speak of another time too, or the officer confirms it from their own knowledge
or records."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.domain import Segment

# an earlier occasion ("had previously been warned", "on a prior occasion", "earlier that
# week"), and the words a passage tells of another time in
_HISTORY = re.compile(r"\b(?:previously|prior\b(?! to)|earlier (?:that|in the|this)|on a previous|"
                      r"history of|in the past|before that day|the (?:week|day|night|month) before|"
                      r"last (?:week|month|year)|twice before|had (?:already )?been warned|"
                      r"the same (?:\w+ ){0,2}(?:male|man|woman|juvenile|person|vehicle|car|"
                      r"truck|suv|van|minivan|sedan|pickup|group)\b|"
                      r"(?:second|third|fourth|fifth) (?:time|intrusion|incident|theft|break-in|"
                      r"occasion)|twice (?:this|that|in the|before)|"
                      r"(?:in|by) a similar (?:\w+ )?(?:theft|incident|break-in|scheme|scam))",
                      re.IGNORECASE)
_HISTORY_CUE = re.compile(r"\b(?:before|again|last (?:time|week|month|year|night|summer|season)|"
                          r"already|earlier|previous(?:ly)?|prior|used to|every time|times|"
                          r"third time|second time|yesterday|ago|other day|always|history|this "
                          r"morning|past|once|twice|same (?:guy|one|kid|man|lady|woman|truck|car)|"
                          r"warned|record|priors|been here|came in|keeps|kept|month|week|year|"
                          r"season|summer|spring|fall|winter)\b", re.IGNORECASE)
_NO_HISTORY = re.compile(r"\b(?:no|any|never|not)\s+(?:\w+\s+)?(?:prior|previous)", re.IGNORECASE)


def earlier_occasion(text: str, places: Sequence[int], segments: Sequence[Segment]
                     ) -> str | None:
    """The words of an earlier occasion the claim tells of ("previously"), where none of the
    passage's segments `places` speaks of another time at all; else None. Not "prior to my
    arrival", nor what never happened before ("no prior problems")."""
    earlier = _HISTORY.search(text)
    if earlier is None or _NO_HISTORY.search(text):
        return None
    if any(_HISTORY_CUE.search(segments[i].text) for i in places):
        return None
    return earlier.group(0)
