"""`{"Total"}(t)`: a procedure called through an indirection (it was refused, "this
expression cannot be called", WL111; docs/semantics.md "Indirection"). The run stops at
a refused argument where a direct call does, at the brace when no procedure has the
name; a computed name may call any procedure, so no body is said never run (WL203).
Also a method of the class named alone as a callback in its class's method, and a lambda
named in an error's calls."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json, check_places, run_lines, run_stop


@pytest.mark.parametrize("text, column", [
    ("t is array of 3 int\nTrace({\"Total\"}(1, t))\n"
     "PROCEDURE Total(a is int, n is int)\nRESULT n\n", 20),
    ("t est un tableau de 3 entiers\nTrace({\"to\" + \"tal\"}(\"(\", t) + 1)\n"
     "PROCÉDURE Total(s est une chaîne, n est un entier)\nRENVOYER n\n", 27),
])
def test_a_refused_argument_stops_at_the_argument(text: str, column: int) -> None:
    error = run_stop(text)
    assert "array cannot be used as a number" in str(error)
    assert (error.line, error.column) == (2, column)  # type: ignore[attr-defined]
    assert text.splitlines()[1][column - 1] == "t"
    assert error.stack == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", [
    "sP is string = \"Nope\"\nTrace({sP}(1))\n",
    "sP est une chaîne = \"Absente\"\nTrace(1, {sP}(1))\n",
])
def test_no_procedure_of_that_name_stops_at_the_brace(text: str) -> None:
    error = run_stop(text)
    assert "there is no procedure named" in str(error)
    line = text.splitlines()[1]
    assert error.column == line.index("{") + 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", [
    "Trace({\"Step\" + 2}(1))\nPROCEDURE Step1(n)\nRESULT n + 1\n"
    "PROCEDURE Step2(n)\nRESULT n + 2\n",
    "i est un entier = 2\nTrace({\"Étape\" + i}(1))\nPROCÉDURE Étape1(n)\nRENVOYER n + 1\n"
    "PROCÉDURE Étape2(n)\nRENVOYER n + 2\n",
])
def test_a_computed_name_leaves_every_procedure_callable(text: str) -> None:
    assert run_lines(text) == ["3"]
    assert check_places(text, "WL203") == []
    assert check_places(text, "WL111") == []


def test_a_literal_name_still_lets_the_others_be_told_never_run() -> None:
    text = ("Trace({\"Step1\"}(1))\nPROCEDURE Step1(n)\nRESULT n + 1\n"
            "PROCEDURE Step2(n)\nRESULT n + 2\n")
    assert check_places(text, "WL203") == [(5, 1)]


@pytest.mark.parametrize("text", [
    "CS is Class\nEND\nt is array of int = [3, 1, 2]\no is CS\no.Go(t)\n"
    "Trace(t[1])\nPROCEDURE CS.Go(t is array of int)\nArraySort(t, asFunction, Cmp)\n"
    "PROCEDURE CS.Cmp(a is int, b is int)\nRESULT b - a\n",
    "CS est une Classe\nFIN\nt est un tableau d'entiers = [3, 1, 2]\no est un CS\n"
    "o.Va(t)\nTrace(t[1])\nPROCÉDURE CS.Va(t est un tableau d'entiers)\n"
    "TableauTrie(t, ttFonction, CMP)\nPROCÉDURE GLOBALE CS.Cmp(a, b)\nRENVOYER b - a\n",
])
def test_a_method_named_alone_as_a_callback_is_passed(text: str) -> None:
    assert run_lines(text) == ["3"]
    assert check_places(text, "WL104") == []


@pytest.mark.parametrize("text", [
    "t is array of int = [3, 1, 2]\nArraySort(t, asFunction, (a, b) => 10 / (a - a))\n",
    "t est un tableau d'entiers = [3, 1, 2]\n"
    "TableauTrie(t, ttFonction, (a, b) => 10 / (a - a))\n",
])
def test_a_lambda_is_named_so_in_the_calls(text: str) -> None:
    error = run_stop(text)
    assert error.stack == ["in a lambda", "in the main code, line 2"]  # type: ignore[attr-defined]


def test_what_a_call_by_indirection_gives_called_again_is_named() -> None:
    """`{"P"}(1)(2)`: P's result called; the error named it 'this value(...)'."""
    error = run_stop("{\"P\"}(1)(2)\nPROCEDURE P(x = 0)\nRESULT x + 1\n")
    assert "'{...}(...)' holds a value of type integer" in str(error)


