"""Benchmarks of the verifier: SummEdits, FacEval, the labelled police cases, generated bias
phrases and speed.

    .venv/bin/python bench/verify_bench.py [--data ../shared/data] [--skip-public]

Prints one markdown table per part. Public data is read from --data (default: the shared data
folder next to the repository); parts whose data is missing are skipped with a note.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain import Analysis, CaseMeta, ClaimStatus, FlagKind, Segment, Transcript  # noqa: E402
from app.verify import analyze  # noqa: E402
from app.verify.claims import split_sentences  # noqa: E402
from app.verify.lexicon import Lexicon  # noqa: E402

PUBLISHED = {  # SummEdits BAcc (README of ../shared/data)
    "podcast": {"QAFactEval": 63.7, "SummaC-Conv": 58.1, "GPT-4": 82.7},
    "samsum": {"QAFactEval": 66.2, "SummaC-Conv": 53.1, "GPT-4": 83.1},
    "sales_call": {"QAFactEval": 68.4, "SummaC-Conv": 59.0, "GPT-4": 87.9},
    "sales_email": {"QAFactEval": 63.6, "SummaC-Conv": 53.7, "GPT-4": 79.5},
}
NO_BIAS = Lexicon(())
BAD = (ClaimStatus.UNSUPPORTED, ClaimStatus.CONTRADICTED)


def doc_transcript(doc: str) -> Transcript:
    """A source document as untimed segments: its lines, long lines cut into sentences."""
    segments: list[Segment] = []
    # SAMSum packs a chat on one line: "Ann: Hi. . Mike: Ok. . Mike: ..."
    turns = re.split(r"(?<=\S)\s+\.\s+(?=[A-Z][\w .'-]{0,30}:)", doc)
    for line in (t for turn in turns for t in turn.splitlines()):
        if not line.strip():
            continue
        pieces = [s.text for s in split_sentences(line)] if len(line) > 300 else [line.strip()]
        for piece in pieces:
            speaker = None
            if ":" in piece[:40]:
                head, rest = piece.split(":", 1)
                if len(head.split()) <= 3 and rest.strip():
                    speaker, piece = head.strip(), rest.strip()
            segments.append(Segment(id=len(segments), text=piece, speaker=speaker))
    return Transcript(segments=tuple(segments))


def inconsistent(analysis: Analysis) -> bool:
    return any(c.status in BAD for c in analysis.claims)


def bacc(pred: list[bool], gold: list[bool]) -> float:
    pos = [p for p, g in zip(pred, gold, strict=True) if g]
    neg = [not p for p, g in zip(pred, gold, strict=True) if not g]
    tpr = sum(pos) / len(pos) if pos else 0.0
    tnr = sum(neg) / len(neg) if neg else 0.0
    return 100 * (tpr + tnr) / 2


def summedits(data: Path) -> list[str]:
    # even/odd: the two halves of each file (by position), to show that nothing is tuned to one
    rows = ["| domain | n | ours BAcc | even / odd half | QAFactEval | SummaC-Conv | GPT-4 "
            "| s/summary |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for domain in PUBLISHED:
        path = data / "summedits" / f"summedits_{domain}.json"
        if not path.exists():
            rows.append(f"| {domain} | missing | | | | | | |")
            continue
        records = json.loads(path.read_text(encoding="utf-8"))
        cache: dict[str, Transcript] = {}
        pred, gold = [], []
        t0 = time.perf_counter()
        for rec in records:
            transcript = cache.setdefault(rec["doc"], doc_transcript(rec["doc"]))
            try:
                analysis = analyze(transcript, rec["summary"], lexicon=NO_BIAS)
                pred.append(inconsistent(analysis))
            except ValueError:
                pred.append(True)
            gold.append(int(rec["label"]) == 0)
        per = (time.perf_counter() - t0) / len(records)
        pub = PUBLISHED[domain]
        halves = f"{bacc(pred[::2], gold[::2]):.1f} / {bacc(pred[1::2], gold[1::2]):.1f}"
        rows.append(f"| {domain} | {len(records)} | **{bacc(pred, gold):.1f}** | {halves} | "
                    f"{pub['QAFactEval']} | {pub['SummaC-Conv']} | {pub['GPT-4']} | {per:.4f} |")
    return rows


FACEVAL_TYPES = {"SubObjE": "subject-object", "ProE": "pronoun", "NegE": "negation",
                 "ParE": "particulars", "HalE": "hallucination", "OtherE": "other"}


def faceval(data: Path) -> list[str]:
    path = data / "faceval" / "FacEval_human_result.csv"
    if not path.exists():
        return ["FacEval data missing"]
    hits = dict.fromkeys(FACEVAL_TYPES, 0)
    totals = dict.fromkeys(FACEVAL_TYPES, 0)
    clean = clean_flagged = 0
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            transcript = doc_transcript(row["Dialogue"])
            try:
                flagged = inconsistent(analyze(transcript, row["Summary"], lexicon=NO_BIAS))
            except ValueError:
                flagged = True
            if row["w/ Error"].strip().lower() == "no":
                clean += 1
                clean_flagged += flagged
            for key in FACEVAL_TYPES:
                if row[key].strip().lower() == "yes":
                    totals[key] += 1
                    hits[key] += flagged
    rows = ["| error type | n | recall |", "| --- | --- | --- |"]
    for key, name in FACEVAL_TYPES.items():
        rec = 100 * hits[key] / totals[key] if totals[key] else 0.0
        rows.append(f"| {name} | {totals[key]} | {rec:.1f}% |")
    rows.append(f"| false-flag rate on clean summaries | {clean} | "
                f"{100 * clean_flagged / max(clean, 1):.1f}% |")
    return rows


def _overlaps(a: tuple[int, int], b: tuple[int | None, int | None]) -> bool:
    return b[0] is not None and b[1] is not None and a[0] < b[1] and b[0] < a[1]


def _span(report: str, text: str, name: str) -> tuple[int, int]:
    at = report.find(text)
    if at < 0:
        raise SystemExit(f"{name}: label text not in report: {text!r}")
    return at, at + len(text)


def _problem_spans(report: str, text: str, name: str,
                   faithful: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a planted problem's text stands: every occurrence outside the faithful sentences.

    A label such as "Moen stated" can occur in three sentences of which two are faithful; the
    problem is in the third. Where every occurrence is inside a faithful sentence, the first."""
    first = _span(report, text, name)
    spans, at = [], first[0]
    while at >= 0:
        span = (at, at + len(text))
        if not any(a <= span[0] and span[1] <= b for a, b in faithful):
            spans.append(span)
        at = report.find(text, at + 1)
    return spans or [first]


