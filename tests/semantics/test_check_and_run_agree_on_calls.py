"""Calls that `wl check` refuses and `wl run` stops at: both give the same words at the
same place, the callee's name (not the dot of `o.M(...)` nor the second ':' of
`CBase::M()`). A method a class does not declare, called on the class (`CBase::Missing()`),
is WL109 naming the class (it was WL102 "unknown procedure", one column off); a
`<get>` property called like a method (`c.Balance()`) says it is a property; a method
named without parentheses (`c.Deposit`) or assigned (`c.Deposit = 5`) says it is one."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlinterp.errors import WLRuntimeError
from wl_test_helpers import check_json, run_captured, write

_CLASS_EN = ("CAccount is Class\n\tPRIVATE m_n is real\nEND\n"
             "CSaving is Class\n\tinherits from CAccount\nEND\n")
_METHODS_EN = ("PROCEDURE CAccount::Balance() <get>\nRESULT m_n\n"
               "PROCEDURE CAccount::Deposit(x)\nm_n += x\n")
_GO_EN = "PROCEDURE CSaving::Go()\nCAccount::Depositt(1)\n"
_CLASS_FR = ("CCompte est une Classe\n\tPRIVÉ m_n est un réel\nFIN\n"
             "CEpargne est une Classe\n\thérite de CCompte\nFIN\n")
_METHODS_FR = ("PROCÉDURE CCompte::Solde() <lecture>\nRENVOYER m_n\n"
               "PROCÉDURE CCompte::Déposer(x)\nm_n += x\n")
_GO_FR = "PROCÉDURE CEpargne::Lance()\nCCompte::Deposer(1, 2)\n"

CASES = [  # (program, line, column, code, message)
    (_CLASS_EN + "CAccount::Missing()\n" + _METHODS_EN, 7, 11, "WL109",
     "'Missing' is not a method of CAccount"),
    (_CLASS_EN + "CAccount.Missing(2)\n" + _METHODS_EN, 7, 10, "WL109",
     "'Missing' is not a method of CAccount"),
    (_CLASS_EN + "s is CSaving\ns.Go()\n" + _METHODS_EN + _GO_EN, 14, 11, "WL109",
     "'Depositt' is not a method of CAccount"),
    (_CLASS_EN + "c is CAccount\nc.Deposit(1, 2)\n" + _METHODS_EN, 8, 3, "WL104",
     "Deposit expects 1 parameter(s) but received 2"),
    (_CLASS_EN + "c is CAccount\nTrace(c.Balance())\n" + _METHODS_EN, 8, 9, "WL109",
     "'Balance' is a property of CAccount, not a method: it is read or assigned without "
     "parentheses"),
    (_CLASS_EN + "c is CAccount\nTrace(c.Deposit)\n" + _METHODS_EN, 8, 9, "WL104",
     "Deposit expects 1 parameter(s) but received 0"),
    (_CLASS_EN + "c is CAccount\nc.Deposit = 5\n" + _METHODS_EN, 8, 3, "WL109",
     "'Deposit' is not a member of the class CAccount"),
    (_CLASS_FR + "cCOMPTE::Manque()\n" + _METHODS_FR, 7, 10, "WL109",
     "'Manque' is not a method of CCompte"),
    (_CLASS_FR + "e est un CEpargne\ne.Lance()\n" + _METHODS_FR + _GO_FR, 14, 10, "WL104",
     "Deposer expects 1 parameter(s) but received 2"),
    (_CLASS_FR + "c est un CCompte\nTrace(c.SOLDE())\n" + _METHODS_FR, 8, 9, "WL109",
     "'SOLDE' is a property of CCompte, not a method: it is read or assigned without "
     "parentheses"),
    (_CLASS_FR + "c est un CCompte\nc.Déposer = 5\n" + _METHODS_FR, 8, 3, "WL109",
     "'Déposer' is not a member of the class CCompte"),
    (_CLASS_EN + "s is CSaving\ns.Go()\n" + _METHODS_EN
     + "PROCEDURE CSaving::Go()\nTrace(Balance())\n", 14, 7, "WL102",
     "unknown procedure or function 'Balance'; Balance is a property of CSaving, not a "
     "method: read it without parentheses (Balance or :Balance)"),
    (_CLASS_FR + "e est un CEpargne\ne.Lance()\n" + _METHODS_FR
     + "PROCÉDURE CEpargne::Lance()\nTrace(solde())\n", 14, 7, "WL102",
     "unknown procedure or function 'solde'; solde is a property of CEpargne, not a "
     "method: read it without parentheses (solde or :solde)"),
]


@pytest.mark.parametrize("text,line,col,code,message", CASES)
def test_check_and_run_stop_at_the_name_with_the_same_words(
        text: str, line: int, col: int, code: str, message: str, tmp_path: Path) -> None:
    path = write(tmp_path, "calls.wl", text)
    found = [(d["code"], d["line"], d["column"], d["message"]) for d in check_json(path)
             if str(d["code"]).startswith("WL1")]
    assert found == [(code, line, col, message)]
    with pytest.raises(WLRuntimeError) as stopped:
        run_captured(path)
    where = re.search(r"calls\.wl:(\d+):(\d+): (.*)", str(stopped.value))
    assert where is not None, str(stopped.value)
    said = message[:1].upper() + message[1:] + "."  # (the run's sentence)
    assert (int(where[1]), int(where[2]), where[3]) == (line, col, said)


def test_a_method_named_without_parentheses_is_said_to_be_called(tmp_path: Path) -> None:
    text = _CLASS_EN + "c is CAccount\nTrace(c.Deposit)\n" + _METHODS_EN
    (d,) = [d for d in check_json(write(tmp_path, "named.wl", text)) if d["code"] == "WL104"]
    assert d["hint"] == ("Deposit is a method, not a member nor a property: named without "
                         "parentheses it is called with no arguments")


def test_a_property_called_gets_the_hint_to_drop_the_parentheses(tmp_path: Path) -> None:
    text = _CLASS_EN + "c is CAccount\nTrace(c.Balance())\n" + _METHODS_EN
    (d,) = [d for d in check_json(write(tmp_path, "prop.wl", text)) if d["code"] == "WL109"]
    assert d["hint"] == "write c.Balance (no parentheses)"
