"""The labelled police-style cases in tests/data/police_cases meet the product's goals.

bench/verify_bench.py prints the same figures with every miss listed."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

from app.domain import Transcript

CASES = Path(__file__).resolve().parents[2] / "data" / "police_cases"
BENCH = Path(__file__).resolve().parents[3] / "bench" / "verify_bench.py"


def test_there_are_at_least_fifteen_cases_with_labels() -> None:
    files = sorted(CASES.glob("*.json"))
    assert len(files) >= 15
    for path in files:
        case = json.loads(path.read_text(encoding="utf-8"))
        Transcript.from_dict(case["transcript"])
        assert case["labels"]["faithful"], path.name
        for item in case["labels"]["problems"]:
            assert item["text"] in case["report"], path.name


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location("verify_bench", BENCH)
    assert spec
    assert spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def test_a_problem_text_said_twice_is_looked_for_outside_the_faithful_sentences() -> None:
    report = "Moen stated she paid. Moen stated the box was red. Moen stated she left."
    faithful = [(0, 21), (51, 72)]
    assert _bench()._problem_spans(report, "Moen stated", "x.json", faithful) == [(22, 33)]
    assert _bench()._problem_spans(report, "she paid", "x.json", faithful) == [(12, 20)]


def test_police_cases_meet_the_goals() -> None:
    m = _bench().police_case_metrics(CASES)
    assert m["planted_hit"] / m["planted"] >= 0.90, m["misses"]
    assert m["faithful_flagged"] / m["faithful"] <= 0.10, m["misses"]
    assert m["timed_ok"] / m["timed"] >= 0.90, m["misses"]
    assert m["bias_hit"] / m["bias"] >= 0.95, m["misses"]
