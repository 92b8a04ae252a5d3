"""The golden programs read and parsed once per test process, for the tests that walk,
read "every golden program" (tests/core/test_walk.py, test_facts.py,
test_runtime_names.py...): each read them all again, and the walking ones parsed all
3,300 of them again, a few seconds of CPU each time, the same trees every time.

The trees are shared by tests that only walk them: none may analyse or compile them.
The semantic pass rewrote a few trees in place (a block variable renamed with
semantics/block_names.py's mark, `MyParameters[1 TO]` read as `MyParameters`), so a
shared tree analysed by one test was another tree for the next test, and what each
proved hung on the order pytest ran them. It no longer does (docs/architecture.md "The
semantic pass leaves the parsed tree alone"; test_goldens_check_clean.py compares each
tree before and after), but the rule stands: a test that analyses or compiles parses
golden_texts() itself, so that no test depends on what another left in a shared tree."""
from __future__ import annotations

import functools
from pathlib import Path

from wlinterp.syntax import nodes as N
from wlinterp.syntax.parser import parse

_TESTS = Path(__file__).resolve().parent
GOLDEN = _TESTS / "golden"


@functools.cache
def golden_texts() -> tuple[tuple[str, str], ...]:
    """(name, text) of every golden program, sorted by name; the name is its path from
    the repository's root (`tests/golden/...`), as the tests' own globs named them."""
    paths = sorted(GOLDEN.rglob("*.wl"))
    return tuple((str(p.relative_to(_TESTS.parent)), p.read_text(encoding="utf-8"))
                 for p in paths)


@functools.cache
def golden_trees() -> tuple[tuple[str, str, N.Program], ...]:
    """(name, text, tree) of every golden program that parses (some test syntax errors:
    left out, as each test's own loop left them out)."""
    out = []
    for name, text in golden_texts():
        try:
            out.append((name, text, parse(text, name)))
        except Exception:  # noqa: S112, BLE001 - golden files that test syntax errors
            continue
    return tuple(out)
