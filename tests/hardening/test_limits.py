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


def _chain(count: int, french: bool) -> str:
    """`count` distinct procedures, each called once, each calling the next: every call
    is a first call (through its stub, compiler/lazy.py)."""
    words = (("n est un entier = 0\nQUAND EXCEPTION DANS\n    P1()\nFAIRE\n"
              "    Trace(\"interceptée : \" + ExceptionInfo())\nFIN\nTrace(n)\n", "PROCÉDURE")
             if french else
             ("n is int = 0\nWHEN EXCEPTION IN\n    P1()\nDO\n"
              "    Trace(\"caught: \" + ExceptionInfo())\nEND\nTrace(n)\n", "PROCEDURE"))
    head, keyword = words
    return head + "".join(f"{keyword} P{i}()\n    n++\n    P{i + 1}()\n"
                          for i in range(1, count + 1))


@pytest.mark.parametrize("french", [False, True])
def test_a_chain_of_distinct_procedures_goes_as_deep_as_a_recursion(wl_cli, script, french):
    """--max-depth counts WLanguage calls: a chain of procedures each called for the
    first time (a stub's frame under each) stopped at half the depth a recursion
    reached (a chain of 3,000 overflowed under the default 6000)."""
    recursion = wl_cli("run", "--max-depth", "1000", script(DEEP))
    chain = wl_cli("run", "--max-depth", "1000", script(_chain(1200, french), "chain.wl"))
    assert chain.code == 0, chain
    caught, depth = chain.out.splitlines()
    assert caught.endswith("Stack overflow: too many nested procedure calls."), chain
    assert abs(int(depth) - int(recursion.out.splitlines()[1])) <= 5, (chain, recursion)
