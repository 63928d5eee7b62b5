"""Which characters of the final report came unchanged from the first AI draft."""

from __future__ import annotations

import difflib
import re

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def ai_spans(first_draft: str, final: str) -> list[tuple[int, int]]:
    """Character ranges [start, end) of `final` copied unchanged from `first_draft`.

    Works on word/space/punctuation tokens so that an officer's one-word change does not
    mark its neighbours as officer-written. Adjacent ranges are merged; whitespace-only
    ranges are dropped.
    """
    a = _TOKEN.findall(first_draft)
    b_tokens = list(_TOKEN.finditer(final))
    b = [m.group(0) for m in b_tokens]
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    spans: list[tuple[int, int]] = []
    for block in matcher.get_matching_blocks():
        if block.size == 0:
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


def ai_fraction(first_draft: str, final: str) -> float:
    """Share of the final text's non-space characters that came from the AI draft."""
    total = sum(1 for ch in final if not ch.isspace())
    if total == 0:
        return 0.0
    ai = sum(1 for s, e in ai_spans(first_draft, final) for ch in final[s:e] if not ch.isspace())
    return ai / total
