"""The facts a claim states: numbers, times, plates, names and closed classes (colours, makes,
weapons, substances), each with its place in the claim; rivals.py holds them against the
recording."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.verify.members import (
    MATERIALS,
    TITLES,
    anchor_of,
    decade,
    month_word,
    names_a_weapon,
    titles_a_name,
    verb_use,
)
from app.verify.numbers import (
    OWNERS,
    REPEATS,
    SPANS,
    counted_noun,
    describing,
    numbered,
)
from app.verify.people import near_spelling
from app.verify.plates import is_partial_plate
from app.verify.text import PARTY_LABEL, Token, canonical
from app.verify.vocab import FACT_CLASSES, MONTHS, NOT_NAMES

_UNIT_AFTER = re.compile(
    # the thing counted may follow a word or two that describe it ("12 round yellow pills")
    r"[\s-]*(?:(?:(?!per\b|a\b|an\b|each\b|every\b|of\b|the\b|in\b|to\b|and\b|or\b)"
    r"[a-z]+[\s-]+){1,2}(?=(?:pills?|bags?|beers?|drinks?|tablets?|capsules?)\b))?"
    r"(mph|miles|mile|dollars|\$|years?|yrs?|feet|foot|ft|inch(?:es)?|grams?|g\b|ounces?|oz|"
    r"pounds?|lbs?|minutes?|mins?|hours?|seconds?|times|shots?|percent|%|bags?|"
    # "12 rounds", not the shape of "12 round yellow pills"
    r"rounds|round(?![\s-]+[a-z])|"
    r"pills?|tablets?|capsules?|beers?|drinks?|people|persons|males?|females?|kids|children|"
    r"blocks?|days?|"
    r"weeks?|months?)",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"\b(?:age|aged)\s*$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s*(?:-|\s)?(?:years?|yrs?|yr)[- ]old\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Fact:
    kind: str  # "number", "time", "plate", "name", or a FACT_CLASSES key
    norm: str
    surface: str
    start: int  # offsets within the claim text
    end: int
    anchor: str = ""  # the content word the fact qualifies ("honda" in "grey Honda")
    unit: str = ""  # numbers: the canonical unit after it ("drink" for "beers")
    soft: bool = False  # a small count in words: only a rival count of the same thing matters
    lead: str = ""  # soft counts: the verb just before ("took [three] boxes")
    # soft counts: the other words of the thing counted ("accordion" of "eight custom-sized
    # accordion shutters"), any of which the recording may count it by
    nouns: tuple[str, ...] = ()
    then: str = ""  # soft counts: what they did or became ("nine boxes were [gone]")


def counted_words(text: str, tokens: Sequence[Token], idx: int, counted: Token
                  ) -> tuple[str, ...]:
    """The words that run on from count tokens[idx] ("eight [custom-sized accordion
    shutters] that were"), but for `counted` and words that only describe."""
    out: list[str] = []
    # ("four of the school's Optimist dinghies")
    if idx + 2 < len(tokens) and tokens[idx + 1].surface.lower() == "of" and \
            tokens[idx + 2].surface.lower() in OWNERS:
        idx += 2
    for prev, tok in zip(tokens[idx:idx + 4], tokens[idx + 1:idx + 5], strict=False):
        if tok.kind != "word" or not tok.content or text[prev.end:tok.start].strip() not in (
                "", "-"):
            break
        if tok is not counted and not describing(tok.surface):
            out.append(tok.norm)
    return tuple(out)


# words between a count and what the counted things did ("were still [gone]")
BEING = frozenset({"be", "have", "had", "been", "still", "also", "then"})


def _then(text: str, tokens: Sequence[Token], counted: Token) -> str:
    """The word saying what the counted things were or did, straight after them ("nine boxes
    were gone": "gone"), where no comma comes between; else ""."""
    at = next(k for k, t in enumerate(tokens) if t is counted)
    for prev, tok in zip(tokens[at:], tokens[at + 1:at + 4], strict=False):
        if text[prev.end:tok.start].strip() or tok.kind != "word":
            return ""
        if tok.norm not in BEING:
            return tok.norm if tok.content else ""
    return ""


