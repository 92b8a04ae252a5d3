"""WINDEV's automated-test checks (dbg*), InTestMode and TestWriteResult; dbgOnError,
dbgError and dbgStandardOutput.

Under `wl test` (rt.options["test_mode"]) a failed check is recorded with what was
expected, what came, its comment and its `file:line`, and the test goes on to its end, as
in WINDEV's automated test mode. Outside a test run a failed check writes one warning line
to stderr and the script goes on (WINDEV would show an assertion dialog, or nothing when
assertions are off): see docs/semantics.md. The optional comment is a StringBuild format
(%1, %2... replaced by the extra parameters). dbgCheckEqual(value, expected): the first
argument is what the code computed, the second what it should be.
"""
from __future__ import annotations

import threading

from wlinterp.registry import Family, ProcArg
from wlinterp.runtime import values as V
from wlinterp.runtime.comparisons import w_eq
from wlinterp.runtime.containers import WLArray
from wlinterp.runtime.procrefs import call_with, procedure_arg
from wlinterp.runtime.state import Runtime
from wlinterp.testing.results import CheckFailure, caller_position, record_of

family = Family("Debug")

TWR_INFO, TWR_WARNING, TWR_ERROR = 0, 1, 2
# French names as PC SOFT's own example code writes them (TestEcritRésultat(terErreur, ...)
# in WD Pilotage de Excel); the earlier twr* French spellings stay accepted
family.constant("twrInfo", "terInfo", TWR_INFO)
family.constant("twrWarning", "terAvertissement", TWR_WARNING, "twrAvertissement")
family.constant("twrError", "terErreur", TWR_ERROR, "twrErreur")
# dbgLogStatus / dbgEtatLog's answers (the function is catalogued, windev_catalog_products.py:
# a call stops naming its family): known names, so that code comparing with them checks and
# loads; names seen in real code, French names and values UNVERIFIED (docs/builtins.md)
for _en, _fr, _value in (("LogDisabled", "LogInactif", 0), ("LogEnabled", "LogActif", 1),
                         ("LogWLanguageFunctions", "LogFonctionsWLangage", 2),
                         ("LogPause", "LogPause", 3)):
    family.constant(_en, _fr, _value)


def shown(v: object) -> str:
    """A value as a failure message shows it: strings quoted, Null as Null."""
    if isinstance(v, str):
        return '"' + v + '"'
    if isinstance(v, WLArray):
        return "[" + ", ".join(shown(x) for x in v.items) + "]"
    return V.to_str(v) if v is not None else "Null"


def same(value: object, expected: object) -> bool:
    """WLanguage's `=`, element by element when both sides are arrays: dbgCheckEqual's
    page (?1000019776) compares an array with a literal list (`[1, 2, 3]`)."""
    if isinstance(value, WLArray) and isinstance(expected, WLArray):
        return len(value.items) == len(expected.items) and all(
            same(a, b) for a, b in zip(value.items, expected.items))
    return w_eq(value, expected)


def comment_of(rt: Runtime, comment: object, params: tuple[object, ...]) -> str:
    if comment is None or comment == "":
        return ""
    from .string_fields import string_build
    return string_build(rt, comment, *params)


def record_failure(rt: Runtime, check: str, expected: str, got: str, comment: str,
                   assertion: bool = True, told: str = "") -> None:
    """Record a failed check (test mode) or warn on stderr and go on; an assertion
    (dbg*) records nothing once dbgEnableAssert(False) turned the assertions off (the
    Test* checks are no assertions: stdlib/automated_tests.py). The procedure dbgOnError
    or TestOnError set hears `told`, else the comment, else what failed."""
    if assertion and rt.state.get("assertions_off"):
        return
    filename, line = caller_position(rt)
    failure = CheckFailure(check, expected, got, comment, filename, line)
    if rt.options.get("test_mode"):
        record_of(rt).failures.append(failure)
    else:
        note = f" ({comment})" if comment else ""
        rt.write_err(f"{failure.where()}: warning: {check} failed: expected {expected}, "
                     f"got {got}{note}")
    _tell(rt, ON_ERROR[assertion], told or comment or f"{check} failed: expected "
                                                      f"{expected}, got {got}")


