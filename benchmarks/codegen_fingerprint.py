"""Fingerprints of what the compiler generates for every `.wl` program of the tests and
for bench_core.py's programs: a hash of the generated Python source and of its line map,
the run-time warnings, or the load error. Work on the compile pass that must not change
the generated code is checked by running it before and after and comparing the files:

    python benchmarks/codegen_fingerprint.py before.json   # on the old code
    python benchmarks/codegen_fingerprint.py after.json    # on the new code
    python benchmarks/codegen_fingerprint.py --diff before.json after.json

Run from the repository's root (the programs are found under tests/). Each program is
compiled twice, as `wl run` does it and with `--strict`.

The names of the values generated code refers to (`_S12` a type, `_K7` a constant) are
numbered by one counter for the whole process (unique across REPL inputs), so a
program's numbers depend on what the process compiled before it and on names drawn and
never used: they are renumbered by first appearance in each program before hashing.
Everything else of the source is compared as it is.
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bench_core import (CALL_WL, CONCAT_GLOBAL_WL, CONCAT_WL, FIB_WL, LOOP_WL,  # noqa: E402
                        realistic_program)
from wlinterp.engine import compile_source  # noqa: E402
from wlinterp.errors import WLSyntaxError  # noqa: E402


def _programs() -> list[tuple[str, str]]:
    files = sorted(glob.glob("tests/**/*.wl", recursive=True))
    found = [(f, open(f, encoding="utf-8", errors="replace").read()) for f in files]
    return found + [("bench_core:realistic(500)", realistic_program(500)),
                    ("bench_core:loop", LOOP_WL), ("bench_core:fib", FIB_WL),
                    ("bench_core:call", CALL_WL),
                    ("bench_core:concat", CONCAT_WL.format(n=80000)),
                    ("bench_core:concat_global", CONCAT_GLOBAL_WL.format(n=80000))]


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


_NUMBERED = re.compile(r"\b_([SK])(\d+)\b")


def _renumbered(source: str) -> str:
    """`source` with its `_S<n>` / `_K<n>` names numbered 0, 1, 2... by first appearance."""
    seen: dict[str, str] = {}

    def number(m: re.Match[str]) -> str:
        return seen.setdefault(m.group(0), f"_{m.group(1)}{len(seen)}")
    return _NUMBERED.sub(number, source)


def fingerprints() -> dict[str, list]:
    out: dict[str, list] = {}
    for strict in (False, True):
        for name, text in _programs():
            try:
                c = compile_source(text, os.path.basename(name), strict=strict, defer=False)
                rec = [_digest(_renumbered(c.source_py)), _digest(repr(c.linemap)), c.warnings,
                       c.warning_codes]
            except WLSyntaxError as exc:
                rec = ["error", str(exc)]
            except Exception as exc:  # an internal error is a fingerprint too
                rec = ["internal", type(exc).__name__, str(exc)[:300]]
            out[f"{'strict' if strict else 'run'}:{name}"] = rec
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["--diff"] and len(argv) == 3:
        before, after = (json.load(open(p, encoding="utf-8")) for p in argv[1:])
        changed = sorted(k for k in before.keys() | after.keys()
                         if before.get(k) != after.get(k))
        for key in changed:
            print(f"{key}\n  before: {before.get(key)}\n  after:  {after.get(key)}")
        print(f"{len(changed)} of {len(before)} programs differ")
        return 1 if changed else 0
    if len(argv) != 1 or argv[0].startswith("-"):  # `--help` is no output file's name
        print(__doc__)
        return 0 if argv in (["--help"], ["-h"]) else 2
    found = fingerprints()
    with open(argv[0], "w", encoding="utf-8") as f:
        json.dump(found, f, indent=0, sort_keys=True)
    print(f"{len(found)} fingerprints written to {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.setrecursionlimit(10000)  # the tests' deepest programs (not when imported)
    sys.exit(main(sys.argv[1:]))