def extract_facts(claim_text: str, tokens: Sequence[Token], skip: Sequence[tuple[int, int]],
                  *, sentence_start: bool = True, known_names: frozenset[str] = frozenset()
                  ) -> list[Fact]:
    """Facts a claim states. `skip` are header spans checked against metadata instead.

    A capitalised word opening a sentence is a name only when the report also writes it
    capitalised mid-sentence (`known_names`); a clause opening mid-sentence is no sentence start.
    """
    facts: list[Fact] = []

    def skipped(tok: Token) -> bool:
        return any(a <= tok.start < b for a, b in skip)

    # the feet and the inches of a height are one figure ("6'1" is no 1)
    measures = [(t.start, t.end) for t in tokens if t.kind == "measure"]
    for idx, tok in enumerate(tokens):
        if skipped(tok) or (tok.kind == "num" and any(a <= tok.start < b for a, b in measures)):
            continue
        if tok.surface.lower() in MATERIALS and tok.kind == "word" and not (
                idx > 0 and tokens[idx - 1].content and tok.surface.lower() not in (
                    "wooden", "aluminum", "aluminium")):
            # (not the noun of "a tire iron", "a beer glass")
            anchor = anchor_of(tokens, idx, MATERIALS)
            if anchor and anchor != tokens[min(idx + 1, len(tokens) - 1)].norm:
                anchor = ""  # only the thing straight after ("a glass bottle")
            if anchor:
                facts.append(Fact("material", tok.surface.lower(), tok.surface, tok.start,
                                  tok.end, anchor))
                continue
        if (age := decade(claim_text, tok)) is not None:
            facts.append(Fact("decade", age, tok.surface, tok.start, tok.end))
            continue
        if tok.kind == "num" and idx > 0 and tokens[idx - 1].surface.lower().strip(".") in \
                _MONTH_WORDS and not tok.surface[-1].isalnum():
            # "On Saturday, August 3, at approx. 1015 hours": the day of the written date,
            # the case record's ("June 21st" in a narrative is still a figure to find)
            continue
        if tok.kind == "num" and _SHORT_DATE.match(claim_text, tok.start):
            continue  # the month of "07/12" (a date without a year); its day is a figure
        if tok.kind == "num":
            # a bare ordinal-ish small count without a unit is too ambiguous to check
            unit = _UNIT_AFTER.match(claim_text, tok.end)
            dollar = claim_text[tok.start:tok.start + 1] == "$"
            if unit is not None and unit.group(1) == "$" and dollar:
                unit = None  # "$600-$700": a range of dollars, not a count of them
            # ... unless written in digits, which a writer does for a figure that matters
            one = tok.norm == "1" and tok.surface.isalpha()  # "one male": no figure to check
            if tok.surface.lower() in REPEATS:
                # "punched him twice": a count of times, checked against "once", "three times"
                facts.append(Fact("number", tok.norm, tok.surface, tok.start, tok.end,
                                  unit="tim", soft=True))
            elif _AGE_BEFORE.search(claim_text[:tok.start]) or \
                    _AGE_AFTER.match(claim_text, tok.end):
                facts.append(Fact("number", tok.norm, _quote_number(claim_text, tok), tok.start,
                                  tok.end, unit="age"))  # "age 6", "a 6-year-old"
            elif (unit or dollar or "." in tok.norm or int(float(tok.norm)) >= 10 or
                    tok.surface.strip(",.;:").isdigit()) and not one:
                # ("$80 a month" is a price by the month, not a count of months)
                per = canonical(unit.group(1)) if unit else ""
                # ("a court date of April 21": the day of a month, against "April eleventh")
                label = "month" if idx > 0 and tokens[idx - 1].surface.lower() in MONTHS \
                    else numbered(tokens, idx)
                facts.append(Fact("number", tok.norm, _quote_number(claim_text, tok), tok.start,
                                  tok.end, unit="" if dollar and per in SPANS else per,
                                  lead="" if per or dollar else label))
            elif (label := numbered(tokens, idx)) and not unit:
                # "a family of five", "row 8": checked against the family or row the
                # passage numbers
                facts.append(Fact("number", tok.norm, tok.surface, tok.start, tok.end,
                                  lead=label))
            elif (counted := counted_noun(claim_text, tokens, idx)) is not None:
                # "three males": wrong only where the recording counts males otherwise
                lead = tokens[idx - 1] if idx > 0 else None
                facts.append(Fact("number", tok.norm, claim_text[tok.start:counted.end],
                                  tok.start, tok.end, unit=counted.norm, soft=True,
                                  lead=lead.norm if lead is not None and lead.content
                                  and lead.kind == "word" else "",
                                  nouns=counted_words(claim_text, tokens, idx, counted),
                                  then=_then(claim_text, tokens, counted)))
        elif tok.kind in ("plate", "time", "measure"):
            facts.append(Fact(tok.kind, tok.norm, tok.surface, tok.start, tok.end))
        elif tok.kind == "word" and tok.surface.lower() == "both" and idx + 1 < len(tokens) \
                and tokens[idx + 1].surface.lower() in ("hands", "fists", "arms", "feet"):
            # "with both hands": two, against "with one hand"
            facts.append(Fact("number", "2", claim_text[tok.start:tokens[idx + 1].end],
                              tok.start, tok.end, unit=tokens[idx + 1].norm, soft=True))
        elif tok.kind == "word":
            low = tok.surface.lower()
            if verb_use(tokens, idx):
                continue  # "both bear asset tags", "he had to duck": a verb, no animal
            if not names_a_weapon(tokens, idx):
                continue  # "I fixed it", "the utility pole", "the fuel gauge"
            if is_partial_plate(claim_text, tok):
                # "a partial plate beginning with 8TY"
                facts.append(Fact("plate", tok.norm, tok.surface, tok.start, tok.end,
                                  unit="partial"))
                continue
            if month_word(tokens, idx):
                # the month, written with its capital mid-sentence ("the safe in March")
                facts.append(Fact("month", low, tok.surface, tok.start, tok.end))
                continue
            for kind, members in FACT_CLASSES.items():
                if low in members and kind in TITLES and tok.surface.islower() and \
                        titles_a_name(tokens, idx):
                    break  # "the neighbor, Tony Esposito", "bartender Jess Harlan": who, not
                    # a detail the recording must hold
                if low in members:
                    facts.append(Fact(kind, low, tok.surface, tok.start, tok.end,
                                      anchor_of(tokens, idx, members)))
                    break
            else:
                if _is_name(claim_text, tokens, idx, sentence_start, known_names):
                    facts.append(Fact("name", tok.norm, tok.surface, tok.start, tok.end))
    # "three or four beers": the first of a range counts the same thing
    for k in range(2, len(tokens)):
        fact = next((f for f in facts if f.start == tokens[k].start and f.kind == "number"
                     and f.unit), None)
        first = tokens[k - 2]
        if fact is not None and tokens[k - 1].surface.lower() in ("or", "to") and \
                first.kind == "num" and not any(f.start == first.start for f in facts):
            facts.append(Fact("number", first.norm, first.surface, first.start, first.end,
                              unit=fact.unit, soft=True))
    return facts


