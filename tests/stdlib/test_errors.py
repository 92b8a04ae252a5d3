"""Error built-ins: ErrorOccurred/ErrorInfo after a non-fatal failure, ErrorPropagate,
ExceptionThrow/ExceptionInfo/ExceptionPropagate."""

import io

import pytest

from wlinterp import run_source
from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.syntax.names import fold
from wlinterp.registry import Family, NonFatalError, Registry
from wlinterp.runtime.state import Runtime
from stdlib_helpers import REG, call, const


# A private registry with one built-in that can fail, to produce real non-fatal errors.
_TEST = Family("Test", registry=Registry())


@_TEST.function("OpenThing", "OuvreTruc", can_fail=True)
def _open_thing(rt: Runtime, ok: bool) -> bool:
    """Fails non-fatally unless `ok`."""
    if not ok:
        raise BuiltinFailure("Cannot open the thing.", code=42, value=False)
    return True


OPEN = _TEST.registry.functions["openthing"]


@pytest.mark.parametrize("en, fr", [("ErrorOccurred", "ErreurDétectée"), ("ErrorInfo", "ErreurInfo"),
                                    ("ErrorPropagate", "ErreurPropage"),
                                    ("ExceptionInfo", "ExceptionInfo"),
                                    ("ExceptionThrow", "ExceptionDéclenche"),
                                    ("ExceptionPropagate", "ExceptionPropage")])
def test_french_and_english_names_are_one_builtin(en: str, fr: str) -> None:
    assert REG.functions[fold(en)] is REG.functions[fold(fr)]


def test_constants_in_both_languages() -> None:
    assert const("errMessage") == 1
    assert const("errFullDetails") == const("errComplet") == 19
    assert const("errSummary") == const("errRésumé")
    assert len({const("errMessage"), const("errCode"), const("errSummary"), const("errComplet")}) == 4


def test_error_occurred_is_named_without_parentheses() -> None:
    assert REG.functions["erroroccurred"].max_args == 0
    out = io.StringIO()
    run_source("IF ErrorOccurred THEN\n Trace(1)\nELSE\n Trace(0)\nEND\n"
               "Trace(ErreurDétectée)\n", stdout=out)
    assert out.getvalue().split() == ["0", "0"]


def test_no_error_yet(rt: Runtime) -> None:
    assert call(rt, "ErrorOccurred") is False
    assert call(rt, "ErrorInfo") == ""
    assert call(rt, "ErrorInfo", const("errCode")) == 0
    assert call(rt, "ErrorInfo", const("errComplet")) == ""


def test_failure_sets_error_occurred_and_error_info(rt: Runtime) -> None:
    assert OPEN.call(rt, False) is False
    assert call(rt, "ErreurDétectée") is True
    assert call(rt, "ErrorInfo") == "Cannot open the thing."
    assert call(rt, "ErrorInfo", const("errMessage")) == "Cannot open the thing."
    assert call(rt, "ErrorInfo", const("errCode")) == 42
    full = call(rt, "ErreurInfo", const("errComplet"))
    assert full.splitlines()[:2] == ["Cannot open the thing.", "Error code: 42"]


def test_next_successful_call_clears_the_error(rt: Runtime) -> None:
    OPEN.call(rt, False)
    assert OPEN.call(rt, True) is True
    assert call(rt, "ErrorOccurred") is False
    assert call(rt, "ErrorInfo") == ""


def test_error_info_with_unknown_constant_is_fatal(rt: Runtime) -> None:
    with pytest.raises(WLRuntimeError, match="unknown information type 99"):
        call(rt, "ErrorInfo", 99)


def test_error_propagate_with_code_and_message(rt: Runtime) -> None:
    call(rt, "ErrorPropagate", 12, "Customer file missing.")
    assert rt.error_occurred
    assert call(rt, "ErrorInfo", const("errCode")) == 12
    assert call(rt, "ErrorInfo") == "Customer file missing."


def test_error_propagate_keeps_the_current_error(rt: Runtime) -> None:
    OPEN.call(rt, False)
    call(rt, "ErreurPropage")
    assert call(rt, "ErrorInfo") == "Cannot open the thing."
    assert call(rt, "ErrorInfo", const("errCode")) == 42


def test_error_propagate_with_message_only(rt: Runtime) -> None:
    OPEN.call(rt, False)
    call(rt, "ErrorPropagate", "Could not load settings.")
    assert call(rt, "ErrorInfo") == "Could not load settings."
    assert call(rt, "ErrorInfo", const("errCode")) == 42


def test_error_propagate_without_any_error_has_a_default(rt: Runtime) -> None:
    call(rt, "ErrorPropagate")
    assert rt.error_occurred and rt.error_code == 1
    assert "ErrorPropagate" in rt.error_message


def test_error_propagate_runs_case_error_when_a_handler_is_active(rt: Runtime) -> None:
    rt.error_handlers = 1
    with pytest.raises(NonFatalError, match="boom"):
        call(rt, "ErrorPropagate", 3, "boom")
    assert rt.error_occurred and rt.error_code == 3


def test_exception_throw_raises_a_fatal_error_with_the_code(rt: Runtime) -> None:
    with pytest.raises(WLRuntimeError) as info:
        call(rt, "ExceptionDéclenche", 7, "Stock is negative.")
    assert (info.value.code, info.value.message) == (7, "Stock is negative.")
    with pytest.raises(WLRuntimeError, match="Exception 8"):
        call(rt, "ExceptionThrow", 8)


def test_exception_info_reads_the_handled_exception(rt: Runtime) -> None:
    assert call(rt, "ExceptionInfo") == ""
    assert call(rt, "ExceptionInfo", const("errCode")) == 0
    rt.exception = WLRuntimeError("Division by zero.", code=5, line=3, column=9, filename="calc.wl")
    assert call(rt, "ExceptionInfo") == "Division by zero."
    assert call(rt, "ExceptionInfo", const("errCode")) == 5
    assert "calc.wl:3:9" in call(rt, "ExceptionInfo", const("errFullDetails"))


def test_exception_propagate_reraises_the_same_exception(rt: Runtime) -> None:
    exc = WLRuntimeError("inner", code=4)
    rt.exception = exc
    with pytest.raises(WLRuntimeError) as info:
        call(rt, "ExceptionPropage")
    assert info.value is exc


def test_exception_propagate_outside_a_handler_is_fatal(rt: Runtime) -> None:
    with pytest.raises(WLRuntimeError, match="only be used while an exception is handled"):
        call(rt, "ExceptionPropagate")
