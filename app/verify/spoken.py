"""Numbers as people say them aloud ("two hundred and ten", "point four"), and their other
readings: a spelled-out name ("M A R S H"), "quarter to seven", spoken number runs ("fourteen
twelve" is also 1412 and 14:12), bank notes by name, feet and inches."""

from __future__ import annotations

import re
from itertools import pairwise

from app.verify.vocab import NUMBER_TENS, NUMBER_UNITS
from app.verify.words import Token, canonical

PAUSE = re.compile(r"[,;.?!]")
_RANKS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                    "ninth", "tenth"})


# "M A H O N E Y, I run the snack shack": the pronoun after the spelling, no letter of it
_PRONOUN_I = re.compile(r",\s*I\s+[a-z]")


def spelled(tokens: list[Token], text: str = "") -> list[Token]:
    """A name or an initialism spelled out ("Marsh, M A R S H", "R-O-W-E", "my R C stuff") as
    the word it spells; a sentence
    ends it ("L E A K E. I was ..." is LEAKE), and so does "I" after a comma ("M A H O N E Y,
    I run ...")."""
    extra: list[Token] = []
    run: list[Token] = []
    for tok in [*tokens, None]:
        if tok is not None and len(tok.surface) == 1 and tok.surface.isalpha() \
                and tok.surface.isupper() and tok.kind == "word" \
                and not (run and re.search(r"[.?!]", text[run[-1].end:tok.start])) \
                and not (run and _PRONOUN_I.match(text, run[-1].end)):
            run.append(tok)
            continue
        # (two letters too: "my R C stuff" is the report's "RC")
        if len(run) >= 2:
            word = "".join(t.surface for t in run).lower()
            extra.append(Token(canonical(word), "word", run[0].start, run[-1].end,
                               " ".join(t.surface for t in run), True))
        run = []
    return extra


_QUARTER = re.compile(r"\b(quarter|half|five|ten|twenty|twenty[- ]five)\s+(to|till|past|after)\s+"
                      r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"\d{1,2})\b(?!\s+(?:minutes|hours|days|weeks|dollars|bucks|people))",
                      re.IGNORECASE)
_MINUTES = {"quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty five": 25,
            "twenty-five": 25}


def quarter_times(text: str) -> list[Token]:
    """ "quarter to seven" (06:45 or 18:45), "half past two", "quarter after ten", "ten after
    nine"."""
    out: list[Token] = []
    for m in _QUARTER.finditer(text):
        word = m.group(3).lower()
        hour = int(word) if word.isdigit() else NUMBER_UNITS.get(word, 0)
        if not 1 <= hour <= 12:
            continue
        minutes = _MINUTES[" ".join(m.group(1).lower().split())]
        if m.group(2).lower() in ("to", "till"):
            hour, minutes = (hour - 1) or 12, 60 - minutes
        for h in (hour % 12, hour % 12 + 12):
            out.append(Token(f"t{h:02d}:{minutes:02d}", "time", m.start(), m.end(), m.group(0),
                             True))
    return out


_NAMED_TIMES = {"midnight": "t00:00", "noon": "t12:00", "midday": "t12:00"}


# bank notes said by name ("all twenties"): one number each, never part of a longer one
NOTES = {"tens": 10, "twenties": 20, "fifties": 50, "hundreds": 100}


