"""Whether a claim or a passage is negated: "did not", "denied", "refused", never "if ... not"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.verify.text import Token

# ... and what a rule forbids ("the contract prohibits haze" for "no haze, no fog")
_NEGATIVE_VERBS = re.compile(r"\b(den(y|ied|ies)|refus\w*|declin\w*|prohibit\w*|forb[ia]d\w*)\b",
                             re.I)


def claim_polarity(text: str, tokens: Sequence[Token]) -> int:
    """+1 for an affirmative claim, -1 for a negated or denying one.

    A negation inside a condition ("call if the website is not working") negates nothing the
    claim asserts."""
    # words quoted from a speaker ("yelled, \"You can't keep me from my stuff\"") are what
    # was said, not what the claim asserts
    quoted = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    if _NEGATIVE_VERBS.search(text) or any(
            asserted_negation(tokens, k) and not any(a <= tokens[k].start < b for a, b in quoted)
            for k in range(len(tokens))):
        return -1
    return 1


_QUOTE = re.compile(r"\"[^\"]*\"|“[^”]*”")


HYPOTHETICAL = frozenset({"if", "unless", "whether", "why", "even"})


def asserted_negation(tokens: Sequence[Token], k: int) -> bool:
    """Whether tokens[k] is a negation not inside a condition or question ("if ... not")."""
    if tokens[k].kind != "neg":
        return False
    words = [t for t in tokens[max(0, k - 4):k] if t.kind in ("word", "neg", "num")]
    return not any(t.surface.lower() in HYPOTHETICAL for t in words[-3:])


def evidence_polarity(tokens: Sequence[Token]) -> int:
    return -1 if any(t.kind == "neg" for t in tokens) else 1
