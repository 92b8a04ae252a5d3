"""WINDEV's dbg* checks (English and French names), InTestMode and TestWriteResult; the
Test* functions of automated tests (TestCheck..., TestOnError, TestAddIteration run by
`wl test` once per iteration)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

import wlinterp
from wlinterp.testing.results import record_of

PAIRS = [("dbgAssert", "dbgAssertion"), ("dbgCheckEqual", "dbgVérifieEgalité"),
         ("dbgCheckDifferent", "dbgVérifieDifférence"), ("dbgCheckTrue", "dbgVérifieVrai"),
         ("dbgCheckFalse", "dbgVérifieFaux"), ("dbgCheckNull", "dbgVérifieNull"),
         ("dbgCheckNotNull", "dbgVérifieNonNull"), ("InTestMode", "EnModeTest"),
         ("TestWriteResult", "TestEcritRésultat"),
         ("InAutomaticTestMode", "EnModeTestAutomatique"),
         # the Test* functions (stdlib/automated_tests.py)
         ("TestCheck", "TestVérifie"), ("TestCheckEqual", "TestVérifieEgalité"),
         ("TestCheckDifferent", "TestVérifieDifférence"), ("TestCheckTrue", "TestVérifieVrai"),
         ("TestCheckFalse", "TestVérifieFaux"), ("TestCheckNull", "TestVérifieNull"),
         ("TestCheckNotNull", "TestVérifieNonNull"), ("TestError", "TestErreur"),
         ("TestOnError", "TestSurErreur"), ("TestAddIteration", "TestAjouteItération"),
         ("dbgOnError", "dbgSurErreur"), ("dbgError", "dbgErreur"),
         ("dbgStandardOutput", "dbgSortieStandard")]


@pytest.mark.parametrize("en, fr", PAIRS)
def test_english_and_french_names_are_one_builtin(en: str, fr: str) -> None:
    from wlinterp.registry import load_stdlib
    reg = load_stdlib()
    assert reg.lookup(en) == reg.lookup(fr) and reg.lookup(en)[0] == "function"


def run(code: str, test_mode: bool = True) -> tuple[object, str, str]:
    out, err = io.StringIO(), io.StringIO()
    rt = wlinterp.run_source(code, "t.wl", stdout=out, stderr=err,
                             options={"test_mode": test_mode})
    return rt, out.getvalue(), err.getvalue()


def test_failed_checks_are_recorded_and_the_test_goes_on() -> None:
    rt, out, _ = run('x is int = 2\n'
                     'dbgCheckEqual(x + 1, 4, "x=%1", x)\n'
                     'dbgVérifieEgalité("a", "a")\n'
                     'dbgCheckDifferent(x, 2)\n'
                     'dbgVérifieVrai(x > 5)\n'
                     'dbgCheckFalse(x = 2, "second %1 %2", "p", 7)\n'
                     'dbgCheckNull(x)\n'
                     'v is variant = Null\ndbgVérifieNonNull(v)\n'
                     'dbgAssert(False, "boom")\n'
                     'Trace("end reached", InTestMode())\n')
    assert out == "end reached, 1\n"
    fails = record_of(rt).failures
    assert [(f.check, f.line) for f in fails] == [
        ("dbgCheckEqual", 2), ("dbgCheckDifferent", 4), ("dbgCheckTrue", 5),
        ("dbgCheckFalse", 6), ("dbgCheckNull", 7), ("dbgCheckNotNull", 9), ("dbgAssert", 10)]
    first = fails[0]
    assert (first.expected, first.got, first.comment, first.filename) == ("4", "3", "x=2", "t.wl")
    assert fails[3].comment == "second p 7"


def test_passing_checks_record_nothing() -> None:
    rt, _, err = run('dbgCheckEqual(1, "1")\ndbgCheckTrue(1 < 2)\ndbgCheckNull(Null)\n'
                     'dbgCheckNotNull(0)\ndbgCheckDifferent("a", "b")\n')
    assert record_of(rt).failures == [] and err == ""


def test_outside_a_test_run_a_failed_check_warns_once_and_goes_on() -> None:
    rt, out, err = run('dbgCheckEqual(1 + 1, 3, "sum")\nTrace(InTestMode())\n', test_mode=False)
    assert out == "0\n"
    assert err == 't.wl:1: warning: dbgCheckEqual failed: expected 3, got 2 (sum)\n'
    assert record_of(rt).failures == []


def test_in_automatic_test_mode_follows_the_test_run() -> None:
    assert run('Trace(InAutomaticTestMode(), EnModeTestAutomatique)\n')[1] == "1, 1\n"
    assert run('Trace(InAutomaticTestMode())\n', test_mode=False)[1] == "0\n"


def test_test_write_result() -> None:
    rt, _, _ = run('TestWriteResult(twrInfo, "note")\nTestEcritRésultat(twrErreur, "bad")\n')
    rec = record_of(rt)
    assert rec.notes == ["note"]
    assert [(f.check, f.got, f.line) for f in rec.failures] == [("TestWriteResult", "bad", 2)]


def test_a_check_inside_a_procedure_reports_its_own_line() -> None:
    rt, _, _ = run('Check(3)\nPROCEDURE Check(n)\n\ndbgCheckEqual(n, 4)\n')
    assert [(f.line, f.got) for f in record_of(rt).failures] == [(4, "3")]


def test_an_array_is_compared_with_a_literal_list_element_by_element() -> None:
    """dbgCheckEqual's help page (?1000019776): an array against `[1, 2, 3]`."""
    rt, out, _ = run('t is array of int = [1, 2, 3]\n'
                     'dbgCheckEqual(t, [1, 2, 3])\n'
                     'dbgCheckEqual(t, [1, 2, 4])\n'
                     'dbgCheckEqual(t, [1, 2])\n'
                     'dbgCheckDifferent(t, [1, 2, 3])\n'
                     'dbgVérifieDifférence(t, [3, 2, 1])\n'
                     'Trace("end")\n')
    assert out == "end\n"
    fails = record_of(rt).failures
    assert [(f.check, f.line) for f in fails] == [
        ("dbgCheckEqual", 3), ("dbgCheckEqual", 4), ("dbgCheckDifferent", 5)]
    assert (fails[0].expected, fails[0].got) == ("[1, 2, 4]", "[1, 2, 3]")


