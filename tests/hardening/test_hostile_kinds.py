"""The hostile kinds of input (wl_hostile_kinds.py) through `wl run`, `wl check` and
`wl test`, in CI: fixed draws at small sizes, a few seconds in all.

Their full sizes (20,000-deep expressions, literals of megabytes, 3,000 test cases) take
minutes and stay with `run_fuzz.py --only kinds`; the shapes are the same here, so a
defect of kind (a traceback, an error without its place, an exit code docs/cli.md does
not list) still shows. What the full sizes found is pinned one by one in
test_fuzz_regressions.py and test_lexer_linear.py.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

from wl_hostile_kinds import hostile_tests, huge_literals, nested_expressions, wdg_texts
from wl_mutations import CI_DRAWS, commands_on

pytestmark = pytest.mark.usefixtures("in_scratch_dir")


@settings(CI_DRAWS, max_examples=12)
@given(nested_expressions(depths=(30, 300)))
def test_deep_mixed_expressions(case: tuple[str, bytes]) -> None:
    commands_on(Path.cwd() / case[0], case[1], ("run", "check", "test"))


@settings(CI_DRAWS, max_examples=10)
@given(huge_literals(sizes=(3_000, 30_000)))
def test_huge_literals(case: tuple[str, bytes]) -> None:
    commands_on(Path.cwd() / case[0], case[1], ("run", "check"))


@settings(CI_DRAWS, max_examples=15)
@given(wdg_texts())
def test_windev_files_left_open(case: tuple[str, bytes]) -> None:
    commands_on(Path.cwd() / case[0], case[1], ("run", "check", "test"))


@settings(CI_DRAWS, max_examples=8)
@given(hostile_tests(cases=60, message=20_000, name=2_000))
def test_hostile_test_files(case: tuple[str, bytes]) -> None:
    """A looping case is cut by a --timeout of 1 s (a case stopped by it under load is
    still a WLanguage outcome: placed, exit 1)."""
    commands_on(Path.cwd() / case[0], case[1], ("test", "check"), timeout="1")
