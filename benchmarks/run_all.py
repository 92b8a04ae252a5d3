"""All benchmarks in one run: the engine against hand-written Python (bench_core) and the
Email family against raw smtplib (bench_email).

    python benchmarks/run_all.py [--quick]
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main() -> int:
    quick = "--quick" in sys.argv
    runs = [[sys.executable, str(HERE / "bench_core.py")] + (["--quick"] if quick else []),
            [sys.executable, str(HERE / "bench_email.py")]
            + (["--messages", "200", "--rounds", "2"] if quick else []),
            [sys.executable, str(HERE / "bench_startup.py")] + (["--runs", "5"] if quick else [])]
    status = 0
    for cmd in runs:
        print(f"== {Path(cmd[1]).name}", flush=True)
        status |= subprocess.run(cmd).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
