"""A member or method an object's class does not have (`o.m_x`, `o.m_x = 2`, `o.Foo()`),
or a method an interface does not declare (`a.Sleep()`): `wl check` (WL109) and `wl run`
say the same words at the same column, the member's name (the run said "Unknown
procedure or function 'Foo'" or "... of the class CE" at the dot, the check "... of CE"
at the name)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlinterp.errors import WLRuntimeError
from wl_test_helpers import check_json, run_captured, write

_EN = "CE is Class\n\tm_n is int\nEND\nSP is Structure\n\tx is int\nEND\no is CE\np is SP\n"
_FR = ("CE est une Classe\n\tm_n est un entier\nFIN\nSP est une Structure\n\tx est un entier\n"
       "FIN\no est un CE\np est un SP\n")
_ANIMAL = ("IAnimal is Interface\n\tPROCEDURE Cry()\nEND\nCDog is Class\n\timplements IAnimal\n"
           "END\na is IAnimal dynamic = new CDog\na.Sleep()\nPROCEDURE CDog::Cry()\n"
           "RESULT \"woof\"\nPROCEDURE CDog::Sleep()\n")


@pytest.mark.parametrize("text,line,col,message", [
    (_EN + "Trace(o.m_x)\n", 9, 9, "'m_x' is not a member of the class CE"),
    (_EN + "o.M_X = 2\n", 9, 3, "'M_X' is not a member of the class CE"),
    (_EN + "Trace(p.y)\n", 9, 9, "'y' is not a member of the structure SP"),
    (_EN + "o.Foo(1)\n", 9, 3, "'Foo' is not a method of CE"),
    (_FR + "Trace(o.m_Manque)\n", 9, 9, "'m_Manque' is not a member of the class CE"),
    (_FR + "o.Méthode()\n", 9, 3, "'Méthode' is not a method of CE"),
    (_ANIMAL, 8, 3, "'Sleep' is not a method of the interface IAnimal"),
])
def test_a_member_the_class_lacks_stops_the_run_where_the_check_says(
        text: str, line: int, col: int, message: str, tmp_path: Path) -> None:
    path = write(tmp_path, "members.wl", text)
    found = [(d["code"], d["line"], d["column"], d["message"]) for d in check_json(path)
             if str(d["code"]).startswith("WL1")]
    assert found == [("WL109", line, col, message)]
    with pytest.raises(WLRuntimeError) as stopped:
        run_captured(path)
    where = re.search(r"members\.wl:(\d+):(\d+): (.*)", str(stopped.value))
    assert where is not None and (int(where[1]), int(where[2]), where[3]) == (
        line, col, message + ".")


def test_a_member_a_derived_class_declares_is_left_to_the_object(tmp_path: Path) -> None:
    """`p is CBase dynamic = new CDer; p.m_extra`: WL109 (p's class has no m_extra), but
    the run reads the object's member, as before: the object's class decides there."""
    text = ("CBase is Class\n\tm_n is int\nEND\nCDer is Class\n\tinherits from CBase\n"
            "\tm_extra is int = 7\nEND\np is CBase dynamic = new CDer\nTrace(p.m_extra)\n"
            "p.Hello()\nPROCEDURE CDer::Hello()\nTrace(\"hello\")\n")
    path = write(tmp_path, "derived.wl", text)
    assert [d["code"] for d in check_json(path)] == ["WL109", "WL109"]
    out, _ = run_captured(path)
    assert out.splitlines() == ["7", "hello"]
