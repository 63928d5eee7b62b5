"""A claim's facts against its passage: the rival value the recording gives ("Report says 55
mph; recording 00:09: 'forty five'") or the recording's silence on it."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from app.verify.clock import CLOCK_WORDS, near_hour, said_as_time, same_hour
from app.verify.facts import BEING, Fact, FactProblem
from app.verify.members import (
    DECADES,
    EXACT_CLASSES,
    GENERIC,
    KNIFE_KINDS,
    KNIVES,
    MATERIALS,
    ONE_PER_THING,
    beside,
    in_name,
    kind_of_knife,
    month_word,
    names_a_weapon,
    same_material,
    same_member,
)
from app.verify.numbers import (
    ALIKE,
    REPEATS,
    SPANS,
    YEAR,
    after_time_word,
    ages,
    asks_age,
    asks_how_many,
    asks_time,
    comparable,
    distance,
    is_ordinal,
    numbered,
    of_them,
    time_spans,
    with_unit,
)
from app.verify.people import near_spelling, spelt_otherwise
from app.verify.plates import plates_read
from app.verify.spoken import NOTES
from app.verify.text import Token, canonical
from app.verify.vocab import FACT_CLASSES, MODELS, MONTHS
from app.verify.words import pause_after, stem

# a relation's end: the older generation (+1) or the younger (-1)
_GENERATION = {
    **dict.fromkeys(("mother", "mom", "mum", "father", "dad", "stepfather", "stepmother", "aunt",
                     "uncle", "grandmother", "grandma", "grandfather", "grandpa"), 1),
    **dict.fromkeys(("son", "daughter", "stepson", "stepdaughter", "niece", "nephew",
                     "grandson", "granddaughter"), -1),
}


def _other_end(relative: str, word: str) -> bool:
    """ "her son, Tyler" / "I'm his mom": the same tie told from its other end."""
    return _GENERATION.get(relative, 0) * _GENERATION.get(word, 0) < 0


def check_facts(facts: Sequence[Fact], window: Sequence[int], seg_tokens: Sequence[list[Token]],
                all_norms: frozenset[str], all_surfaces: frozenset[str],
                questions: frozenset[int] = frozenset(), settled: frozenset[str] = frozenset()
                ) -> list[FactProblem]:
    """What the passage `window` (segments, best first) says against each fact; `questions`
    are the segments that ask; `settled` the words of the report's setting (a place, a
    relative) whose absence from the recording is no gap."""
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
            spelt = spelt_otherwise(fact.surface.lower(), seg_tokens, all_surfaces)
            if spelt is not None:
                # "Lindquist" where the person spelled it "L I N D Q V I S T" (their own
                # spelling, which needs no more of the claim around it: "Brent Holcomb. H O L C
                # O M B." for "identified himself as Brent Holcombe")
                i, t = spelt
                problems.append(FactProblem(fact, True, t.surface, i, t.norm, same_unit=True))
                continue
            if fact.surface.lower() in all_surfaces:
                continue
            near = near_spelling(fact.surface.lower(), all_surfaces)
            # the same name spelt with a letter more or less ("Whitcomb" for "Whitcombe"),
            # though an s more or less is a plural ("the Whitakers", "two Stihls") unless a
            # first name goes before it ("Jorge Castellano" for "Castellanos")
            plural = near is not None and (f"{near}s" == fact.surface.lower()
                                           or near == f"{fact.surface.lower()}s")
            if fact.norm in all_norms and (near is None or (plural and not any(
                    f.kind == "name" and 0 < fact.start - f.end <= 1 for f in facts))):
                continue
            if near is not None:
                # "Graves" where the recording has "Greaves": the one to check letter by
                # letter (a recogniser's near miss or the report's)
                at = next(((i, t) for i, t in win_tokens if t.surface.lower() == near), None)
                # ... said after the claim's own first name ("Owen Castellano." for "Owen
                # Castellanos"): the same person's name, which needs less of the claim around it
                first = next((f.surface.lower() for f in facts if f.kind == "name"
                              and 0 < fact.start - f.end <= 1), None)
                toks = seg_tokens[at[0]] if at else []
                k = next((k for k, t in enumerate(toks) if at and t is at[1]), 0)
                full = first is not None and k > 0 and toks[k - 1].surface.lower() == first
                problems.append(FactProblem(fact, True, near.title(),
                                            at[0] if at else None, at[1].norm if at else None,
                                            same_unit=full))
                continue
            problems.append(FactProblem(fact, False, None, None))
            continue
        if fact.kind == "number" and fact.unit:
            counted = [(i, t) for i in window for t in (
                ages(seg_tokens[i]) if fact.unit == "age" else with_unit(seg_tokens[i],
                                                                         fact.unit))]
            # ("eight custom-sized accordion shutters" / "six accordion shutters")
            counted += [(i, t) for i in window
                        for noun in (*fact.nouns, *sorted(ALIKE.get(fact.unit, ())))
                        for t in with_unit(seg_tokens[i], noun)]
            if fact.unit == "age":
                # "How old are you, Mason?" / "Fourteen.": the answer is an age
                counted += [(i + 1, t) for i in window if i + 1 < len(seg_tokens)
                            and asks_age(seg_tokens[i])
                            for t in [u for u in seg_tokens[i + 1] if u.kind in ("num", "word")][:1]
                            if t.kind == "num" and t.norm.isdigit() and int(t.norm) < 120]
            if any(t.norm == fact.norm and is_ordinal(t.surface) == is_ordinal(fact.surface)
                   for _, t in counted):
                continue
            # another count said right before the claim's own word for what it counts ("Four
            # cases" for "six cases, each containing four tubs"; "Three tractor tires" for
            # "two tractor tires and two push sleds"), which the claim gives nothing else
            # (where the passage says the claim's number only as the count of another thing
            # the claim counts so too, and the claim gives no range: "ten to fifteen minutes")
            others = [f for f in facts if f.kind == "number" and f is not fact]
            ranged = any(-4 <= fact.start - f.end <= 4 or -4 <= f.start - fact.end <= 4
                         for f in others)
            elsewhere = {t.start for i in window for f in others if f.norm == fact.norm
                         for t in with_unit(seg_tokens[i], f.unit)}
            said_free = any(t.norm == fact.norm and t.start not in elsewhere
                            for _, t in win_tokens)
            direct: list[tuple[int, Token]] = []
            if not ranged and not said_free and fact.unit != "age":
                own_counts = {f.norm for f in others if f.unit == fact.unit}
                direct = [(i, t) for i in window for t in with_unit(seg_tokens[i], fact.unit)
                          if t.norm not in own_counts
                          and is_ordinal(t.surface) == is_ordinal(fact.surface)
                          and not _numbered(seg_tokens[i], t)]
            if direct:
                i, t = direct[0]
                problems.append(FactProblem(fact, True, t.surface, i, t.norm, same_unit=True))
                continue
            # ("Unit four twelve, dog bite": a number naming a unit or a row counts nothing)
            counted = [(i, t) for i, t in counted if t.norm not in claimed
                       and not _numbered(seg_tokens[i], t)]
            # a small count the passage says at all ("between six and seven" for "the sixth
            # and seventh floors") is no count of something else
            # ("three times" is no "third time")
            # ... though "eight weeks" is no count of the shutters the passage counts six of,
            # nor "three rows" in another turn of the "four passengers" the best turn counts
            if fact.soft and any(t.norm == fact.norm and is_ordinal(t.surface) ==
                                 is_ordinal(fact.surface)
                                 and not (counted and _counts_another(seg_tokens[i], t))
                                 and not (counted and counted[0][0] == window[0] != i)
                                 for i, t in win_tokens):
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
                        if t.norm != fact.norm and t.norm not in {
                            f.norm for f in facts if f.kind == "number"
                            and not is_ordinal(f.surface)}] if named else []
                if them:
                    i, t = them[0]
                    problems.append(FactProblem(fact, True, f"{t.surface} of them", i, t.norm,
                                                same_unit=True))
                    continue
                # "took three boxes" where the passage has "He took two"
                # ("I've used, um, four of them")
                led = [(i, b) for i in window for a, b in pairwise(
                       [t for t in seg_tokens[i] if t.surface.lower() not in ("uh", "um")])
                       if fact.lead and a.norm == fact.lead and b.kind == "num"
                       and b.norm.isdigit() and b.norm != fact.norm and int(b.norm) < 10]
                # "nine boxes were gone" where the passage has "seven were gone"
                led += [(i, b) for i in window for b, *rest in zip(
                        seg_tokens[i], seg_tokens[i][1:], seg_tokens[i][2:], strict=False)
                        if fact.then and b.kind == "num" and b.norm.isdigit()
                        and b.norm != fact.norm and int(b.norm) < 10
                        and next((t.norm for t in rest if t.norm not in BEING), "") == fact.then]
                # "How many passengers?" / "Eight.": a bare count answering a count question
                led += [(i, toks[0]) for i in window if i > 0
                        for toks in [[t for t in seg_tokens[i] if t.kind in ("num", "word")][:1]]
                        if toks and toks[0].kind == "num" and toks[0].norm.isdigit()
                        and toks[0].norm != fact.norm
                        and (asks_how_many(seg_tokens[i - 1], fact.unit)
                             # (two answers to one question: "Three, I think." / "Four.")
                             or (i > 1 and asks_how_many(seg_tokens[i - 2], fact.unit)
                                 and _opens_with_count(seg_tokens[i - 1])))]
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
                          and t.surface.lower() not in NOTES  # ("everything else is twenties")
                          # ("Unit four twelve, dog bite": a number naming a unit or a row
                          # counts nothing)
                          and not (fact.unit and _numbered(seg_tokens[i], t))]
            elif fact.kind == "time":
                # "twelve Adam four" is a call sign that might also be read as a time: only
                # a time said as one ("6:55", "nine pm", "2150 hours") is a rival
                # ... or the answer to a turn asking when ("Stacy, when did you notice it
                # was missing?" / "Like, um, one forty five?")
                rivals = [(i, t) for i, t in rivals if CLOCK_WORDS.search(t.surface)
                          or after_time_word(seg_tokens[i], t) or same_hour(fact.norm, t)
                          or near_hour(fact.norm, seg_tokens[i], t)
                          or (i > 0 and asks_time(seg_tokens[i - 1]))]
        else:
            members = FACT_CLASSES[fact.kind]
            # (a word naming a kind of knife only where it does: not "I fixed it")
            win = [(i, t) for i, t in win_tokens if fact.kind != "weapon"
                   or names_a_weapon(seg_tokens[i], seg_tokens[i].index(t))]
            # "What is this, a Chevy?" / "Dodge Ram.": a member a question puts forward and its
            # reply corrects is no support
            win = [(i, t) for i, t in win if not (
                i in questions and fact.kind in ONE_PER_THING
                and same_member(fact.norm, t.surface.lower())
                and _corrected(seg_tokens, i, fact.norm, members))]
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
            # (the claim's member said in the passage, in any form: "vases" for "vase")
            if not other_of_it and any(stem(t.surface.lower()) == stem(fact.norm)
                                       for _, t in win):
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
                      # ("Come on Dad, let's go": a relation called out as a name is who is
                      # spoken to; a speaker label, "Daughter", is no word said)
                      and not (fact.kind == "relative" and t.surface[:1].isupper()
                               and pause_after(seg_tokens[i], t))
                      and t.end > 0
                      and (fact.kind in EXACT_CLASSES
                           or canonical(t.surface.lower()) != canonical(fact.norm))
                      # ("Strobel's daughter ... her father": "Dad" is the claim's father),
                      # though a "pocketknife" is a kind of knife, no "utility knife"
                      and not any(same_member(f.norm, t.surface.lower()) for f in facts
                                  if f.kind == fact.kind and f is not fact and not (
                                      fact.norm in KNIFE_KINDS
                                      and t.surface.lower() in KNIVES))
                      and not (fact.kind == "relative"
                               and _other_end(fact.norm, t.surface.lower()))]
            # "a boning knife" where the recording, though not in this passage, has "a
            # fillet knife": a kind of knife is said once and kept
            if not rivals and fact.kind == "weapon" and fact.norm in KNIFE_KINDS and \
                    fact.norm not in all_surfaces:
                rivals = [(i, t) for i, toks in enumerate(seg_tokens) for k, t in enumerate(toks)
                          if t.surface.lower() in KNIFE_KINDS and kind_of_knife(toks, k)
                          and not same_member(fact.norm, t.surface.lower(), generic=True)]
            # a generic word ("a gun") fits the claim's member unless a specific rival is said
            if not rivals and any(same_member(fact.norm, w, generic=True) for w in said):
                continue
            # "a green Toyota Tacoma" where the recording says only "the Tacoma": the claim's
            # model names its make, or another one ("Toyota Civic" for "the Civic")
            model = next(((i, t) for i, toks in enumerate(seg_tokens) for t in toks
                          if t.surface.lower() in MODELS and t.norm == fact.anchor), None) \
                if fact.kind == "vehicle make" and not rivals and \
                fact.norm not in all_surfaces else None
            if model is not None:
                i, t = model
                if not same_member(fact.norm, MODELS[t.surface.lower()]):
                    problems.append(FactProblem(fact, True, t.surface, i, t.norm,
                                                same_unit=True))
                continue
            # "This is a, what, a Kenworth?" / "Mack. Twenty nineteen Mack Granite.": said
            # in the recording only as a question its reply corrects, the reply's member is
            # the rival wherever the passage is
            if not rivals and fact.kind == "vehicle make" and fact.norm in all_surfaces:
                put = [i for i, toks in enumerate(seg_tokens)
                       if any(t.surface.lower() == fact.norm for t in toks)]
                if put and all(i in questions and _corrected(seg_tokens, i, fact.norm, members)
                               for i in put):
                    rivals = [(put[0] + 1, t) for t in seg_tokens[put[0] + 1]
                              if t.surface.lower() in members
                              and not same_member(fact.norm, t.surface.lower(), generic=True)]
                    if rivals:
                        i, t = rivals[0]
                        problems.append(FactProblem(fact, True, t.surface, i, t.norm,
                                                    same_unit=True))
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
                          or (window and i == window[0] and fact.kind in ONE_PER_THING)
                          # ... or the reply to it, where it asks ("Is that him by the silver
                          # truck?" / "No, the blue one, the Tacoma.")
                          or (window and i == window[0] + 1 and window[0] in questions
                              and fact.kind in ONE_PER_THING)]
        if rivals:
            order = {seg: rank for rank, seg in enumerate(window)}
            i, t = min(rivals, key=lambda r: (order.get(r[0], len(order)),
                                              distance(fact.norm, r[1])))
            # a time said as one is a rival of the same kind ("I got back at like five forty")
            problems.append(FactProblem(fact, True, t.surface, i, t.norm,
                                        same_unit=fact.kind == "time"))
        # (a height the recording may say as "five ten": only a rival height counts)
        elif fact.kind != "measure" and fact.norm not in all_norms and \
                fact.norm not in settled and not (
                fact.kind in FACT_CLASSES and stem(fact.norm) in all_norms) and \
                fact.norm not in all_surfaces and not (
                fact.kind == "weekday" and _RELATIVE_DAYS & all_surfaces) and not (
                fact.kind == "relative" and any(_other_end(fact.norm, w)
                                                for w in all_surfaces)) and not (
                fact.kind in FACT_CLASSES and any(
                    same_member(fact.norm, w, generic=True)
                    for w in (FACT_CLASSES[fact.kind] - KNIFE_KINDS) & all_surfaces)):
            # ("firearm" where the recording says "gun" is no gap; nor "vase" where it says
            # "vases")
            # a recording that names the day only relatively ("tomorrow", "this weekend")
            # cannot say whether that was a Friday: silence on the weekday is no gap
            problems.append(FactProblem(fact, False, None, None))
    # a rival that is the claim's own word ("he answered once" / "He picked up once") is none
    return [p for p in problems if not (p.contradicted and p.evidence_quote is not None
                                        and p.evidence_quote.lower() == p.fact.surface.lower())]


def _numbered(tokens: Sequence[Token], tok: Token) -> bool:
    """Whether a number of the turn names a place or a unit ("row 8", "Unit four twelve")."""
    at = next((k for k, t in enumerate(tokens) if t is tok), None)
    return at is not None and bool(numbered(tokens, at))


def _opens_with_count(tokens: Sequence[Token]) -> bool:
    """Whether a turn opens with a count (an answer to "how many": "Three, I think.")."""
    first = [t for t in tokens if t.kind in ("num", "word")][:1]
    return bool(first) and first[0].kind == "num" and first[0].norm.isdigit()


def _counts_another(tokens: Sequence[Token], num: Token) -> bool:
    """Whether the word after a number is a unit of time, which it counts ("eight weeks"), or
    another number it is read with ("four ninety nine" a price, "four twenty five")."""
    after = [t for t in tokens if t.start > num.start][:1]
    return bool(after) and (after[0].norm in SPANS or after[0].kind == "num")


def _corrected(seg_tokens: Sequence[list[Token]], i: int, member: str,
               members: frozenset[str]) -> bool:
    """Whether the turn after question `i` names another member of the class than `member`."""
    return i + 1 < len(seg_tokens) and any(
        t.surface.lower() in members and not same_member(member, t.surface.lower(), generic=True)
        for t in seg_tokens[i + 1])


def _said_alone(value: str, seg_tokens: Sequence[list[Token]]) -> bool:
    """Whether a number is said on its own somewhere, not only as part of a longer one ("19"
    inside "nineteen sixty two" is no "'19")."""
    return any(t.kind == "num" and t.norm == value and not _inside_longer(t, toks)
               for toks in seg_tokens for t in toks)


def _inside_longer(tok: Token, toks: Sequence[Token]) -> bool:
    return any(u.kind == "num" and u.start <= tok.start and tok.end <= u.end
               and u.end - u.start > tok.end - tok.start for u in toks)


_RELATIVE_DAYS = frozenset({"today", "tonight", "tomorrow", "yesterday", "weekend", "tgif"})