@pytest.mark.parametrize("text, words", [
    ("Trace({\"Totl\"}(3))\nPROCEDURE Total(n)\nRESULT n\n", "did you mean Total?"),
    ("n est un entier = {\"Absente\"}(3) + 1\nTrace(n)\n", "'Absente' (called through"),
    ("Trace({\"Trace\"}(3))\n", "'Trace' (called through the indirection {\"Trace\"})"),
])
def test_a_literal_name_nothing_has_is_told_where_the_run_stops(
        text: str, words: str, tmp_path: Path) -> None:
    """WL102 at the brace (the check said nothing; the run stopped there)."""
    found = check_places(text, "WL102")
    assert len(found) == 1
    error = run_stop(text)
    assert "there is no procedure named" in str(error)
    assert (error.line, error.column) == found[0]  # type: ignore[attr-defined]
    path = tmp_path / "t.wl"
    path.write_text(text, encoding="utf-8")
    messages = [d["message"] for d in check_json(path) if d["code"] == "WL102"]
    assert len(messages) == 1 and words in str(messages[0])


@pytest.mark.parametrize("text", [
    "Trace({\"TOTAL\"}(3))\nPROCEDURE Total(n)\nRESULT n\n",
    "p est une procédure = Total\nTrace({\"p\"}(3))\nPROCÉDURE Total(n)\nRENVOYER n\n",
    "Compile(\"Dyn\", \"RESULT 1\")\nTrace({\"Dyn\"}())\n",
])
def test_a_name_the_run_reaches_is_not_told(text: str) -> None:
    assert check_places(text, "WL102") == []


@pytest.mark.parametrize("text, message", [
    ("Trace({\"Total\"}())\nPROCEDURE Total(n)\nRESULT n * 2\n",
     "Total expects 1 parameter(s) but received 0"),
    ("Trace(1, {\"Remise\"}(100, 5, 3))\nPROCÉDURE Remise(m, n = 10)\nRENVOYER m * n / 100\n",
     "Remise expects 1 to 2 parameter(s) but received 3"),
])
def test_a_literal_name_given_the_wrong_count_is_refused_by_check_and_run_alike(
        text: str, message: str) -> None:
    """`{"Total"}()`: the run stopped ("wrong number of arguments for Total (0 given)")
    while wl check said nothing; now WL104 at the brace in the run's words."""
    error = run_stop(text)
    assert message + "." in str(error)
    line = text.splitlines()[0]
    assert error.column == line.index("{") + 1  # type: ignore[attr-defined]
    assert check_places(text, "WL104") == [(1, line.index("{") + 1)]


def test_a_literal_name_given_the_right_count_is_not_refused() -> None:
    text = "Trace({\"Remise\"}(100, 5), {\"remise\"}(200))\nPROCÉDURE Remise(m, n = 10)\n" \
           "RENVOYER m * n / 100\n"
    assert run_lines(text) == ["5, 20"]
    assert check_places(text, "WL104") == []


@pytest.mark.parametrize("name", ["CalculProce\u0301dure", "CALCULPROCEDURE"])
def test_a_name_decomposed_or_unaccented_in_a_string_calls_the_procedure(name: str) -> None:
    """`ExécuteTraitement("CalculProce\u0301dure", ...)`: a text saved decomposed (NFD)
    or written without its accent names CalculProcédure as the run finds it; `wl check`
    said its body was never run (WL203: the string was compared as written)."""
    text = (f'ExécuteTraitement("{name}", trtProcédure)\nTrace({{"{name}"}}(2))\n'
            "PROCÉDURE CalculProcédure(n = 1)\nTrace(n)\n")
    assert run_lines(text) == ["1", "2", ""]  # (the last: Trace of its no result)
    assert check_places(text, "WL203") == []
