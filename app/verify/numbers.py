"""Numbers as facts: spans of time, ranks, units, and which numbers can rival each other."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from app.verify.text import Token

YEAR = re.compile(r"(?:19|20)\d\d")
_TIME_WORDS = frozenset({"at", "around", "about", "bout", "by", "until", "till", "since", "before",
                         "after", "past", "evening", "morning", "afternoon", "night",
                         "tonight"})


def after_time_word(tokens: Sequence[Token], tok: Token) -> bool:
    """Whether a spoken number follows a word that makes it a time ("around ten"), and no
    unit follows it ("about two minutes out" is a duration)."""
    # ("at, oh, twelve forty five", though "oh five" is a time of its own)
    fillers = _FILLERS | ({"oh"} if " " in tok.surface.strip() else set())
    before = [t for t in tokens if t.end <= tok.start and t.kind == "word"
              and t.surface.lower() not in fillers]
    after = [t for t in tokens if t.start >= tok.end and t.kind == "word" and t.end > 0]
    if after:
        first = min(after, key=lambda t: t.start)
        nxt = first.surface
        if nxt.lower() in ("o'clock", "oclock") and first.start - tok.end <= 1:
            return True  # "quiet hours are ten o'clock"
        # "four in the afternoon", "ten at night"
        words = " ".join(t.surface.lower() for t in sorted(after, key=lambda t: t.start)[:3])
        if _DAY_PART.match(words):
            return True
        # "two minutes out" is a duration; "at twelve oh six Aldine Court" an address, the
        # name straight after the number ("at eleven. Marcus locks up" is no address, nor
        # "around seven fifty I looked")
        if nxt.lower() in COUNT_WORDS or (nxt[:1].isupper() and nxt not in _I
                                              and first.start - tok.end <= 1):
            return False
    # "around, like, nine thirty"
    return bool(before) and max(before, key=lambda t: t.end).surface.lower() in _TIME_WORDS


_DAY_PART = re.compile(r"(?:in the (?:morning|afternoon|evening)|at night|tonight|this "
                       r"(?:morning|afternoon|evening))\b")
_FILLERS = frozenset({"like", "uh", "um", "maybe", "roughly", "just"})
# capitalised words that open a sentence or clause, never a street's name
_I = frozenset({"I", "I'm", "I'd", "I'll", "I've", "We", "We've", "We're", "He", "She", "They",
                "It", "It's", "That", "There", "The", "And", "But", "So", "Okay", "Yeah", "No",
                "Yes", "Then", "He's", "She's", "They're", "My", "You"})


# words after a number that make it a count or a span, not a clock time
COUNT_WORDS = frozenset({
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hrs", "day",
    "days", "week", "weeks", "month", "months", "year", "years", "block", "blocks", "mile",
    "miles", "feet", "foot", "times", "dollars", "bucks", "people", "guys", "of"})


_DESCRIBING = frozenset({"thin", "tall", "short", "young", "old", "big", "small", "large",
                         "heavy", "skinny", "little", "white", "black", "red", "blue", "green",
                         "gray", "grey", "silver", "brown", "teenage", "adult", "elderly",
                         "male", "female", "empty", "full", "separate", "different"})


def describing(word: str) -> bool:
    """A word that may stand between a count and what it counts ("two thin males", "four
    parking meters")."""
    low = word.lower()
    return low in _DESCRIBING or low.endswith("ing")


def with_unit(tokens: Sequence[Token], unit: str) -> list[Token]:
    """Number tokens followed by the given unit ("five beers" for unit "drink", "two pitching
    machines"); a span of time said with "a" counts one ("for a year")."""
    out = [t for t in tokens if t.surface.lower() in REPEATS] if unit == "tim" else []
    # "four of my horses", "two of the cards"
    out += [t for t, of, owner, noun in zip(tokens, tokens[1:], tokens[2:], tokens[3:],
                                            strict=False)
            if t.kind == "num" and of.surface.lower() == "of" and noun.norm == unit
            and owner.surface.lower() in OWNERS]
    for k, (tok, nxt) in enumerate(pairwise(tokens)):
        if nxt.kind != "word":
            continue
        if nxt.norm != unit:
            after = tokens[k + 2] if k + 2 < len(tokens) else None
            if tok.kind == "num" and after is not None and after.norm == unit and \
                    describing(nxt.surface):
                out.append(tok)
            continue
        if tok.kind == "num":
            out.append(tok)
        elif (unit in SPANS or unit in _MEASURES) and tok.surface.lower() in ("a", "an"):
            out.append(Token("1", "num", tok.start, nxt.end, f"{tok.surface} {nxt.surface}",
                             True))
        elif tok.surface.lower() == "both" and nxt.surface.lower() != nxt.norm:
            # "both hands": two of them
            out.append(Token("2", "num", tok.start, nxt.end, f"{tok.surface} {nxt.surface}",
                             True))
            continue
        else:
            continue
        # "an hour and a half": one and a half of them
        if unit in SPANS and [t.surface.lower() for t in tokens[k + 2:k + 5]] == \
                ["and", "a", "half"] and out[-1].norm.isdigit():
            last = out.pop()
            said = last.surface if last.end >= nxt.end else f"{last.surface} {nxt.surface}"
            out.append(Token(f"{last.norm}.5", "num", last.start, tokens[k + 4].end,
                             f"{said} and a half", True))
    return out


# counts of times said in one word ("twice"), as against "three times"
REPEATS = frozenset({"once", "twice", "thrice"})
SPANS = frozenset({"second", "minut", "min", "hour", "day", "week", "month", "year", "yrs"})
# measures said with "a" for one ("about a mile back", "under an ounce")
_MEASURES = frozenset({"mil", "ounc", "pound", "gallon", "foot", "inch", "yard", "block",
                       "kilometer", "meter", "liter", "quart", "pint", "acr"})


def time_spans(tokens: Sequence[Token]) -> list[tuple[Token, Token]]:
    """Numbers with the span of time they count ("two weeks"); "a day" counts one, though
    not as a rate ("twice a day", "ten dollars an hour")."""
    out = []
    for k, (tok, nxt) in enumerate(pairwise(tokens)):
        if nxt.kind != "word" or nxt.norm not in SPANS:
            continue
        if tok.kind == "num":
            out.append((tok, nxt))
        elif tok.surface.lower() in ("a", "an") and not (
                k > 0 and (tokens[k - 1].kind == "num"
                           or tokens[k - 1].surface.lower() in REPEATS | {"times", "per"})):
            out.append((Token("1", "num", tok.start, tok.end, tok.surface, True), nxt))
    return out


_ORDINAL_WORDS = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "thirtieth"})


