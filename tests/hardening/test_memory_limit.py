"""--max-memory: many values, each within the string and array limits, cannot fill the
machine; past the limit the run gets a catchable WLanguage error (docs/security.md)."""
from __future__ import annotations

import os
import re

import pytest

from wlinterp.runtime.limits import MIN_MEMORY, default_max_memory

GROW = """a is array of string
i is int
WHEN EXCEPTION IN
    LOOP
        i++
        Add(a, Repeat("x", 10000000) + i)
    END
DO
    Trace("caught: " + ExceptionInfo())
END
ArrayDeleteAll(a)
Trace("still running")
LOOP
    Add(a, Repeat("y", 10000000) + i)
END
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="memory is read on Linux")
def test_past_the_limit_is_a_catchable_error_then_an_uncaught_one(wl_cli, script):
    """Ten-million-character strings added one by one (each far within --max-string,
    the array far within --max-array): caught once, the array freed, the run goes on;
    uncaught, it stops at its line with a caret."""
    ran = wl_cli("run", "--max-memory", "250M", script(GROW, "grow.wl"), timeout=60)
    assert ran.code == 1, ran
    caught, going_on = ran.out.splitlines()
    assert caught.startswith("caught: Not enough memory: the run holds "), ran
    assert caught.endswith(" MB (at most 250 MB; see --max-memory)."), ran
    assert going_on == "still running", ran
    # the sampling finds the run past its limit at the loop's line or its body's: both
    # lines of the uncaught loop (13:1 seen on a loaded machine)
    assert re.search(r"grow\.wl:1[34]:\d+: error: Not enough memory", ran.err), ran
    assert "^" in ran.err, ran


@pytest.mark.parametrize("value", ["3M", "x", "0", "2000G"])
def test_bad_memory_limits_are_usage_errors(wl_cli, script, value):
    ran = wl_cli("run", "--max-memory", value, script('Trace("x")'))
    assert ran.code == 2 and "--max-memory" in ran.err and ran.out == "", ran


def test_the_default_is_half_the_machine_at_most_8_gib():
    assert MIN_MEMORY <= default_max_memory() <= 8 << 30
    physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    assert default_max_memory() == max(MIN_MEMORY, min(physical // 2, 8 << 30))
