"""Names WLanguage does not have, which ported code writes (wlinterp/semantics/
other_names.py): the check and the run say what WLanguage writes instead."""
from __future__ import annotations

import io

from wlinterp.engine import run_source
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse


def _messages(text: str) -> list[str]:
    program = parse(text, "p.wl")
    return [d.message for d in analyze(program, load_stdlib(), unused=False).errors()]


def test_a_sort_constant_of_elsewhere_names_cc_ignore_case() -> None:
    found = _messages('t is array of strings = ["b", "A"]\n'
                      "ArraySort(t, asAscending + asIgnoreCase)\n")
    assert found == ["'asIgnoreCase' is not declared; ArraySort ignores case with "
                     "ccIgnoreCase: ArraySort(t, asAscending + ccIgnoreCase)"]
    found = _messages('t est un tableau de chaînes = ["b", "A"]\n'
                      "TableauTrie(t, ttCroissant + ttSansCasse)\n")
    assert found and "avec ccSansCasse" in found[0]


def test_the_run_warns_with_the_same_words() -> None:
    err = io.StringIO()
    run_source('t is array of strings = ["b", "A"]\nArraySort(t, asIgnoreCase)\n'
               "Trace(t[1])\n", "p.wl", stdout=io.StringIO(), stderr=err)
    assert "ArraySort ignores case with ccIgnoreCase" in err.getvalue()


def test_a_near_declared_name_is_still_suggested_first() -> None:
    found = _messages("asIgnoreCas is int\nTrace(asIgnoreCase)\n")
    assert found == ["'asIgnoreCase' is not declared; did you mean asIgnoreCas?"]


def test_a_method_of_elsewhere_on_an_array_names_seek() -> None:
    found = _messages("t is array of int = [1]\nTrace(t.Find(1))\n")
    assert found == ["'Find' is not a method of an array: no Array function is named so; "
                     "an array is searched with Seek: t.Seek(asLinear, value) (or "
                     "t.Contains(value)); a string with Position"]