def is_ordinal(surface: str) -> bool:
    """Whether a number is said as a rank ("third", "21st", "twenty first")."""
    return any(w in _ORDINAL_WORDS or re.fullmatch(r"\d+(?:st|nd|rd|th)", w)
               for w in re.findall(r"\w+", surface.lower()))


def distance(norm: str, tok: Token) -> float:
    try:
        return abs(float(norm) - float(tok.norm))
    except ValueError:
        return 0.0


def comparable(norm: str, tok: Token) -> bool:
    """Numbers of a similar size are rivals (45 vs 55); a year or a street number is not."""
    try:
        a, b = float(norm), float(tok.norm)
    except ValueError:
        return False
    if a == 0 or b == 0:
        return a == b
    ratio = max(a, b) / min(a, b)
    return ratio < 10 and not (a >= 1900 and b < 100)


_SAYS_AGE = frozenset({"age", "aged", "she's", "he's", "i'm", "turned", "turns"})


def ages(tokens: Sequence[Token]) -> list[Token]:
    """Numbers said as someone's age: "she's four", "age six", "twelve years old"."""
    out = []
    for k, tok in enumerate(tokens):
        if tok.kind != "num" or not tok.norm.isdigit() or int(tok.norm) > 120:
            continue
        prev = tokens[k - 1].surface.lower().replace("’", "'") if k else ""
        nxt = [t.surface.lower() for t in tokens[k + 1:k + 3]]
        # ("a five year old male")
        if prev in _SAYS_AGE or nxt in (["years", "old"], ["year", "old"]) or \
                nxt[:1] in (["old"], ["year-old"], ["years-old"]):
            out.append(tok)
    return out


# words a count of people may go by in the recording ("four juveniles" / "three kids")
_PEOPLE_GROUPS = (frozenset({"juvenil", "child", "kid", "teen", "teenager", "youth", "minor"}),
                  frozenset({"mal", "guy", "man"}))
ALIKE = {word: group - {word} for group in _PEOPLE_GROUPS for word in group}


def of_them(tokens: Sequence[Token]) -> list[Token]:
    """Counts of something named before: "I have four of them", "two of those"."""
    return [tok for tok, a, b in zip(tokens, tokens[1:], tokens[2:], strict=False)
            if tok.kind == "num" and a.surface.lower() == "of"
            and b.surface.lower() in ("them", "those", "'em", "em", "these", "us")]


def asks_age(tokens: Sequence[Token]) -> bool:
    """Whether a turn asks how old someone is."""
    return any(a.surface.lower() == "how" and b.surface.lower() == "old"
               for a, b in pairwise(tokens))


