"""`p..Size`, `p.Size`, `p.Name = "x"`, `p..Nom = "x"`, p a variable declared a Procedure:
its value has no members and one property, Name (read only). The run stops at the
name ("A value of type procedure has no property 'Size' (Name).", "... has no member
'Name'."); `wl check` now says WL109 there with the same words (it said nothing, and a
member read stopped the run at the statement's start). 5 Dec 2026 late night, L."""
from __future__ import annotations

import pytest

from wl_test_helpers import check_places, stop_where_checked

_EN = "p is procedure = MyProc\n"
_FR = "p est une Procédure = MaProc\n"
_PROCS_EN = "PROCEDURE MyProc(n)\nRESULT n + 1\n"
_PROCS_FR = "PROCÉDURE MaProc(n)\nRENVOYER n + 1\n"


@pytest.mark.parametrize("body,words,first", [
    (_EN + "Trace(p..Size)\n" + _PROCS_EN,
     "A value of type procedure has no property 'Size' (Name).", "S"),
    (_EN + "Trace(p.Size)\n" + _PROCS_EN, "A value of type procedure has no member 'Size'.",
     "S"),
    (_EN + 'p.Name = "x"\n' + _PROCS_EN, "A value of type procedure has no member 'Name'.",
     "N"),
    (_FR + "Trace(p..Taille)\n" + _PROCS_FR,
     "A value of type procedure has no property 'Taille' (Name).", "T"),
    (_FR + 'p..Nom = "x"\n' + _PROCS_FR, "A value of type procedure has no member 'Nom'.",
     "N"),
    ("Show(Show)\nPROCEDURE Show(LOCAL q is procedure)\nTrace(q..Lenght)\n",
     "A value of type procedure has no property 'Lenght' (Name).", "L"),
])
def test_a_procedure_variables_missing_part_is_said_where_the_run_stops(
        body: str, words: str, first: str) -> None:
    assert stop_where_checked(body, "WL109", words) == first


@pytest.mark.parametrize("text", [
    _EN + "Trace(p..Name, p..NAME, p(2))\nq is procedure = (x) => x * 2\n"
    "Trace(q..Name, q(3))\n" + _PROCS_EN,
    _FR + "Trace(p..nom, p..Nom, p(2))\n" + _PROCS_FR,
])
def test_its_name_read_is_no_error(text: str) -> None:
    assert check_places(text, "WL109") == []
