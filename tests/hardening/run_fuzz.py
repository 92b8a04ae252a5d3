"""Run the input-fuzzing properties of tests/hardening for as long as you like.

    .venv/bin/python tests/hardening/run_fuzz.py --minutes 60

CI runs the same properties a few hundred times (test_fuzz_inputs.py); this runs them
round after round until the time is up, with fresh random draws each round, then prints
how many cases were tried per generator and every failure found (the input, shrunk by
Hypothesis, and the error). Exit status 1 if anything failed.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Any, Callable

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from wl_strategies import check_source, fragments, programs  # noqa: E402

GENERATORS: dict[str, Callable[[], Any]] = {
    "grammar programs": programs,
    "near misses": fragments,
    "arbitrary bytes": lambda: st.binary(max_size=2000),
    "arbitrary text": lambda: st.text(max_size=2000),
}


def _round(name: str, examples: int, tried: dict[str, int], failures: list[str]) -> None:
    """One Hypothesis run of one generator; counts cases, records a failure (shrunk)."""
    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(GENERATORS[name]())
    def prop(value: Any) -> None:
        tried[name] += 1
        check_source(value)

    try:
        prop()
    except Exception as exc:  # the property failed: keep the report, go on fuzzing
        failures.append(f"[{name}] {type(exc).__name__}: {exc}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0, help="how long to fuzz (default 60)")
    parser.add_argument("--round", type=int, default=100,
                        help="examples per generator and round (default 100: small enough that "
                             "every generator gets its turn within minutes, even on a loaded "
                             "machine where 500 grammar programs took 10 minutes)")
    args = parser.parse_args(argv)
    end = time.monotonic() + args.minutes * 60
    tried = {name: 0 for name in GENERATORS}
    failures: list[str] = []
    rounds = 0
    while time.monotonic() < end:
        for name in GENERATORS:
            if time.monotonic() >= end:
                break
            _round(name, args.round, tried, failures)
        rounds += 1
        print(f"round {rounds}: {sum(tried.values())} cases, {len(failures)} failure(s)", flush=True)
    print(f"\n{sum(tried.values())} cases tried in {args.minutes:g} min:")
    for name, count in tried.items():
        print(f"  {name:18} {count}")
    print(f"{len(failures)} failure(s) found" + (":" if failures else "."))
    for failure in failures:
        print("  " + failure.replace("\n", "\n    "))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
