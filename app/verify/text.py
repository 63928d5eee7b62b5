"""Normalised tokens shared by the report and the transcript side of the verifier.

Both sides go through the same pipeline so that "forty five" and "45", "2140 hours" and
"9:40 pm", "seven K L M two four one" and "7KLM241", "stated" and "said" meet as one token.
"""

from __future__ import annotations

import re

from app.verify.spoken import (
    NOTES,
    feet_inches,
    number_value,
    quarter_times,
    range_scale,
    spelled,
    spoken_decimal,
    spoken_variants,
)
from app.verify.spoken import PAUSE as _PAUSE
from app.verify.vocab import (
    LETTER_WORDS,
    MONTHS,
    NUMBER_UNITS,
    STOPWORDS,
)
from app.verify.words import Token, canonical, stem

__all__ = ["PARTY_LABEL", "Token", "canonical", "content_norms", "fold", "has_negation", "stem",
           "tokenize"]

_RAW = re.compile(
    r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\b\.?)?"  # 9:40, 9:40 pm
    r"|\b[ap]\.m\.?"  # a.m., p.m.
    r"|(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{3,}"  # 7KLM241, 4B
    r"|\$?\d[\d,]*(?:\.\d+)?%?"  # 45, 1,200, $40.50
    r"|[A-Za-z0-9]+(?:'[A-Za-z]+)?"  # words, contractions, 7KLM241
)
_CLOCK = re.compile(r"\d{1,2}:\d{2}.*")
_DECIMAL = re.compile(r"\d+\.\d+")
_ORDINAL = re.compile(r"\d{1,4}(?:st|nd|rd|th)")
_AMPM = {"am", "pm", "a.m", "p.m", "a.m.", "p.m."}
# ordinals that are no everyday words ("first", "second" and "third" are): street numbers
_STREET_ORDINALS = {w: n for n, w in enumerate(
    ("fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
     "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
     "nineteenth", "twentieth"), start=4)} | {"thirtieth": 30}
_EVERYDAY_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
                      "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
# what those ordinals rank where they are a fact to check
_RANKED = frozenset({"grade", "grader", "floor", "street", "avenue", "ave", "period", "shift",
                     "degree", "row", "lane", "door", "house", "unit", "apartment", "stall",
                     "race", "round", "lap", "inning", "heat", "hole", "set", "time", "loop",
                     "trip", "visit", "offense", "offence", "incident", "song", "payment"})
PARTY_LABEL = re.compile(r"[a-z]{1,2}\d{1,2}(?:'s)?")
_HHMM = re.compile(r"\d{3,4}")
_SENTENCE_END = re.compile(r"[.!?;]")
# a plate that opens with letters: capitals and at least two digits, five to eight in all
_LETTER_PLATE = re.compile(r"(?=(?:[A-Z]*\d){2})(?=(?:\d*[A-Z]){2})[A-Z][A-Z0-9]{4,7}")
_TIMES = {"once": 1, "twice": 2, "thrice": 3}
# "no one", "every one", "this one": a pronoun, not the number 1
_ONE_PRONOUN = frozenset({"no", "any", "some", "every", "each", "this", "that", "the", "which",
                          "another", "other", "gray", "grey", "red", "blue", "black", "white",
                          "new", "old", "big", "small", "last", "first", "right", "wrong"})
_AFTER_ONE = frozenset({"with", "that", "who", "which", "is", "was", "were", "in", "on", "from",
                        "right", "over", "there", "here", "by", "for", "and", "but", "or", "he",
                        "she", "they", "i", "you", "we", "too"})
_GOES_ON_TO_ONE = frozenset({"oh", "o", "zero", "twenty", "thirty", "forty", "fifty", "sixty",
                             "seventy", "eighty", "ninety", "point"})
_NOT_IN_A_NAMING = frozenset({"was", "is", "were", "are", "like", "about", "around", "at", "it",
                              "he", "she", "they", "i", "you", "we", "had", "has", "have",
                              "said", "says", "maybe", "only", "just", "to", "of", "and", "or",
                              "by", "in", "on", "for", "with", "from", "until", "till", "before",
                              "after", "since", "past", "than", "be"})


