"""The semantic pass against the parser: what `wl check` adds on top of parsing.

    python benchmarks/bench_check.py [--quick] [--all] [--root CHECKOUT]

Parses a fixed corpus (benchmarks/check_corpus.txt: the golden programs and samples of
2 December 2026, so that programs added later do not move the figure; `--all` takes every
current one instead; `--root` reads the listed files from another checkout, so that two
revisions' code is measured on the same texts), then runs the semantic pass over the same trees,
round after round (alternated, so that other jobs slow both sides alike), and prints the
median times and the median of the per-round ratios, of wall-clock and of CPU time.
Target (issue #10): the semantic pass costs at most 25% of the parse time (ratio <=
0.25), so checking a large project takes seconds. Ratios matter, not absolute times; on
a loaded machine the CPU-time ratio is the steadier one.
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


def _option(name: str) -> str | None:
    """The value after `name` on the command line, if given."""
    args = sys.argv[1:]
    return args[args.index(name) + 1] if name in args[:-1] else None


def corpus_paths(root: Path) -> list[Path]:
    """The programs measured: the fixed list, or with --all every current one."""
    if "--all" in sys.argv:
        return [Path(p) for pattern in ("tests/golden/**/*.wl", "samples/**/*.wl")
                for p in sorted(glob.glob(str(root / pattern), recursive=True))]
    listed = (ROOT / "benchmarks" / "check_corpus.txt").read_text(encoding="utf-8")
    return [root / line for line in listed.splitlines()
            if line.strip() and not line.startswith("#")]


def corpus() -> list[str]:
    """The texts of the corpus that exist and parse (golden files may test syntax errors;
    a listed file deleted since is skipped, and counted by main)."""
    root = Path(_option("--root") or ROOT)
    texts = []
    for path in corpus_paths(root):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        try:
            parse(text, str(path))
        except Exception:
            continue
        texts.append(text)
    return texts


def timed(action: object) -> tuple[float, float]:
    """(wall-clock, CPU) seconds of one run of `action`."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()  # type: ignore[operator]
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    rounds = 3 if "--quick" in sys.argv else 9
    texts = corpus()
    registry = load_stdlib()
    trees: list[N.Program] = [parse(t, "bench.wl") for t in texts]
    for p in trees:  # once first: the built-in families are imported on first use
        analyze(p, registry)
    lines = sum(t.count("\n") for t in texts)
    parses, checks = [], []
    for _ in range(rounds):  # alternated, so that a change of load hits both sides
        parses.append(timed(lambda: [parse(t, "bench.wl") for t in texts]))
        checks.append(timed(lambda: [analyze(p, registry) for p in trees]))
    med = statistics.median
    t_parse, t_check = med(w for w, _ in parses), med(w for w, _ in checks)
    ratio = med(c[0] / p[0] for p, c in zip(parses, checks))
    cpu_ratio = med(c[1] / p[1] for p, c in zip(parses, checks))
    print(f"{len(texts)} programs ({'every current one' if '--all' in sys.argv else 'fixed list'}),"
          f" {lines} lines, {rounds} rounds (medians)")
    print(f"parse          {t_parse * 1000:8.1f} ms  ({lines / t_parse:,.0f} lines/s)")
    print(f"semantic pass  {t_check * 1000:8.1f} ms")
    print(f"ratio          {ratio:8.2f} wall-clock, {cpu_ratio:.2f} CPU time (target <= 0.25)")
    return 0 if cpu_ratio <= 0.25 else 1


if __name__ == "__main__":
    sys.exit(main())
