"""A built-in that raises BuiltinFailure without being declared `can_fail` (a slip in a
family: registry.py) ends in a WLanguage error, never an internal error (exit 70). Its
declaration says it has no non-fatal convention, so the failure is its fatal error: a
WLanguage exception with the failure's message, at the call's line, which WHEN EXCEPTION
catches; ErrorOccurred is not set (docs/builtins.md, "Undeclared failures").

The built-ins are a private registry's, lent to the shared one for each test only."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from wlinterp import run_source
from wlinterp.cli import main
from wlinterp.errors import BuiltinFailure, ErrCode, WLRuntimeError
from wlinterp.registry import REGISTRY, Family, Registry
from wlinterp.runtime.state import Runtime

_FAMILY = Family("Test (undeclared failures)", registry=Registry())


@_FAMILY.function("FailsUndeclared", "ÉchoueNonDéclaré")
def _fails_undeclared(rt: Runtime, what: object = "") -> bool:
    """Declared without can_fail, yet raises BuiltinFailure (the slip this guards)."""
    raise BuiltinFailure(f"FailsUndeclared: the {what} went wrong.", code=7)


@_FAMILY.function("FailsDeclared", "ÉchoueDéclaré", can_fail=True)
def _fails_declared(rt: Runtime) -> bool:
    """The same failure, declared: the non-fatal convention (for contrast)."""
    raise BuiltinFailure("FailsDeclared: it went wrong.", code=7)


@pytest.fixture(autouse=True)
def _lent(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, builtin in _FAMILY.registry.functions.items():
        monkeypatch.setitem(REGISTRY.functions, key, builtin)


def _run(text: str) -> str:
    out = io.StringIO()
    run_source(text, "undeclared.wl", stdout=out)
    return out.getvalue()


def test_wl_run_reports_a_wlanguage_error_not_an_internal_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = tmp_path / "undeclared.wl"
    script.write_text('Trace("before")\nb is boolean = FailsUndeclared("disk")\n'
                      'Trace("after")\n', encoding="utf-8")
    assert main(["run", str(script)]) == 1  # an uncaught WLanguage error, not 70
    captured = capsys.readouterr()
    assert captured.out.split() == ["before"]
    assert f"{script}:2:" in captured.err
    assert "FailsUndeclared: the disk went wrong." in captured.err
    assert "internal error" not in captured.err and "Traceback" not in captured.err


def test_the_failure_is_an_exception_when_exception_catches() -> None:
    out = _run('WHEN EXCEPTION IN\n  FailsUndeclared("file")\n'
               'DO\n  Trace(ExceptionInfo(errMessage))\n  Trace(ExceptionInfo(errCode))\n'
               '  Trace(ErrorOccurred)\nEND\nTrace("went on")\n')
    assert out.splitlines() == ["FailsUndeclared: the file went wrong.",
                                str(ErrCode.RUNTIME), "0", "went on"]


def test_french_name_in_a_procedure_fails_at_its_line() -> None:
    with pytest.raises(WLRuntimeError) as caught:
        _run("x est un booléen = P()\n\nPROCÉDURE P()\n"
             "b est un booléen = ÉchoueNonDéclaré(\"lien\")\nRENVOYER b\n")
    # named as the call wrote it, as every built-in's message is (shown_names.py)
    assert caught.value.message == "ÉchoueNonDéclaré: the lien went wrong."
    assert caught.value.line == 4


def test_a_declared_failure_keeps_the_non_fatal_convention() -> None:
    out = _run("b is boolean = FailsDeclared()\nTrace(b)\nTrace(ErrorOccurred)\n"
               "Trace(ErrorInfo(errMessage))\n")
    assert out.splitlines() == ["0", "1", "FailsDeclared: it went wrong."]


def test_the_repl_reports_it_and_keeps_the_session() -> None:
    from wlinterp.repl import ReplSession, run_lines
    out, err = io.StringIO(), io.StringIO()
    session = ReplSession(stdout=out, stderr=err)
    run_lines(['FailsUndeclared("input")', 'Trace("still here")'], session)
    assert "FailsUndeclared: the input went wrong." in err.getvalue()
    assert "internal error" not in err.getvalue()
    assert out.getvalue().splitlines() == ["still here"]


def test_in_a_thread_it_is_the_thread_s_error() -> None:
    with pytest.raises(WLRuntimeError) as caught:
        _run('ThreadExecute("t1", threadNormal, Work)\nThreadWait("t1")\n\n'
             'PROCEDURE Work()\nFailsUndeclared("task")\n')
    assert caught.value.message == "in thread 't1': FailsUndeclared: the task went wrong."
