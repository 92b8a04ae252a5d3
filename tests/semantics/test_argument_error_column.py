"""An array, a row, a structure, an object or a literal given to a parameter declared a
number, a text or an array (`Total(t)`, `o.Add("a", t[1])`, `TakeArray(5)`): the run
stops at the caller's argument, where `wl check` puts WL116, and the callee is not in
its calls; its caret was at the callee's parameter, in the callee's header
(run_errors.py `_refused_argument`, argument_place.py `argument_column`). So are a
method reached through a member (`o.m_sub.Add(t)`, `st.o.Add(t)`), an internal
procedure, a procedure variable (`p(t)`, which `wl check` does not judge) and a
constructor (`o is CB(t)`, `new CB(t)`, `LOCAL o is CB(t)`, `o1, o2 are CB(t)`, now
WL116 too), and a call written over lines: they kept the callee's header (5 Dec 2026,
L); so did two objects created in one line (`Trace(new CB(1), new CB(t))`) and a procedure
called by ExecuteProcess with trtProcedure (5 Dec 2026 afternoon, L)."""
from __future__ import annotations

import pytest

from wl_test_helpers import check_places, run_stop

_CLASS_EN = "CA is Class\n\tk is int\nEND\no is CA\n"
_CLASS_FR = "CA est une Classe\n\tk est un entier\nFIN\no est un CA\n"
_POINT_EN = "STPoint is Structure\n\tx is int\nEND\np is STPoint\n"
_POINT_FR = "STPoint est une Structure\n\tx est un entier\nFIN\np est un STPoint\n"
_HOLDER_EN = ("CB is Class\n\tk is int\nEND\nCA is Class\n\tm_sub is CB\nEND\n"
              "ST is Structure\n\to is CB\nEND\no is CA\nst is ST\nt is array of 3 int\n")
_HOLDER_FR = ("CB est une Classe\n\tk est un entier\nFIN\nCA est une Classe\n\tm_sous est un CB\n"
              "FIN\no est un CA\nt est un tableau de 3 entiers\n")