def test_dbg_enable_assert_turns_the_checks_off_and_on() -> None:
    """dbgAssert's page (?3014022) names dbgEnableAssert, which enables the assertions."""
    rt, out, _ = run('dbgEnableAssert(False)\ndbgAssert(False, "off")\n'
                     'dbgCheckEqual(1, 2)\ndbgActiveAssertion(Vrai)\n'
                     'dbgAssert(False, "on")\nTrace("end")\n')
    assert out == "end\n"
    assert [(f.check, f.comment) for f in record_of(rt).failures] == [("dbgAssert", "on")]


# -- the Test* functions of automated tests (stdlib/automated_tests.py) ----------------
def test_failed_checks_are_recorded_with_their_line_and_the_test_goes_on() -> None:
    rt, out, _ = run('x is int = 2\n'
                     'TestCheckEqual(x + 1, 4, "x=%1", x)\n'
                     'TestVérifie(x > 5, "big")\n'
                     'TestCheckDifferent(x, 2)\n'
                     'TestVérifieVrai(x = 2)\n'
                     'TestCheckFalse(x = 2)\n'
                     'TestVérifieNull(x)\n'
                     'TestCheckNotNull(Null)\n'
                     'TestErreur("stop %1", 3)\n'
                     'Trace("end", TestCheck(True), TestCheck(False))\n')
    assert out == "end, 1, 0\n"
    fails = record_of(rt).failures
    assert [(f.check, f.line) for f in fails] == [
        ("TestCheckEqual", 2), ("TestCheck", 3), ("TestCheckDifferent", 4),
        ("TestCheckFalse", 6), ("TestCheckNull", 7), ("TestCheckNotNull", 8),
        ("TestError", 9), ("TestCheck", 10)]
    assert (fails[0].expected, fails[0].got, fails[0].comment) == ("4", "3", "x=2")
    assert fails[6].got == "stop 3"


def test_unlike_dbg_checks_they_are_not_silenced_by_dbg_enable_assert() -> None:
    rt, _, _ = run('dbgEnableAssert(False)\ndbgCheckTrue(False)\nTestCheckTrue(False)\n')
    assert [f.check for f in record_of(rt).failures] == ["TestCheckTrue"]


def test_outside_a_test_run_a_failed_check_warns_and_goes_on() -> None:
    _, out, err = run('TestCheckEqual(1 + 1, 3, "sum")\nTrace("after")\n', test_mode=False)
    assert out == "after\n"
    assert err == 't.wl:1: warning: TestCheckEqual failed: expected 3, got 2 (sum)\n'


