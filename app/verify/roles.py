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
from app.verify.index import Match, SegmentIndex
from app.verify.speech import clip
from app.verify.text import Token, tokenize

_REACH = 8  # words either side of the act that may name its doer or receiver
_SAYING = frozenset({"stat", "say", "said", "tell", "told", "advis", "explain", "report",
                     "claim", "ask", "saw", "see", "hear", "heard", "believ", "think", "thought"})
_PASSIVE = re.compile(r"\b(?:was|were|got|been|being|is|are)\s+\w+(?:ed|en)?\s+by\b",
                      re.IGNORECASE)
_FULL = re.compile(r"\b([A-Z][a-z'-]+)\s+([A-Z][a-z'-]+)\b")


def person_ids(texts: Sequence[str], persons: frozenset[str]) -> dict[str, str]:
    """Lower-cased name -> the person's key (their last name where a full name is known)."""
    ids = {p: p for p in persons}
    for text in texts:
        for first, last in _FULL.findall(text):
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
    if not ids or not match.window or _PASSIVE.search(text):
        return None
    window_texts = [index.segments[i].text for i in match.window]
    named = [(k, t) for k, t in enumerate(tokens)
             if t.surface[:1].isupper() and t.surface.lower() in ids]
    for (ka, a), (kb, b) in pairwise(named):
        pa, pb = ids[a.surface.lower()], ids[b.surface.lower()]
        acts = [t for t in tokens[ka + 1:kb] if t.content and t.kind == "word"
                and not t.surface[:1].isupper() and t.norm not in _SAYING]
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
                before = {ids[w.surface.lower()] for w in said[max(0, k - _REACH):k]
                          if w.surface[:1].isupper() and w.surface.lower() in ids}
                after = {ids[w.surface.lower()] for w in said[k + 1:k + 1 + _REACH]
                         if w.surface[:1].isupper() and w.surface.lower() in ids}
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
