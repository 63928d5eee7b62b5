"""The logistic regression both training scripts fit (train_wording.py, train_learned.py),
and the model file they write."""

from __future__ import annotations

import json
import math
import random
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np


def fit(marks: Sequence[Sequence[str]], labels: Sequence[int], *, min_count: int, epochs: int,
        start: float, rate: float, positive_weight: float = 1.0,
        l2: float = 1e-4) -> tuple[dict[str, float], float]:
    """Weights of the marks seen in at least `min_count` examples, and the intercept, by
    stochastic gradient descent with a fixed seed (the same examples give the same weights);
    weights under 0.005 are left out and the rest rounded to three places."""
    counts = Counter(m for row in marks for m in set(row))
    vocab = {m: i for i, m in enumerate(sorted(m for m, c in counts.items() if c >= min_count))}
    x = [np.array([vocab[m] for m in row if m in vocab], dtype=np.int64) for row in marks]
    w = np.zeros(len(vocab))
    b = start
    order = list(range(len(marks)))
    rng = random.Random(0)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            z = b + float(w[x[i]].sum())
            g = (1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - labels[i]) * \
                (positive_weight if labels[i] else 1.0)
            w[x[i]] -= rate * (g + l2 * w[x[i]])
            b -= rate * g
        rate *= 0.7
    return {m: round(float(w[i]), 3) for m, i in vocab.items() if abs(w[i]) >= 0.005}, round(b, 3)


class Weights(Protocol):
    @property
    def weights(self) -> Mapping[str, float]: ...
    @property
    def intercept(self) -> float: ...
    @property
    def threshold(self) -> float: ...


def save(out: Path, about: str, sentences: int, positive: int, model: Weights) -> None:
    """Write a model file (`resources/<name>/model.json`) and say what it holds."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "about": about, "sentences": sentences, "positive": positive,
        "intercept": model.intercept, "threshold": model.threshold,
        "weights": dict(sorted(model.weights.items())),
    }, indent=0) + "\n", encoding="utf-8")
    print(f"{out}: {len(model.weights)} weights from {sentences} sentences")