def range_scale(tokens: list[Token]) -> list[Token]:
    """ "six or seven hundred": the first figure of a spoken range takes the scale of the
    second (600)."""
    extra: list[Token] = []
    for a, link, b in zip(tokens, tokens[1:], tokens[2:], strict=False):
        scale = b.surface.lower().rsplit(" ", 1)[-1]
        mult = {"hundred": 100, "thousand": 1000}.get(scale)
        # ("twelve to fifteen hundred", "between eight and nine hundred")
        if mult and a.kind == b.kind == "num" and link.surface.lower() in ("or", "to", "and") \
                and a.norm.isdigit() and b.norm.isdigit() and \
                0 < int(a.norm) * mult < int(b.norm) and int(a.norm) < 100:
            extra.append(Token(str(int(a.norm) * mult), "num", a.start, a.end, a.surface, True))
    # "six, seven hundred": the next figure up, said straight after
    for a, b in pairwise(tokens):
        scale = b.surface.lower().rsplit(" ", 1)[-1]
        mult = {"hundred": 100, "thousand": 1000}.get(scale)
        if mult and a.kind == b.kind == "num" and a.norm.isdigit() and 0 < int(a.norm) < 10 \
                and b.norm.isdigit() and int(b.norm) == (int(a.norm) + 1) * mult:
            extra.append(Token(str(int(a.norm) * mult), "num", a.start, a.end, a.surface, True))
    return extra


def spoken_variants(tokens: list[Token], text: str = "") -> list[Token]:
    """Extra forms of spoken number runs: "fourteen twelve" -> 1412, "eight oh four" -> 804,
    "seven thirty" -> 07:30 and 19:30 ("at four" -> 04:00 and 16:00). A pause written as a
    comma ends a run ("two oh two, five five five" is 202 and 555)."""
    extra: list[Token] = []
    i = 0
    while i < len(tokens):
        run: list[Token] = []
        j = i
        while j < len(tokens) and ((tokens[j].kind == "num" and tokens[j].norm.isdigit()
                                    and tokens[j].surface.lower() not in NOTES
                                    # ("the third time" is a rank, no hour)
                                    and tokens[j].surface.lower() not in _RANKS)
                                   or (tokens[j].surface.lower() in ("oh", "o") and run)):
            if run and PAUSE.search(text, run[-1].end, tokens[j].start):
                break
            # ("about ten forty-five one of the volunteers": "one of" starts a new phrase)
            if run and tokens[j].surface.lower() == "one" and j + 1 < len(tokens) and \
                    tokens[j + 1].surface.lower() == "of":
                break
            run.append(tokens[j])
            j += 1
        if not run:
            i += 1
            continue
        values = ["0" if t.kind != "num" else t.norm for t in run]
        if len(run) >= 2 and all(len(v) <= 2 for v in values):
            joined = "".join(values)
            extra.append(_variant(run, joined, "num"))
            if len(run) == 2 and len(values[1]) == 2 and run[1].kind == "num":
                # "two fifty" is also $2.50
                extra.append(_variant(run, f"{values[0]}.{values[1]}".rstrip("0").rstrip("."),
                                      "num"))
            if len(run) >= 3 and len(values[-1]) == 2 and run[-1].kind == "num":
                # "one twenty nine ninety nine" is also $129.99
                extra.append(_variant(run, f"{int(''.join(values[:-1]))}.{values[-1]}"
                                      .rstrip("0").rstrip("."), "num"))
            if joined.startswith("0") and joined.strip("0"):
                # "zero one nine three" is also 193, as the report's "0193" reads
                extra.append(_variant(run, str(int(joined)), "num"))
        elif len(run) == 2 and len(values[1]) == 2 and run[1].kind == "num" and \
                values[0].isdigit() and len(values[0]) == 3:
            # "four hundred twelve fifty" is also $412.50
            extra.append(_variant(run, f"{values[0]}.{values[1]}".rstrip("0").rstrip("."),
                                  "num"))
        if len(run) == 3 and run[1].kind != "num" and len(values[2]) == 1 and \
                values[0].isdigit() and 1 <= int(values[0]) <= 12:
            # "six oh four": 6:04 or 18:04
            hour = int(values[0]) % 12
            extra.append(_variant(run, f"t{hour:02d}:0{values[2]}", "time"))
            extra.append(_variant(run, f"t{hour + 12:02d}:0{values[2]}", "time"))
        if len(run) == 2 and values[0].isdigit() and 13 <= int(values[0]) <= 23 and \
                values[1].isdigit() and int(values[1]) < 60 and len(values[1]) == 2:
            # "clearing the entry at twenty three twenty eight": 23:28
            extra.append(_variant(run, f"t{int(values[0]):02d}:{values[1]}", "time"))
        if 1 <= len(run) <= 2 and values[0].isdigit() and 1 <= int(values[0]) <= 12:
            minute = int(values[1]) if len(run) == 2 and values[1].isdigit() else 0
            if minute < 60:
                hour = int(values[0]) % 12
                extra.append(_variant(run, f"t{hour:02d}:{minute:02d}", "time"))
                extra.append(_variant(run, f"t{hour + 12:02d}:{minute:02d}", "time"))
        i = j
    for k, tok in enumerate(tokens):
        # "eighty six dollars and forty cents" for "$86.40"
        after = [t.surface.lower() for t in tokens[k + 1:k + 5]]
        if tok.kind == "num" and tok.norm.isdigit() and len(after) == 4 and \
                after[0] in ("dollars", "dollar", "bucks") and after[1] == "and" and \
                after[3] in ("cents", "cent") and tokens[k + 3].kind == "num" and \
                tokens[k + 3].norm.isdigit() and int(tokens[k + 3].norm) < 100:
            cents = f"{int(tokens[k + 3].norm):02d}".rstrip("0")
            extra.append(Token(f"{tok.norm}.{cents}" if cents else tok.norm, "num", tok.start,
                               tokens[k + 4].end, " ".join([tok.surface, *after]), True))
        # "about half an hour ago" for "approx. thirty minutes earlier"
        if tok.surface.lower() == "half" and [t.surface.lower() for t in tokens[k + 1:k + 3]] \
                == ["an", "hour"]:
            end = tokens[k + 2].end
            extra += [Token("30", "num", tok.start, end, "half an hour", True),
                      Token(canonical("minutes"), "word", tok.start, end, "half an hour", True)]
        # "they booked eight to midnight" for "2000 to 2400 hours"
        if tok.surface.lower() in _NAMED_TIMES:
            extra.append(Token(_NAMED_TIMES[tok.surface.lower()], "time", tok.start, tok.end,
                               tok.surface, True))
        # "last night, 11:42": a written clock without a.m. or p.m. is either half of the day
        if tok.kind == "time" and re.fullmatch(r"\d{1,2}:\d\d", tok.surface) and \
                1 <= int(tok.norm[1:3]) <= 12:
            other = (int(tok.norm[1:3]) + 12) % 24
            extra.append(Token(f"t{other:02d}:{tok.norm[4:]}", "time", tok.start, tok.end,
                               tok.surface, True))
    return extra