PROGRAMS = [  # (program, the run's words, what the caret is on)
    ("t is array of 3 int\nx is int = 2\nTrace(x + Total(t))\n"
     "PROCEDURE Total(n is int)\nRESULT n + 1\n", "array cannot be used as a number", "t"),
    ("t is array of 3 by 2 int\nTrace(Total(1, t[2]))\n"
     "PROCEDURE Total(a, n is int)\nRESULT n + 1\n", "array cannot be used", "t"),
    (_CLASS_EN + "t is array of 3 by 2 int\nTrace(o.Add(\"a, (\", t[1]))\n"
     "PROCEDURE CA::Add(s is string, n is int)\nRESULT n + 1\n", "array cannot be", "t"),
    (_POINT_EN + "Show(1, p)\nPROCEDURE Show(a is int, s is string)\nTrace(a, s)\n",
     "STPoint (a structure) cannot be converted", "p"),
    ("TakeArray(5)\nPROCEDURE TakeArray(t is array of int)\nTrace(ArrayCount(t))\n",
     "integer cannot be stored in an array", "5"),
    (_CLASS_FR + "Compte(o)\nPROCÉDURE Compte(n est un entier)\nTrace(n)\n",
     "CA (an object) cannot be used as a number", "o"),
    ("tab est un tableau de 2 par 2 entiers\nÉCRIS(tab[2])\n"
     "PROCÉDURE Écris(s est une chaîne)\nTrace(s)\n", "array cannot be", "t"),
    (_POINT_FR + "n est un entier = 2\nTrace(n, Montre(n, p))\n"
     "PROCÉDURE Montre(a est un entier, s est une chaîne)\nRENVOYER s\n",
     "STPoint (a structure) cannot be converted", "p"),
    (_HOLDER_EN + "Trace(1, o.m_sub.Add(t))\nPROCEDURE CB::Add(n is int)\nRESULT n\n",
     "array cannot be used as a number", "t"),
    (_HOLDER_EN + "Trace(st.o.Add(1), st.o.Add(t))\nPROCEDURE CB::Add(n is int)\nRESULT n\n",
     "array cannot be used as a number", "t"),
    (_HOLDER_FR + "Trace(o.m_sous.Ajoute(\"(\", t))\n"
     "PROCÉDURE CB::Ajoute(s est une chaîne, n est un entier)\nRENVOYER n\n",
     "array cannot be used as a number", "t"),
    # a constructor's arguments (WL116 since 5 Dec 2026, L: nothing was said)
    ("t is array of 3 int\nCB is Class\n\tk is int\nEND\no is CB(\"a, (\", t)\n"
     "PROCEDURE CB::Constructor(s is string, n is int)\n:k = n\n",
     "array cannot be used as a number", "t"),
    ("t is array of 3 int\nCB is Class\n\tk is int\nEND\np is CB dynamic\n"
     "p = new CB(\"a\", t)\nPROCEDURE CB::Constructor(s is string, n is int)\n:k = n\n",
     "array cannot be used as a number", "t"),
    (_POINT_FR + "CB est une Classe\n\tk est un entier\nFIN\no est un CB(p)\n"
     "PROCÉDURE CB::Constructeur(n est un entier)\n:k = n\n",
     "(a structure) cannot be used as a number", "p"),
    # a call written over lines: at the argument on its own line (it was at the callee's
    # header, the statement's first line only being read: 5 Dec 2026, L)
    ("t is array of 3 int\nx is int = Total(1,\n\tt)\nTrace(x)\n"
     "PROCEDURE Total(a is int, n is int)\nRESULT n + 1\n", "array cannot be used", "t"),
    (_CLASS_FR + "t est un tableau de 3 entiers\nTrace(o.Ajoute(\"a, (\", ... // suite\n"
     "\t\tt))\nPROCÉDURE CA::Ajoute(s est une chaîne, n est un entier)\nRENVOYER n + 1\n",
     "array cannot be used", "t"),
    ("t is array of 3 int\nCB is Class\n\tk is int\nEND\nLOCAL o is CB(1, ...\n   t)\n"
     "PROCEDURE CB::Constructor(a is int, n is int)\n:k = n\n", "array cannot be", "t"),
    # the same procedure called twice, once compiled for ints (`p_total__int(1, 2) +
    # p_total(1, v_t)`): the calls were not counted alike, the caret at Total's header
    ("t is array of 3 int\nTrace(Total(1, 2) + Total(1, t))\n"
     "PROCEDURE Total(a is int, n is int)\nRESULT n + 1\n", "array cannot be used", "t"),
    ("t est un tableau de 3 entiers\nTrace(Total(1, 2) + Total(1, ...\n\tt))\n"
     "PROCÉDURE Total(a est un entier, n est un entier)\nRENVOYER n + 1\n",
     "array cannot be used", "t"),
    # declared LOCAL, or several at once: at the argument too (they were at the callee's
    # header, the declaration's words not being read: 5 Dec 2026, L)
    ("t is array of 3 int\nCB is Class\n\tk is int\nEND\nLOCAL o is CB(\"(\", t)\n"
     "PROCEDURE CB::Constructor(s is string, n is int)\n:k = n\n",
     "array cannot be used as a number", "t"),
    ("t is array of 3 int\nCB is Class\n\tk is int\nEND\no1, o2 ARE CB(t)\n"
     "PROCEDURE CB::Constructor(n is int)\n:k = n\n", "array cannot be used as a number", "t"),
    (_POINT_FR + "CB est une Classe\n\tk est un entier\nFIN\nlocale o est un CB(p)\n"
     "PROCÉDURE CB::Constructeur(n est un entier)\n:k = n\n",
     "(a structure) cannot be used as a number", "p"),
    (_POINT_FR + "CB est une Classe\n\tk est un entier\nFIN\no1, o2 sont des CB(p)\n"
     "PROCÉDURE CB::Constructeur(n est un entier)\n:k = n\n",
     "(a structure) cannot be used as a number", "p"),
    (_POINT_FR + "CB est une Classe\n\tk est un entier\nFIN\nq est un CB dynamique\n"
     "q = nouveau CB(p)\nPROCÉDURE CB::Constructeur(n est un entier)\n:k = n\n",
     "(a structure) cannot be used as a number", "p"),
]


def _stop(text: str) -> tuple[str, int, int, list[str]]:
    error = run_stop(text)
    return (str(error), error.line, error.column,  # type: ignore[attr-defined]
            error.stack)  # type: ignore[attr-defined]


@pytest.mark.parametrize("text, words, at", PROGRAMS)
def test_the_run_stops_at_the_argument_where_the_check_reports(text: str, words: str,
                                                                at: str) -> None:
    found = check_places(text, "WL116")
    assert len(found) == 1, found
    message, line, column, stack = _stop(text)
    assert words in message
    assert (line, column) == found[0]
    assert text.splitlines()[line - 1][column - 1] == at
    assert stack == []  # the error is the caller's: the callee is not among its calls


def test_a_caller_in_a_procedure_keeps_its_own_calls() -> None:
    text = (_POINT_EN + "Outer(p)\nPROCEDURE Outer(q is STPoint)\nn is int = 3\n"
            "Trace(n, Show(n, q))\nPROCEDURE Show(a is int, s is string)\nRESULT s\n")
    message, line, column, stack = _stop(text)
    assert (line, column) == (8, 18)
    assert stack == ["in procedure Outer", "in the main code, line 5"]