def _quote_number(text: str, tok: Token) -> str:
    unit = _UNIT_AFTER.match(text, tok.end)
    return text[tok.start:unit.end()].strip() if unit else tok.surface


def _is_name(text: str, tokens: Sequence[Token], idx: int, sentence_start: bool,
             known_names: frozenset[str]) -> bool:
    tok = tokens[idx]
    s = tok.surface
    low = s.lower().removesuffix("'s").removesuffix("’s")
    if not s[:1].isupper() or low in NOT_NAMES or PARTY_LABEL.fullmatch(low) or len(low) < 2 \
            or (s.isupper() and low.endswith("s") and low[:-1] in NOT_NAMES) or \
            (s[:-1].isupper() and s.endswith("s") and low[:-1] in NOT_NAMES):
        return False  # "R/P's", "SFSTs", "V1's"
    s = s.removesuffix("'s").removesuffix("’s")
    # an acronym names an organisation or a place ("UK", "HR"); a long capitalised run is
    # shouting or a heading, not a name
    acronym = s.isupper() and s.isalpha() and 2 <= len(s) <= 4
    if (s.isupper() and len(s) > 1 and not acronym) or (len(s) < 3 and not acronym):
        return False
    before = text[max(0, tok.start - 4):tok.start].rstrip()
    # "Mr. Abernethy": the stop of a title ends no sentence
    if re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?$", before):
        return True
    # ... nor a quote that gives a name ('entered the name "Jake"')
    if re.search(r"\b(?:name|named|called)\s+[\"“]$", text[max(0, tok.start - 12):tok.start]):
        return True
    # sentence-initial capitals are not evidence of a name; after a quote opening neither
    if (idx == 0 and sentence_start) or before.endswith(("\"", "“", ":", ".", "(", "[")):
        # "Tamika Brown said ..." -- a first and last name open the sentence
        after = tokens[idx + 1] if idx + 1 < len(tokens) else None
        nxt = after.surface if after and text[tok.end:after.start] == " " else ""
        full_name = nxt[:1].isupper() and nxt.lower() not in NOT_NAMES and len(nxt) > 2
        # "Ellingsen advised ..." where the report elsewhere has "Ruth Ellingson": the same
        # person, spelled another way
        respelt = near_spelling(s.lower(), known_names) is not None
        return s.lower() in known_names or full_name or respelt
    return True


@dataclass(frozen=True, slots=True)
class FactProblem:
    fact: Fact
    contradicted: bool  # False: the recording never states it
    evidence_quote: str | None  # the conflicting words in the recording
    evidence_segment: int | None  # index into the segment list
    evidence_token: str | None = None  # the rival's normalised value ("45")
    same_unit: bool = False  # the rival has the claim's unit ("45 miles" for "55 miles")


_SHORT_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")
_MONTH_WORDS = frozenset({*MONTHS, "may", "march", "jan", "feb", "mar", "apr", "jun", "jul",
                          "aug", "sep", "sept", "oct", "nov", "dec"})
