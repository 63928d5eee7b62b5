"""Train the wording model (app/verify/wording.py) on the labelled police cases.

    .venv/bin/python bench/train_wording.py            # writes resources/wording/model.json
    .venv/bin/python bench/train_wording.py --cv 10    # cross-validated figures, writes nothing

Every report sentence of tests/data/police_cases and tests/data/police_cases_blind is one
example: a sentence holding a labelled bias phrase is positive, every other sentence (faithful or
carrying a planted factual problem) negative. Logistic regression over the features of
`app.verify.wording.features` (words and neighbouring pairs seen in at least three sentences),
fitted by stochastic gradient descent with a fixed seed, so the same data gives the same file.

`--cv K` holds out K blocks of consecutive blind cases in turn (a block is several sets written
together, so its wording was not seen in training) and reports, at the model's threshold, the
share of held-out bias phrases flagged at the phrase, and of held-out other sentences flagged.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from logistic import fit, save  # noqa: E402  (bench/, beside this script)

from app.verify.claims import split_sentences  # noqa: E402
from app.verify.wording import MODEL_FILE, WordingModel, features, tokens  # noqa: E402

THRESHOLD = 1.0
MIN_COUNT = 3
POSITIVE_WEIGHT = 3.0  # a bias sentence is rare (one in about fifteen); weigh it up
EPOCHS = 8
FOLDERS = ("tests/data/police_cases", "tests/data/police_cases_blind")


def examples() -> list[tuple[str, str, str | None]]:
    """(case file, sentence, bias phrase in it or None) for every report sentence."""
    out: list[tuple[str, str, str | None]] = []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).glob("*.json")):
            case = json.loads(path.read_text(encoding="utf-8"))
            report = case["report"]
            terms = [(report.find(t), t) for t in case["labels"].get("bias", [])]
            for span in split_sentences(report):
                inside = [t for at, t in terms if at >= 0 and span.start <= at < span.end]
                out.append((f"{folder}/{path.name}", span.text, inside[0] if inside else None))
    return out


# "S1", "V2", "R/P": a party label, to be written again as a plain noun
_LABEL = re.compile(r"\b(?:R/P|RP|[SVW]\d)\b")
_NOUNS = ("the man", "the woman", "the male", "the female")


def with_plain_nouns(rows: list[tuple[str, str, str | None]]
                     ) -> list[tuple[str, str, str | None]]:
    """The rows and, for each sentence naming a party by label, the same sentence with a plain
    noun ("S1 stated ..." -> "The man stated ..."): the cases name people by label or name, so
    without this "man" and "woman" would be learned from the bias phrases alone."""
    out = list(rows)
    for n, (case, text, term) in enumerate(r for r in rows if _LABEL.search(r[1])):
        plain = _LABEL.sub(_NOUNS[n % len(_NOUNS)], text)
        plain = plain[0].upper() + plain[1:]
        if term is None or term in plain:
            out.append((case, plain, term))
    return out


def train(rows: list[tuple[str, str, str | None]]) -> WordingModel:
    rows = with_plain_nouns(rows)
    weights, intercept = fit(
        [sorted({name for name, _ in features(tokens(text))}) for _, text, _ in rows],
        [int(term is not None) for _, _, term in rows], min_count=MIN_COUNT, epochs=EPOCHS,
        start=-3.0, rate=0.2, positive_weight=POSITIVE_WEIGHT)
    return WordingModel(weights, intercept, THRESHOLD)


def cross_validate(rows: list[tuple[str, str, str | None]], k: int) -> None:
    blind = sorted({case for case, _, _ in rows if case.startswith(FOLDERS[1] + "/")},
                   key=lambda case: int(Path(case).name.split("_")[0]))
    hit = pos = flagged = neg = 0
    for fold in range(k):
        held = set(blind[len(blind) * fold // k:len(blind) * (fold + 1) // k])
        model = train([r for r in rows if r[0] not in held])
        for case, text, term in rows:
            if case not in held:
                continue
            found = model.find(text)
            if term is None:
                neg += 1
                flagged += found is not None
            else:
                pos += 1
                at = text.find(term)
                hit += found is not None and found.start < at + len(term) and at < found.end
        print(f"fold {fold + 1}/{k}: {len(held)} cases held out", file=sys.stderr)
    print(f"bias phrases flagged at the phrase: {100 * hit / pos:.1f}% ({hit}/{pos}); "
          f"other sentences flagged: {100 * flagged / neg:.2f}% ({flagged}/{neg}) "
          f"at threshold {THRESHOLD}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", type=int, default=0, help="cross-validate in K blocks instead")
    args = parser.parse_args()
    rows = examples()
    if args.cv:
        cross_validate(rows, args.cv)
        return
    save(ROOT / "resources" / MODEL_FILE,
         "Logistic weights of words and word pairs for judging wording; "
         "trained by bench/train_wording.py, see README.md beside this file.",
         len(rows), sum(t is not None for _, _, t in rows), train(rows))

if __name__ == "__main__":
    main()
