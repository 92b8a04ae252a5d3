"""Resource limits of a run are flags with sane defaults (issue 12, docs/security.md)."""
from __future__ import annotations

import pytest

DEEP = """n is int = 0
WHEN EXCEPTION IN
    Down()
DO
    Trace("caught: " + ExceptionInfo())
END
Trace(n)
PROCEDURE Down()
    n++
    Down()
"""


def test_max_depth_bounds_recursion_with_a_catchable_error(wl_cli, script):
    ran = wl_cli("run", "--max-depth", "300", script(DEEP))
    assert ran.code == 0, ran
    caught, depth = ran.out.splitlines()
    assert caught == "caught: Stack overflow: too many nested procedure calls."
    assert 50 < int(depth) < 300


def test_the_default_depth_allows_deep_but_bounded_recursion(wl_cli, script):
    ran = wl_cli("run", script(DEEP))
    assert ran.code == 0 and ran.out.startswith("caught: Stack overflow"), ran
    assert 1000 < int(ran.out.splitlines()[1]) < 6000


@pytest.mark.parametrize("value", ["5", "1000000", "x", "-3"])
def test_bad_depths_are_usage_errors(wl_cli, script, value):
    ran = wl_cli("run", "--max-depth", value, script('Trace("x")'))
    assert ran.code == 2 and "--max-depth" in ran.err and ran.out == "", ran