def test_test_on_error_calls_its_procedure_with_each_failure() -> None:
    _, out, _ = run('TestOnError(Seen)\nTestCheck(False, "first")\nTestCheck(True)\n'
                    'TestSurErreur("")\nTestCheck(False, "unseen")\n'
                    'PROCEDURE Seen(m)\nTrace("seen: " + m)\n')
    assert out == "seen: first\n"


def test_without_a_comment_the_procedure_hears_what_failed() -> None:
    _, out, _ = run('TestOnError(Seen)\nTestCheckEqual(1, 2)\nTestErreur("stop")\n'
                    'PROCEDURE Seen(m)\nTrace(m)\n')
    assert out == "TestCheckEqual failed: expected 2, got 1\nstop\n"


def test_dbg_on_error_hears_the_dbg_checks_comment_and_not_the_test_checks() -> None:
    """dbgCheckFalse's page (?1000019781): dbgOnError starts a procedure that retrieves
    the comment linked to the error."""
    rt, out, _ = run('dbgSurErreur(Seen)\ndbgCheckFalse(True, "not %1", "false")\n'
                     'TestCheck(False, "a Test* check")\ndbgErreur("explicit %1", 2)\n'
                     'dbgOnError("")\ndbgCheckTrue(False, "unheard")\n'
                     'PROCEDURE Seen(m)\nTrace("dbg: " + m)\ndbgCheckTrue(False, "inside")\n')
    assert out == "dbg: not false\ndbg: explicit 2\n"
    assert [f.check for f in record_of(rt).failures] == [
        "dbgCheckFalse", "dbgCheckTrue", "TestCheck", "dbgError", "dbgCheckTrue",
        "dbgCheckTrue"]


def test_dbg_error_is_an_assertion_and_dbg_standard_output_writes_a_line() -> None:
    rt, out, _ = run('dbgSortieStandard("to stdout")\ndbgEnableAssert(False)\n'
                     'dbgError("silenced")\n')
    assert out == "to stdout\n" and record_of(rt).failures == []


def test_add_iteration_counts_outside_the_runner() -> None:
    _, out, _ = run('Trace(TestAddIteration(1, 2), TestAjouteItération(3, 4))\n',
                    test_mode=False)
    assert out == "1, 2\n"


def _wl_test(folder: Path, name: str, text: str,
             capsys: pytest.CaptureFixture) -> tuple[int, str]:
    """`wl test -q` on a folder holding the one test file `name`: (exit code, stdout)."""
    (folder / name).write_text(text, encoding="utf-8")
    from wlinterp.testing.command import main
    code = main([str(folder), "-q"])
    return code, capsys.readouterr().out


def test_wl_test_runs_a_parameterised_test_once_per_iteration(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture
                                                              ) -> None:
    code, out = _wl_test(tmp_path, "test_square.wl", 
        'TestAddIteration(2, 4)\nTestAddIteration(3, 9)\nTestAjouteItération(4, 15)\n'
        'gSeen is int\n'
        'PROCEDURE test_square(n, expected)\n'
        'gSeen++\n'
        'TestCheckEqual(n * n, expected, "square of %1", n)\n'
        'PROCEDURE test_without_parameters()\n'
        'TestCheck(gSeen = 0)\n', capsys)
    assert code == 1
    assert "test_square.wl:7: TestCheckEqual (iteration 3)" in out
    assert "expected: 15" in out and "got:      16" in out and "square of 4" in out
    assert "1 passed, 1 failed" in out


def test_an_error_in_one_iteration_fails_it_and_the_next_ones_run(
        tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, out = _wl_test(tmp_path, "test_ratio.wl",
        'TestAddIteration(10, 2)\nTestAjouteItération(5, 0)\nTestAddIteration(9, 3)\n'
        'gRan est un entier\n'
        'PROCÉDURE test_ratio(a, b)\n'
        'gRan++\n'
        'TestCheckEqual(a / b + gRan, a / b + gRan, "ratio")\n'
        'TestCheck(a <> 9, "the third iteration ran")\n', capsys)
    assert code == 1
    assert "test_ratio.wl:7: uncaught error (iteration 2)" in out, out
    assert "got:      Division by zero." in out, out
    assert "(iteration 1)" not in out, out
    assert "test_ratio.wl:8: TestCheck (iteration 3)" in out, out  # after the error
