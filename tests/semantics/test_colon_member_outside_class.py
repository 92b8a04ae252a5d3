"""`:m_x` written outside a method of a class (a class's methods exported without their
class, a procedure set calling a member): WL101 names the member as written, at the colon,
and says where it is known; it said "'objet' is not declared" (the word the parser gives the
implicit object). `objet` written out stays an ordinary undeclared name."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json, write


@pytest.mark.parametrize("text", [
    "PROCEDURE Load(n is int)\n:m_nID = n\nTrace(:m_nID)\n",
    "PROCÉDURE Charge(n est un entier)\n:m_nID = n\nTrace(:m_nID)\n"])
def test_a_colon_member_outside_a_method_is_named_as_written(text: str, tmp_path: Path) -> None:
    found = check_json(write(tmp_path, "set.wl", text))
    assert [(d["code"], d["line"], d["column"], d["message"]) for d in found] == [
        ("WL101", line, col, "':m_nID' is a member of the current object: only known in "
         "a method of a class") for line, col in ((2, 1), (3, 7))]


def test_objet_written_out_is_an_undeclared_name(tmp_path: Path) -> None:
    found = check_json(write(tmp_path, "set.wl", "PROCEDURE P()\nobjet.m_x = 1\n"))
    assert [(d["code"], d["message"]) for d in found] == [("WL101", "'objet' is not declared")]


def test_in_a_method_the_colon_member_is_the_object_s(tmp_path: Path) -> None:
    text = ("CCount is Class\n\tm_nID is int\nEND\n"
            "PROCEDURE CCount::Load(n is int)\n:m_nID = n\n")
    assert check_json(write(tmp_path, "c.wl", text)) == []
