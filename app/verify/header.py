"""Header facts a report states about itself (date, time, officer, badge, case number).

They are checked against case metadata, never against the recording, and are left out of the
claim's content so that "On 11/25/2026 at 2140 hours" does not count as unsupported speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain import CaseMeta

# the months by name, 1-12 (spoken dates read them too: dates.py)
MONTH_NUMBERS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
_MONTHS = {**MONTH_NUMBERS, **{m[:3]: v for m, v in MONTH_NUMBERS.items()}}
_MONTHS["sept"] = 9

_DATE = re.compile(
    r"\b(?P<iso>(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2}))\b"
    r"|\b(?P<us>(?P<m2>\d{1,2})/(?P<d2>\d{1,2})/(?P<y2>\d{2,4}))\b"
    r"|\b(?P<long>(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) +
    r")\.?\s+(?P<d3>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y3>\d{4}))\b",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b(?P<mil>[0-2]\d[0-5]\d)\s*(?:hours|hrs)\b"
    r"|\b(?P<h>\d{1,2}):(?P<m>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?"
    r"|\b(?P<h2>\d{1,2})\s*(?P<ampm2>[ap]\.?m\.?)",
    re.IGNORECASE,
)
_CASE = re.compile(
    r"\b(?:case|incident|report|cad|event)\s*(?:no\.?|number|num|#)\s*:?\s*#?\s*"
    r"(?P<value>(?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{2,})",
    re.IGNORECASE,
)
_BADGE = re.compile(r"(?:\bbadge\s*(?:no\.?|number|#)?\s*:?\s*#?|#)\s*(?P<value>\d{2,6})\b",
                    re.IGNORECASE)
_SELF_NAME = re.compile(
    r"(?:\bI,\s*|reporting officer\s*:\s*|officer\s*:\s*|prepared by\s*:?\s*)"
    r"(?:(?:Officer|Ofc\.?|Deputy|Dep\.?|Sgt\.?|Sergeant|Det\.?|Detective|Cpl\.?|Corporal|"
    r"Trooper|Tpr\.?|SRO|School Resource Officer|Agent|Lt\.?|Lieutenant|PO|P\.O\.|"
    r"Patrol Officer|Reserve Officer|Sr\.? Ofc\.?|Senior Officer)\s+)?"
    # letters of any alphabet after the capital ("Tomás Delgado")
    r"(?P<value>(?:[A-Z]\.\s*)*[A-Z](?:[^\W\d_]|['-])+(?:\s+[A-Z](?:[^\W\d_]|['-])+)?)",
)


@dataclass(frozen=True, slots=True)
class HeaderFact:
    kind: str  # "date", "time", "badge", "officer", "case number"
    value: str  # normalised
    surface: str
    start: int  # offsets within the report
    end: int


_OFFICER_BEFORE = re.compile(
    r"\b(?:Officer|Ofc|Deputy|Dep|Sgt|Sergeant|Trooper|Tpr|Det|Detective|Cpl|Corporal|Lt|"
    r"Lieutenant|Capt|Captain|Agent|Marshal|SRO|Inv|Investigator|Ofcr|Patrolman|P\.O|Sheriff|"
    r"Constable|Ranger|Warden|Cpt)\.?\s+(?:[A-Z][\w.'-]*\s+){0,3}$")


def find_header_facts(report: str) -> list[HeaderFact]:
    facts: list[HeaderFact] = []
    for m in _DATE.finditer(report):
        value = _date_value(m)
        if value:
            facts.append(HeaderFact("date", value, m.group(0), m.start(), m.end()))
    for m in _TIME.finditer(report):
        value = _time_value(m)
        if value:
            facts.append(HeaderFact("time", value, m.group(0).strip(), m.start(), m.end()))
    for m in _CASE.finditer(report):
        facts.append(HeaderFact("case number", m.group("value").upper(), m.group(0),
                                m.start(), m.end()))
    for m in _BADGE.finditer(report):
        if any(f.start <= m.start() < f.end for f in facts):
            continue
        # a bare "#" is a badge after an officer's name ("Officer Marcus Bell #4408"), not a
        # unit, a house or a locker ("unit #188", "locker #124")
        if m.group(0).startswith("#") and not _OFFICER_BEFORE.search(report[:m.start()]):
            continue
        facts.append(HeaderFact("badge", m.group("value"), m.group(0), m.start(), m.end()))
    for m in _SELF_NAME.finditer(report):
        facts.append(HeaderFact("officer", m.group("value"), m.group(0), m.start(), m.end()))
    facts.sort(key=lambda f: (f.start, f.kind))
    return facts


def _date_value(m: re.Match[str]) -> str | None:
    try:
        if m.group("iso"):
            y, mo, d = int(m.group("y1")), int(m.group("m1")), int(m.group("d1"))
        elif m.group("us"):
            y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
            y = y + 2000 if y < 100 else y
        else:
            y, mo, d = int(m.group("y3")), _MONTHS[m.group("mon").lower()], int(m.group("d3"))
    except (KeyError, ValueError):
        return None
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _time_value(m: re.Match[str]) -> str | None:
    if m.group("mil"):
        v = int(m.group("mil"))
        hour, minute = v // 100, v % 100
    elif m.group("h"):
        hour, minute = int(m.group("h")), int(m.group("m"))
        if m.group("ampm"):
            hour = hour % 12 + (12 if m.group("ampm").lower().startswith("p") else 0)
    else:
        hour, minute = int(m.group("h2")), 0
        hour = hour % 12 + (12 if m.group("ampm2").lower().startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def parse_time(text: str) -> str | None:
    """ "21:40", "2140", "2140 hours", "9:40 pm" -> "21:40"."""
    text = text.strip()
    if re.fullmatch(r"\d{4}", text):
        text += " hours"
    m = _TIME.search(text)
    return _time_value(m) if m else None


def _minutes(value: str) -> int:
    h, m = value.split(":")
    return int(h) * 60 + int(m)


def header_mismatch(fact: HeaderFact, meta: CaseMeta, first_of_kind: bool) -> str | None:
    """A message when the fact disagrees with the case metadata, else None."""
    if fact.kind == "date" and meta.incident_date and first_of_kind:
        if fact.value != meta.incident_date[:10]:
            return (f"Report header says {fact.surface}; the case record says "
                    f"{meta.incident_date}.")
    elif fact.kind == "time" and meta.incident_time and first_of_kind:
        expected = parse_time(meta.incident_time)
        if expected and abs(_minutes(fact.value) - _minutes(expected)) > 10:
            return f"Report says {fact.surface}; the case record says {meta.incident_time}."
    elif fact.kind == "case number" and meta.case_number:
        if not _same_case(fact.value, meta.case_number):
            return f"Report says case {fact.value}; the case record says {meta.case_number}."
    elif fact.kind == "badge" and meta.officer_badge:
        if fact.value.lstrip("0") != _alnum(meta.officer_badge).lstrip("0") and first_of_kind:
            return f"Report says badge #{fact.value}; the case record says #{meta.officer_badge}."
    elif fact.kind == "officer" and meta.officer_name:
        surname = fact.value.split()[-1].lower().strip(".")
        # word by word: "Becket" is no "Beckett", though it is part of it
        recorded = re.findall(r"[\w'-]+", meta.officer_name.lower())
        if surname not in recorded or not _same_first_name(fact.value, recorded):
            return (f"Report names the reporting officer as {fact.value}; the case record says "
                    f"{meta.officer_name}.")
    return None


_TITLES = frozenset({"officer", "ofc", "deputy", "dep", "sgt", "sergeant", "detective", "det",
                     "trooper", "tpr", "cpl", "corporal", "lt", "lieutenant", "capt", "captain"})
# short forms of first names that are no prefix of them
_NICKNAMES = {"mike": "michael", "bill": "william", "will": "william", "bob": "robert",
              "rob": "robert", "jim": "james", "jimmy": "james", "tom": "thomas",
              "rick": "richard", "dick": "richard", "liz": "elizabeth", "beth": "elizabeth",
              "kate": "katherine", "katie": "katherine", "kathy": "katherine",
              "jen": "jennifer", "jenny": "jennifer", "joe": "joseph", "tony": "anthony",
              "jack": "john", "ted": "edward", "ed": "edward", "peggy": "margaret",
              "maggie": "margaret", "sue": "susan", "betty": "elizabeth", "chuck": "charles",
              "hank": "henry", "larry": "lawrence", "bobby": "robert", "billy": "william"}


def _same_first_name(written: str, recorded: list[str]) -> bool:
    """Whether the report's first name for the officer is the record's ("Dan" for "Daniel",
    "Mike" for "Michael", an initial), where both give one; "Evan" is no "Ethan"."""
    words = [w for w in written.lower().replace(".", " ").split() if w not in _TITLES]
    recorded = [w for w in recorded if w not in _TITLES]
    if len(words) < 2 or len(recorded) < 2 or len(words[0]) < 2:
        return True
    a, b = words[0], recorded[0]
    return a.startswith(b) or b.startswith(a) or _NICKNAMES.get(a) == b or \
        _NICKNAMES.get(b) == a


def _alnum(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", value).upper()


def _same_case(written: str, recorded: str) -> bool:
    """Whether two case numbers are one, the year written in two digits or four
    ("25-004417" for "2025-004417")."""
    if _alnum(written) == _alnum(recorded):
        return True
    a, b = sorted((written.upper(), recorded.upper()), key=len)
    short, long = re.match(r"(\d{2})-(.+)$", a), re.match(r"(\d{4})-(.+)$", b)
    return bool(short and long and long.group(1)[2:] == short.group(1)
                and _alnum(short.group(2)) == _alnum(long.group(2)))
