"""The attention check: one clearly false sentence planted in the AI draft at import.

The verifier flags the sentence (kind `attention_check`) until the officer deletes it, so a
report cannot be signed by someone who did not read it (as Axon Draft One's option does).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SENTENCES = (
    "A marching band in full uniform crossed the intersection during the stop.",
    "The suspect vehicle was towed away by a team of four horses.",
    "During the contact, a penguin walked out of the passenger door.",
    "I conducted the entire interview in rhyming verse at the subject's request.",
    "A hot air balloon landed in the parking lot while I wrote the citation.",
    "The driver handed me a live lobster instead of a license.",
    "Snow fell heavily inside the patrol car for the length of the call.",
    "The witness stated she had arrived at the scene riding a camel.",
)


@dataclass(frozen=True, slots=True)
class Planted:
    text: str
    sentence: str
    offset: int  # where the inserted string starts in `text`
    inserted: str  # exactly what was inserted (the sentence with its separator)


def plant(draft: str, rng: random.Random | None = None, sentence: str | None = None) -> Planted:
    """Append one false sentence (`sentence`, or one chosen at random) to a randomly chosen
    paragraph of the draft."""
    rng = rng or random.SystemRandom()
    sentence = sentence or rng.choice(SENTENCES)
    body = draft.rstrip()
    if not body:
        return Planted(sentence, sentence, 0, sentence)
    ends = [i for i in range(len(body)) if body.startswith("\n\n", i)] + [len(body)]
    # The end of a paragraph, skipping the whitespace that precedes a blank line.
    offset = rng.choice(ends)
    while offset > 0 and body[offset - 1] in " \t\r":
        offset -= 1
    inserted = " " + sentence
    text = body[:offset] + inserted + body[offset:] + draft[len(body):]
    return Planted(text, sentence, offset, inserted)
