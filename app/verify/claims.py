"""Split a report into claims: sentences, and the clauses of sentences that join separate facts.

Offsets are kept as Python string indices into the report. Police abbreviations ("Ofc.",
"approx.", "No.", initials "J.") do not end a sentence; a blank line or a line break always does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations that are always followed by more of the sentence (titles, "approx.", "No.").
_ABBREVIATIONS = frozenset([
    "ofc", "sgt", "det", "lt", "capt", "cpl", "dep", "insp", "supt", "mr", "mrs", "ms", "dr", "no",
    "nos", "vs", "approx", "e.g", "i.e", "a.k.a", "aka", "att", "ref", "tel", "ext", "fig", "est",
    "prox", "veh", "dept",
])
# Abbreviations that may also end a sentence: they do when a capitalised word follows.
_ENDERS = frozenset([
    "st", "ave", "blvd", "rd", "hwy", "apt", "etc", "a.m", "p.m", "inc", "co",
    "mph", "min", "max", "sec", "hr", "hrs", "lb", "lbs", "oz", "ft", "mt", "jr", "sr", "misc",
    "div", "dob", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
])

_TURN_VERBS = (
    r"says|said|tells|told|asks|asked|agrees|agreed|confirms|confirmed|suggests|suggested|"
    r"replies|replied|responds|responded|offers|offered|explains|explained|admits|admitted|"
    r"denies|denied|refuses|refused|decides|decided|mentions|mentioned|invites|invited|"
    r"promises|promised|reminds|reminded|states|stated|advises|advised|reports|reported|"
    r"claims|claimed|insists|insisted|proposes|proposed|recommends|recommended|warns|warned|"
    r"informs|informed|accepts|accepted|rejects|rejected|declines|declined|thanks|thanked|"
    r"answers|answered|adds|added|points|pointed"
)
# Where one sentence joins separate facts: split into clauses on these when both sides are
# long enough to be a fact of their own.
_CLAUSE_BREAK = re.compile(
    r";\s+|,\s+(?:and|but|then|so|where|after which|at which point)\s+(?=\w)"
    r"|\s+(?:and then|but)\s+(?=(?:he|she|they|i|we|the|his|her|it)\b)"
    r"|,\s+(?=(?:he|she|they|i|we)\s+(?:then|also|later)?\s*\w+ed\b)"
    r"|,?\s+and\s+that\s+(?=(?:he|she|they|i|we|it|the|his|her)\b)"  # "said X and that Y"
    # "Smith said X and Jones told me Y": a second person's words are a claim of their own
    r"|,?\s+(?:and|but|while|whereas)\s+(?=(?-i:[A-Z][a-z]+)\s+(?:" + _TURN_VERBS + r")\b)",
    re.IGNORECASE,
)
_MIN_CLAUSE_WORDS = 4
# an opening adverbial of time or place with no verb of its own
_OPENER = re.compile(r"\s*(?:On|At|Around|About|Approximately|Approx\.?|Shortly after|"
                     r"Shortly before|At approximately|At approx\.?)\b[^,;]*?\d[^,;]*",
                     re.IGNORECASE)
# ... or of manner ("With V1's consent, I searched ..."): no clause of its own either
_LEAD_PHRASE = re.compile(r"\s*(?:With|Without|Per|Upon|Following|According to|At the request of"
                          r"|In the presence of)\b[^,;]*", re.IGNORECASE)
_PHRASE_HEAD = re.compile(r"(?:out|back|in|into|onto|on|up|down|off|over|inside|outside)\s+"
                          r"(?!(?:he|she|they|I|we)\b)")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_STARTERS = frozenset({"the", "a", "an", "he", "she", "they", "i", "we", "it", "his", "her",
                       "their", "this", "that", "there", "at", "on", "in", "after", "when",
                       "while", "later", "then", "both", "no", "my", "officer"})
_SENTENCE_GAP = re.compile(r"[\"')\]]*(\s|$)")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


def _is_boundary(text: str, dot: int) -> bool:
    """Whether the '.', '!' or '?' at `dot` ends a sentence."""
    ch = text[dot]
    nxt = text[dot + 1:dot + 3]
    if ch in "!?":
        return True
    # a decimal number or a dotted abbreviation continues ("3.5", "a.m.")
    if dot + 1 < len(text) and text[dot + 1].isalnum():
        return False
    m = re.search(r"([A-Za-z.]+)$", text[max(0, dot - 12):dot])
    word = m.group(1).lower().strip(".") if m else ""
    if word in _ABBREVIATIONS:
        return False
    if word in _ENDERS:
        if not _CAPITAL_NEXT.match(text, dot + 1):
            return False
        # "to St. Mary's" is a name; "on Main St. The driver" ends a sentence
        before = re.search(r"(\S+)\s+\S+$", text[max(0, dot - 60):dot])
        return word != "st" or bool(before and before.group(1)[:1].isupper())
    # the last letter of a slashed label ("the R/P. Takahashi stated") is no initial
    slashed = text[max(0, dot - 2):dot - 1] == "/"
    # ... nor that of a plate or a code ("beginning with H7B. Oduya described")
    coded = dot >= 2 and text[dot - 2].isalnum()
    if m and len(m.group(1)) == 1 and m.group(1).isupper() and not slashed and not coded:
        # an initial ("J. Alvarez"), unless a sentence plainly starts after it
        # ("... for Driver B. The witness")
        nxt_word = _NEXT_WORD.match(text, dot + 1)
        # ... or the letter names a place, not a person ("County Road J. Vandermolen stated",
        # "room four, bunk B. Whitcombe stated")
        place = re.search(r"(\S+)\s+[A-Z]$", text[max(0, dot - 30):dot])
        if place and (place.group(1).lower() in _LETTERED or (
                place.group(1).isalpha() and place.group(1).islower()
                and place.group(1) not in _BEFORE_A_NAME)) and \
                _CAPITAL_NEXT.match(text, dot + 1):
            return True
        return nxt_word is None or nxt_word.group(1).lower() in _STARTERS
    return bool(_SENTENCE_GAP.match(text, dot + 1)) or nxt == ""


# words a person's initial follows ("and that G. Varga needed to pay", "told J. Ames")
_BEFORE_A_NAME = frozenset({"that", "and", "or", "but", "to", "with", "by", "from", "for", "of",
                            "as", "than", "when", "while", "because", "if", "whom", "told",
                            "advised", "asked", "contacted", "identified", "named", "called",
                            "met", "saw", "including", "whose", "where", "victim",
                            "suspect", "witness", "driver", "owner", "manager", "employee"})
# the places a single letter names ("Building C", "Lot B")
_LETTERED = frozenset({"road", "rd", "street", "avenue", "ave", "lane", "drive", "building", "bldg",
                       "unit", "apt", "apartment", "suite", "lot", "section", "row", "bay", "gate",
                       "terminal", "concourse", "hall", "wing", "level", "bunk", "room", "aisle",
                       "court", "dock", "pier", "tower", "block", "zone", "field", "plan"})


def split_sentences(text: str) -> list[Span]:
    spans: list[Span] = []
    for para in re.finditer(r"[^\n]+", text):
        line_start = para.start()
        line = para.group(0)
        start = 0
        i = 0
        while i < len(line):
            if line[i] in ".!?" and _is_boundary(line, i):
                end = i + 1
                while end < len(line) and line[end] in "\"')]”’.!?":
                    end += 1
                _add(spans, line, line_start, start, end)
                start = end
                i = end
                continue
            i += 1
        _add(spans, line, line_start, start, len(line))
    return spans


def _add(spans: list[Span], line: str, base: int, start: int, end: int) -> None:
    piece = line[start:end]
    stripped = piece.strip()
    if not stripped or not re.search(r"[A-Za-z0-9]", stripped):
        return
    lead = len(piece) - len(piece.lstrip())
    # list markers are not part of a claim
    marker = re.match(r"(?:[-*•]|\d{1,2}[.)])\s+", stripped)
    if marker:
        lead += marker.end()
        stripped = stripped[marker.end():]
    s = base + start + lead
    spans.append(Span(s, s + len(stripped), stripped))


def split_clauses(sentence: Span) -> list[Span]:
    """Clauses of a sentence joining separate facts; the sentence itself when it does not."""
    text = sentence.text
    # never split inside quotes or brackets
    quoted = re.finditer(r"\"[^\"]*\"|“[^”]*”|\[[^\]]*\]", text)
    protected = [(m.start(), m.end()) for m in quoted]
    cuts: list[tuple[int, int]] = []
    for m in _CLAUSE_BREAK.finditer(text):
        if any(a <= m.start() < b for a, b in protected):
            continue
        cuts.append((m.start(), m.end()))
    if not cuts:
        return [sentence]
    pieces: list[tuple[int, int]] = []
    prev = 0
    for a, b in cuts:
        pieces.append((prev, a))
        prev = b
    pieces.append((prev, len(text)))
    merged: list[tuple[int, int]] = []
    for a, b in pieces:
        words = len(re.findall(r"\w+", text[a:b]))
        # "On 03/09/2026 at approx. 1640 hours, I responded ...": a time, not a clause
        first = text[merged[0][0]:merged[0][1]] if len(merged) == 1 else ""
        opener = bool(first) and bool(_OPENER.fullmatch(first) or (
            _LEAD_PHRASE.fullmatch(first) and len(re.findall(r"\w+", first)) <= 6))
        # "..., back on the board at 1924 hours, and out again at 2214 hours": the last item
        # of a list of phrases, no clause of its own
        listed = merged and _PHRASE_HEAD.match(text, a) and re.search(
            r",\s+" + _PHRASE_HEAD.pattern, text[merged[-1][0]:merged[-1][1]])
        if merged and (words < _MIN_CLAUSE_WORDS or _short(text, merged[-1]) or opener
                       or listed):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    if len(merged) > 1 and _short(text, merged[-1]):
        last = merged.pop()
        merged[-1] = (merged[-1][0], last[1])
    out = []
    for a, b in merged:
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        out.append(Span(sentence.start + a + lead, sentence.start + a + lead + len(body), body))
    return out


def _short(text: str, piece: tuple[int, int]) -> bool:
    return len(re.findall(r"\w+", text[piece[0]:piece[1]])) < _MIN_CLAUSE_WORDS


def split_claims(report: str) -> list[Span]:
    out: list[Span] = []
    for sentence in split_sentences(report):
        out.extend(split_clauses(sentence))
    return out