def test_a_value_refused_inside_the_procedure_stays_there() -> None:
    """Only the parameter's own conversion moves to the caller: the same value refused
    by a statement of the procedure stops at that statement."""
    text = ("t is array of 3 int\nTrace(Twice(t))\nPROCEDURE Twice(v)\nn is int = 1\n"
            "n = v\nRESULT n\n")
    message, line, column, stack = _stop(text)
    assert "array cannot be used as a number" in message
    assert line == 5
    assert stack == ["in procedure Twice", "in the main code, line 2"]


@pytest.mark.parametrize("text, column", [
    ("t is array of 3 int\np is procedure = Total\nTrace(p(t))\n"
     "PROCEDURE Total(n is int)\nRESULT n + 1\n", 9),
    ("t is array of 3 int\np is procedure = Total\nTrace(p(1) + P(t))\n"
     "PROCEDURE Total(n is int)\nRESULT n + 1\n", 16),
    ("t est un tableau de 3 entiers\np est une procédure = Total\nTrace(p(\"x\", t))\n"
     "PROCÉDURE Total(s est une chaîne, n est un entier)\nRENVOYER n + 1\n", 14),
])
def test_a_procedure_variable_called_stops_at_its_argument(text: str, column: int) -> None:
    """`p(t)`, p holding a procedure: at the argument (it was at Total's parameter)."""
    message, line, found, stack = _stop(text)
    assert "array cannot be used as a number" in message
    assert (line, found) == (3, column)
    assert stack == []


@pytest.mark.parametrize("text, outer", [
    ("Trace(Outer([1, 2]))\nPROCEDURE Outer(tt is array of int)\n"
     "INTERNAL PROCEDURE Inner(n is int)\n\tRESULT n\nEND\nRESULT Inner(tt)\n", "Outer"),
    ("Trace(Externe([1, 2]))\nPROCÉDURE Externe(tt est un tableau d'entiers)\n"
     "PROCÉDURE INTERNE Compte(s est une chaîne, n est un entier)\n\tRENVOYER n\nFIN\n"
     "RENVOYER Compte(\"a\", tt)\n", "Externe"),
])
def test_an_internal_procedure_s_argument_is_in_its_caller(text: str, outer: str) -> None:
    """At the argument in the enclosing procedure, where WL116 is; that procedure's call
    stays in the stack, the internal procedure is not in it."""
    found = check_places(text, "WL116")
    message, line, column, stack = _stop(text)
    assert "array cannot be used as a number" in message
    assert [(line, column)] == found
    assert text.splitlines()[line - 1][column - 1:column + 1] == "tt"
    assert stack == [f"in procedure {outer}", "in the main code, line 1"]


@pytest.mark.parametrize("text, column", [
    ("t is array of 3 int\nCB is Class\n\tk is int\nEND\nTrace(new CB(1), new CB(t))\n"
     "PROCEDURE CB::Constructor(n is int)\n:k = n\n", 25),
    ("t is array of 3 int\nCB is Class\n\tk is int\nEND\nTrace(new CB(t), new CB(1))\n"
     "PROCEDURE CB::Constructor(n is int)\n:k = n\n", 14),
    (_POINT_FR + "CB est une Classe\n\tk est un entier\nFIN\n"
     "Trace(nouveau CB(1), NOUVEAU cb(p))\nPROCÉDURE CB::Constructeur(n est un entier)\n"
     ":k = n\n", 33),
])
def test_two_objects_created_in_one_line_stop_at_the_argument(text: str, column: int) -> None:
    """Two objects created in the line: the one at the same rank among the line's
    creations (it was at the constructor's parameter, in its header)."""
    message, line, found, stack = _stop(text)
    assert "cannot be used as a number" in message
    assert text.splitlines()[line - 1].startswith("Trace(")
    assert found == column
    assert (line, found) in check_places(text, "WL116")
    assert stack == []


