"""Train the two models of the second look on the labelled police cases: the look at sentences
every check passed (app/verify/risk.py) and the calibration of soft flags
(app/verify/calibrate.py).

    .venv/bin/python bench/train_learned.py         # writes resources/risk/, calibration/
    .venv/bin/python bench/train_learned.py --cv 5  # cross-validated figures, writes nothing

Every case of tests/data/police_cases and tests/data/police_cases_blind is analysed with the
checks alone (no second look). A report sentence no flag holds (low confidence aside) is an
example for the look: positive when it holds a planted problem (one the checks missed),
negative when it is a faithful sentence. A sentence whose flags are all soft is an example for
the calibration: positive (a false alarm) when it is faithful, negative when the soft flags
caught its planted problem. Logistic regression over each module's marks (those seen in at
least three sentences), fitted by stochastic gradient descent with a fixed seed: the same cases
and checks give the same files. The models learn how the checks behave: retrain them whenever
the checks change.

`--cv K` holds out K blocks of consecutive blind cases in turn and reports, at each threshold,
how many held-out missed problems the look flags and held-out faithful sentences it flags, and
how many held-out false alarms the calibration drops and caught problems it drops.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from logistic import fit, save  # noqa: E402  (bench/, beside this script)

from app.domain import CaseMeta, FlagKind, Transcript  # noqa: E402
from app.verify import analyze, calibrate, risk  # noqa: E402
from app.verify.claims import split_sentences  # noqa: E402
from app.verify.risk import RiskModel  # noqa: E402

LOOK_THRESHOLD = 0.4
CALIBRATION_THRESHOLD = 0.75
# the thresholds `--cv` reports besides the two in use
CURVE = (0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9)
MIN_COUNT = 3
EPOCHS = 6
FOLDERS = ("tests/data/police_cases", "tests/data/police_cases_blind")

# (model "look" or "calibration", case file, marks, label)
Row = tuple[str, str, list[str], int]


def case_rows(path: Path) -> list[Row]:
    case = json.loads(path.read_text(encoding="utf-8"))
    report = case["report"]
    transcript = Transcript.from_dict(case["transcript"])
    segments = transcript.segments
    analysis = analyze(transcript, report,
                       meta=CaseMeta(**case["meta"]) if case.get("meta") else None,
                       officer_account=case.get("officer_account"),
                       attention_sentences=case.get("attention_sentences", ()),
                       second_look=False)
    labels = case["labels"]
    problems = [(at, at + len(p["text"])) for p in labels.get("problems", [])
                if (at := report.find(p["text"])) >= 0]
    faithful = [(report.find(f["text"]), len(f["text"])) for f in labels.get("faithful", [])]
    unlabelled = all(s.speaker is None for s in segments)
    name = f"{path.parent.name}/{path.name}"
    rows: list[Row] = []
    for sentence in split_sentences(report):
        problem = next(((a, b) for a, b in problems if sentence.start <= a < sentence.end), None)
        is_faithful = any(0 <= at <= sentence.start < at + n for at, n in faithful)
        if problem is None and not is_faithful:
            continue  # the bias sentence, or one the labels do not cover
        claims = [c for c in analysis.claims if c.start < sentence.end and sentence.start < c.end]
        # (as the app: any flag but low confidence takes a sentence out of the look)
        if not any(f.start is not None and f.end is not None and f.start < sentence.end
                   and sentence.start < f.end and f.kind is not FlagKind.LOW_ASR_CONFIDENCE
                   for f in analysis.flags):
            marks = risk.sentence_features(sentence.text, claims, segments, unlabelled)
            rows.append(("look", name, sorted(marks), int(problem is not None)))
            continue
        mine = calibrate.sentence_flags(analysis.flags, sentence.start, sentence.end)
        if not mine or any(calibrate.soft_reason(f) is None for f in mine):
            continue
        if problem is not None and not any(f.start is not None and f.end is not None
                                           and f.start < problem[1] and problem[0] < f.end
                                           for f in mine):
            continue  # soft flags beside a problem they did not catch teach nothing
        marks = calibrate.soft_features(sentence.text, claims, segments, unlabelled, mine)
        rows.append(("calibration", name, sorted(marks), int(problem is None)))
    return rows


def examples() -> list[Row]:
    paths = [p for folder in FOLDERS for p in sorted((ROOT / folder).glob("*.json"))]
    with multiprocessing.Pool(2) as pool:
        return [row for rows in pool.map(case_rows, paths, chunksize=16) for row in rows]


def train(rows: list[Row], threshold: float, start: float) -> RiskModel:
    weights, intercept = fit([marks for _, _, marks, _ in rows], [label for *_, label in rows],
                             min_count=MIN_COUNT, epochs=EPOCHS, start=start, rate=0.1)
    return RiskModel(weights, intercept, threshold)


def train_look(rows: list[Row]) -> RiskModel:
    return train([r for r in rows if r[0] == "look"], LOOK_THRESHOLD, -2.0)


def train_calibration(rows: list[Row]) -> RiskModel:
    return train([r for r in rows if r[0] == "calibration"], CALIBRATION_THRESHOLD, 0.0)


def cross_validate(rows: list[Row], k: int) -> None:
    blind = sorted({case for _, case, _, _ in rows if case.startswith("police_cases_blind/")},
                   key=lambda case: int(case.split("/")[1].split("_")[0]))
    # (model, label, held-out probability)
    scored: list[tuple[str, int, float]] = []
    for fold in range(k):
        held = set(blind[len(blind) * fold // k:len(blind) * (fold + 1) // k])
        kept = [r for r in rows if r[1] not in held]
        models = {"look": train_look(kept), "calibration": train_calibration(kept)}
        scored += [(which, label, models[which].probability(set(marks)))
                   for which, case, marks, label in rows if case in held]
        print(f"fold {fold + 1}/{k}: {len(held)} cases held out", file=sys.stderr)

    def share(which: str, label: int, threshold: float) -> str:
        mine = [p for w, lab, p in scored if w == which and lab == label]
        hit = sum(p > threshold for p in mine)
        return f"{hit}/{len(mine)} ({100 * hit / max(len(mine), 1):.1f}%)"

    for threshold in sorted({LOOK_THRESHOLD, *CURVE}):
        mark = " (used)" if threshold == LOOK_THRESHOLD else ""
        print(f"look at {threshold}{mark}: missed problems flagged {share('look', 1, threshold)}, "
              f"passed faithful sentences flagged {share('look', 0, threshold)}")
    for threshold in sorted({CALIBRATION_THRESHOLD, *CURVE}):
        mark = " (used)" if threshold == CALIBRATION_THRESHOLD else ""
        print(f"calibration at {threshold}{mark}: false alarms dropped "
              f"{share('calibration', 1, threshold)}, caught problems dropped "
              f"{share('calibration', 0, threshold)}")


def write(model: RiskModel, file: str, about: str, rows: list[Row]) -> None:
    save(ROOT / "resources" / file,
         about + " Trained by bench/train_learned.py; see README.md beside this file.",
         len(rows), sum(r[3] for r in rows), model)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", type=int, default=0, help="cross-validate in K blocks instead")
    args = parser.parse_args()
    rows = examples()
    if args.cv:
        cross_validate(rows, args.cv)
        return
    write(train_look(rows), risk.MODEL_FILE,
          "Logistic weights of the look at sentences every check passed.",
          [r for r in rows if r[0] == "look"])
    write(train_calibration(rows), calibrate.MODEL_FILE,
          "Logistic weights of the soft-flag calibration (positive: a false alarm).",
          [r for r in rows if r[0] == "calibration"])


if __name__ == "__main__":
    main()