def _one_pronoun(raw: list[tuple[str, int, int]], low: list[str], j: int, text: str) -> bool:
    """Whether the "one" at `j` stands for a thing named before it ("the purple one, with
    the grip"): it closes its phrase, and "the", "this" or "that" opens it a few words back."""
    closes = j + 1 == len(raw) or low[j + 1] in _AFTER_ONE or \
        re.search(r"[,.?!;:]", text[raw[j][2]:raw[j + 1][1]]) is not None
    # ("the two oh one", "twenty one": the figure goes on)
    if j == 0 or not closes or low[j - 1] in _GOES_ON_TO_ONE:
        return False
    for k in range(j - 1, max(-1, j - 6), -1):
        if re.search(r"[,.?!;:]", text[raw[k][2]:raw[k + 1][1]]):
            return False
        if low[k] in ("the", "this", "that"):
            return k < j - 1  # ("the one" itself is left to _ONE_PRONOUN)
        if low[k] in _NOT_IN_A_NAMING:
            return False  # ("that was like twelve thirty one")
    return False


_NO_IDIOMS = frozenset({"problem", "problems", "doubt", "matter", "worries", "worry", "cost",
                        "charge", "wonder"})
# denials by their written form ("note" and "notes" stem to "not"), and the verbs of
# refusing by their stems ("refused", "denies", "declining", "unable")
_NEG_SURFACES = frozenset({
    "not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without", "nope",
    "nah", "negative", "cannot",
})
# "I'm not gonna lie, I pushed him": a way of owning up, not a denial
_NO_LIE = ("gonna lie", "going to lie", "gon lie")
_NEG_STEMS = frozenset({"refus", "deny", "deni", "declin", "unabl"})


_AT_TIME = frozenset({"approx", "approx.", "approximately", "about", "around", "until", "till",
                      "before", "after", "between", "from", "by"})


def _clock_written(raw: list[tuple[str, int, int]], low: list[str], i: int, j: int,
                   out: list[Token]) -> bool:
    """A four-digit figure written after "approximately" or "until", as the end of a range of
    times ("1940 to 1945"), or with a leading zero after "at", is a 24-hour clock time even
    without "hours"; one followed by a capitalised word is an address ("1411 Orchard Street")."""
    surface = raw[i][0]
    if j != i + 1 or len(surface) != 4 or not surface.isdigit() or int(surface[2:]) > 59 \
            or int(surface[:2]) > 23:
        return False
    if j < len(raw) and raw[j][0][:1].isupper():
        return False
    prev = low[i - 1] if i > 0 else ""
    ranged = prev in ("to", "and", "or") and len(out) > 1 and out[-2].kind == "time"
    # "at 0130" (an address has no leading zero); "at 1104" may be a house number
    return prev in _AT_TIME or ranged or (prev == "at" and surface[0] == "0")


