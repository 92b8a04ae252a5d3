"""The H* functions that take an item say so in their one declaration (an ItemArg
parameter, registry.py): the compiler reads it to make a bare item name win over a
variable of that name there (tests/hfsql/cases/seek_help_en.wl runs it)."""
from __future__ import annotations

from wlinterp.compiler.builtin_calls import takes_item
from wlinterp.registry import load_stdlib


def test_item_parameters_are_declared_where_the_function_is() -> None:
    functions = load_stdlib().functions
    for name in ("HReadSeekFirst", "HLitRecherchePremier", "HSeek", "HReadNext",
                 "HFilterIdentical", "HFiltreContient", "HSavePosition", "HBuildKeyValue"):
        assert takes_item(functions[name.lower()], 1), name
        assert not takes_item(functions[name.lower()], 2), name
    for name in ("HAdd", "HModify", "HNbRec", "ArraySort"):
        b = functions.get(name.lower())
        assert b is not None and not takes_item(b, 1), name


def test_an_item_parameter_is_named_in_the_kinds() -> None:
    kinds = load_stdlib().functions["hreadseekfirst"].param_kinds()
    assert kinds[:3] == [None, "Item", None]
