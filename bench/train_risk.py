"""Train the second-look model (app/verify/risk.py) on the labelled police cases.

    .venv/bin/python bench/train_risk.py            # writes resources/risk/model.json
    .venv/bin/python bench/train_risk.py --cv 5     # cross-validated figures, writes nothing

Every case of tests/data/police_cases and tests/data/police_cases_blind is analysed with the
checks alone (no second look). A report sentence no flag holds (low confidence aside) is an
example: positive when
it holds a planted problem (one the checks missed), negative when it is a faithful sentence.
Logistic regression over `app.verify.risk.sentence_features` (marks seen in at least three
sentences), fitted by stochastic gradient descent with a fixed seed: the same cases and checks
give the same file. The model learns how the checks behave: retrain it whenever they change.

`--cv K` holds out K blocks of consecutive blind cases in turn and reports, at the threshold,
how many of the held-out missed problems the model flags and how many held-out faithful
sentences it flags that no check had.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain import CaseMeta, FlagKind, Transcript  # noqa: E402
from app.verify import analyze  # noqa: E402
from app.verify.claims import split_sentences  # noqa: E402
from app.verify.risk import MODEL_FILE, RiskModel, sentence_features  # noqa: E402

THRESHOLD = 0.75
MIN_COUNT = 3
EPOCHS = 6
FOLDERS = ("tests/data/police_cases", "tests/data/police_cases_blind")

Row = tuple[str, list[str], int]  # (case file, marks, 1 = missed problem / 0 = faithful)


def case_rows(path: Path) -> list[Row]:
    case = json.loads(path.read_text(encoding="utf-8"))
    report = case["report"]
    transcript = Transcript.from_dict(case["transcript"])
    analysis = analyze(transcript, report,
                       meta=CaseMeta(**case["meta"]) if case.get("meta") else None,
                       officer_account=case.get("officer_account"),
                       attention_sentences=case.get("attention_sentences", ()),
                       second_look=False)
    # (as app.verify.risk.second_look_flags: a sentence any flag but low confidence holds is out)
    checked = [(f.start, f.end) for f in analysis.flags if f.kind is not FlagKind.LOW_ASR_CONFIDENCE
               and f.start is not None and f.end is not None]
    labels = case["labels"]
    problems = [report.find(p["text"]) for p in labels.get("problems", [])]
    faithful = [(report.find(f["text"]), len(f["text"])) for f in labels.get("faithful", [])]
    unlabelled = all(s.speaker is None for s in transcript.segments)
    rows: list[Row] = []
    for sentence in split_sentences(report):
        if any(a < sentence.end and sentence.start < b for a, b in checked):
            continue
        if any(at >= 0 and sentence.start <= at < sentence.end for at in problems):
            label = 1
        elif any(0 <= at <= sentence.start < at + n for at, n in faithful):
            label = 0
        else:
            continue  # the bias sentence, or one the labels do not cover
        claims = [c for c in analysis.claims if c.start < sentence.end and sentence.start < c.end]
        marks = sentence_features(sentence.text, claims, transcript.segments, unlabelled)
        rows.append((f"{path.parent.name}/{path.name}", sorted(marks), label))
    return rows


def examples() -> list[Row]:
    paths = [p for folder in FOLDERS for p in sorted((ROOT / folder).glob("*.json"))]
    with multiprocessing.Pool(2) as pool:
        return [row for rows in pool.map(case_rows, paths, chunksize=16) for row in rows]


def train(rows: list[Row]) -> RiskModel:
    counts = Counter(m for _, marks, _ in rows for m in marks)
    vocab = {m: i for i, m in enumerate(sorted(m for m, c in counts.items() if c >= MIN_COUNT))}
    x = [np.array([vocab[m] for m in marks if m in vocab], dtype=np.int64) for _, marks, _ in rows]
    w = np.zeros(len(vocab))
    b, rate, l2 = -2.0, 0.1, 1e-4
    order = list(range(len(rows)))
    rng = random.Random(0)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            z = b + float(w[x[i]].sum())
            g = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - rows[i][2]
            w[x[i]] -= rate * (g + l2 * w[x[i]])
            b -= rate * g
        rate *= 0.7
    weights = {m: round(float(w[i]), 3) for m, i in vocab.items() if abs(w[i]) >= 0.005}
    return RiskModel(weights, round(b, 3), THRESHOLD)


def cross_validate(rows: list[Row], k: int) -> None:
    blind = sorted({case for case, _, _ in rows if case.startswith("police_cases_blind/")},
                   key=lambda case: int(case.split("/")[1].split("_")[0]))
    caught = missed = flagged = faithful = 0
    for fold in range(k):
        held = set(blind[len(blind) * fold // k:len(blind) * (fold + 1) // k])
        model = train([r for r in rows if r[0] not in held])
        for case, marks, label in rows:
            if case not in held:
                continue
            hit = model.probability(set(marks)) > model.threshold
            if label:
                missed += 1
                caught += hit
            else:
                faithful += 1
                flagged += hit
        print(f"fold {fold + 1}/{k}: {len(held)} cases held out", file=sys.stderr)
    print(f"missed problems flagged: {caught}/{missed} ({100 * caught / missed:.1f}%); "
          f"unflagged faithful sentences flagged: {flagged}/{faithful} "
          f"({100 * flagged / faithful:.2f}%) at threshold {THRESHOLD}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", type=int, default=0, help="cross-validate in K blocks instead")
    args = parser.parse_args()
    rows = examples()
    if args.cv:
        cross_validate(rows, args.cv)
        return
    model = train(rows)
    out = ROOT / "resources" / MODEL_FILE
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "about": "Logistic weights of the second look at sentences every check passed; "
                 "trained by bench/train_risk.py, see README.md beside this file.",
        "sentences": len(rows), "missed_problems": sum(label for _, _, label in rows),
        "intercept": model.intercept, "threshold": model.threshold,
        "weights": dict(sorted(model.weights.items())),
    }, indent=0) + "\n", encoding="utf-8")
    print(f"{out}: {len(model.weights)} weights from {len(rows)} sentences")


if __name__ == "__main__":
    main()
