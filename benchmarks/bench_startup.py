"""Start-up of `wl run` on a one-line script against `python -c "import lark"`.

Whole processes, run alternately (so that machine load hits both alike), the median of
each printed with their ratio. The goal (issue 11) is a ratio of at most 1.5. Bytecode is
compiled first and written (PYTHONDONTWRITEBYTECODE is removed), as an installed package
has it; the parser-table cache is warmed by one untimed run.

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

ROOT = Path(__file__).resolve().parent.parent
GOAL = 1.5


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


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
        _time(wl, env)  # warm the caches (parser tables, bytecode)
        wl_times, lark_times = [], []
        for _ in range(runs):
            lark_times.append(_time(lark, env))
            wl_times.append(_time(wl, env))
    wl_ms, lark_ms = statistics.median(wl_times) * 1000, statistics.median(lark_times) * 1000
    ratio = wl_ms / lark_ms
    print(f"python -c 'import lark'  median {lark_ms:7.1f} ms")
    print(f"wl run one-line script   median {wl_ms:7.1f} ms")
    print(f"ratio {ratio:.2f} (goal <= {GOAL}) {'OK' if ratio <= GOAL else 'NOT MET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
