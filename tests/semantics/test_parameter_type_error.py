"""?1514076: a variable of another type given to a typed parameter is a compile error in
WINDEV. `wl check` reports the error WL116; `wl run` warns and converts the value (a
deferred error), `wl run --strict` refuses the program (docs/check.md)."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source
from wlinterp.errors import WLSyntaxError

SOURCE = 'Index is int = 7\nMyProc(Index)\nPROCEDURE MyProc(s is string)\nTrace(s + "!")\n'


def _run(strict: bool) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(SOURCE, "p.wl", stdout=out, stderr=err, options={"strict": strict})
    return out.getvalue(), err.getvalue()


def test_wl_run_warns_and_converts() -> None:
    out, err = _run(False)
    assert out == "7!\n"
    assert "warning" in err and "WINDEV's compiler refuses" in err
    assert "wl run converts the value" in err


def test_wl_run_strict_refuses_the_program() -> None:
    with pytest.raises(WLSyntaxError, match="'Index' is an int and the parameter 's' of "
                       "MyProc is a string"):
        _run(True)


@pytest.mark.parametrize("source", [
    "t is array of int = [1]\nCount(t)\nPROCEDURE Count(k is int)\nTrace(k)\n",
    "t is array of 2 by 2 int\nCount(t[1])\nPROCEDURE Count(k is int)\nTrace(k)\n",
    "tab est un tableau de 2 par 2 entiers\nÉcris(tab[2])\n"
    "PROCÉDURE Écris(s est une chaîne)\nTrace(s)\n",
])
def test_an_array_given_to_a_number_or_text_is_not_converted(source: str) -> None:
    """An array (or a row of one) given to a number or text parameter: nothing converts
    it, the run stops at the argument; the warning said "wl run converts the value"."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(Exception, match="A value of type array cannot be"):
        run_source(source, "p.wl", stdout=out, stderr=err)
    assert "(the run stops at this argument)" in err.getvalue(), err.getvalue()
    assert "converts the value" not in err.getvalue()


@pytest.mark.parametrize("source, shown", [
    ("STPoint is Structure\nx is int\nEND\np is STPoint\nCount(p)\n"
     "PROCEDURE Count(k is int)\nTrace(k)\n", "'p' is a STPoint (a structure)"),
    ("STPoint est une Structure\nx est un entier\nFIN\np est un STPoint\nÉCRIS(p)\n"
     "PROCÉDURE écris(s est une chaîne)\nTrace(s)\n", "'p' is a STPoint (a structure)"),
    ("CA is Class\nm is int\nEND\no is CA\nShow(o)\nPROCEDURE Show(s is string)\n"
     "Trace(s)\n", "'o' is a CA (an object)"),
    ("CA est une Classe\nm est un entier\nFIN\no est un CA\nCompte(o)\n"
     "PROCÉDURE Compte(n est un entier)\nTrace(n)\n", "'o' is a CA (an object)"),
])
def test_a_structure_or_object_given_to_a_number_or_text_is_not_converted(
        source: str, shown: str) -> None:
    """A structure or an object given to a number or text parameter (`Count(p)`): the
    run stops at the argument; the warning said "wl run converts the value"."""
    out, err = io.StringIO(), io.StringIO()
    refused = "A value of type (STPoint \\(a structure\\)|CA \\(an object\\)) cannot be"
    with pytest.raises(Exception, match=refused):
        run_source(source, "p.wl", stdout=out, stderr=err)
    assert shown in err.getvalue(), err.getvalue()
    assert "(the run stops at this argument)" in err.getvalue(), err.getvalue()
    assert "converts the value" not in err.getvalue()
