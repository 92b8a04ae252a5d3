"""Defects found by feeding `wl` hostile input (issue 8, area F), one test each.

Each test fails on the code before its fix: an internal error (exit 70), a traceback, an
exit code docs/cli.md does not list, or a run far slower than its input's size warrants.
"""
from __future__ import annotations

import time

from wlinterp.semantics.suggest import LONGEST, closest


def test_a_very_long_name_asks_for_no_suggestion() -> None:
    """Preparing a name for "did you mean" was quadratic in its length: an undeclared
    2-million-letter identifier kept `wl run` and `wl check` busy for 20 s."""
    long = "a" * (LONGEST + 1)
    assert closest(long, [long[:-1]]) is None
    assert closest("ab" * 10, ["x", long]) is None
    assert closest("Lenght", ["Length", long]) == "Length"


def test_an_undeclared_huge_identifier_is_reported_quickly(wl_cli, script) -> None:
    path = script("Trace(" + "a" * 300_000 + ")\nx" + "b" * 300_000 + " is int\n"
                  "Trace(x" + "b" * 299_999 + "c)\n")
    for command in ("run", "check"):
        started = time.monotonic()
        ran = wl_cli(command, path)
        assert ran.code in (0, 65), ran
        assert "is not declared" in ran.err and "Traceback" not in ran.err, ran
        assert time.monotonic() - started < 10, command
