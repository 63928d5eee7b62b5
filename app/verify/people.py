"""Who the report names as people (not places): the words a claim may carry that the
recording said once, at an introduction, and then replaced with "he", "she" or "you"; and how a
name's spelling is held against the recording's (a recogniser's near miss is the same name, a
spelling said letter by letter is the person's own)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from app.verify.numbers import COUNT_WORDS
from app.verify.text import Token
from app.verify.vocab import NOT_NAMES

_NAME = r"([A-Z][a-z'-]+(?:'s)?)"
# "Greer stated", "Fields said", "Ms. Ramos", "identified herself as Tanya Greer", "the R/P,
# Donna Fields," (a role word, then a first and last name)
_PATTERNS = (
    re.compile(_NAME + r"\s+(?:also\s+|then\s+|later\s+)?(?:stated|said|says|told|advised|"
               r"admitted|denied|explained|claimed|reported|asked|agreed|refused|replied|"
               r"confirmed|described|identified|declined|indicated|added|yelled|shouted|"
               r"was|had|did|is|has|would|could|became|began|left|walked|ran|drove|returned)\b"),
    re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Officer|Ofc|Sgt|Det|Deputy)\.?\s+" + _NAME),
    re.compile(r"\bidentified (?:himself|herself|themselves|him|her) as (?:[A-Z][a-z'-]+\s+)?"
               + _NAME),
    re.compile(r"\b(?:[A-Z][a-z'-]+)\s+" + _NAME + r"(?=,| \(| stated| said| was)"),
)


# the last word of a place or business name ("Lincoln Elementary School, 400 Maple")
_PLACE_WORDS = frozenset({
    "school", "elementary", "middle", "high", "academy", "college", "university", "store",
    "market", "mart", "shop", "mall", "plaza", "center", "centre", "apartments", "apartment",
    "complex", "building", "tower", "office", "offices", "bank", "church", "library", "park",
    "motel", "hotel", "inn", "bar", "grill", "pub", "cafe", "restaurant", "diner", "pizza",
    "station", "depot", "terminal", "airport", "hospital", "clinic", "pharmacy", "logistics",
    "inc", "llc", "corp", "company", "co", "services", "roofing", "construction", "motors",
    "auto", "garage", "lot", "avenue", "street", "road", "drive", "lane", "boulevard", "way",
    "court", "place", "highway", "county", "city", "township", "village", "heights", "hills",
    "estates", "gardens", "manor", "creek", "river", "lake", "beach", "bridge", "square",
    "walgreens", "target", "walmart", "costco", "safeway", "kroger",
    # a family name's business ("Lindqvist Orchards", "Greenleaf Nursery")
    "orchard", "orchards", "farm", "farms", "nursery", "ranch", "landscaping", "plumbing",
    "electric", "heating", "lumber", "hardware", "bakery", "brewery", "winery", "steakhouse",
    "salon", "studio", "studios", "gym", "fitness", "towing", "trucking", "realty", "tire",
    "tires", "barbecue", "catering", "cleaners", "dental", "pools", "marine", "outfitters",
})


def person_names(report: str) -> frozenset[str]:
    """Lower-cased names the report uses for people."""
    out: set[str] = set()
    for pattern in _PATTERNS:
        for m in pattern.finditer(report):
            name = m.group(1)
            if name.endswith("'s"):
                name = name[:-2]
            low = name.lower()
            if low not in NOT_NAMES and low not in _PLACE_WORDS and len(low) > 2:
                out.add(low)
    # a first name introduced with the last ("Tanya Greer") is the same person
    return frozenset(out)


# "V1, nurse Kayla Okafor," / "S1 Eli Shaw" / "W1 (Tom Reyes)": a party label given to a person
# ("S1 advised that Whitacre had told him" gives S1 no name; "S1 was identified as Cody
# Vrabel" does)
# words that end what describes a person before their name ("W1, assistant principal Okonjo")
_NOT_A_TITLE = (r"stated|said|advised|told|reported|explained|that|was|is|had|has|did|asked|"
                r"denied|admitted|agreed|then|also|and|with|to|at")
_LABELLED = re.compile(r"\b(R/P|[VSWC]\d{1,2})\b(?:[,(]?\s+(?:(?:was|is)\s+identified\s+)?as\s+|"
                       # (the words before the name only after a comma: "W1, assistant
                       # principal Okonjo", not "saw S1 push Brennan")
                       rf"[,(]\s+(?:(?!(?:{_NOT_A_TITLE})\b)[a-z]+\s+){{0,2}}|\s+)"
                       r"([A-Z][a-z'-]+)\b(?:\s+([A-Z][a-z'-]+)\b)?(?:\s+([A-Z][a-z'-]+)\b)?"
                       # "S1, a Hispanic male," describes, it does not name
                       r"(?!\s+(?:male|female|man|woman|juvenile|boy|girl|teen)\b)")


# a role word or two between an employer and the name ("... Cab driver Samir Haddad")
_ROLE_BEFORE_NAME = re.compile(rf"\s+(?!(?:{_NOT_A_TITLE}|or|in|on|of|from|for|who|whose|which|"
                               r"by)\b)[a-z]+(?:\s+[a-z]+)?\s+([A-Z][a-z'-]+)(?:\s+([A-Z][a-z'-]+))?"
                               r"\b(?=\s*[,(])")


def party_labels(report: str) -> dict[str, str]:
    """Party labels ("v1") and the lower-cased last name the report gives them."""
    out: dict[str, str] = {}
    for m in _LABELLED.finditer(report):
        # "W1, Assistant Principal Okonjo": the last of the capitalised words
        name = (m.group(4) or m.group(3) or m.group(2)).lower()
        # ... of the person's name, after a place they work ("V1, Green Star Cab driver Samir
        # Haddad")
        if m.group(0)[len(m.group(1)):].lstrip()[:1] in ",(" and \
                (role := _ROLE_BEFORE_NAME.match(report, m.end())):
            name = (role.group(2) or role.group(1)).lower()
        if name not in NOT_NAMES and name not in _PLACE_WORDS:
            out.setdefault(m.group(1).lower(), name)
    return out


_ROLE_WORDS = frozenset({"driver", "vehicle", "witness", "suspect", "victim", "subject",
                         "party", "person", "passenger", "unit", "male", "female", "car",
                         # fire and medical units: "Medic 4", "Engine 12"
                         "medic", "engine", "ladder", "truck", "rescue", "squad", "ambulance",
                         "battalion", "beat", "sector", "zone", "district", "post"})


def number_labels(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """ "Driver 1", "Vehicle 2": numbers that name a party, not facts to find in the audio."""
    out = []
    for k, (prev, tok) in enumerate(pairwise(tokens)):
        nxt = tokens[k + 2].surface.lower() if k + 2 < len(tokens) else ""
        # ("to the driver three times": a count)
        if prev.surface.lower() in _ROLE_WORDS and nxt not in _COUNTED and (
                tok.kind == "num" or (len(tok.surface) == 1 and tok.surface.isupper())):
            out.append((tok.start, tok.end))
    return out


_COUNTED = COUNT_WORDS | {"time", "more"}


def spelt_otherwise(name: str, seg_tokens: Sequence[list[Token]],
                    said: frozenset[str] = frozenset()) -> tuple[int, Token] | None:
    """A name spelled out letter by letter in the recording one letter away from the claim's,
    or two where the recording never says the claim's (`said`: "Gaudette" where she spelled
    "G A U D E T", but not "Marlow Avenue" where the clerk spelled "M O R R O W"): the
    spelling is the person's own, so the claim's is wrong."""
    name = re.sub(r"['’]s?$", "", name)  # "Albrecht's"
    if len(name) < 4:
        return None
    for i, toks in enumerate(seg_tokens):
        for t in toks:
            if " " not in t.surface or not _SPELT.fullmatch(t.surface):
                continue
            word = t.surface.replace(" ", "").lower()
            if word == name:
                return None
            if word[:1] == name[:1] and (one_edit(name, word) or (
                    name not in said and min(len(name), len(word)) >= 5
                    and edits(name, word) <= 2)):
                return i, t
    return None


_SPELT = re.compile(r"(?:[A-Z] ){3,}[A-Z]")


def near_spelling(name: str, surfaces: frozenset[str]) -> str | None:
    """The word one edit from a name ("Greaves" for "Graves", "Choi" for "Chow"): a spelling
    to check, where the recogniser or the report missed a letter. None where there is none."""
    if len(name) < 4:
        return None
    return next((s for s in sorted(surfaces) if s != name and one_edit(name, s)
                 and abs(len(s) - len(name)) <= 1 and s[:1] == name[:1]), None)


def edits(a: str, b: str) -> int:
    """The number of letters inserted, deleted or changed to turn one word into the other."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] \
            and a[i + 2:] == b[i + 2:]
        return a[i + 1:] == b[i + 1:] or swapped
    return a[i:] == b[i + 1:]