def _variant(run: list[Token], norm: str, kind: str) -> Token:
    surface = " ".join(t.surface for t in run)
    return Token(norm, kind, run[0].start, run[-1].end, surface, True)


_FOOT = frozenset({"foot", "feet", "ft"})
_INCH = frozenset({"in", "inch", "inches"})


def feet_inches(tokens: list[Token], text: str) -> list[Token]:
    """A height or clearance in feet and inches as one figure: "11 ft 6 in", "5'10\"",
    "five foot ten" are 11'6, 5'10, 5'10 (kind "measure")."""
    extra: list[Token] = []
    for k in range(len(tokens) - 1):
        a = tokens[k]
        if a.kind != "num" or not a.norm.isdigit() or not 1 <= int(a.norm) <= 12:
            continue
        j = k + 1
        if tokens[j].surface.lower() in _FOOT and j + 1 < len(tokens):
            j += 1
        elif text[a.end:tokens[j].start].strip() not in ("'", "’"):
            continue
        b = tokens[j]
        if b.kind != "num" or not b.norm.isdigit() or int(b.norm) > 11 or b.start < a.end:
            continue
        end = b.end
        # ("6'1\" in a gray hoodie": that "in" is no inch)
        inch = tokens[j + 1] if j + 1 < len(tokens) else None
        if inch is not None and inch.surface.lower() in _INCH \
                and '"' not in text[b.end:inch.start] \
                and (inch.surface.lower() != "in" or j + 2 >= len(tokens)
                     or re.search(r"[^\w\s]", text[inch.end:tokens[j + 2].start])):
            end = inch.end
        extra.append(Token(f"{a.norm}'{b.norm}", "measure", a.start, end, text[a.start:end],
                           True))
    return extra


