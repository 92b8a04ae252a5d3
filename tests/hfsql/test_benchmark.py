"""benchmarks/bench_hfsql.py (issue 9's measure: HAdd in a transaction, FOR EACH, seeks,
each against the same work written with sqlite3) still runs: a small size, one round."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_hfsql.py"


def test_benchmark_runs_the_three_jobs_on_sqlite() -> None:
    done = subprocess.run([sys.executable, str(BENCH), "--n", "300", "--seeks", "50",
                           "--rounds", "1"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "SQLite: 300 records, 50 seeks" in done.stdout
    for job in ("add", "browse", "seek"):
        assert re.search(rf"^\s+{job}\s+wlinterp\s+-?[\d.]+ s\s+direct\s+[\d.]+ s\s+ratio",
                         done.stdout, re.M), done.stdout
