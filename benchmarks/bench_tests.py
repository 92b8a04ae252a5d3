"""Test-suite speed: 200 cases over a generated project of 50 procedures (five .wdg
procedure sets), run by `wl test`, `wl test -n 2` and pytest with pytest-xdist (`-n 2`).
Prints cases per second for each (wall time of the whole command, start-up included) and
the in-process engine rate (no start-up), plus ratios.

    python benchmarks/bench_tests.py [--quick] [--procedures N] [--engine]

`--procedures N` spreads N procedures over the five sets (a case's start must not cost
more with more procedures: compare `--procedures 50` and `--procedures 2000`);
`--engine` times only the engine in process, wall-clock and CPU time.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from windev_text import procedure_set  # noqa: E402

SETS, PROCS_PER_SET, FILES, CASES_PER_FILE = 5, 10, 10, 20


def make_project(root: Path) -> int:
    """Write the project and its tests; returns the number of cases."""
    per_set = PROCS_PER_SET
    (root / "wlproject.toml").write_text("", encoding="utf-8")
    for s in range(SETS):
        procs = {f"Calc{s}_{p}": f"PROCEDURE Calc{s}_{p}(n is int, sTag is string = \"x\")\n"
                                 f"r is int = 0\nFOR i = 1 TO n\n  r += i * {p + 1} + gBase{s}\nEND\n"
                                 f"RESULT sTag + \":\" + r"
                 for p in range(per_set)}
        (root / f"pSet{s}.wdg").write_text(
            procedure_set(f"pSet{s}", f"gBase{s} is int = {s}", procs), encoding="utf-8")
    (root / "tests").mkdir()
    for f in range(FILES):
        lines = [f"gCount is int = {f}"]
        for c in range(CASES_PER_FILE):
            s, p = (f + c) % SETS, c % PROCS_PER_SET
            expected = sum(i * (p + 1) + s for i in range(1, 11))
            lines += [f"PROCEDURE test_{c}()", "gCount++",
                      f"dbgCheckEqual(Calc{s}_{p}(10), \"x:{expected}\")",
                      f"dbgCheckEqual(gCount, {f + 1})",
                      f"Trace(pSet{s}.Calc{s}_{p}(3, \"t\")) // expect: "
                      f"t:{sum(i * (p + 1) + s for i in range(1, 4))}"]
        (root / "tests" / f"test_suite{f}.wl").write_text("\n".join(lines) + "\n",
                                                          encoding="utf-8")
    return FILES * CASES_PER_FILE


def timed(cmd: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True,
                       env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    elapsed = time.perf_counter() - started
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{r.stdout}\n{r.stderr}")
    return elapsed


def in_process(root: Path) -> tuple[float, float]:
    """The engine alone: collect and run every case in this process (warm); (wall-clock,
    CPU) seconds."""
    from wlinterp.testing.collect import collect_file, find_test_files
    from wlinterp.testing.engine import TestEngine
    cases = [c for p in find_test_files([str(root / "tests")]) for c in collect_file(p).cases]
    engine = TestEngine()
    for c in {c.file: c for c in cases}.values():  # compile each file once before timing
        engine.run_case(c)
    started, cpu = time.perf_counter(), time.process_time()
    results = [engine.run_case(c) for c in cases]
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    engine.close()
    assert all(r.outcome == "passed" for r in results), [r.problems for r in results][:3]
    return elapsed, cpu


def main() -> int:
    global PROCS_PER_SET
    rounds = 1 if "--quick" in sys.argv else 3
    if "--procedures" in sys.argv[:-1]:
        PROCS_PER_SET = max(1, int(sys.argv[sys.argv.index("--procedures") + 1]) // SETS)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        cases = make_project(root)
        wl = [sys.executable, "-m", "wlinterp", "test", "-q", "tests"]
        pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"]
        runs = {"wl test": wl, "wl test -n 2": wl + ["-n", "2"],
                "pytest -n 2 (xdist)": pytest + ["-n", "2"]}
        print(f"{cases} cases over {SETS * PROCS_PER_SET} procedures in {SETS} .wdg sets "
              f"({FILES} test files); best of {rounds}")
        best: dict[str, float] = {}
        for name, cmd in runs.items():
            if "--engine" not in sys.argv:
                best[name] = min(timed(cmd, root) for _ in range(rounds))
        engine, cpu = min(in_process(root) for _ in range(rounds))
        base = best.get("wl test", 0.0)
        for name, seconds in best.items():
            print(f"  {name:<22} {cases / seconds:8.0f} cases/s  ({seconds:.2f} s, "
                  f"{base / seconds:.2f}x wl test)")
        print(f"  {'engine, in process':<22} {cases / engine:8.0f} cases/s  ({engine:.2f} s, "
              f"start-up excluded; CPU {1000 * cpu / cases:.2f} ms a case)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
