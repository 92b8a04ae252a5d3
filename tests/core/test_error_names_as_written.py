"""Run-time errors name members, properties and methods as the source writes them, not
as compiled code looks them up (folded: lower case, no accents) — wlinterp/shown_names.py;
uncaught, and caught by WHEN EXCEPTION (ExceptionInfo(errMessage))."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError

_CLASS = "CL is Class\n  m is int\nEND\n"
_METHOD = "PROCEDURE CL::FaisÇa()\nTrace(1)\n"


@pytest.mark.parametrize("source, message", [
    ("c is Control <- EDT_Name\nc..Visible = False",
     "'..Visible' on the window control EDT_Name"),
    ("c est un Champ <- SAI_Nom\nc..Libellé = \"x\"",
     "'..Libellé' on the window control SAI_Nom"),
    ("s is string = \"x\"\nTrace(s..Épaisseur)", "A string has no property 'Épaisseur'."),
    ("t is array of int\nTrace(t..MyCount)", "Arrays have no property 'MyCount'."),
    ("n is int = 3\nTrace(n.Membre)", "A value of type integer has no member 'Membre'."),
    ("ST is Structure\n  a is int\nEND\ns is ST\nTrace(s.Bébé)",
     "'Bébé' is not a member of the structure ST."),
    ("ST est une Structure\n  a est un entier\nFIN\ns est un ST\ns.Bébé = 1",
     "'Bébé' is not a member of the structure ST."),
    ("j is JSON\nTrace(j..PropÉté)", "A JSON value has no property 'PropÉté'."),
    (_CLASS + "v is Variant\no is CL\nv = o\nv.FaisÇa(1, 2)\n" + _METHOD,
     "The method FaisÇa of the class CL does not take 2 parameter(s)."),
])
def test_the_name_is_shown_as_written(source: str, message: str) -> None:
    with pytest.raises(WLRuntimeError) as caught:
        run_source(source, "n.wl", stdout=io.StringIO(), stderr=io.StringIO())
    assert message in caught.value.message
    assert message in str(caught.value)


def test_a_caught_error_names_it_as_written_too() -> None:
    out = io.StringIO()
    run_source('s est une chaîne = "x"\nQUAND EXCEPTION DANS\n  Trace(s..Épaisseur)\nFAIRE\n'
               '  Trace(ExceptionInfo(errMessage))\nFIN', "n.wl", stdout=out,
               stderr=io.StringIO())
    assert out.getvalue().strip() == "A string has no property 'Épaisseur'."


def test_values_in_messages_keep_their_case() -> None:
    """A quoted value (an associative array's key) is data, not a name to respell."""
    with pytest.raises(WLRuntimeError) as caught:
        run_source('K2 is string = "k2"\na is associative array of int\nArrayDelete(a, K2)',
                   "n.wl", stdout=io.StringIO(), stderr=io.StringIO())
    assert "'k2'" in caught.value.message
