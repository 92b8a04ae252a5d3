"""Start-up of `wl run` on a one-line script against `python -c "import lark"`.

Whole processes, run alternately (so that machine load hits both alike), the median of
each printed with their ratio: wall-clock time, and the CPU time (user + system) the
process used, which a busy machine disturbs less. The goal (issue 11) is a ratio of at
most 1.5. Bytecode is compiled first and written (PYTHONDONTWRITEBYTECODE is removed), as
an installed package has it; the caches (parser tables, built-in index) are warmed by one
untimed run. The script sits alone in its folder (a script's folder is searched for
procedure libraries).

    python benchmarks/bench_startup.py [--runs N]
"""
from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import resource  # POSIX: CPU time of child processes
except ImportError:  # Windows: wall-clock only
    resource = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent
GOAL = 1.5


def _time(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall-clock, CPU) seconds of one whole process (CPU 0 where unknown)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN) if resource else None
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    if before is None:
        return wall, 0.0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for folder in ("wlinterp", "stdlib"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "one.wl"
        script.write_text('Trace("ok")\n', encoding="utf-8")
        wl = [sys.executable, "-m", "wlinterp", "run", str(script)]
        lark = [sys.executable, "-c", "import lark"]
        _time(wl, env)  # warm the caches (parser tables, built-in index, bytecode)
        wl_times, lark_times = [], []
        for _ in range(runs):
            lark_times.append(_time(lark, env))
            wl_times.append(_time(wl, env))
    for label, which in (("wall-clock", 0), ("CPU time", 1))[:2 if resource else 1]:
        lark_ms = statistics.median(t[which] for t in lark_times) * 1000
        wl_ms = statistics.median(t[which] for t in wl_times) * 1000
        ratio = wl_ms / lark_ms
        print(f"{label:10}  python -c 'import lark' {lark_ms:7.1f} ms   wl run one-line script "
              f"{wl_ms:7.1f} ms   ratio {ratio:.2f} (goal <= {GOAL}) "
              f"{'OK' if ratio <= GOAL else 'NOT MET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
