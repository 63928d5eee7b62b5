"""Fact checks on a claim's evidence: numbers, times, plates, names, closed classes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from app.verify.clock import CLOCK_WORDS, said_as_time, same_hour
from app.verify.members import (
    DECADES,
    EXACT_CLASSES,
    GENERIC,
    KNIFE_KINDS,
    MATERIALS,
    ONE_PER_THING,
    TITLES,
    anchor_of,
    beside,
    decade,
    in_name,
    month_word,
    names_a_weapon,
    same_material,
    same_member,
    titles_a_name,
    verb_use,
)
from app.verify.numbers import (
    REPEATS,
    SPANS,
    YEAR,
    after_time_word,
    ages,
    asks_age,
    asks_how_many,
    asks_time,
    comparable,
    counted_noun,
    distance,
    is_ordinal,
    numbered,
    of_them,
    time_spans,
    with_unit,
)
from app.verify.people import near_spelling, spelt_otherwise
from app.verify.plates import is_partial_plate, plates_read
from app.verify.spoken import NOTES
from app.verify.text import PARTY_LABEL, Token, canonical
from app.verify.vocab import FACT_CLASSES, MONTHS, NOT_NAMES

_UNIT_AFTER = re.compile(
    r"[\s-]*(mph|miles|mile|dollars|\$|years?|yrs?|feet|foot|ft|inch(?:es)?|grams?|g\b|ounces?|oz|"
    r"pounds?|lbs?|minutes?|mins?|hours?|seconds?|times|rounds?|shots?|percent|%|bags?|"
    r"pills?|beers?|drinks?|people|persons|males?|females?|kids|children|blocks?|days?|"
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
                                  and lead.kind == "word" else ""))
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


def check_facts(facts: Sequence[Fact], window: Sequence[int], seg_tokens: Sequence[list[Token]],
                all_norms: frozenset[str], all_surfaces: frozenset[str]) -> list[FactProblem]:
    problems: list[FactProblem] = []
    win_tokens = [(i, t) for i in window for t in seg_tokens[i]]
    # A number the claim itself states elsewhere ("45 mph in a 25 zone") is that fact's match,
    # not a rival of the claim's other numbers.
    claimed = {f.norm for f in facts if f.kind == "number"}
    anchors = [f.anchor for f in facts if f.kind == "colour" and f.anchor]
    twice = {a for a in anchors if anchors.count(a) > 1}
    for fact in facts:
        if fact.kind == "material":
            # "a wooden bat" where the passage says "an aluminum bat"
            told = [(i, t) for i, t in win_tokens if t.surface.lower() in MATERIALS
                    and fact.anchor and beside(seg_tokens[i], t, fact.anchor)]
            if told and not any(same_material(fact.norm, t.surface) for _, t in told):
                i, t = told[0]
                problems.append(FactProblem(fact, True, t.surface, i, t.norm))
            continue
        if fact.kind == "decade":
            # "in their forties" where the passage says "sixties maybe"
            told = [(i, t) for i, t in win_tokens if t.surface.lower() in DECADES]
            if told and not any(DECADES[t.surface.lower()] == fact.norm for _, t in told):
                i, t = told[0]
                problems.append(FactProblem(fact, True, t.surface, i, t.norm))
            continue
        if fact.kind == "name":
            spelt = spelt_otherwise(fact.surface.lower(), seg_tokens)
            if spelt is not None:
                # "Lindquist" where the person spelled it "L I N D Q V I S T"
                i, t = spelt
                problems.append(FactProblem(fact, True, t.surface, i, t.norm))
                continue
            if fact.norm in all_norms or fact.surface.lower() in all_surfaces:
                continue
            near = near_spelling(fact.surface.lower(), all_surfaces)
            if near is not None:
                # "Graves" where the recording has "Greaves": the one to check letter by
                # letter (a recogniser's near miss or the report's)
                at = next(((i, t) for i, t in win_tokens if t.surface.lower() == near), None)
                problems.append(FactProblem(fact, True, near.title(), *(at[0], at[1].norm)
                                            if at else (None, None)))
                continue
            problems.append(FactProblem(fact, False, None, None))
            continue
        if fact.kind == "number" and fact.unit:
            counted = [(i, t) for i in window for t in (
                ages(seg_tokens[i]) if fact.unit == "age" else with_unit(seg_tokens[i],
                                                                         fact.unit))]
            if fact.unit == "age":
                # "How old are you, Mason?" / "Fourteen.": the answer is an age
                counted += [(i + 1, t) for i in window if i + 1 < len(seg_tokens)
                            and asks_age(seg_tokens[i])
                            for t in [u for u in seg_tokens[i + 1] if u.kind in ("num", "word")][:1]
                            if t.kind == "num" and t.norm.isdigit() and int(t.norm) < 120]
            if any(t.norm == fact.norm and is_ordinal(t.surface) == is_ordinal(fact.surface)
                   for _, t in counted):
                continue
            counted = [(i, t) for i, t in counted if t.norm not in claimed]
            # a small count the passage says at all ("between six and seven" for "the sixth
            # and seventh floors") is no count of something else
            # ("three times" is no "third time")
            if fact.soft and any(t.norm == fact.norm and is_ordinal(t.surface) ==
                                 is_ordinal(fact.surface) for _, t in win_tokens):
                continue
            if counted:
                i, t = counted[0]
                problems.append(FactProblem(fact, True, t.surface, i, t.norm, same_unit=True))
                continue
            if fact.unit in SPANS:
                # "two months" where the passage says "two weeks": the same count of another
                # span of time
                spans = [(i, t, u) for i in window for t, u in time_spans(seg_tokens[i])
                         if t.norm == fact.norm and u.norm != fact.unit]
                if spans:
                    i, t, u = spans[0]
                    problems.append(FactProblem(fact, True, f"{t.surface} {u.surface}", i,
                                                t.norm, same_unit=True))
                    continue
            if fact.soft:
                # "six notes" where the passage speaks of the notes and counts "four of them"
                named = any(t.norm == fact.unit for _, t in win_tokens)
                them = [(i, t) for i in window for t in of_them(seg_tokens[i])
                        if t.norm != fact.norm] if named else []
                if them:
                    i, t = them[0]
                    problems.append(FactProblem(fact, True, f"{t.surface} of them", i, t.norm,
                                                same_unit=True))
                    continue
                # "took three boxes" where the passage has "He took two"
                led = [(i, b) for i in window for a, b in pairwise(seg_tokens[i])
                       if fact.lead and a.norm == fact.lead and b.kind == "num"
                       and b.norm.isdigit() and b.norm != fact.norm and int(b.norm) < 10]
                # "How many passengers?" / "Eight.": a bare count answering a count question
                led += [(i, toks[0]) for i in window if i > 0
                        for toks in [[t for t in seg_tokens[i] if t.kind in ("num", "word")][:1]]
                        if toks and toks[0].kind == "num" and toks[0].norm.isdigit()
                        and toks[0].norm != fact.norm
                        and asks_how_many(seg_tokens[i - 1], fact.unit)]
                if led and not any(t.norm == fact.norm for _, t in win_tokens):
                    i, t = led[0]
                    problems.append(FactProblem(fact, True, t.surface, i, t.norm,
                                                same_unit=True))
                continue
        if fact.kind == "plate" and fact.unit == "partial":
            # found within any plate the passage reads out; else a rival partial is a conflict
            read = plates_read(win_tokens)
            if not any(fact.norm in value for _, _, value in read):
                if read:
                    i, t, _ = read[0]
                    problems.append(FactProblem(fact, True, t.surface, i, t.norm))
                elif fact.norm not in all_norms:
                    problems.append(FactProblem(fact, False, None, None))
            continue
        if fact.kind in ("number", "plate", "time", "measure"):
            # a year is said in two digits ("born in ninety four" for 1994)
            short = fact.norm[2:] if fact.kind == "number" and YEAR.fullmatch(fact.norm) \
                else None
            # "What time Sunday?" / "Around, uh, ten forty.": the answer to a time asked
            asked = [(i + 1, t) for i in window if fact.kind == "time" and i + 1 not in window
                     and i + 1 < len(seg_tokens) and asks_time(seg_tokens[i])
                     for t in seg_tokens[i + 1]]
            here = [*win_tokens, *asked]
            # "row 10" where the passage has "row eight" (and "ten minutes" elsewhere)
            labelled = [(i, toks[k]) for i in window for toks in [seg_tokens[i]]
                        for k in range(len(toks)) if fact.kind == "number" and fact.lead
                        and (numbered(toks, k) == fact.lead or (
                            fact.lead == "month" and k > 0 and toks[k].kind == "num"
                            and toks[k - 1].surface.lower() in MONTHS))]
            if labelled and not any(t.norm == fact.norm for _, t in labelled):
                i, t = labelled[0]
                problems.append(FactProblem(fact, True, t.surface, i, t.norm, same_unit=True))
                continue
            same = [t for i, t in here if (t.norm == fact.norm or (
                        t.norm == short and not _inside_longer(t, seg_tokens[i])))
                    and (fact.kind != "time" or said_as_time(seg_tokens[i], t))
                    and (fact.kind != "number" or not fact.unit
                         or is_ordinal(t.surface) == is_ordinal(fact.surface))]
            if same or (short is not None and short in all_norms
                        and _said_alone(short, seg_tokens)):
                continue
            kind = {"number": "num"}.get(fact.kind, fact.kind)
            # (an age meets only another age: "age 79" is no rival of "twenty two")
            rivals = [(i, t) for i, t in here if t.kind == kind and fact.unit != "age"]
            if fact.kind == "number":
                # a rank ("second period") is no rival of a quantity ("15"), nor the reverse
                # ... and "twice" counts times, no rival of "bay 15"
                rivals = [(i, t) for i, t in rivals
                          if comparable(fact.norm, t) and t.norm not in claimed
                          # (a year meets only another year: "2021" is no "YZ two fifty")
                          and (short is None or bool(YEAR.fullmatch(t.norm)))
                          and is_ordinal(t.surface) == is_ordinal(fact.surface)
                          and (t.surface.lower() not in REPEATS or fact.unit == "tim")
                          and t.surface.lower() not in NOTES]  # ("everything else is twenties")
            elif fact.kind == "time":
                # "twelve Adam four" is a call sign that might also be read as a time: only
                # a time said as one ("6:55", "nine pm", "2150 hours") is a rival
                rivals = [(i, t) for i, t in rivals if CLOCK_WORDS.search(t.surface)
                          or after_time_word(seg_tokens[i], t) or same_hour(fact.norm, t)]
        else:
            members = FACT_CLASSES[fact.kind]
            # (a word naming a kind of knife only where it does: not "I fixed it")
            win = [(i, t) for i, t in win_tokens if fact.kind != "weapon"
                   or names_a_weapon(seg_tokens[i], seg_tokens[i].index(t))]
            # ("in March": the month, though "march" is too often a verb to be one)
            months = {(i, t.start) for i, t in win if fact.kind == "month"
                      and month_word(seg_tokens[i], seg_tokens[i].index(t))}
            # (not "May I get my bag?")
            win = [(i, t) for i, t in win if fact.kind != "month"
                   or t.surface.lower() not in ("march", "may") or (i, t.start) in months]
            said = [t.surface.lower() for i, t in win if t.surface.lower() in members
                    or (i, t.start) in months]
            # "black hoodie" in the passage is no support for "black jacket" where the same
            # passage gives the jacket another colour ("I'm wearing a green jacket")
            other_of_it = False
            # ("set down the black board and take the orange board": two boards, no colour
            # of one board to hold the other's to)
            if fact.kind == "colour" and fact.anchor and fact.anchor not in twice:
                of_it = [(i, t) for i, t in win if t.surface.lower() in members
                         and beside(seg_tokens[i], t, fact.anchor)]
                # ("brown and white": the claim's colour listed with the one near the thing)
                listed = {(i, t.start) for i, t in win
                          if same_member(fact.norm, t.surface.lower())
                          and any(j == i and abs(u.start - t.start) <= 12 for j, u in of_it)}
                other_of_it = bool(of_it) and not listed and not any(
                    same_member(fact.norm, t.surface.lower()) for _, t in of_it)
                if other_of_it:
                    said = [w for w in said if not same_member(fact.norm, w)]
            if not other_of_it and any(t.surface.lower() == fact.norm for _, t in win):
                continue
            if fact.kind not in EXACT_CLASSES and \
                    canonical(fact.norm) in {t.norm for _, t in win}:
                continue
            if fact.kind == "substance" and fact.norm in GENERIC and canonical(fact.norm) in {
                    t.norm for _, t in win if t.surface.lower() not in members}:
                continue  # "alcohol" for "anything to drink"
            if any(same_member(fact.norm, w) for w in said):
                continue
            rivals = [(i, t) for i, t in win
                      if (t.surface.lower() in members or (i, t.start) in months)
                      and not same_member(fact.norm, t.surface.lower(), generic=True)
                      and not (fact.surface.islower() and in_name(seg_tokens[i], t))
                      and (fact.kind in EXACT_CLASSES
                           or canonical(t.surface.lower()) != canonical(fact.norm))
                      # ("Strobel's daughter ... her father": "Dad" is the claim's father)
                      and not any(same_member(f.norm, t.surface.lower()) for f in facts
                                  if f.kind == fact.kind and f is not fact)]
            # a generic word ("a gun") fits the claim's member unless a specific rival is said
            if not rivals and any(same_member(fact.norm, w, generic=True) for w in said):
                continue
            if fact.surface.lower() in all_surfaces and fact.anchor:
                # said elsewhere in the recording: fine if said of the same thing there,
                # and a rival only counts when it is said of the same thing
                if any(beside(toks, t, fact.anchor) for toks in seg_tokens for t in toks
                       if t.surface.lower() == fact.norm):
                    continue
                # ... or said in the best passage, which never names the claim's member
                # ("Yamaha, a hundred fifty horse" for "a 2019 Mercury 150 hp")
                rivals = [(i, t) for i, t in rivals
                          if beside(seg_tokens[i], t, fact.anchor)
                          or (window and i == window[0] and fact.kind in ONE_PER_THING)]
        if rivals:
            order = {seg: rank for rank, seg in enumerate(window)}
            i, t = min(rivals, key=lambda r: (order.get(r[0], len(order)),
                                              distance(fact.norm, r[1])))
            problems.append(FactProblem(fact, True, t.surface, i, t.norm))
        # (a height the recording may say as "five ten": only a rival height counts)
        elif fact.kind != "measure" and fact.norm not in all_norms and \
                fact.norm not in all_surfaces and not (
                fact.kind == "weekday" and _RELATIVE_DAYS & all_surfaces) and not (
                fact.kind in FACT_CLASSES and any(
                    same_member(fact.norm, w, generic=True)
                    for w in (FACT_CLASSES[fact.kind] - KNIFE_KINDS) & all_surfaces)):
            # ("firearm" where the recording says "gun" is no gap)
            # a recording that names the day only relatively ("tomorrow", "this weekend")
            # cannot say whether that was a Friday: silence on the weekday is no gap
            problems.append(FactProblem(fact, False, None, None))
    return problems


def _said_alone(value: str, seg_tokens: Sequence[list[Token]]) -> bool:
    """Whether a number is said on its own somewhere, not only as part of a longer one ("19"
    inside "nineteen sixty two" is no "'19")."""
    return any(t.kind == "num" and t.norm == value and not _inside_longer(t, toks)
               for toks in seg_tokens for t in toks)


def _inside_longer(tok: Token, toks: Sequence[Token]) -> bool:
    return any(u.kind == "num" and u.start <= tok.start and tok.end <= u.end
               and u.end - u.start > tok.end - tok.start for u in toks)


_SHORT_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")
_MONTH_WORDS = frozenset({*MONTHS, "may", "march", "jan", "feb", "mar", "apr", "jun", "jul",
                          "aug", "sep", "sept", "oct", "nov", "dec"})
_RELATIVE_DAYS = frozenset({"today", "tonight", "tomorrow", "yesterday", "weekend", "tgif"})