def asks_time(tokens: Sequence[Token]) -> bool:
    """Whether a turn asks the time of something ("What time Sunday?", "When did you lock
    up?"; not "when I got home")."""
    surfaces = [t.surface.lower() for t in tokens]
    # ("What time'd you park?")
    return any((a == "what" and b.split("'")[0] == "time") or (a == "when" and b in _ASKING)
               for a, b in pairwise(surfaces))


_ASKING = frozenset({"did", "do", "does", "was", "were", "is", "are", "will", "would", "can",
                     "could", "had", "have", "has"})


def asks_how_many(tokens: Sequence[Token], unit: str) -> bool:
    """Whether a turn asks how many of the unit there are ("How many passengers?"), or how
    many people, where the unit is people ("How many in the car?" for "five occupants")."""
    surfaces = [t.surface.lower() for t in tokens]
    at = next((k for k, (a, b) in enumerate(pairwise(surfaces)) if a == "how" and b == "many"),
              None)
    if at is None:
        return False
    if any(t.norm == unit for t in tokens):
        return True
    after = surfaces[at + 2:at + 3]
    return unit in PEOPLE_UNITS and (not after or after[0] in _PLACED or after[0] in PEOPLE_UNITS)


# units that count people, and words after "how many" that say it counts them ("How many in
# the car?", "How many were there?")
# (as said and as normalised: "males", "mal")
PEOPLE_UNITS = frozenset({"people", "person", "persons", "occupant", "occupants", "passenger",
                          "passengers", "guy", "guys", "man", "men", "woman", "women", "kids",
                          "child", "males", "mal", "females", "femal", "subject", "subjects",
                          "suspect", "suspects", "juveniles", "juvenil", "teen", "teens",
                          "individual", "individuals"})
_PLACED = frozenset({"in", "inside", "were", "was", "of", "total", "altogether"})


# who owns what is counted ("four of his orders")
OWNERS = frozenset({"his", "her", "their", "my", "our", "your", "the", "its", "those", "these"})


def counted_noun(text: str, tokens: Sequence[Token], idx: int) -> Token | None:
    """The noun a small spelled count qualifies ("three [males]"), if it follows directly."""
    tok = tokens[idx]
    if not tok.norm.isdigit() or not 1 <= int(tok.norm) <= 9 or idx + 1 >= len(tokens):
        return None
    nxt = tokens[idx + 1]
    # "four of his orders", "three of the cards": the noun past "of" and its owner
    if nxt.surface.lower() == "of" and idx + 3 < len(tokens) and \
            tokens[idx + 2].surface.lower() in OWNERS and tokens[idx + 3].kind == "word" \
            and tokens[idx + 3].content:
        return tokens[idx + 3]
    # "four of six rinks": the noun past the whole
    if nxt.surface.lower() == "of" and idx + 3 < len(tokens) and tokens[idx + 2].kind == "num" \
            and tokens[idx + 3].kind == "word" and tokens[idx + 3].content:
        return tokens[idx + 3]
    # ("a four-piece slate table")
    if nxt.kind != "word" or not nxt.content or text[tok.end:nxt.start].strip() not in ("", "-"):
        return None
    after = tokens[idx + 2] if idx + 2 < len(tokens) else None
    # "two thin males", "four parking meters": the noun after a describing word
    if after is not None and after.kind == "word" and after.content and \
            not text[nxt.end:after.start].strip() and describing(nxt.surface):
        return after
    return nxt


# the places and groups a number names ("row 8", "pump six", "a family of five")
_NUMBERED = frozenset({"row", "pump", "lane", "bay", "room", "aisle", "section", "site", "table",
                       "gate", "booth", "exit", "locker", "stall", "court", "dock", "slip",
                       "space", "spot", "level", "suite", "seat", "cabin", "hole", "register",
                       "platform", "track", "pier", "berth", "lot", "unit", "bus", "route",
                       "channel", "field", "tee", "window", "apartment", "apt", "bed", "bunk"})
_GROUPS = frozenset({"family", "group", "party", "crew", "team", "pack", "litter", "set"})


def numbered(tokens: Sequence[Token], k: int) -> str:
    """The place or group that tokens[k], a number, names ("row" for "row 8", "family" for
    "a family of five"), else ""."""
    if tokens[k].kind != "num":
        return ""
    # the words before it by place (a spoken run's reading, "three twelve", comes last)
    before = sorted((t for t in tokens if t.end <= tokens[k].start and t.kind != "num"),
                    key=lambda t: t.end)[-2:]
    if before and before[-1].surface.lower() in _NUMBERED:
        return before[-1].surface.lower()
    if len(before) == 2 and before[1].surface.lower() == "of" and \
            before[0].surface.lower() in _GROUPS:
        return before[0].surface.lower()
    return ""