def tokenize(text: str, spoken: bool = False) -> list[Token]:
    """Tokens with offsets; numbers, times and plates folded into single comparable tokens.

    `spoken` (the transcript side) adds the other readings of spoken numbers: "fourteen
    twelve" is also 1412, "seven thirty" also 07:30 and 19:30."""
    # curly apostrophes are one code point like the straight one: offsets are kept
    raw = [(m.group(0), m.start(), m.end()) for m in _RAW.finditer(text.replace("’", "'"))]
    low = [r[0].lower() for r in raw]
    # for each word, the index of the first word of the next sentence
    sentence_end = [len(raw)] * len(raw)
    for j in range(len(raw) - 1, 0, -1):
        ends = _SENTENCE_END.search(text, raw[j - 1][2], raw[j][1]) is not None
        sentence_end[j - 1] = j if ends else sentence_end[j]
    commas = frozenset(j for j in range(1, len(raw)) if "," in text[raw[j - 1][2]:raw[j][1]])
    # "the purple one, with the grip", "the fourteen ninety nine one.": a "one" that stands
    # for a thing named before it is no number, and ends the figure before it
    pronoun_ones = {j for j in range(len(raw)) if low[j] == "one"
                    and _one_pronoun(raw, low, j, text)}
    for j in pronoun_ones:
        sentence_end[:j] = [min(e, j) for e in sentence_end[:j]]
    out: list[Token] = []
    i = 0
    while i < len(raw):
        surface, start, end = raw[i]
        w = low[i]
        # a run of single letters/digits (a spelled plate) with at least one digit and letter
        run = _plate_run(raw, low, i, text)
        if run:
            value, n = run
            # a partial plate ("eight X L") meets the report's "8XL", a word like "4B"
            kind, norm = ("plate", "p" + value) if len(value) >= 5 else ("word", value)
            out.append(Token(norm, kind, start, raw[i + n - 1][2],
                             text[start:raw[i + n - 1][2]], True))
            i += n
            continue
        if w[0].isdigit() and _CLOCK.fullmatch(w):
            out.append(_time_token(w, surface, start, end, low, raw, i, text))
            i += 1 + (1 if i + 1 < len(low) and low[i + 1] in _AMPM else 0)
            continue
        num: int | None = None
        consumed = 1
        if w[0] in "$0123456789":
            digits = w.strip("$%").replace(",", "")
            if digits.isdigit() and text[start - 1:start] == "." and \
                    not text[start - 2:start - 1].isdigit():
                # "registered .04": a decimal written without its leading zero
                out.append(Token(f"0.{digits}".rstrip("0").rstrip("."), "num", start - 1, end,
                                 text[start - 1:end], True))
                i += 1
                continue
            if digits.isdigit():
                num = int(digits)
            elif _DECIMAL.fullmatch(digits):
                out.append(Token(digits.rstrip("0").rstrip("."), "num", start, end, surface, True))
                i += 1
                continue
            elif _ORDINAL.fullmatch(w):  # "26th" is the number 26 ("the 26th", "June 26")
                out.append(Token(str(int(w[:-2])), "num", start, end, surface, True))
                i += 1
                continue
            elif w.isalnum() and w.isascii() and not w.isdigit():
                kind = "plate" if 5 <= len(w) <= 8 and sum(c.isdigit() for c in w) >= 1 else "word"
                norm = ("p" + w) if kind == "plate" else w
                # "a 4Runner": a name written with a figure and small letters is no plate, and
                # the recording says it "four runner"
                named = re.fullmatch(r"\d([a-z]{3,})", w)
                if named and any(c.islower() for c in surface):
                    kind, norm = "word", canonical(named.group(1))
                out.append(Token(norm, kind, start, end, surface, True))
                i += 1
                continue
        elif _LETTER_PLATE.fullmatch(surface):
            # "ABC477", "NVK4187": a plate written letters first
            out.append(Token("p" + w, "plate", start, end, surface, True))
            i += 1
            continue
        elif w in _STREET_ORDINALS:
            num = _STREET_ORDINALS[w]  # "Garfield and Twelfth" is 12th
        elif w in _EVERYDAY_ORDINALS and ((i + 1 < len(low) and low[i + 1] in _RANKED) or (
                i > 0 and (low[i - 1] in MONTHS or low[i - 1] in ("march", "may")))):
            # "third grade", "second floor"; "September first" (a day of the month)
            num = _EVERYDAY_ORDINALS[w]
        elif spoken and w in NOTES and low[i - 1:i] != ["his"] and low[i - 1:i] != ["her"] \
                and low[i + 1:i + 2] != ["of"]:
            num = NOTES[w]  # "all twenties" is $20 bills (not "in his twenties")
        elif w in _TIMES and (w != "once" or not text[end:].lstrip()[:1].isalnum()):
            # "struck him twice", "I swung once." (not "once he left"): a count
            num = _TIMES[w]
        elif not (w == "one" and ((i > 0 and low[i - 1] in _ONE_PRONOUN) or i in pronoun_ones)):
            # a number ends with its sentence ("twenty nine hundred. Two transfers")
            parsed = number_value(low[:sentence_end[i]], i, commas)
            if parsed:
                num, consumed = parsed
        if num is not None:
            j = i + consumed
            tok_end = raw[j - 1][2]
            # "2140 hours", "nine forty pm", "9 pm" -> a clock time
            nxt = low[j] if j < len(low) else ""
            # "2300-2310 hours": the first time of a range is a time too
            if _HHMM.fullmatch(nxt) and j + 1 < len(low) and low[j + 1] in ("hours", "hrs") \
                    and text[raw[j - 1][2]:raw[j][1]].strip() in ("-", "to", "–"):
                nxt = "hours"
                j -= 1
            elif nxt == "to" and j + 2 < len(low) and _HHMM.fullmatch(low[j + 1]) \
                    and low[j + 2] in ("hours", "hrs"):
                nxt = "hours"  # "1435 to 1445 hours"
                j -= 1
            if nxt not in ("hours", "hrs") and _clock_written(raw, low, i, j, out):
                nxt, j = "hours", j - 1  # "at approximately 1940 to 1945", "at 0130"
            # "0030 hours" is half past midnight; a bare "30 hours" is a duration
            clock = num >= 100 or (len(raw[i][0]) == 4 and raw[i][0].isdigit())
            if nxt in ("hours", "hrs") and 0 <= num <= 2400 and num % 100 < 60 and clock:
                num %= 2400  # "2000 to 2400 hours": midnight
                out.append(Token(f"t{num // 100:02d}:{num % 100:02d}", "time", start,
                                 raw[j][2], text[start:raw[j][2]], True))
                i = j + 1
                continue
            j = i + consumed  # not a time after all ("two - 1940 hours", "at 0030")
            minutes = None
            k = j
            if nxt not in _AMPM and k < len(low) and num <= 12:
                parsed2 = number_value(low, k) if not low[k][0].isdigit() else None
                # "eleven oh two a.m.": a minute under ten said after "oh"
                if low[k] in ("oh", "o") and k + 1 < len(low) and \
                        NUMBER_UNITS.get(low[k + 1], 0) in range(1, 10):
                    parsed2 = (NUMBER_UNITS[low[k + 1]], 2)
                if parsed2 and parsed2[0] < 60 and k + parsed2[1] < len(low) and \
                        low[k + parsed2[1]] in _AMPM:
                    minutes, k = parsed2[0], k + parsed2[1]
            if k < len(low) and low[k] in _AMPM and 1 <= num <= 12:
                hour = num % 12 + (12 if low[k].startswith("p") else 0)
                out.append(Token(f"t{hour:02d}:{minutes or 0:02d}", "time", start, raw[k][2],
                                 text[start:raw[k][2]], True))
                i = k + 1
                continue
            out.append(Token(str(num), "num", start, tok_end, text[start:tok_end], True))
            i = j
            continue
        if w == "point":
            decimal = spoken_decimal(low, i + 1)
            if decimal:
                digits, n = decimal
                whole = "0"
                if out and out[-1].kind == "num" and out[-1].norm.isdigit() and \
                        out[-1].end >= start - 1:
                    whole, start = out[-1].norm, out[-1].start
                    out.pop()
                end = raw[i + n][2]
                value = f"{whole}.{digits}".rstrip("0").rstrip(".")
                out.append(Token(value, "num", start, end, text[start:end], True))
                i += n + 1
                continue
        norm = canonical(w)
        # "my no 1 fave", "No. 4471": a number sign, not a denial
        # "no problem", "at no cost", "a decline in prices": no denial
        nxt_word = low[i + 1] if i + 1 < len(low) else ""
        prev_word = low[i - 1] if i > 0 else ""
        # "yeah, no, totally": agreement, not a denial
        # "the No Trespassing signs": a sign's name mid-sentence, not a denial
        sign = surface == "No" and i > 0 and i + 1 < len(raw) and raw[i + 1][0][:1].isupper() \
            and not re.search(r"[.!?\"“]\s*$", text[:start])
        # "a no hunting sign", "no parking signs"; "no-showed", "a no-contact order"
        sign = sign or (w == "no" and (text[end:end + 1] == "-" or (
            nxt_word.endswith("ing") and i + 2 < len(low) and low[i + 2] in ("sign", "signs",
                                                                            "zone", "area"))))
        idiom = sign or (w == "no" and (nxt_word[:1].isdigit() or nxt_word in _NO_IDIOMS
                                        or prev_word in ("yeah", "yes", "yep"))) or \
            (w.startswith("declin") and nxt_word in ("in", "of", "by")) or \
            (w == "not" and " ".join(low[i + 1:i + 4]).startswith(_NO_LIE))  # "not gonna lie"
        bare = re.split(r"['’]", w, maxsplit=1)[0]  # "nothing's", "nobody'd"
        # "fatigued rather than impaired", "a warning instead of a citation"
        contrast = (w == "than" and prev_word == "rather") or (w == "of" and prev_word ==
                                                                "instead")
        if (w.endswith("n't") or bare in _NEG_SURFACES or norm in _NEG_STEMS or contrast) \
                and not idiom:
            out.append(Token("~neg", "neg", start, end, surface, False))
        elif w == "unaware":
            # "unaware his license was suspended" is "not aware" against "Yeah, I knew"
            out += [Token("~neg", "neg", start, end, surface, False),
                    Token(canonical("aware"), "word", start, end, surface, True)]
        else:
            # a lone letter ("R/P", "S/V", "Plan B") carries no checkable content; nor does a
            # party label ("V1", "S1's", "W2"): the recording calls them by name or "he"
            out.append(Token(norm, "word", start, end, surface,
                             w not in STOPWORDS and norm not in STOPWORDS
                             and not (len(w) == 1 and w.isalpha())
                             and not PARTY_LABEL.fullmatch(w)))
        i += 1
    if not spoken:
        return out + feet_inches(out, text)
    return out + feet_inches(out, text) + spoken_variants(out, text) + range_scale(out) + \
        spelled(out, text) + quarter_times(text)


