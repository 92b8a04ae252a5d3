"""`wl test` starts each case without defining the project's procedures again
(engine.Rerun): the cost of a case does not grow with the number of procedures, and no
case sees what an earlier one left behind."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from wlinterp.testing.collect import collect_file
from wlinterp.testing import engine as test_engine
from wl_test_helpers import wl_test, write

HELPERS = "".join(f"PROCEDURE Helper{i}(n is int)\nRESULT n + {i}\n" for i in range(200))

CASES = """gTotal is int = 100
gList is array of int
ArrayAdd(gList, 1)
o is CCounter

CCounter is Class
  nHits is int
END

PROCEDURE CCounter.Hit()
nHits++
RESULT nHits

PROCEDURE test_changes_everything()
gTotal += 5
ArrayAdd(gList, 2)
o.Hit()
o.Hit()
Compile("Made", "RESULT 42")
dbgCheckEqual(Helper7(1), 8)
dbgCheckEqual(o.Hit(), 3)

PROCEDURE test_sees_the_fixture_only()
dbgCheckEqual(gTotal, 100)
dbgCheckEqual(ArrayCount(gList), 1)
dbgCheckEqual(o.Hit(), 1)
dbgCheckEqual(Helper7(2), 9)
Trace(Made()) // expect error: Made

PROCEDURE test_a_third_case()
dbgCheckEqual(gTotal, 100)
dbgCheckEqual(Helper199(1), 200)
"""


def test_cases_share_the_functions_and_nothing_else(tmp_path: Path) -> None:
    write(tmp_path, "wlproject.toml", "")
    write(tmp_path, "helpers.wl", HELPERS)
    test_file = write(tmp_path, "tests/test_rerun.wl", CASES)
    cases = collect_file(str(test_file)).cases
    engine = test_engine.TestEngine()
    functions = []
    for case in cases * 2:  # each case twice, in turn
        result = engine.run_case(case)
        assert result.outcome == "passed", result.problems
        linked, _ = engine.linked(case)
        ns = linked.rerun.ns
        functions.append(linked.procedure(ns, "Helper7"))
    # one function per procedure for the whole run (it was defined again for each case)
    assert all(f is functions[0] for f in functions)


def test_the_command_runs_them_in_both_orders(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "wlproject.toml", "")
    write(tmp_path, "helpers.wl", HELPERS)
    write(tmp_path, "tests/test_rerun.wl", CASES)
    code, out = wl_test(capsys, str(tmp_path))
    assert code == 0 and "3 passed" in out, out
    code, out = wl_test(capsys, str(tmp_path), "-k", "sees or third")
    assert code == 0 and "2 passed" in out, out


def test_a_file_that_does_not_compile_is_compiled_once(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Each case of a file with a compile error compiled the whole file again to fail
    again: a fuzzed file of 3,000 cases with one procedure declared twice ran for hours.
    Every case gets the file's one error; the file is compiled once."""
    cases = "".join(f"PROCEDURE test_{i}()\ndbgCheckEqual({i}, {i})\n" for i in range(50))
    path = write(tmp_path, "test_twice.wl", cases + "PROCEDURE test_0()\nTrace(1)\n")
    links: list[str] = []
    real = test_engine.LoadedProject.link

    def counted(self: test_engine.LoadedProject, *args: Any, **kwargs: Any) -> Any:
        links.append("link")
        return real(self, *args, **kwargs)
    monkeypatch.setattr(test_engine.LoadedProject, "link", counted)
    engine = test_engine.TestEngine()
    results = [engine.run_case(case) for case in collect_file(str(path)).cases]
    assert len(results) == 51 and links == ["link"]  # (test_0 twice)
    assert {(r.outcome, r.compile_error, tuple(r.problems)) for r in results} == \
        {("failed", True, tuple(results[0].problems))}
    assert "declared twice" in results[0].problems[0], results[0].problems