def police_case_metrics(folder: Path) -> dict[str, Any]:
    """Planted problems flagged, faithful sentences flagged, evidence timing, bias recall."""
    planted = planted_hit = faithful = faithful_flagged = timed = timed_ok = 0
    bias = bias_hit = 0
    misses: list[str] = []
    for path in sorted(folder.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        report = case["report"]
        meta = CaseMeta(**case["meta"]) if case.get("meta") else None
        analysis = analyze(Transcript.from_dict(case["transcript"]), report, meta=meta,
                           officer_account=case.get("officer_account"),
                           attention_sentences=case.get("attention_sentences", ()))
        labels = case["labels"]
        faithful_spans = [_span(report, item["text"], path.name)
                          for item in labels.get("faithful", [])]
        for problem in labels.get("problems", []):
            spans = _problem_spans(report, problem["text"], path.name, faithful_spans)
            planted += 1
            ok = any(_overlaps(span, (f.start, f.end)) for f in analysis.flags for span in spans
                     if f.kind not in (FlagKind.BIAS_LANGUAGE, FlagKind.LOW_ASR_CONFIDENCE))
            planted_hit += ok
            if not ok:
                misses.append(f"{path.stem}: missed {problem['type']}: {problem['text'][:60]}")
        for term in labels.get("bias", []):
            span = _span(report, term, path.name)
            bias += 1
            ok = any(_overlaps(span, (f.start, f.end)) for f in analysis.flags
                     if f.kind is FlagKind.BIAS_LANGUAGE)
            bias_hit += ok
            if not ok:
                misses.append(f"{path.stem}: missed bias: {term}")
        for item in labels.get("faithful", []):
            span = _span(report, item["text"], path.name)
            faithful += 1
            flagged = [f for f in analysis.flags if _overlaps(span, (f.start, f.end))
                       and f.kind is not FlagKind.LOW_ASR_CONFIDENCE]
            faithful_flagged += bool(flagged)
            if flagged:
                misses.append(f"{path.stem}: false flag {flagged[0].kind.value}: "
                              f"{item['text'][:60]} -- {flagged[0].message[:90]}")
            if item.get("segments"):
                timed += 1
                claims = [c for c in analysis.claims if _overlaps(span, (c.start, c.end))]
                first = claims[0].evidence[0].segment if claims and claims[0].evidence else None
                good = first in item["segments"]
                timed_ok += good
                if not good:
                    misses.append(f"{path.stem}: evidence at segment {first}, expected "
                                  f"{item['segments']}: {item['text'][:50]}")
    return {"planted": planted, "planted_hit": planted_hit, "faithful": faithful,
            "faithful_flagged": faithful_flagged, "timed": timed, "timed_ok": timed_ok,
            "bias": bias, "bias_hit": bias_hit, "misses": misses}


def police(folder: Path, verbose: bool) -> list[str]:
    if not folder.exists() or not any(folder.glob("*.json")):
        return [f"no cases in {folder}"]
    m = police_case_metrics(folder)
    pct = lambda a, b: 100 * a / b if b else 0.0  # noqa: E731
    rows = ["| police cases | value | goal |", "| --- | --- | --- |",
            f"| planted problems flagged | {pct(m['planted_hit'], m['planted']):.1f}% "
            f"({m['planted_hit']}/{m['planted']}) | >= 90% |",
            f"| faithful sentences flagged | {pct(m['faithful_flagged'], m['faithful']):.1f}% "
            f"({m['faithful_flagged']}/{m['faithful']}) | <= 10% |",
            f"| first evidence at the right moment | {pct(m['timed_ok'], m['timed']):.1f}% "
            f"({m['timed_ok']}/{m['timed']}) | >= 90% |",
            f"| planted bias phrases flagged | {pct(m['bias_hit'], m['bias']):.1f}% "
            f"({m['bias_hit']}/{m['bias']}) | >= 95% |"]
    if verbose:
        rows += ["", *[f"- {line}" for line in m["misses"]]]
    return rows


def bias_phrases(folder: Path) -> list[str]:
    """Recall of the lexicon on generated biased sentences by category, and the share of
    plain sentences it flags (tests/data/bias_phrases/README.md)."""
    sets = sorted(folder.glob("*.json"))
    if not sets:
        return [f"no sets in {folder}"]
    quiet = Transcript(segments=(Segment(0, "Okay.", 0.0, 1.0),))
    found: dict[str, list[int]] = {}
    flagged = plain = 0
    for path in sets:
        data = json.loads(path.read_text(encoding="utf-8"))
        for item in data["biased"]:
            start = item["sentence"].index(item["phrase"])
            end = start + len(item["phrase"])
            hit = any(f.kind is FlagKind.BIAS_LANGUAGE and f.start is not None
                      and f.end is not None and f.start < end and start < f.end
                      for f in analyze(quiet, item["sentence"]).flags)
            counts = found.setdefault(item["category"], [0, 0])
            counts[0] += hit
            counts[1] += 1
        for item in data["neutral"]:
            plain += 1
            flagged += any(f.kind is FlagKind.BIAS_LANGUAGE
                           for f in analyze(quiet, item["sentence"]).flags)
    hits, total = sum(c[0] for c in found.values()), sum(c[1] for c in found.values())
    rows = ["| category | biased sentences flagged |", "| --- | --- |"]
    rows += [f"| {cat} | {100 * h / n:.1f}% ({h}/{n}) |" for cat, (h, n) in sorted(found.items())]
    rows += [f"| all | {100 * hits / total:.1f}% ({hits}/{total}) |",
             f"| plain sentences flagged | {100 * flagged / plain:.1f}% ({flagged}/{plain}) |"]
    return rows


_WORDS = [
    "vehicle", "driver", "street", "license", "registration", "hospital", "wallet", "phone",
    "jacket", "store", "window", "parking", "lot", "manager", "receipt", "neighbour", "apartment",
    "door", "knife", "bag", "pocket", "window", "shirt", "shoes", "backpack", "bicycle", "alley",
    "corner", "light", "sign", "insurance",
]


def synthetic(minutes: int, rng: random.Random) -> Transcript:
    segments = []
    for i in range(minutes * 15):
        words = rng.sample(_WORDS, 6)
        text = (f"Okay so the {words[0]} was by the {words[1]}, um, and I saw the {words[2]} "
                f"near the {words[3]} at like {rng.randint(2, 99)} {words[4]} {words[5]}.")
        segments.append(Segment(i, text, i * 4.0, i * 4.0 + 3.5, "Speaker"))
    return Transcript(segments=tuple(segments), duration=minutes * 60.0)


def speed() -> list[str]:
    rng = random.Random(7)
    report_rng = random.Random(11)
    sentences = []
    for _ in range(150):
        w = report_rng.sample(_WORDS, 4)
        sentences.append(f"The {w[0]} was near the {w[1]} and the {w[2]} by the {w[3]}.")
    report = " ".join(sentences)
    rows = ["| transcript | segments | analyze (s) | peak MB (tracemalloc) |",
            "| --- | --- | --- | --- |"]
    for minutes in (10, 30, 60, 120):
        transcript = synthetic(minutes, rng)
        analyze(transcript, report)  # warm the lexicon cache
        best = min(_timed(transcript, report) for _ in range(3))
        tracemalloc.start()
        analyze(transcript, report)
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        rows.append(f"| {minutes} min | {len(transcript.segments)} | {best:.3f} | {peak:.1f} |")
    rows += ["", whole_process(synthetic(60, random.Random(7)), report)]
    return rows


def whole_process(transcript: Transcript, report: str) -> str:
    """The whole `countersign analyze` process (start-up included) and its peak memory."""
    with tempfile.TemporaryDirectory() as folder:
        t_path, r_path = Path(folder) / "t.json", Path(folder) / "r.txt"
        t_path.write_text(json.dumps(transcript.to_dict()), encoding="utf-8")
        r_path.write_text(report, encoding="utf-8")
        command = [sys.executable, "-m", "app", "analyze", "--transcript", str(t_path),
                   "--report", str(r_path)]
        walls = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            walls.append(time.perf_counter() - t0)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return (f"Whole `countersign analyze` process, 900 segments x 150 sentences: best "
            f"{min(walls):.2f} s of 3 (goal <= 3 s), peak RSS {peak_mb:.0f} MB (goal <= 400 MB).")


def _timed(transcript: Transcript, report: str) -> float:
    t0 = time.perf_counter()
    analyze(transcript, report)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--skip-public", action="store_true")
    parser.add_argument("--only", choices=["summedits", "faceval", "police", "blind", "bias",
                                           "speed"])
    parser.add_argument("-v", "--verbose", action="store_true", help="list police-case misses")
    args = parser.parse_args()
    parts = {
        "SummEdits (balanced accuracy, whole files)": lambda: summedits(args.data),
        "FacEval (whole file)": lambda: faceval(args.data),
        "Police cases (tests/data/police_cases)":
            lambda: police(ROOT / "tests" / "data" / "police_cases", args.verbose),
        "Police cases kept blind (tests/data/police_cases_blind: the newest sets, written by "
        "authors not shown the verifier; a guide to unseen reports)":
            lambda: police(ROOT / "tests" / "data" / "police_cases_blind", args.verbose),
        "Bias phrases (tests/data/bias_phrases: generated sentences, nothing in the recording)":
            lambda: bias_phrases(ROOT / "tests" / "data" / "bias_phrases"),
        "Speed (150-sentence report, in-process)": speed,
    }
    keys = {"summedits": 0, "faceval": 1, "police": 2, "blind": 3, "bias": 4, "speed": 5}
    for n, (title, run) in enumerate(parts.items()):
        if args.only and keys[args.only] != n:
            continue
        if args.skip_public and n < 2:
            continue
        t0 = time.perf_counter()
        print(f"### {title}\n")
        print("\n".join(run()))
        print(f"\n({time.perf_counter() - t0:.1f} s)\n", flush=True)


if __name__ == "__main__":
    main()
