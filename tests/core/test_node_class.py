"""The AST's record classes behave as the dataclasses they replace (fields, defaults,
factories, equality, repr, slots), and compile an `__init__` only for classes used."""
from __future__ import annotations

import subprocess
import sys

import pytest

from wlinterp.syntax import nodes as N
from wlinterp.syntax.node_class import Record, field, fields


def test_fields_defaults_and_factories() -> None:
    s = N.StructDecl(1, 2, "S", [])
    assert (s.line, s.col, s.name, s.members, s.base) == (1, 2, "S", [], None)
    assert s.access == {} and s.access is not N.StructDecl(1, 2, "T", []).access
    assert [f.name for f in fields(N.StructDecl)][:4] == ["line", "col", "name", "members"]
    assert fields(s)[3].metadata == {"walk": False}
    assert N.Decl(1, 1, [], "int", None, by_ref=True).by_ref is True


def test_equality_repr_and_slots() -> None:
    a, b = N.BinOp(1, 3, "+", N.Num(1, 1, 1), N.Num(1, 5, 2)), \
        N.BinOp(1, 3, "+", N.Num(1, 1, 1), N.Num(1, 5, 2))
    assert a == b and a != N.BinOp(1, 3, "-", a.left, a.right) and a != "x"
    assert repr(a.left) == "Num(line=1, col=1, value=1)"
    with pytest.raises(AttributeError):
        a.unknown = 1  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        hash(a)
    with pytest.raises(TypeError):
        N.Num(1, 1)  # type: ignore[call-arg]


def test_a_field_without_default_after_one_with_is_refused() -> None:
    with pytest.raises(TypeError, match="follows"):
        class Bad(Record):  # noqa: F841
            a: int = 0
            b: int
    with pytest.raises(TypeError):
        fields(object())
    assert field(default=1).default == 1


def test_init_is_compiled_on_first_use_only() -> None:
    code = ("from wlinterp.syntax import nodes as N\n"
            "from wlinterp.records import first_init as _first_init\n"
            "N.Num(1, 1, 5)\n"
            "print(N.Num.__init__ is _first_init, N.Ternary.__init__ is _first_init)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["False", "True"]