@pytest.mark.parametrize("text, column", [
    ("t is array of 3 int\nTrace(ExecuteProcess(\"Total\", trtProcedure, t))\n"
     "PROCEDURE Total(n is int)\nRESULT n + 1\n", 45),
    ("t is array of 3 int\nTrace(ExecuteProcess(\"Total\", trtProcedure, 1) + "
     "ExecuteProcess(\"Total\", trtProcedure, \"a\", t))\n"
     "PROCEDURE Total(s is string, n is int = 0)\nRESULT n + 1\n", 93),
    ("t est un tableau de 3 entiers\nTrace(ExécuteTraitement(\"Total\", trtProcédure, t))\n"
     "PROCÉDURE Total(n est un entier)\nRENVOYER n + 1\n", 48),
])
def test_a_procedure_called_by_execute_process_stops_at_its_argument(
        text: str, column: int) -> None:
    """ExecuteProcess(name, trtProcedure, t): the procedure's parameter refused the
    built-in's third argument: at it (it was at the procedure's header)."""
    message, line, found, stack = _stop(text)
    assert "array cannot be used as a number" in message
    assert (line, found) == (2, column)
    assert text.splitlines()[1][column - 1] == "t"
    assert stack == []


@pytest.mark.parametrize("text, column", [
    (_POINT_EN + "ThreadExecute(\"t1\", threadNormal, Worker, p)\nThreadWait(\"t1\")\n"
     "PROCEDURE Worker(n is int)\nTrace(n)\n", 43),
    (_POINT_FR + "threadexécute(\"t1\", threadNormal, \"Travail\", 1, p)\n"
     "ThreadAttend(\"t1\")\nPROCÉDURE Travail(a, n est un entier)\nTrace(n)\n", 49),
    (_POINT_EN + "ThreadExecute(\"t1\", threadNormal, (n is int) => Trace(n), p)\n"
     "ThreadWait(\"t1\")\n", 59),
])
def test_a_procedure_started_by_thread_execute_stops_at_its_argument(
        text: str, column: int) -> None:
    """ThreadExecute(name, mode, Worker, p): the thread's procedure refused the value
    given after the procedure: at that argument, in the line starting the thread, no
    calls listed (it was at Worker's parameter, in its header: 5 Dec 2026 evening, L)."""
    message, line, found, stack = _stop(text)
    assert "in thread 't1': A value of type STPoint (a structure)" in message
    assert (line, found) == (5, column)
    assert text.splitlines()[4][column - 1] == "p"
    assert stack == []


@pytest.mark.parametrize("text, line, words", [
    ("n is int = 1\nThreadExecute(\"t1\", threadNormal, Work, n, 2)\nThreadWait(\"t1\")\n"
     "PROCEDURE Work(v is int)\nTrace(v)\n", 2, "Work expects 1 parameter(s) but received 2."),
    ("Lance()\nPROCÉDURE Lance()\nthreadexécute(\"t1\", threadNormal, \"Travail\")\n"
     "ThreadAttend(\"t1\")\nPROCÉDURE Travail(a, b)\nTrace(a)\n", 3,
     "Travail expects 2 parameter(s) but received 0."),
])
def test_a_thread_s_procedure_given_a_wrong_count_stops_at_thread_execute(
        text: str, line: int, words: str) -> None:
    """ThreadExecute(name, mode, Work, 1, 2) with Work taking one parameter: the thread
    ran no WLanguage line, so its error had no position ("<string>: error: in thread
    't1': ..."): it is now at the line that started the thread, at its call."""
    message, found_line, column, _ = _stop(text)
    assert f"in thread 't1': {words}" in message
    assert (found_line, column) == (line, 1)


def test_a_value_refused_inside_a_thread_s_procedure_stays_there() -> None:
    text = ("t is array of 3 int\nThreadExecute(\"t1\", threadNormal, Worker, t)\n"
            "ThreadWait(\"t1\")\nPROCEDURE Worker(v)\nn is int = 1\nn = v\n")
    message, line, column, stack = _stop(text)
    assert "array cannot be used as a number" in message
    assert (line, column) == (6, 1)
    assert stack == ["in procedure Worker", "in the main code, line 2"]


@pytest.mark.parametrize("text, column", [
    (_POINT_EN + "t is array of STPoint\nArrayAdd(t, p)\nArrayAdd(t, p)\n"
     "ArraySort(t, asFunction, (a is int, b is int) => { RESULT a - b })\n", 27),
    (_POINT_FR + "t est un tableau de STPoint\nTableauAjoute(t, p)\nTableauAjoute(t, p)\n"
     "TableauTrie(t, ttFonction, (x est un entier, y) => x - y)\n", 29),
])
def test_a_value_a_lambda_refuses_stops_at_its_parameter(text: str, column: int) -> None:
    """ArraySort calling a lambda whose parameter refuses the elements: the run stops at
    the lambda's parameter, as a named procedure's stops at its header's (it was at the
    lambda's `(`, all its parameters being placed there: 5 Dec 2026 night, L)."""
    message, line, found, stack = _stop(text)
    assert "STPoint (a structure) cannot be used as a number" in message
    assert (line, found) == (8, column)
    assert text.splitlines()[7][column - 1] in "ax"
    assert stack and "lambda" in stack[0]
