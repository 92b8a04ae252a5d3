"""WINDEV's automated-test checks (dbg*), InTestMode and TestWriteResult.

Under `wl test` (rt.options["test_mode"]) a failed check is recorded with what was
expected, what came, its comment and its `file:line`, and the test goes on to its end, as
in WINDEV's automated test mode. Outside a test run a failed check writes one warning line
to stderr and the script goes on (WINDEV would show an assertion dialog, or nothing when
assertions are off): see docs/semantics.md. The optional comment is a StringBuild format
(%1, %2... replaced by the extra parameters). dbgCheckEqual(value, expected): the first
argument is what the code computed, the second what it should be.
"""
from __future__ import annotations

from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.comparisons import w_eq
from wlinterp.runtime.containers import WLArray
from wlinterp.runtime.state import Runtime
from wlinterp.testing.results import CheckFailure, caller_position, record_of

family = Family("Debug")

TWR_INFO, TWR_WARNING, TWR_ERROR = 0, 1, 2
# French names as PC SOFT's own example code writes them (TestEcritRésultat(terErreur, ...)
# in WD Pilotage de Excel); the earlier twr* French spellings stay accepted
family.constant("twrInfo", "terInfo", TWR_INFO)
family.constant("twrWarning", "terAvertissement", TWR_WARNING, "twrAvertissement")
family.constant("twrError", "terErreur", TWR_ERROR, "twrErreur")


def _shown(v: object) -> str:
    """A value as a failure message shows it: strings quoted, Null as Null."""
    if isinstance(v, str):
        return '"' + v + '"'
    if isinstance(v, WLArray):
        return "[" + ", ".join(_shown(x) for x in v.items) + "]"
    return V.to_str(v) if v is not None else "Null"


def _same(value: object, expected: object) -> bool:
    """WLanguage's `=`, element by element when both sides are arrays: dbgCheckEqual's
    page (?1000019776) compares an array with a literal list (`[1, 2, 3]`)."""
    if isinstance(value, WLArray) and isinstance(expected, WLArray):
        return len(value.items) == len(expected.items) and all(
            _same(a, b) for a, b in zip(value.items, expected.items))
    return w_eq(value, expected)


def _comment(rt: Runtime, comment: object, params: tuple[object, ...]) -> str:
    if comment is None or comment == "":
        return ""
    from .string_fields import string_build
    return string_build(rt, comment, *params)


def _fail(rt: Runtime, check: str, expected: str, got: str, comment: str) -> None:
    """Record a failed check (test mode) or warn on stderr and go on; nothing once
    dbgEnableAssert(False) turned the assertions off."""
    if rt.state.get("assertions_off"):
        return
    filename, line = caller_position(rt)
    failure = CheckFailure(check, expected, got, comment, filename, line)
    if rt.options.get("test_mode"):
        record_of(rt).failures.append(failure)
        return
    note = f" ({comment})" if comment else ""
    rt.write_err(f"{failure.where()}: warning: {check} failed: expected {expected}, "
                 f"got {got}{note}")


@family.function("dbgEnableAssert", "dbgActiveAssertion")
def dbg_enable_assert(rt: Runtime, enable: object = True) -> None:
    """Turn the assertions and dbgCheck* checks on (the default here) or off (?3014022:
    at run time WINDEV starts with them off and dbgEnableAssert enables them; wlinterp
    reports them from the start: docs/semantics.md "Failed dbg* checks")."""
    if V.to_bool(enable):
        rt.state.pop("assertions_off", None)
    else:
        rt.state["assertions_off"] = True


@family.function("dbgAssert", "dbgAssertion")
def dbg_assert(rt: Runtime, condition: object, message: object = "",
               *params: object) -> None:
    """Fails when the condition is false."""
    if not V.to_bool(condition):
        _fail(rt, "dbgAssert", "True", "False", _comment(rt, message, params))


@family.function("dbgCheckEqual", "dbgVérifieEgalité", "dbgVerifieEgalite")
def dbg_check_equal(rt: Runtime, value: object, expected: object, comment: object = "",
                    *params: object) -> None:
    """Fails unless `value = expected` (WLanguage's `=`, so 1 = "1" holds)."""
    if not _same(value, expected):
        _fail(rt, "dbgCheckEqual", _shown(expected), _shown(value),
              _comment(rt, comment, params))


@family.function("dbgCheckDifferent", "dbgVérifieDifférence", "dbgVerifieDifference")
def dbg_check_different(rt: Runtime, value: object, other: object, comment: object = "",
                        *params: object) -> None:
    """Fails when `value = other`."""
    if _same(value, other):
        _fail(rt, "dbgCheckDifferent", f"a value other than {_shown(other)}", _shown(value),
              _comment(rt, comment, params))


@family.function("dbgCheckTrue", "dbgVérifieVrai", "dbgVerifieVrai")
def dbg_check_true(rt: Runtime, value: object, comment: object = "", *params: object) -> None:
    if not V.to_bool(value):
        _fail(rt, "dbgCheckTrue", "True", _shown(value), _comment(rt, comment, params))


@family.function("dbgCheckFalse", "dbgVérifieFaux", "dbgVerifieFaux")
def dbg_check_false(rt: Runtime, value: object, comment: object = "", *params: object) -> None:
    if V.to_bool(value):
        _fail(rt, "dbgCheckFalse", "False", _shown(value), _comment(rt, comment, params))


@family.function("dbgCheckNull", "dbgVérifieNull", "dbgVerifieNull")
def dbg_check_null(rt: Runtime, value: object, comment: object = "", *params: object) -> None:
    """Null is WLanguage's Null value (an unset variant or object reference)."""
    if value is not None:
        _fail(rt, "dbgCheckNull", "Null", _shown(value), _comment(rt, comment, params))


@family.function("dbgCheckNotNull", "dbgVérifieNonNull", "dbgVerifieNonNull")
def dbg_check_not_null(rt: Runtime, value: object, comment: object = "",
                       *params: object) -> None:
    if value is None:
        _fail(rt, "dbgCheckNotNull", "a value other than Null", "Null",
              _comment(rt, comment, params))


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
        _fail(rt, "TestWriteResult", "no error", text, "")
        return
    if rt.options.get("test_mode"):
        record_of(rt).notes.append(text)
    else:
        rt.write_err(text)
