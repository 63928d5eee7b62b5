"""The labelled police-style cases in tests/data/police_cases meet the product's goals.

bench/verify_bench.py prints the same figures with every miss listed."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

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


def test_police_cases_meet_the_goals() -> None:
    spec = importlib.util.spec_from_file_location("verify_bench", BENCH)
    assert spec
    assert spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    m = bench.police_case_metrics(CASES)
    assert m["planted_hit"] / m["planted"] >= 0.90, m["misses"]
    assert m["faithful_flagged"] / m["faithful"] <= 0.10, m["misses"]
    assert m["timed_ok"] / m["timed"] >= 0.90, m["misses"]
    assert m["bias_hit"] / m["bias"] >= 0.95, m["misses"]
