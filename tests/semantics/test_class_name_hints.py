"""The hints of WL101 and WL109 when the name is a class's: what to write instead."""
from __future__ import annotations

from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse

TEXT = """CA is Class
CONSTANT
\tLIMIT = 5
END
m_n is int
END
CB is Class
END
Trace(CA.m_n)
Trace(CMissing::Count())
Trace(CB::LIMIT)
Trace(CA.NOPE)
"""


def hints() -> dict[int, str | None]:
    diags = analyze(parse(TEXT, "h.wl"), load_stdlib()).diagnostics
    return {d.line: d.hint for d in diags if d.code in ("WL101", "WL109")}


def test_a_class_used_as_a_variable_says_to_declare_an_object() -> None:
    """(`CA.LIMIT`, a constant of CA, reads it: classes/constant_through_class_name.wl;
    `CA.NOPE`, no member of CA, is WL109 as CA::NOPE.)"""
    assert hints()[9] == ("declare a variable of it (o is CA) and use that; CA::NAME reads "
                          "its constants and GLOBAL members")


def test_an_unknown_name_before_colons_is_said_to_be_no_class() -> None:
    assert hints()[10] == ("no class CMissing is declared (a class of another file of the "
                          "project: check the project's folder)")


def test_another_class_constant_names_its_class() -> None:
    assert hints()[11] == "LIMIT is a constant of the class CA: CA::LIMIT"


def test_a_name_no_member_has_is_wl109_as_with_colons() -> None:
    diags = analyze(parse(TEXT, "h.wl"), load_stdlib()).diagnostics
    assert [(d.code, d.column) for d in diags if d.line == 12] == [("WL109", 10)]
