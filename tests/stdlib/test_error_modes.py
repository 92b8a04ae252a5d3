"""ErrorChangeParameter / ErrorRestoreParameter (?3034009): what a non-fatal error does in
the process that set it, in the procedures it calls, beside CASE ERROR: sections."""
from __future__ import annotations

import io

import pytest

import wlinterp
from wlinterp.engine import compile_source
from wlinterp.errors import WLError

MISSING = '"/nonexistent/wlinterp/x.txt"'


def run(code: str) -> str:
    out = io.StringIO()
    wlinterp.run_source(code, "t.wl", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_an_error_in_a_called_procedure_ends_the_caller_with_its_value() -> None:
    code = ('Trace(Outer())\nTrace(ErrorOccurred)\n'
            'PROCEDURE Outer()\nErrorChangeParameter(epResult, "failed")\nInner()\n'
            'RESULT "ok"\n'
            f'PROCEDURE Inner()\nfLoadText({MISSING})\nTrace("inner went on")\n')
    assert run(code) == "failed\n0\n"  # epResult "validates the errors" (?3034009)
    assert run(code.replace("epResult", "epResultError")) == "failed\n1\n"  # propagated


def test_a_callee_s_own_case_error_still_handles_its_error() -> None:
    code = ('Trace(Outer())\n'
            'PROCEDURE Outer()\nErrorChangeParameter(epResult, "outer")\n'
            'RESULT "callee: " + Inner()\n'
            f'PROCEDURE Inner()\nfLoadText({MISSING})\nRESULT "no"\n'
            'CASE ERROR:\nRESULT "own"\n')
    assert run(code) == "callee: own\n"


def test_the_value_takes_the_declared_type_and_by_reference_parameters_come_back() -> None:
    code = ('n is int = 1\nTrace(P(n) + 1, n)\n'
            'PROCEDURE P(x is int): int\nx = 7\nErrorChangeParameter(epResult, "41")\n'
            f'fLoadText({MISSING})\nx = 9\nRESULT 0\n')
    assert run(code) == "42, 7\n"


def test_epcode_overrides_case_error_and_restore_goes_back() -> None:
    code = ('Trace(P())\n'
            'PROCEDURE P()\nErrorChangeParameter(epCode)\n'
            f'fLoadText({MISSING})\nr is string = "code"\n'
            'ErrorRestoreParameter()\n'
            f'fLoadText({MISSING})\nRESULT r\n'
            'CASE ERROR:\nRESULT "case error after " + r\n')
    assert run(code) == "case error after code\n"


def test_the_mode_that_needs_the_ide_is_refused_by_name() -> None:
    with pytest.raises(WLError, match="epExecuteProcedure"):
        run('ErrorChangeParameter(epExecuteProcedure, "P")\n')


@pytest.mark.parametrize("call", ["ErrorChangeParameter(epDisplayMessage, False)",
                                  "ErreurChangeParamètre(epAfficheMessage, Faux)"])
def test_display_message_off_leaves_the_error_to_the_code(call: str) -> None:
    """It stopped the run ("not available outside the IDE"): accepted, the error recorded
    and nothing shown, the code going on."""
    err = io.StringIO()
    out = io.StringIO()
    wlinterp.run_source(f'Trace(P())\nPROCEDURE P()\n{call}\nfLoadText({MISSING})\n'
                        'RESULT "went on " + ErrorOccurred\n', "t.wl", stdout=out, stderr=err)
    assert out.getvalue() == "went on 1\n" and err.getvalue() == ""


def test_only_a_process_that_calls_it_gets_a_frame() -> None:
    python = compile_source('Trace(P())\nPROCEDURE P()\nRESULT 1\n'
                            'PROCEDURE Q()\nErrorChangeParameter(epResult, 0)\nRESULT 2\n',
                            "t.wl", defer=False).source_py
    assert python.count("error_mode_enter(") == 1


def test_exception_procedure_ends_the_process_or_the_program() -> None:
    """ExceptionChangeParameter (?3034007): opEndProcess ends the process, the caller goes
    on; opEndProgram, or no answer, ends the program with exit code 1."""
    out = io.StringIO()
    rt = wlinterp.run_source(
        'Trace("[" + P() + "]")\nExceptionChangeParameter(epExecuteProcedureOverall, G)\n'
        'ExceptionThrow(3)\nTrace("not reached")\n'
        'PROCEDURE P()\nExceptionChangeParameter(epExecuteProcedure, H)\nExceptionThrow(2)\n'
        'RESULT "x"\n'
        'PROCEDURE H()\nTrace("H", ExceptionInfo(errCode))\nRESULT opEndProcess\n'
        'PROCEDURE G()\nTrace("G", ExceptionInfo(errCode))\n',
        "t.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue() == "H, 2\n[]\nG, 3\n"
    assert rt.exit_code == 1


def test_an_exception_in_the_procedure_itself_is_not_handled_again() -> None:
    with pytest.raises(WLError, match="inside H"):
        run('P()\nPROCEDURE P()\nExceptionChangeParameter(epExecuteProcedure, H)\n'
            'ExceptionThrow(2)\n'
            'PROCEDURE H()\nExceptionThrow(9, "inside H")\n')


def test_a_tested_call_is_compiled_so_only_where_errors_are_handled_automatically() -> None:
    """?3034015: `IF NOT f()` and `f()` then `IF ErrorOccurred` are left to the code; a
    program with no CASE ERROR: nor ErrorChangeParameter gets no extra code."""
    plain = 'IF NOT fDelete("x") THEN Trace(1)\nfDelete("y")\nIF ErrorOccurred THEN Trace(2)\n'
    assert "error_test_enter" not in compile_source(plain, "t.wl").source_py
    handled = plain + 'PROCEDURE P()\nfDelete("z")\nCASE ERROR:\nTrace(3)\n'
    assert compile_source(handled, "t.wl").source_py.count("error_test_enter(") == 2


def test_a_callee_with_its_own_case_error_still_handles_a_tested_call_s_errors() -> None:
    code = ('Trace(P())\nPROCEDURE P()\nIF NOT Q() THEN RESULT "tested"\nRESULT "ok"\n'
            'CASE ERROR:\nRESULT "P case error"\n'
            f'PROCEDURE Q()\nfLoadText({MISSING})\nRESULT True\nCASE ERROR:\n'
            'Trace("Q case error")\nRESULT False\n')
    assert run(code) == "Q case error\ntested\n"
