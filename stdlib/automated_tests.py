"""The Test* functions of WINDEV's automated tests: TestCheck / TestVérifie and its
siblings, TestError, TestOnError, TestAddIteration (TestWriteResult: stdlib/debug.py).

No help page of these functions is stored (searched in English and French): their
English names, parameters and behaviour are INFERRED from the dbg* checks they mirror
(docs/testing.md, "The Test* functions"). Under `wl test` a failed check fails the case
with its `file:line`, what was expected, what came and the message, and the case goes on
to its end (as a dbg* check); outside a test run it writes one warning line to stderr.
Unlike the dbg* checks they are no assertions: dbgEnableAssert(False) does not silence
them. Each check returns True when it holds (INFERRED), so code may go on accordingly.
"""
from __future__ import annotations

from typing import Callable

from wlinterp.registry import Family, ProcArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.testing.results import record_of

from .debug import (ON_ERROR, comment_of, record_failure, report, set_on_error,
                    verdict_different, verdict_equal, verdict_false, verdict_not_null,
                    verdict_null, verdict_true)

family = Family("Automated tests")


def _checked(rt: Runtime, check: str, verdict: tuple[str, str] | None, message: object,
             params: tuple[object, ...]) -> bool:
    """Report a failed verdict (no assertion: TestOnError's procedure hears it); True
    when the check holds."""
    if verdict is None:
        return True
    report(rt, check, verdict, message, params, assertion=False)
    return False


def _one_value(check: str, verdict: Callable[[object], tuple[str, str] | None]
               ) -> Callable[..., bool]:
    def test_check(rt: Runtime, value: object, message: object = "",
                   *params: object) -> bool:
        """Fails unless the value passes the check (the message a StringBuild format)."""
        return _checked(rt, check, verdict(value), message, params)
    return test_check


def _two_values(check: str, verdict: Callable[[object, object], tuple[str, str] | None]
                ) -> Callable[..., bool]:
    def test_compare(rt: Runtime, value: object, other: object, message: object = "",
                     *params: object) -> bool:
        """Compares with WLanguage's `=` (arrays element by element): the value first,
        then the one it must equal (or differ from)."""
        return _checked(rt, check, verdict(value, other), message, params)
    return test_compare


for _en, _fr, _verdict in (("TestCheck", "TestVérifie", verdict_true),
                           ("TestCheckTrue", "TestVérifieVrai", verdict_true),
                           ("TestCheckFalse", "TestVérifieFaux", verdict_false),
                           ("TestCheckNull", "TestVérifieNull", verdict_null),
                           ("TestCheckNotNull", "TestVérifieNonNull", verdict_not_null)):
    family.function(_en, _fr)(_one_value(_en, _verdict))
for _en, _fr, _compare in (("TestCheckEqual", "TestVérifieEgalité", verdict_equal),
                           ("TestCheckDifferent", "TestVérifieDifférence",
                            verdict_different)):
    family.function(_en, _fr)(_two_values(_en, _compare))


@family.function("TestError", "TestErreur")
def test_error(rt: Runtime, message: object = "", *params: object) -> None:
    """The test fails here with the message (UNVERIFIED: no page; TestWriteResult with
    twrError does the same)."""
    text = V.to_str(comment_of(rt, message, params))
    record_failure(rt, "TestError", "no error", text, "", assertion=False, told=text)


@family.function("TestOnError", "TestSurErreur")
def test_on_error(rt: Runtime, procedure: ProcArg = "") -> None:
    """The procedure called with the message of each failed Test* check from now on (a
    test's own reaction: a trace, a clean-up), as dbgOnError is for the dbg* checks;
    "" stops the calls (UNVERIFIED: no page). The check still fails the test."""
    set_on_error(rt, ON_ERROR[False], procedure, "TestOnError")


@family.function("TestAddIteration", "TestAjouteItération")
def test_add_iteration(rt: Runtime, *params: object) -> int:
    """One more iteration of the test: under `wl test`, a test procedure that declares
    parameters runs once per iteration its file's main code added, with these values
    (INFERRED from the name; docs/testing.md). Returns how many iterations there are."""
    iterations = record_of(rt).iterations
    iterations.append(params)
    return len(iterations)
