"""What the officer saw: claims the audio cannot hold, unless the officer says it on camera."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.domain import Segment
from app.verify.index import SUPPORTED, Match
from app.verify.speech import ON_THE_RADIO, is_officer
from app.verify.vocab import VISUAL_MARKERS
from app.verify.words import is_question, turn_sentences

_PERCEIVED = re.compile(
    r"\bI(?:'m| am)?\s+(?:can\s+|could\s+|can't\s+|don't\s+|didn't\s+|do not\s+|did not\s+|"
    r"do\s+|did\s+)?(?:(?:uh|um),?\s+)?"
    r"(?:see|seeing|saw|notice|noticed|observe|observed|look at|looking at|watching|reading|"
    r"smell|smelling|smelled|detect|detected|hear|hearing)\b|\blooks like\b"
    # the officer describing what is in front of them ("Your cheek's swelling", "There's a
    # balloon floating by the sensor", "I've got one running southbound")
    r"|\byour\s+\w+(?:'s|\s+is|\s+are)\s+\w+ing\b|\bthere(?:'s| is| are)\s+(?:a|an|some|two|the)\b"
    r"|\bI(?:'ve)?\s+got\s+(?:a|an|one|two|some)\b"
    # ... and at an injury ("Okay, you got a scrape there"; "Your cheek's a little red")
    r"|\byou(?:'ve)?\s+got\s+(?:a|an|some)\b"
    r"|\byour\s+\w+(?:'s|\s+is|\s+are)\s+(?:a little|kind of|pretty|really|all)\s+\w+",
    re.IGNORECASE)
# photographs the officer says they take ("I'm gonna take some photos", "Photos done")
_PHOTOS = re.compile(r"\b(?:photograph\w*|photos?|pictures?)\b", re.IGNORECASE)


# the least share of the claim an officer's passage holds to tell what they saw
_TOLD_SHARE = 0.45
_IN_FRONT = re.compile(r"\b(?:what's|what is)\s+(?:that|this)\b|\bthat\s+\w+\s+(?:bottle|bag|"
                       r"baggie|pipe|can|cup|knife|box|thing)\b", re.IGNORECASE)


def perceived(match: Match, segments: Sequence[Segment], officer_names: tuple[str, ...],
              text: str = "") -> bool:
    """Whether the passage has someone who is not a civilian saying what they perceive (or,
    for "I photographed", that they take the photographs)."""
    photos = bool(_PHOTOS.search(text))
    # where the recogniser gave the officer a label of their own, its other anonymous voices
    # ("SPEAKER 1") are someone else's
    known = any(is_officer(seg.speaker, officer_names) for seg in segments)
    for i in match.window:
        seg = segments[i]
        role = is_officer(seg.speaker, officer_names)
        role = False if role is None and known and seg.speaker else role
        if role is not False and (_PERCEIVED.search(seg.text)
                                  or (photos and _PHOTOS.search(seg.text))):
            return True
    # a labelled officer telling it among the two best passages ("You're bleeding a little
    # from the lip. You want medics?"), or asking about what is in front of them ("what's that
    # in your cup holder, the orange bottle?")
    for i in match.ranked[:2]:
        seg = segments[i]
        if is_officer(seg.speaker, officer_names) and match.segment_scores[i] >= _TOLD_SHARE \
                and not ON_THE_RADIO.search(seg.text) and "last seen" not in seg.text.lower() \
                and (any(not is_question(s) for s in turn_sentences(seg.text))
                     or _IN_FRONT.search(seg.text)):
            return True
    # the officer describing it aloud ("Windows are up, engine's off"; "Damage on the Civic
    # is the rear bumper, cracked"): the best passage is theirs and holds the claim
    best = match.ranked[0] if match.ranked else None
    if best is not None and match.score >= SUPPORTED:
        seg = segments[best]
        role = is_officer(seg.speaker, officer_names)
        # (not a broadcast: "suspect last seen northbound" relays what a witness saw)
        return (role or (role is None and not (known and seg.speaker))) and \
            not is_question(seg.text) and not ON_THE_RADIO.search(seg.text) and \
            "last seen" not in seg.text.lower()
    return False


# someone else's account ("Dale advised that the rack camera footage showed ..."): what they
# saw is theirs to tell, not the officer's to confirm
_REPORTED = re.compile(r"\b(?:stated|advised|said|reported|explained|told me|described)\b")


def is_visual(text: str) -> bool:
    # ("I also observed", "I then noticed")
    low = re.sub(r"\bi (?:also|then|further|additionally|later|again|now) ", "i ",
                 text.lower())
    for marker in VISUAL_MARKERS:
        at = low.find(marker)
        if at < 0:
            continue
        if marker.startswith("i ") or not _REPORTED.search(low, 0, at):
            return True
    return False
