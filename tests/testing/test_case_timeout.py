"""`wl test --timeout SECONDS` (issue 12): the limit is per case — a case that runs too long
fails with an error naming the line it was running, and the other cases still run; the
value is validated as `wl run --timeout` validates it (a usage error, exit 2)."""
from __future__ import annotations

import gc
import re

import pytest

from wl_test_helpers import write, wl_test

SLOW = """PROCEDURE test_spins()
n is int
LOOP
  n++
END

PROCEDURE test_quick()
dbgCheckEqual(1 + 1, 2)

PROCEDURE test_waits()
Multitask(1000)
"""


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_runaway_case_fails_alone_and_the_others_run(tmp_path, capsys, workers):
    """The limit counts each case's own time (its computing and its waits, not its
    turns waiting for a processor: test_case_own_time.py), so the quick cases pass at
    any load; it was wall-clock time, scaled here by the machine's measured slowdown.
    The waiting case waits 10 s, past the limit."""
    write(tmp_path, "test_slow.wl", SLOW)
    write(tmp_path, "test_other.wl", "PROCEDURE test_fine()\ndbgCheckTrue(True)\n")
    limit = "0.3"
    gc.collect()  # not in the cases: garbage left by earlier tests (destructors to run)
    code, out = wl_test(capsys, "--timeout", limit, "-n", workers, str(tmp_path))
    assert code == 1, out
    assert "2 passed, 2 failed" in out, out
    # (its whole output on failure: a whole-suite run at a load of 20 failed here once,
    # and pytest's cut of the output hid what the case had said)
    assert re.search(r"test_slow\.wl:3:1: error: the case ran longer than 0\.3 s "
                     r"\(--timeout\); stopped in procedure test_spins\n", out), out
    assert "stopped in procedure test_waits" in out  # a blocking wait is interrupted too
    assert "Traceback" not in out


def test_without_timeout_nothing_is_limited(tmp_path, capsys):
    write(tmp_path, "test_wait.wl", "PROCEDURE test_short()\nMultitask(2)\ndbgCheckTrue(True)\n")
    code, out = wl_test(capsys, "--timeout", "5", str(tmp_path))
    assert code == 0 and "1 passed" in out, out


@pytest.mark.parametrize("value", ["-1", "0", "inf", "nan", "1e300", "1e-6", "soon"])
def test_a_bad_timeout_is_a_usage_error(tmp_path, capsys, value):
    write(tmp_path, "test_a.wl", "PROCEDURE test_a()\ndbgCheckTrue(True)\n")
    code, out = wl_test(capsys, "--timeout", value, str(tmp_path))
    assert code == 2 and "--timeout" in out and "Traceback" not in out, out
