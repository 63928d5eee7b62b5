"""Dates in the body of a report (a date of birth, the day a vaccine was given) against the
dates said on camera ("March eighth, twenty twenty six", "three, twelve, ninety nine").

The report's first date is its header (checked against the case record); every later date is
a fact like a number: the recording may say the same date, another one, or none at all. Where it
says none, the date may come from a document (a licence, a certificate) and is no gap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.verify.facts import Fact, FactProblem
from app.verify.header import MONTH_NUMBERS, HeaderFact
from app.verify.index import SegmentIndex
from app.verify.text import Token

# the abbreviations that are no everyday word when said ("mar", "jun" are left out)
_MONTHS = {**MONTH_NUMBERS, "jan": 1, "feb": 2, "sept": 9, "sep": 9, "oct": 10, "nov": 11,
           "dec": 12}
_ORDINAL_WORDS = {"first": 1, "second": 2}
# a run of bare numbers is a date only where a date is being given
_DATE_TALK = re.compile(r"\b(?:birth|born|dob|d\.o\.b|birthday|date)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SpokenDate:
    month: int
    day: int
    year: int | None  # as said: four digits, or two ("ninety nine")
    surface: str

    def same(self, year: int, month: int, day: int) -> bool:
        return self.month == month and self.day == day and (
            self.year is None or self.year % 100 == year % 100)


def _value(tok: Token) -> int | None:
    return int(tok.norm) if tok.kind == "num" and tok.norm.isdigit() else None


def _year(items: Sequence[Token], k: int) -> tuple[int | None, int]:
    """A year starting at items[k] ("2026", "twenty twenty six", "two thousand one",
    "ninety nine"), with the number of tokens it takes."""
    if k >= len(items):
        return None, 0
    a = _value(items[k])
    if a is None:
        return None, 0
    b = _value(items[k + 1]) if k + 1 < len(items) else None
    if a in (19, 20) and b is not None and b < 100:
        return a * 100 + b, 2
    if a == 2000 and b is not None and b < 10:
        return 2000 + b, 2
    if 1900 <= a <= 2099 or a < 100:
        return a, 1
    return None, 0


def spoken_dates(tokens: Sequence[Token], text: str, date_talk: bool) -> list[SpokenDate]:
    """Dates said in one segment: "March 8th", "the eighth of March", "May fifth, 2026", and
    where a date is being given (`date_talk`) a run like "three, twelve, ninety nine"."""
    # one reading of each word: the other readings of spoken numbers come after the text's
    first: list[Token] = []
    for t in tokens:
        if not first or t.start >= first[-1].end:
            first.append(t)
    tokens = first
    # leading zeros read aloud ("oh four, oh two") carry nothing
    items = [t for k, t in enumerate(tokens)
             if not ((t.norm in ("0", "oh") or t.surface.lower() in ("zero", "oh"))
                     and k + 1 < len(tokens) and (_value(tokens[k + 1]) or 10) < 10)]
    out: list[SpokenDate] = []
    k = 0
    while k < len(items):
        tok = items[k]
        low = tok.surface.lower().rstrip(".,")
        month = _MONTHS.get(low) if tok.kind == "word" else None
        if month is not None and k + 1 < len(items):
            j = k + 1 + (items[k + 1].surface.lower() == "the")
            day = _day(items, j)
            if day is not None:
                year, used = _year(items, j + 1)
                out.append(SpokenDate(month, day, year, _surface(text, items[k], items[
                    j + used])))
                k = j + 1 + used
                continue
        day = _day(items, k)
        if day is not None and k + 2 < len(items) and items[k + 1].surface.lower() == "of":
            month = _MONTHS.get(items[k + 2].surface.lower().rstrip(".,"))
            if month is not None:
                year, used = _year(items, k + 3)
                out.append(SpokenDate(month, day, year,
                                      _surface(text, items[k], items[k + 2 + used])))
                k += 3 + used
                continue
        m, d = _value(tok), _value(items[k + 1]) if k + 1 < len(items) else None
        if date_talk and m is not None and d is not None and 1 <= m <= 12 and 1 <= d <= 31:
            year, used = _year(items, k + 2)
            if year is not None:
                out.append(SpokenDate(m, d, year, _surface(text, tok, items[k + 1 + used])))
                k += 2 + used
                continue
        k += 1
    return out


def _day(items: Sequence[Token], j: int) -> int | None:
    if j >= len(items):
        return None
    tok = items[j]
    day = _value(tok)
    if day is None and tok.kind == "word":
        day = _ORDINAL_WORDS.get(tok.surface.lower().rstrip(".,"))
    return day if day is not None and 1 <= day <= 31 else None


def _surface(text: str, first: Token, last: Token) -> str:
    return text[first.start:last.end] if text else f"{first.surface} {last.surface}"


class DateBook:
    """The dates each segment says, read once and only when a report states a body date."""

    def __init__(self, index: SegmentIndex) -> None:
        self._index = index
        self._dates: dict[int, list[SpokenDate]] = {}

    def at(self, i: int) -> list[SpokenDate]:
        if i not in self._dates:
            segs = self._index.segments
            # ("Name and date of birth for both of you?" / "Devin, three fourteen oh two." /
            # "Kayla, eleven twenty nine oh three.": the second answer too)
            talk = any(_DATE_TALK.search(segs[j].text) for j in range(max(0, i - 2), i + 1))
            self._dates[i] = spoken_dates(self._index.tokens[i], segs[i].text, talk)
        return self._dates[i]

    def anywhere(self, year: int, month: int, day: int) -> bool:
        return any(d.same(year, month, day) for i in range(self._index.n) for d in self.at(i))


def date_problems(header: Sequence[HeaderFact], span_start: int, span_end: int,
                  places: Sequence[int], book: DateBook) -> list[FactProblem]:
    """Body dates of a claim the passage (`places`: its segments, and the answers after its
    questions) gives otherwise. `header` is every header fact of the report; its first date is
    the report's own and is not checked here."""
    dates = [f for f in header if f.kind == "date"]
    problems: list[FactProblem] = []
    for fact in dates[1:]:
        if not (span_start <= fact.start < span_end) or fact.value == dates[0].value:
            continue
        year, month, day = (int(p) for p in fact.value.split("-"))
        said = [(i, d) for i in places for d in book.at(i)]
        if not said or any(d.same(year, month, day) for _, d in said) or \
                book.anywhere(year, month, day):
            continue
        i, rival = said[0]
        problems.append(FactProblem(
            Fact("date", fact.value, fact.surface, fact.start - span_start,
                 fact.end - span_start), True, rival.surface, i, None, same_unit=True))
    return problems
