"""Run every benchmark in bench/ (they read ../shared/data) and print their tables.

    make bench            # or: .venv/bin/python bench/run_all.py [name ...]
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    scripts = sorted(p for p in HERE.glob("*_bench.py"))
    if argv:
        scripts = [p for p in scripts if any(name in p.stem for name in argv)]
    failed = 0
    for script in scripts:
        print(f"\n## {script.stem}\n", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(script)], check=False)
        print(f"\n({script.name}: exit {result.returncode}, "
              f"{time.perf_counter() - started:.1f} s)", flush=True)
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
