"""Partial plates: "a partial plate beginning with 8TY" against "eight Tom Victor, something"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.verify.text import Token

# a partial plate ("8TY", "6PHB"): letters and digits both, two to four of them
_PARTIAL = re.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{2,4}")
# ... and a plate read out, whole or in part
_READ = re.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{2,8}")
_PLATE_WORD = re.compile(r"\b(?:plate|tag)\b", re.IGNORECASE)


def is_partial_plate(claim_text: str, tok: Token) -> bool:
    """Whether a claim's word is a partial plate: letters and digits, a plate named before it."""
    return bool(_PARTIAL.fullmatch(tok.norm)) and bool(
        _PLATE_WORD.search(claim_text[max(0, tok.start - 40):tok.start]))


def plates_read(tokens: Sequence[tuple[int, Token]]) -> list[tuple[int, Token, str]]:
    """The plates a passage reads out, whole or in part, with their letters and digits."""
    out = []
    for i, t in tokens:
        value = t.norm.removeprefix("p") if t.kind == "plate" else t.norm
        if t.kind in ("plate", "word") and _READ.fullmatch(value):
            out.append((i, t, value))
    return out
