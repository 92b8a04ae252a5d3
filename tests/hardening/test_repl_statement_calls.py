"""A method call without a result typed alone at the prompt (`o.Run()`, Run a method
without RESULT of o's class) runs as a statement; it was refused ("'C::Run' gives no
result (it has no RESULT): its call cannot be used as a value"), the REPL having wrapped
it to show its value. A call whose value is really used (`x = o.Run()`, `Trace(o.Run())`,
`o.Run() + 1`) is still refused, and a call with a result still shows it. The inputs go
through `run_lines`, the REPL's own non-interactive entry (repl/session.py)."""
from __future__ import annotations

import io

import pytest

from wlinterp.repl import ReplSession, run_lines

_CLASS_EN = ["CJob is Class", "m_n is int", "END",
             "PROCEDURE CJob::Run()", 'Trace("ran " + m_n)', "",
             "PROCEDURE CJob::Count()", "RESULT m_n + 41", "",
             "o is CJob"]
_CLASS_FR = ["CTache est une Classe", "m_n est un entier", "FIN",
             "PROCÉDURE CTache::Lance()", 'Trace("lancée " + m_n)', "",
             "PROCÉDURE CTache::Compte()", "RENVOYER m_n + 41", "",
             "o est un CTache"]


def _run(lines: list[str]) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    run_lines(lines, ReplSession(out, err))
    return out.getvalue(), err.getvalue()


@pytest.mark.parametrize("lines, shown", [
    (_CLASS_EN + ["o.Run()", "o.Count()", "o:Run()", "O.RUN()"], "ran 0\n41\nran 0\nran 0\n"),
    (_CLASS_FR + ["o.Lance()", "o.Compte()", "o:lance()"], "lancée 0\n41\nlancée 0\n"),
])
def test_a_method_without_result_typed_alone_runs(lines: list[str], shown: str) -> None:
    out, err = _run(lines)
    assert err == "", err
    assert out == shown, out


@pytest.mark.parametrize("lines, line", [
    (_CLASS_EN + ["x is int = o.Run()"], "x is int = o.Run()"),
    (_CLASS_EN + ["Trace(o.Run())"], "Trace(o.Run())"),
    (_CLASS_EN + ["Length(o.Run())"], "Length(o.Run())"),
    (_CLASS_FR + ["n est un entier = o.Lance()"], "n est un entier = o.Lance()"),
])
def test_a_method_without_result_used_as_a_value_is_refused(lines: list[str],
                                                            line: str) -> None:
    out, err = _run(lines)
    assert "gives no result (it has no RESULT): its call cannot be used as a value" in err
    assert line in err, err
    assert "ran" not in out and "lancée" not in out, out


def test_a_procedure_loaded_before_runs_alone_too() -> None:
    out, err = _run(["PROCEDURE Hello()", 'Trace("hello")', "", "Hello()",
                     "PROCÉDURE Salut()", 'Trace("salut")', "", "salut()"])
    assert (out, err) == ("hello\nsalut\n", "")


@pytest.mark.parametrize("lines, typed, caret", [
    (["n is int = 0", "1 / n"], "1 / n", 2),
    (["t is array of 2 int", "  t[5] + 1"], "  t[5] + 1", 2),
    (_CLASS_EN + ["o.Run() + 1"], "o.Run() + 1", 2),
    (["n est un entier = 0", "(n + 4) / N"], "(n + 4) / N", 8),
])
def test_an_expression_s_error_quotes_the_text_typed(lines: list[str], typed: str,
                                                     caret: int) -> None:
    """An expression typed alone runs wrapped in the prompt's own call that shows its
    value; its error quoted that wrapper (`WLReplShow(1 / n, "")`), its caret 11 columns
    to the right. It now quotes the input as typed, the caret on the part that failed."""
    _, err = _run(lines)
    assert "WLReplShow" not in err, err
    excerpt = err.splitlines()
    at = next(i for i, line in enumerate(excerpt) if line == "    " + typed)
    assert excerpt[at + 1] == "    " + " " * caret + "^", err
