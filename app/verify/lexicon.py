"""The bias lexicon: YAML entries (one file per category) and matching them in a report.

File shape (resources/lexicon/<category>.yaml):

    category: conclusory
    entries:
      - id: belligerent
        patterns: [belligerent, belligerently]
        why: A conclusion, not an observation.
        suggestion: Quote what the person said and describe what they did.
        source: https://...
        severity: medium            # optional, default medium
        unless_in_transcript: false # optional: flag only when the recording lacks the term;
                                    # "words": lacks one of its words ("elderly", "confused")

A "*" in a pattern stands for any one word ("{professional|seasoned} * thieves" holds
"professional copper thieves"); a pattern cannot start with one.

Agencies add entries with the same shape in their own folder and disable entries by
"category:id".

The lexicon also carries the learned wording model (app/verify/wording.py), which judges the
sentences no entry matches; agencies switch it off by disabling its key,
"conclusory:learned-wording", like an entry.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from app.domain import Severity
from app.paths import resources_dir
from app.verify.wording import MODEL_KEY, WordingModel, load_wording_model

_REQUIRED = ("id", "patterns", "why", "suggestion")


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    id: str
    category: str
    patterns: tuple[str, ...]
    why: str
    suggestion: str
    source: str
    severity: Severity
    unless_in_transcript: bool
    backed_by_words: bool  # the recording backs it when it holds each of the term's words
    regex: re.Pattern[str]
    first_words: frozenset[str] = frozenset()

    @property
    def key(self) -> str:
        return f"{self.category}:{self.id}"


@dataclass(frozen=True, slots=True)
class LexiconHit:
    entry: LexiconEntry
    start: int
    end: int
    term: str
    quoted: bool  # inside a quotation of a speaker


@dataclass(frozen=True, slots=True)
class Lexicon:
    entries: tuple[LexiconEntry, ...]
    wording: WordingModel | None = field(default=None, compare=False)

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(sorted({e.category for e in self.entries}))

    def find(self, text: str) -> list[LexiconHit]:
        """Every match, longest first where two overlap ("furtive movements" over "furtive")."""
        quotes = quote_spans(text)
        starts = [a for a, _ in quotes]
        words = set(re.findall(r"[\w']+", text.lower()))
        hits: list[LexiconHit] = []
        for entry in self.entries:
            if not entry.first_words & words:
                continue  # none of its patterns can start here: skip the scan
            for m in entry.regex.finditer(text):
                q = bisect.bisect_right(starts, m.start()) - 1
                quoted = q >= 0 and m.start() < quotes[q][1]
                hits.append(LexiconHit(entry, m.start(), m.end(), m.group(0), quoted))
        # where two overlap, the longer (the more specific) wins, then the earlier
        hits.sort(key=lambda h: (-(h.end - h.start), h.start, h.entry.key))
        kept: list[LexiconHit] = []
        for hit in hits:
            if any(hit.start < k.end and k.start < hit.end for k in kept):
                continue
            kept.append(hit)
        return sorted(kept, key=lambda h: h.start)


def quote_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\"[^\"\n]*\"|“[^”\n]*”", text)]


_GROUP = re.compile(r"\{([^{}]+)\}")


def compile_pattern(pattern: str) -> str:
    """A pattern's words as a regex; "{appeared|seemed} {distracted|indifferent}" stands for
    every choice of one alternative from each group (an alternative may be several words)."""
    if not re.search(r"[\w']", pattern):
        raise ValueError(f"pattern {pattern!r} has no words")
    parts: list[str] = []
    at = 0
    for m in _GROUP.finditer(pattern):
        parts += [_words_regex(pattern[at:m.start()])] if pattern[at:m.start()].strip() else []
        options = [_words_regex(o) for o in m.group(1).split("|")]
        parts.append("(?:" + "|".join(sorted(options, key=len, reverse=True)) + ")")
        at = m.end()
    if pattern[at:].strip() or not parts:
        parts.append(_words_regex(pattern[at:]))
    return r"(?<![\w-])" + r"[\s-]+".join(parts) + r"(?![\w-])"


def _words_regex(text: str) -> str:
    words = re.findall(r"[\w'/]+|\*", text)  # ("w/m" is one word)
    if not words:
        raise ValueError(f"pattern {text!r} has no words")
    return r"[\s-]+".join(r"[\w']+,?" if w == "*" else re.escape(w) for w in words)


def _first_words(pattern: str) -> set[str]:
    """The words a pattern can start with (each alternative of an opening group)."""
    if pattern.strip().startswith("*"):
        raise ValueError(f"pattern {pattern!r} starts with a wildcard")
    m = _GROUP.match(pattern.strip())
    options = m.group(1).split("|") if m else [pattern]
    return {re.findall(r"[\w']+", o.lower())[0] for o in options if re.search(r"[\w']", o)}


def _parse_file(path: Path) -> list[LexiconEntry]:
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ValueError(f"{path}: cannot read lexicon file: {reason}") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ValueError(f"{path}: a lexicon file needs a mapping with an 'entries' list")
    category = data.get("category", path.stem)
    if not isinstance(category, str) or not category:
        raise ValueError(f"{path}: 'category' must be a non-empty string")
    out: list[LexiconEntry] = []
    for index, raw in enumerate(data["entries"]):
        where = f"{path}: entry {index + 1}"
        if not isinstance(raw, dict):
            raise ValueError(f"{where} must be a mapping")
        for key in _REQUIRED:
            if key not in raw:
                raise ValueError(f"{where} lacks '{key}'")
        patterns = raw["patterns"]
        if isinstance(patterns, str):
            patterns = [patterns]
        if not isinstance(patterns, list) or not patterns or \
                not all(isinstance(p, str) and p.strip() for p in patterns):
            raise ValueError(f"{where} ('{raw['id']}'): 'patterns' must be a list of strings")
        try:
            severity = Severity(str(raw.get("severity", "medium")))
        except ValueError:
            raise ValueError(f"{where} ('{raw['id']}'): severity must be high, medium or low"
                             ) from None
        try:
            alternatives = sorted({compile_pattern(p) for p in patterns}, key=len, reverse=True)
            first_words = frozenset(w for p in patterns for w in _first_words(p))
        except ValueError as exc:
            raise ValueError(f"{where} ('{raw['id']}'): {exc}") from None
        out.append(LexiconEntry(
            id=str(raw["id"]), category=str(raw.get("category", category)),
            patterns=tuple(patterns), why=str(raw["why"]), suggestion=str(raw["suggestion"]),
            source=str(raw.get("source", "")), severity=severity,
            unless_in_transcript=bool(raw.get("unless_in_transcript", False)),
            backed_by_words=raw.get("unless_in_transcript") == "words",
            regex=re.compile("|".join(alternatives), re.IGNORECASE),
            first_words=first_words,
        ))
    return out


def load_lexicon(extra_dir: Path | None = None, disabled: Iterable[str] = ()) -> Lexicon:
    """The bundled lexicon plus an agency folder; entries named "category:id" left out.

    An agency entry with the same category and id replaces the bundled one.
    """
    by_key: dict[str, LexiconEntry] = {}
    folders = [resources_dir() / "lexicon"]
    if extra_dir is not None:
        if not extra_dir.is_dir():
            raise ValueError(f"{extra_dir}: lexicon folder does not exist")
        folders.append(extra_dir)
    for folder in folders:
        for path in sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]):
            for entry in _parse_file(path):
                by_key[entry.key] = entry
    off = set(disabled)
    wording = None if MODEL_KEY in off else load_wording_model()
    return Lexicon(tuple(e for k, e in sorted(by_key.items()) if k not in off), wording)


# what a sentence the wording model flags is reported as
WORDING_ENTRY = LexiconEntry(
    id=MODEL_KEY.split(":")[1], category=MODEL_KEY.split(":")[0], patterns=(),
    why="Judges the person or guesses at a motive or character rather than describing what "
        "was said or done (found by the wording model, not by a lexicon entry).",
    suggestion="Describe what the person said or did, quoting them; leave motive and character "
               "out unless the recording states them.",
    source="bench/train_wording.py", severity=Severity.LOW, unless_in_transcript=False,
    backed_by_words=False, regex=re.compile(r"(?!)"))
