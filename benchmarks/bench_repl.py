"""A REPL input's cost against the size of the session: 240 classes against 10.

Whole `wl repl` processes fed through a pipe: a session declares N classes (each with a
member and two methods, one of them changing its parameter), then runs the same one-line
input K times. The CPU time (user + system) of a session with K inputs, less that of the
same session with none, over K, is the cost of one input. Printed for N = 10 and N = 240,
with their ratio: the goal (issue 8) is a ratio near 1, an input costing what it
declares, not what the session holds (docs/semantics.md "A REPL input's cost"; it was
about 20 before: each input walked every earlier method again).

    python benchmarks/bench_repl.py [--inputs K] [--runs R]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

try:
    import resource  # POSIX: CPU time of child processes
except ImportError:  # Windows: wall-clock only
    resource = None  # type: ignore[assignment]


def session_text(classes: int, inputs: int) -> str:
    """The piped session: the classes, a variable, then the input repeated."""
    parts = []
    for i in range(classes):
        parts.append(f"C{i} is a Class\n m_a is int\nEND\n\n"
                     f"PROCEDURE C{i}::Get(x)\nRESULT m_a + x\n\n"
                     f"PROCEDURE C{i}::Put(x)\nx = m_a\n\n")
    parts.append("n is int = 1\n")
    parts.append("n = n + 1\n" * inputs)
    return "".join(parts)


def _cpu(text: str) -> float:
    """CPU seconds (wall-clock where unknown) of one `wl repl` reading `text`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN) if resource else None
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "wlinterp", "repl"], input=text, text=True,
                   stdout=subprocess.DEVNULL, check=True,
                   env={**os.environ, "WL_HISTORY": os.devnull})
    wall = time.perf_counter() - start
    if before is None:
        return wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def input_cost(classes: int, inputs: int, runs: int) -> float:
    """Median CPU seconds of one input in a session of `classes` classes."""
    costs = []
    for _ in range(runs):
        empty = _cpu(session_text(classes, 0))
        full = _cpu(session_text(classes, inputs))
        costs.append(max(full - empty, 0.0) / inputs)
    return statistics.median(costs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    opts = parser.parse_args()
    small = input_cost(10, opts.inputs, opts.runs)
    large = input_cost(240, opts.inputs, opts.runs)
    print(f"one input, 10 classes:  {small * 1000:.2f} ms")
    print(f"one input, 240 classes: {large * 1000:.2f} ms")
    print(f"ratio 240/10: {large / small if small else float('inf'):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
