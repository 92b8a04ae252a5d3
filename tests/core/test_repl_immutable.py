"""`<immutable>` at the prompt, as in a script (docs/semantics.md "An immutable variable's
parts, arguments and indirections"): a later input cannot assign the variable, an element
of it, or reach it through an indirection. Before, `x = 6` typed after the declaration was
read again as the comparison `x = 6` and showed False (the check refused the assignment,
and the prompt tried the text as an expression), and a later input's check did not know
the variable was immutable (`x++` made it 6)."""
from __future__ import annotations

import io

import pytest

from wlinterp.repl import ReplSession, run_lines

_LINES = {
    "en": ["nRate is int <immutable> = 5", "nRate = 6", "nRate++",
           "arrRates is array of int <immutable> = [1]", "arrRates[1] = 3",
           "ArrayAdd(arrRates, 2)", 'sName is string = "nRate"', "{sName} = 9",
           "Trace(nRate, arrRates[1], ArrayCount(arrRates))"],
    "fr": ["nTaux est un entier <immuable> = 5", "nTaux = 6", "nTaux++",
           "tabTaux est un tableau d'entiers <immuable> = [1]", "tabTaux[1] = 3",
           "TableauAjoute(tabTaux, 2)", 'sNom est une chaîne = "nTaux"', "{sNom} = 9",
           "Trace(nTaux, tabTaux[1], TableauOccurrence(tabTaux))"],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_immutable_kept_between_inputs(lang: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    s = ReplSession(stdout=out, stderr=err)
    run_lines(_LINES[lang], s)
    assert out.getvalue() == "5, 1, 1\n"  # (no False shown: `x = 6` is no comparison)
    errors = [line for line in err.getvalue().splitlines() if "error:" in line]
    name = "nRate" if lang == "en" else "nTaux"
    array = "arrRates" if lang == "en" else "tabTaux"
    assert len(errors) == 5, err.getvalue()
    assert errors[0].endswith(f"cannot assign to '{name}': it is declared immutable, its "
                              "value is the one its declaration gives")
    assert errors[1] == errors[0]
    assert f"cannot change '{array}'" in errors[2] and "(an element of it assigned)" in errors[2]
    assert f"cannot change '{array}'" in errors[3] and "would change its elements" in errors[3]
    assert errors[4].endswith(f"(through the indirection {{{name}}}).")


def test_an_assignment_refused_is_not_shown_as_a_comparison() -> None:
    out, err = io.StringIO(), io.StringIO()
    s = ReplSession(stdout=out, stderr=err)
    run_lines(["CONSTANT K = 3", "K = 4", "n is int", "n = 7", "n"], s)
    assert out.getvalue() == "7\n"
    assert "cannot assign to the constant 'K'" in err.getvalue()