def _time_token(w: str, surface: str, start: int, end: int, low: list[str],
                raw: list[tuple[str, int, int]], i: int, text: str) -> Token:
    hh, rest = w.split(":", 1)
    hour, minute = int(hh), int(rest[:2])
    suffix = rest[2:].strip()
    if not suffix and i + 1 < len(low) and low[i + 1] in _AMPM:
        suffix = low[i + 1]
        end = raw[i + 1][2]
    if suffix and 1 <= hour <= 12:
        hour = hour % 12 + (12 if suffix.startswith("p") else 0)
    return Token(f"t{hour:02d}:{minute:02d}", "time", start, end, text[start:end], True)


def _plate_run(raw: list[tuple[str, int, int]], low: list[str], i: int,
               text: str = "") -> tuple[str, int] | None:
    if len(low[i]) > 1 and low[i] not in NUMBER_UNITS and low[i] not in LETTER_WORDS:
        return None  # a plate run starts with a single character, a digit or letter word
    chars: list[str] = []
    j = i
    while j < len(low):
        w = low[j]
        if j > i and sum(c.isdigit() for c in chars) >= 3 and text and \
                _PAUSE.search(text, raw[j - 1][2], raw[j][1]):
            break  # "five five five, zero one nine three": groups of a phone number
        if raw[j][0] == "I" and chars and (j + 1 >= len(low) or (text and _PAUSE.search(
                text, raw[j - 1][2], raw[j][1])) or (
                len(low[j + 1]) > 1 and low[j + 1] not in NUMBER_UNITS
                and low[j + 1] not in LETTER_WORDS and low[j + 1] != "oh")):
            break  # "..., I wrote it down", "at nine oh two I start": the pronoun
        if w in NUMBER_UNITS and NUMBER_UNITS[w] < 10:
            chars.append(str(NUMBER_UNITS[w]))
        elif w == "oh" and chars:
            chars.append("0")
        elif len(w) == 1 and (w.isdigit() or (w.isalpha() and (raw[j][0].isupper()
                                                              or w not in "ai"))):
            chars.append(w)
        elif w in LETTER_WORDS and ((chars and any(c.isdigit() for c in chars))
                                    or (j + 1 < len(low) and low[j + 1] in LETTER_WORDS)
                                    or (chars and chars[-1].isalpha())
                                    # "Mary four David Nora seven seven two"
                                    or (not chars and j + 1 < len(low)
                                        and NUMBER_UNITS.get(low[j + 1], 10) < 10)):
            # "Charlie Victor Mike two zero eight eight": letters read in the phonetic alphabet
            chars.append(LETTER_WORDS[w])
        elif w == "ray" and chars and chars[-1] == "x" and raw[j - 1][2] + 1 == raw[j][1]:
            pass  # "X-ray": the phonetic word for X, split at its hyphen
        else:
            break
        j += 1
    value = "".join(chars)
    letters = sum(c.isalpha() for c in value)
    # longer runs are phone or card numbers read out, not plates (8 characters at most); a
    # run that opens with phonetic words needs digits after them ("Victor Mike" alone is names)
    phonetic = low[i] in LETTER_WORDS
    digits = len(value) - letters
    if 3 <= len(value) <= 8 and letters >= 1 and digits >= (2 if phonetic else 1):
        return value, j - i
    return None


def content_norms(tokens: list[Token]) -> list[str]:
    return [t.norm for t in tokens if t.content]


def has_negation(tokens: list[Token]) -> bool:
    return any(t.kind == "neg" for t in tokens)


def fold(text: str) -> str:
    """Lower-case, collapse whitespace and punctuation: for comparing sentences by wording."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))
