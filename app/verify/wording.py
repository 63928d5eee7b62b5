"""A learned check for judging wording that no lexicon entry names.

The lexicon holds the loaded words and constructions met so far, but a drafting model can judge
a person in words nobody listed ("acted out of pure spite", "a sore winner with a chip on his
shoulder"). This model scores a whole sentence: a weight for each word and each pair of
neighbouring words, summed with an intercept (logistic regression, trained by
`bench/train_wording.py` on the labelled police cases in tests/data). A sentence scoring above
the threshold is flagged at the stretch of words that carries its score, the run of tokens with
the highest summed weight, so the officer sees the phrase, not just the sentence.

Names, numbers and race or ethnicity words are not features: a name is `<cap>`, a number
`<num>`, and the race words are left out, so the model neither learns a person nor flags a
descriptor (the lexicon's race entries, which look at the recording, do that).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.paths import resources_dir

# the key agencies disable it by, as for a lexicon entry ("category:id")
MODEL_KEY = "conclusory:learned-wording"
MODEL_FILE = "wording/model.json"

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+")
_RACE = frozenset({"white", "black", "hispanic", "latino", "latina", "latinx", "asian", "african",
                   "caucasian", "native", "indian", "arab", "middle-eastern", "mexican"})
_RACE_TOKEN = "<race>"
_EDGE = 0.25  # the least share of the score a word at either end of a flagged phrase carries


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # the feature form: lower case, or <num>, <cap>, <race>
    start: int
    end: int


def tokens(sentence: str) -> list[Token]:
    """The sentence's words in their feature form, with their offsets."""
    out: list[Token] = []
    for m in _TOKEN.finditer(sentence):
        word = m.group(0)
        if word[0].isdigit():
            form = "<num>"
        elif word.lower() in _RACE:
            form = _RACE_TOKEN
        elif word[0].isupper() and out and not word.isupper():
            form = "<cap>"  # a name, mid-sentence
        else:
            form = word.lower()
        out.append(Token(form, m.start(), m.end()))
    return out


def features(toks: list[Token]) -> list[tuple[str, tuple[int, ...]]]:
    """Each word and each pair of neighbours, with the token positions it covers."""
    out: list[tuple[str, tuple[int, ...]]] = [(t.text, (i,)) for i, t in enumerate(toks)]
    out += [(f"{toks[i].text} {toks[i + 1].text}", (i, i + 1)) for i in range(len(toks) - 1)]
    return [(name, at) for name, at in out if _RACE_TOKEN not in name]


@dataclass(frozen=True, slots=True)
class WordingHit:
    score: float
    start: int  # offsets in the sentence
    end: int


@dataclass(frozen=True, slots=True, eq=False)
class WordingModel:
    weights: Mapping[str, float] = field(repr=False)
    intercept: float
    threshold: float

    def score(self, sentence: str) -> float:
        return self.intercept + sum(self.weights.get(name, 0.0)
                                    for name, _ in features(tokens(sentence)))

    def find(self, sentence: str) -> WordingHit | None:
        """The judging stretch of a sentence that scores above the threshold, else None."""
        toks = tokens(sentence)
        if not toks:
            return None
        share = [0.0] * len(toks)
        total = self.intercept
        for name, at in features(toks):
            weight = self.weights.get(name, 0.0)
            total += weight
            for i in at:
                share[i] += weight / len(at)
        if total <= self.threshold:
            return None
        # the run of words with the highest summed share (Kadane)
        best, run, first, lo, hi = share[0], 0.0, 0, 0, 0
        for i, value in enumerate(share):
            if run <= 0:
                run, first = value, i
            else:
                run += value
            if run > best:
                best, lo, hi = run, first, i
        # without the words at its ends that carry next to nothing ("... everything she")
        while lo < hi and share[lo] < _EDGE:
            lo += 1
        while hi > lo and share[hi] < _EDGE:
            hi -= 1
        return WordingHit(total, toks[lo].start, toks[hi].end)


def load_wording_model(path: Path | None = None) -> WordingModel:
    """The bundled model, or one at `path`; ValueError naming the file if it is unreadable."""
    path = path if path is not None else resources_dir() / MODEL_FILE
    return WordingModel(*read_weights(path, "the wording model"))


def read_weights(path: Path, what: str) -> tuple[dict[str, float], float, float]:
    """A model file's weights, intercept and threshold (this model's, the second look's, the
    calibration's); ValueError naming the file and `what` if it is unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return weights, float(data["intercept"]), float(data["threshold"])
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ValueError(f"{path}: cannot read {what}: {reason}") from None
    except (KeyError, TypeError, ValueError, AttributeError):
        raise ValueError(f"{path}: {what} needs 'weights' (name: number), "
                         f"'intercept' and 'threshold'") from None