# rt.state keys of the procedures dbgOnError (assertions: dbg*) and TestOnError (the
# Test* checks, stdlib/automated_tests.py) set
ON_ERROR = {True: "debug.on_error", False: "tests.on_error"}


# .on: this thread is inside the procedure told of a failure (one flag per thread: a
# failure in another thread, while one thread's procedure runs, is still told)
_telling = threading.local()


def _tell(rt: Runtime, key: str, text: str) -> None:
    """The procedure set for failures, if any, gets the comment (or, without one, what
    failed); a check failing inside it calls no procedure again (no endless loop)."""
    proc = rt.state.get(key)
    if proc is None or getattr(_telling, "on", False):
        return
    _telling.on = True
    try:
        call_with(proc, text)
    finally:
        _telling.on = False


def set_on_error(rt: Runtime, key: str, procedure: object, fname: str) -> None:
    """dbgOnError / TestOnError: the procedure to call on each failure ("" or no
    argument: none)."""
    if procedure is None or procedure == "":
        rt.state.pop(key, None)
    else:
        rt.state[key] = procedure_arg(rt, procedure, fname)


@family.function("dbgEnableAssert", "dbgActiveAssertion")
def dbg_enable_assert(rt: Runtime, enable: object = True) -> None:
    """Turn the assertions and dbgCheck* checks on (the default here) or off (?3014022:
    at run time WINDEV starts with them off and dbgEnableAssert enables them; wlinterp
    reports them from the start: docs/semantics.md "Failed dbg* checks")."""
    if V.to_bool(enable):
        rt.state.pop("assertions_off", None)
    else:
        rt.state["assertions_off"] = True


# What each check finds: None when it holds, else (what was expected, what came). The
# dbg* checks here and the Test* checks of stdlib/automated_tests.py share them.
def verdict_true(value: object) -> tuple[str, str] | None:
    return None if V.to_bool(value) else ("True", shown(value))


def verdict_false(value: object) -> tuple[str, str] | None:
    return ("False", shown(value)) if V.to_bool(value) else None


def verdict_equal(value: object, expected: object) -> tuple[str, str] | None:
    """`value = expected` (WLanguage's `=`, so 1 = "1" holds)."""
    return None if same(value, expected) else (shown(expected), shown(value))


def verdict_different(value: object, other: object) -> tuple[str, str] | None:
    return (f"a value other than {shown(other)}", shown(value)) if same(value, other) \
        else None


def verdict_null(value: object) -> tuple[str, str] | None:
    """Null is WLanguage's Null value (an unset variant or object reference)."""
    return None if value is None else ("Null", shown(value))


def verdict_not_null(value: object) -> tuple[str, str] | None:
    return ("a value other than Null", "Null") if value is None else None


def report(rt: Runtime, check: str, verdict: tuple[str, str] | None, comment: object,
           params: tuple[object, ...], assertion: bool = True) -> None:
    """A failed verdict recorded (record_failure) with its comment's text."""
    if verdict is not None:
        record_failure(rt, check, verdict[0], verdict[1], comment_of(rt, comment, params),
                       assertion)


@family.function("dbgAssert", "dbgAssertion")
def dbg_assert(rt: Runtime, condition: object, message: object = "",
               *params: object) -> None:
    """Fails when the condition is false."""
    if not V.to_bool(condition):
        report(rt, "dbgAssert", ("True", "False"), message, params)


@family.function("dbgCheckEqual", "dbgVérifieEgalité", "dbgVerifieEgalite")
def dbg_check_equal(rt: Runtime, value: object, expected: object, comment: object = "",
                    *params: object) -> None:
    """Fails unless `value = expected` (WLanguage's `=`, so 1 = "1" holds)."""
    report(rt, "dbgCheckEqual", verdict_equal(value, expected), comment, params)


