"""What the officer saw: claims the audio cannot hold, unless the officer says it on camera."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.domain import Segment
from app.verify.index import Match
from app.verify.speech import is_officer
from app.verify.vocab import VISUAL_MARKERS

_PERCEIVED = re.compile(
    r"\bI(?:'m| am)?\s+(?:can\s+|could\s+|can't\s+|don't\s+|didn't\s+|do not\s+|did not\s+)?"
    r"(?:see|seeing|saw|notice|noticed|observe|observed|look at|looking at|watching|reading|"
    r"smell|smelling|smelled|detect|detected|hear|hearing)\b|\blooks like\b"
    # the officer describing what is in front of them ("Your cheek's swelling", "There's a
    # balloon floating by the sensor", "I've got one running southbound")
    r"|\byour\s+\w+(?:'s|\s+is|\s+are)\s+\w+ing\b|\bthere(?:'s| is| are)\s+(?:a|an|some|two|the)\b"
    r"|\bI(?:'ve)?\s+got\s+(?:a|an|one|two|some)\b", re.IGNORECASE)


def perceived(match: Match, segments: Sequence[Segment], officer_names: tuple[str, ...]
              ) -> bool:
    """Whether the passage has someone who is not a civilian saying what they perceive."""
    for i in match.window:
        seg = segments[i]
        role = is_officer(seg.speaker, officer_names)
        if role is not False and _PERCEIVED.search(seg.text):
            return True
    return False


def is_visual(text: str) -> bool:
    low = text.lower()
    return any(marker in low for marker in VISUAL_MARKERS)
