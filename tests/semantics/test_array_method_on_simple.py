"""`n.Add(1)`, `s.Ajoute("x")`: an Array function called as a method of a variable
declared a number, a boolean or a plain string stops the run ("Add expects an array, not
a value of type integer"); `wl check` says so before (WL115), with the run's words, at
the method's name. A string's own methods (`s.Delete`, `s.Insert`) and an array's are
not reported (semantics/value_method_calls.py array_method_on_simple). So are the
functions of stacks and queues (`n.DeleteAll()`, `n.Push(1)`: the check said nothing
and the run stopped, 5 Dec 2026 night, L)."""
from __future__ import annotations

from pathlib import Path

import pytest

from wlinterp.errors import WLRuntimeError
from wl_test_helpers import check_json, run_captured, run_stop, write


@pytest.mark.parametrize("text,col,message", [
    ("n is int = 3\nn.Add(1)\n", 3, "Add expects an array, not a value of type integer"),
    ('s is string = "a"\ns.Add("x")\n', 3, "Add expects an array, not a value of type string"),
    ("r is real = 1.5\nr.Sort()\n", 3, "Sort expects an array, not a value of type real"),
    ("n est un entier = 3\nn.Ajoute(1)\n", 3,
     "Ajoute expects an array, not a value of type integer"),
    ('s est une chaîne = "a"\ns.TRIE()\n', 3, "TRIE expects an array, not a value of type string"),
    ("b est un booléen = Vrai\nb.Cherche(tcLinéaire, 1)\n", 3,
     "Cherche expects an array, not a value of type boolean"),
    ("n is int = 3\nn.DeleteAll()\n", 3, "DeleteAll expects an array, a Stack variable or "
     "a Queue variable, not a value of type integer"),
    ('s est une chaîne = "a"\ns.supprimetout()\n', 3, "supprimetout expects an array, a "
     "Stack variable or a Queue variable, not a value of type string"),
    ("n is int = 3\nn.Push(1)\n", 3, "Push expects a Stack variable, not a value of type "
     "integer"),
    ("n est un entier = 3\nn.Dépile()\n", 3, "Dépile expects a Stack variable, not a value "
     "of type integer"),
    ("b is boolean = True\nb.Enqueue(2)\n", 3, "Enqueue expects a Queue variable, not a value "
     "of type boolean"),
    ("r est un réel = 1.5\nr.DEFILE()\n", 3, "DEFILE expects a Queue variable, not a value "
     "of type real"),
])
def test_an_array_method_on_a_simple_value_is_said_where_the_run_stops(
        text: str, col: int, message: str, tmp_path: Path) -> None:
    path = write(tmp_path, "m.wl", text)
    found = [(d["code"], d["line"], d["column"], d["message"]) for d in check_json(path)
             if str(d["code"]).startswith("WL1")]
    assert found == [("WL115", 2, col, message)]
    with pytest.raises(WLRuntimeError) as stopped:
        run_captured(path)
    assert message + "." in str(stopped.value)


def test_own_methods_and_arrays_are_not_reported(tmp_path: Path) -> None:
    text = ('s is string = "abc"\ns.Delete("b")\ns.Insert("x", 1)\nt is array of int\n'
            "t.Add(1)\nt.Ajoute(2)\nt.Trie()\nTrace(s, t.Count())\n"
            'ch est une chaîne = "abc"\nTrace(ch.Occurrence("b"), ch.Remplace("a", "z"))\n')
    path = write(tmp_path, "m.wl", text)
    assert [d for d in check_json(path) if str(d["code"]).startswith("WL1")] == []
    out, err = run_captured(path)
    assert err == "" and out.splitlines() == ["abc, 2", "1, zbc"]


def test_stacks_queues_and_arrays_emptied_by_delete_all_are_not_reported(
        tmp_path: Path) -> None:
    text = ("s is Stack of int\ns.Push(1)\nq est une File d'entiers\nq.Enfile(2)\n"
            "t is array of int = [1, 2]\nTrace(s.Empty, q.Vide, t.Count())\n"
            "s.DeleteAll()\nq.SupprimeTout()\nt.DeleteAll()\nTrace(s.Empty, q.Vide, t.Count())\n")
    path = write(tmp_path, "m.wl", text)
    assert [d for d in check_json(path) if str(d["code"]).startswith("WL1")] == []
    out, err = run_captured(path)
    assert err == "" and out.splitlines() == ["0, 0, 2", "1, 1, 0"]


@pytest.mark.parametrize("text", ["n is int = 3\nn.Count()\n",
                                  "n est un entier = 3\nn.OCCURRENCE()\n"])
def test_a_method_statement_that_fails_stops_at_the_method_name(text: str) -> None:
    """A method call alone on its line whose function refuses the value stops at the
    method's name, where `wl check` puts its carets (it was at the dot)."""
    error = run_stop(text)
    assert "give the text to count" in str(error)
    assert (error.line, error.column) == (2, 3)  # type: ignore[attr-defined]


def test_a_wrong_count_is_said_as_a_count(tmp_path: Path) -> None:
    path = write(tmp_path, "m.wl", 's is string = "a"\ns.Add(1, 2, 3, 4)\n')
    codes = [d["code"] for d in check_json(path) if str(d["code"]).startswith("WL1")]
    assert codes == ["WL104"]


@pytest.mark.parametrize("text,message", [
    ("n is int = 3\nTrace(n.Count())\n", "Count: give the text to count as second parameter "
     "when counting in a string, or count an array"),
    ("b est un booléen = Vrai\nTrace(b.Occurrence())\n", "Occurrence: give the text to "
     "count as second parameter when counting in a string, or count an array"),
])
def test_count_as_a_method_of_a_number_is_said_where_the_run_stops(
        text: str, message: str, tmp_path: Path) -> None:
    """`n.Count()` on a number or a boolean: Count's own words, as `Count(n)` has them
    (WL104 at the method's name); the check said nothing, the run stopped at the line's
    start (5 Dec 2026 night, L)."""
    path = write(tmp_path, "m.wl", text)
    found = [(d["code"], d["line"], d["column"], d["message"]) for d in check_json(path)
             if str(d["code"]).startswith("WL1")]
    assert found == [("WL104", 2, 9, message)]
    error = run_stop(text)
    assert message + "." in str(error)
    assert (error.line, error.column) == (2, 9)  # type: ignore[attr-defined]