@family.function("dbgCheckDifferent", "dbgVérifieDifférence", "dbgVerifieDifference")
def dbg_check_different(rt: Runtime, value: object, other: object, comment: object = "",
                        *params: object) -> None:
    """Fails when `value = other`."""
    report(rt, "dbgCheckDifferent", verdict_different(value, other), comment, params)


@family.function("dbgCheckTrue", "dbgVérifieVrai", "dbgVerifieVrai")
def dbg_check_true(rt: Runtime, value: object, comment: object = "", *params: object) -> None:
    report(rt, "dbgCheckTrue", verdict_true(value), comment, params)


@family.function("dbgCheckFalse", "dbgVérifieFaux", "dbgVerifieFaux")
def dbg_check_false(rt: Runtime, value: object, comment: object = "", *params: object) -> None:
    report(rt, "dbgCheckFalse", verdict_false(value), comment, params)


@family.function("dbgCheckNull", "dbgVérifieNull", "dbgVerifieNull")
def dbg_check_null(rt: Runtime, value: object, comment: object = "", *params: object) -> None:
    """Null is WLanguage's Null value (an unset variant or object reference)."""
    report(rt, "dbgCheckNull", verdict_null(value), comment, params)


@family.function("dbgCheckNotNull", "dbgVérifieNonNull", "dbgVerifieNonNull")
def dbg_check_not_null(rt: Runtime, value: object, comment: object = "",
                       *params: object) -> None:
    report(rt, "dbgCheckNotNull", verdict_not_null(value), comment, params)


@family.function("dbgOnError", "dbgSurErreur")
def dbg_on_error(rt: Runtime, procedure: ProcArg = "") -> None:
    """The procedure started on each failed dbg* check (or assertion) from now on, given
    the check's comment (dbgCheckFalse's page ?1000019781 names dbgOnError for that: the
    procedure "retrieves the comment linked to the error"); without a comment, what failed.
    "" stops the calls (INFERRED: dbgOnError's own page is not stored)."""
    set_on_error(rt, ON_ERROR[True], procedure, "dbgOnError")


@family.function("dbgError", "dbgErreur")
def dbg_error(rt: Runtime, message: object = "", *params: object) -> None:
    """An assertion that always fails, with the message (a StringBuild format): a failure
    of the test under `wl test`, a warning outside it (INFERRED: no stored page)."""
    text = V.to_str(comment_of(rt, message, params))
    record_failure(rt, "dbgError", "no error", text, "", told=text)


@family.function("dbgStandardOutput", "dbgSortieStandard")
def dbg_standard_output(rt: Runtime, text: object) -> None:
    """Write the text and a line end on the standard output (INFERRED: no stored page;
    the name says the process's standard output, where Trace writes here too)."""
    rt.write_out(V.to_str(text))


@family.function("InTestMode", "EnModeTest")
def in_test_mode(rt: Runtime) -> bool:
    """True while `wl test` (or the pytest plugin) runs the code, else False."""
    return bool(rt.options.get("test_mode"))


# InAutomaticTestMode: the same answer (docs/builtins.md "InitParameter,
# InAutomaticTestMode..."): an automatic test is what `wl test` or the pytest plugin runs
family.function("InAutomaticTestMode", "EnModeTestAutomatique")(in_test_mode)


@family.function("TestWriteResult", "TestEcritRésultat", "TestEcritResultat")
def test_write_result(rt: Runtime, kind: object, message: object) -> None:
    """twrError records a failure; twrInfo and twrWarning add a note to the report (and
    go to stderr outside a test run)."""
    text = V.to_str(message)
    if V.to_num(kind) == TWR_ERROR:
        record_failure(rt, "TestWriteResult", "no error", text, "", told=text)
        return
    if rt.options.get("test_mode"):
        record_of(rt).notes.append(text)
    else:
        rt.write_err(text)
