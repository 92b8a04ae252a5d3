"""The semantic pass against the parser: what `wl check` adds on top of parsing.

    python benchmarks/bench_check.py [--quick]

Parses every golden program and sample, then runs the semantic pass over the same trees,
and prints both times and their ratio. Target (issue #10): the semantic pass costs at
most 25% of the parse time (ratio <= 0.25), so checking a large project takes seconds.
Ratios matter, not absolute times: run on a quiet machine.
"""
from __future__ import annotations

import glob
import statistics
import sys
import time
from pathlib import Path

from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax import nodes as N
from wlinterp.syntax.parser import parse

ROOT = Path(__file__).resolve().parent.parent


def corpus() -> list[str]:
    texts = []
    for pattern in ("tests/golden/**/*.wl", "samples/**/*.wl"):
        for path in sorted(glob.glob(str(ROOT / pattern), recursive=True)):
            text = Path(path).read_text(encoding="utf-8")
            try:
                parse(text, path)
            except Exception:  # golden files that test syntax errors
                continue
            texts.append(text)
    return texts


def timed(action: object, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    rounds = 3 if "--quick" in sys.argv else 7
    texts = corpus()
    registry = load_stdlib()
    trees: list[N.Program] = [parse(t, "bench.wl") for t in texts]
    lines = sum(t.count("\n") for t in texts)
    t_parse = timed(lambda: [parse(t, "bench.wl") for t in texts], rounds)
    t_check = timed(lambda: [analyze(p, registry) for p in trees], rounds)
    ratio = t_check / t_parse
    print(f"{len(texts)} programs, {lines} lines")
    print(f"parse          {t_parse * 1000:8.1f} ms  ({lines / t_parse:,.0f} lines/s)")
    print(f"semantic pass  {t_check * 1000:8.1f} ms  ratio {ratio:.2f} (target <= 0.25)")
    return 0 if ratio <= 0.25 else 1


if __name__ == "__main__":
    sys.exit(main())