_ORDINAL_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9}
_BARE_HUNDRED = frozenset({"every", "about", "around", "like", "maybe", "over", "under",
                           "almost", "nearly", "only", "just", "another", "extra", "for"})


def number_value(words: list[str], i: int, commas: frozenset[int] = frozenset()
                  ) -> tuple[int, int] | None:
    """Parse spoken number words from position i: (value, words consumed) or None. A comma
    after "hundred" or "thousand" ends the number unless another hundred follows ("twenty
    four hundred, two years ago"; "four thousand, two hundred")."""
    total, current, j, seen = 0, 0, i, False
    if words[i] == "a" and i + 1 < len(words) and words[i + 1] in ("hundred", "thousand"):
        current, j, seen = 1, i + 1, True  # "up to a thousand dollars"
    while j < len(words):
        w = words[j]
        # a comma is a pause: "one thirty, one thirty five" is no 31 (but "four thousand,
        # two hundred" is one number)
        if j > i and j in commas and not (words[j - 1] == "thousand" and j + 1 < len(words)
                                          and words[j + 1] == "hundred"):
            break
        # after "thousand" a fresh part starts ("four thousand two hundred")
        fresh = not seen or (current == 0 and total > 0)
        # "sixty two thousand one forty" is 62,140: a digit and tens after "thousand" read
        # the hundreds
        if fresh and total > 0 and NUMBER_UNITS.get(w, 10) < 10 and j + 1 < len(words) and (
                words[j + 1] in NUMBER_TENS or 10 <= NUMBER_UNITS.get(words[j + 1], 0) < 20) \
                and j + 1 not in commas:
            current = NUMBER_UNITS[w] * 100
            j += 1
            continue
        # "two hundred (and) ten": any unit after a round hundred
        if w in NUMBER_UNITS and (fresh or (current % 10 == 0 and current >= 20
                                            and NUMBER_UNITS[w] < 10)
                                  or (current >= 100 and current % 100 == 0)):
            current += NUMBER_UNITS[w]
        elif w in NUMBER_TENS and (not seen or current == 0 or current % 100 == 0):
            current += NUMBER_TENS[w]
        elif w in _ORDINAL_UNITS and seen and current % 10 == 0 and current >= 20:
            # "Twenty Second" (Street) is 22nd: an ordinal ends the number
            current += _ORDINAL_UNITS[w]
            seen = True
            j += 1
            break
        elif w == "hundred" and seen and current < 100:
            current *= 100
        elif w == "hundred" and not seen and j + 1 < len(words) and words[j + 1] != "of" and (
                i == 0 or words[i - 1] in _BARE_HUNDRED or words[j + 1] in NUMBER_TENS):
            current = 100  # "posted every hundred feet", "a hundred, hundred fifty"
        elif (w == "thousand" or (w == "grand" and 0 < current < 100 and total == 0)) and seen:
            total += current * 1000  # "sixteen grand" (not "twenty two hundred Grand Avenue")
            current = 0
        elif w == "and" and seen and j + 1 < len(words) and (
                words[j + 1] in NUMBER_UNITS or words[j + 1] in NUMBER_TENS) and (
                current >= 100 or fresh):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    return total + current, j - i


def spoken_decimal(low: list[str], i: int) -> tuple[str, int] | None:
    """ "point one two" -> ("12", 3): the digits after a spoken decimal point."""
    digits = []
    j = i
    while j < len(low) and j - i < 4:
        w = low[j]
        if w in NUMBER_UNITS and NUMBER_UNITS[w] < 10:
            digits.append(str(NUMBER_UNITS[w]))
        elif w in ("oh", "o") and digits is not None:
            digits.append("0")
        elif w.isdigit():
            digits.append(w)
        else:
            break
        j += 1
    return ("".join(digits), j - i) if digits else None
