"""Which characters of the final report came unchanged from the first AI draft."""

from __future__ import annotations

import difflib
import re

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
DIRECT_LIMIT = 12_000
MIN_WORDS = 2
_LEVELS = (
    re.compile(r"\n[ \t]*\n\s*"),  # paragraphs
    re.compile(r"\n\s*"),  # lines
    re.compile(r"(?<=[.!?])\s+"),  # sentences
)
_CHUNK_WORDS = 40
_WORDS = re.compile(r"\S+\s*")

Range = tuple[int, int]


def _token_spans(first_draft: str, final: str) -> list[Range]:
    """Exact token-level diff; cost grows with the square of the length."""
    a = _TOKEN.findall(first_draft)
    b_tokens = list(_TOKEN.finditer(final))
    b = [m.group(0) for m in b_tokens]
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    spans: list[Range] = []
    for block in matcher.get_matching_blocks():
        if block.size == 0:
            continue
        words = sum(1 for token in b[block.b:block.b + block.size] if token[0].isalnum())
        # A lone shared word ("and", "the", ".") inside an officer's sentence is coincidence,
        # not AI text; unless it is the whole of the final text.
        if words < MIN_WORDS and block.size < len(b):
            continue
        start = b_tokens[block.b].start()
        end = b_tokens[block.b + block.size - 1].end()
        if not final[start:end].strip():
            continue
        if spans and final[spans[-1][1]:start].strip() == "":
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def ai_spans(first_draft: str, final: str) -> list[Range]:
    """Character ranges [start, end) of `final` copied unchanged from `first_draft`.

    Works on word/space/punctuation tokens so that an officer's one-word change does not mark
    its neighbours as officer-written. Ranges are merged and sorted; whitespace-only ones are
    dropped. Token diffs grow with the square of the length, so texts over `DIRECT_LIMIT`
    characters are first aligned paragraph by paragraph (then line, sentence and word-chunk
    inside large changed blocks) and token-diffed only in small changed pieces.
    """
    spans = _spans(first_draft, (0, len(first_draft)), final, (0, len(final)), 0)
    merged: list[Range] = []
    for start, end in sorted(spans):
        if not final[start:end].strip():
            continue
        if merged and (start <= merged[-1][1] or not final[merged[-1][1]:start].strip()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _spans(draft: str, d: Range, final: str, f: Range, level: int) -> list[Range]:
    if d[1] <= d[0] or f[1] <= f[0]:
        return []
    if (d[1] - d[0]) + (f[1] - f[0]) <= DIRECT_LIMIT:
        return [(f[0] + s, f[0] + e) for s, e in _token_spans(draft[d[0]:d[1]], final[f[0]:f[1]])]
    if level > len(_LEVELS):  # one enormous "word" on each side: only equality is affordable
        return [f] if draft[d[0]:d[1]] == final[f[0]:f[1]] else []
    d_units, f_units = _units(draft, d, level), _units(final, f, level)
    if len(d_units) <= 1 and len(f_units) <= 1:
        return _spans(draft, d, final, f, level + 1)
    matcher = difflib.SequenceMatcher(
        a=[draft[s:e] for s, e in d_units], b=[final[s:e] for s, e in f_units], autojunk=False)
    out: list[Range] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(f_units[j1:j2])
        elif tag == "replace":
            block_d = (d_units[i1][0], d_units[i2 - 1][1])
            block_f = (f_units[j1][0], f_units[j2 - 1][1])
            size = (block_d[1] - block_d[0]) + (block_f[1] - block_f[0])
            if size <= DIRECT_LIMIT:
                out.extend(_spans(draft, block_d, final, block_f, level))
            else:
                # Too big to diff at once: pair the changed units in order, one level finer.
                for du, fu in zip(d_units[i1:i2], f_units[j1:j2], strict=False):
                    out.extend(_spans(draft, du, final, fu, level + 1))
    return out


def _units(text: str, bounds: Range, level: int) -> list[Range]:
    """Split text[bounds] into units of the given level (the last level: word chunks)."""
    start, end = bounds
    if level >= len(_LEVELS):
        words = [m.span() for m in _WORDS.finditer(text, start, end)]
        return [(words[i][0], words[min(i + _CHUNK_WORDS, len(words)) - 1][1])
                for i in range(0, len(words), _CHUNK_WORDS)]
    units: list[Range] = []
    pos = start
    for sep in _LEVELS[level].finditer(text, start, end):
        if sep.start() > pos:
            units.append((pos, sep.start()))
        pos = sep.end()
    if pos < end:
        units.append((pos, end))
    return units


def ai_fraction(first_draft: str, final: str) -> float:
    """Share of the final text's non-space characters that came from the AI draft."""
    total = sum(1 for ch in final if not ch.isspace())
    if total == 0:
        return 0.0
    ai = sum(1 for s, e in ai_spans(first_draft, final) for ch in final[s:e] if not ch.isspace())
    return ai / total
