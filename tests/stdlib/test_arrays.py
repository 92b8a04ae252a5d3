"""Array built-ins: 1-based indices, values coerced to the element type, fatal misuse."""

import pytest

from wlinterp.errors import WLRuntimeError
from wlinterp.syntax.names import fold
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import INT, STRING, VARIANT, TypeSpec, WLArray
from stdlib_helpers import REG, call, const


@pytest.mark.parametrize("en, fr", [("ArrayAdd", "TableauAjoute"), ("Add", "Ajoute"),
                                    ("ArrayAdd", "Add"), ("ArrayCount", "TableauOccurrence"),
                                    ("ArrayDeleteAll", "TableauSupprimeTout"),
                                    ("ArrayDelete", "TableauSupprime"),
                                    ("ArrayInsert", "TableauInsère"), ("ArraySeek", "TableauCherche")])
def test_french_and_english_names_are_one_builtin(en: str, fr: str) -> None:
    assert REG.functions[fold(en)] is REG.functions[fold(fr)]


def test_add_returns_the_new_index_and_coerces(rt: Runtime) -> None:
    arr = WLArray(INT)
    assert call(rt, "TableauAjoute", arr, 5) == 1
    assert call(rt, "Ajoute", arr, "7") == 2
    assert arr.items == [5, 7]
    assert call(rt, "ArrayAdd", arr) == 3 and arr.items[-1] == 0


def test_add_to_a_sized_array_grows_it(rt: Runtime) -> None:
    arr = WLArray(STRING, ["", ""], (2,))
    assert call(rt, "ArrayAdd", arr, "x") == 3
    assert arr.dims == (3,) and call(rt, "ArrayCount", arr) == 3


def test_count_and_delete_all(rt: Runtime) -> None:
    arr = WLArray(VARIANT, [1, "a", 2.5])
    assert call(rt, "TableauOccurrence", arr) == 3
    call(rt, "TableauSupprimeTout", arr)
    assert call(rt, "ArrayCount", arr) == 0 and arr.items == []


def test_count_of_a_two_dimensional_array(rt: Runtime) -> None:
    grid = WLArray(INT, [0] * 6, (2, 3))
    assert call(rt, "ArrayCount", grid, 1) == 2
    assert call(rt, "ArrayCount", grid, 2) == 3
    with pytest.raises(WLRuntimeError, match="no dimension 3"):
        call(rt, "ArrayCount", grid, 3)
    with pytest.raises(WLRuntimeError, match="one-dimensional"):
        call(rt, "ArrayAdd", grid, 1)


def test_delete_and_insert(rt: Runtime) -> None:
    arr = WLArray(STRING, ["a", "b", "c"])
    call(rt, "TableauSupprime", arr, 2)
    assert arr.items == ["a", "c"]
    assert call(rt, "TableauInsère", arr, 2, "B") == 2
    assert arr.items == ["a", "B", "c"]
    assert call(rt, "ArrayInsert", arr, 4, 9) == 4
    assert arr.items == ["a", "B", "c", "9"]
    with pytest.raises(WLRuntimeError, match="index 9 is out of range"):
        call(rt, "ArrayDelete", arr, 9)
    with pytest.raises(WLRuntimeError, match="index 0 is out of range"):
        call(rt, "ArrayInsert", arr, 0, "x")


def test_seek(rt: Runtime) -> None:
    arr = WLArray(VARIANT, ["x", 2, "y", "x", 2])
    assert call(rt, "TableauCherche", arr, const("tcLinéaire"), "x") == 1
    assert call(rt, "ArraySeek", arr, const("asLinearLast"), "x") == 4
    assert call(rt, "ArraySeek", arr, const("asLinearNext"), 2, 2) == 2
    assert call(rt, "ArraySeek", arr, const("asLinearNext"), 2, 3) == 5
    assert call(rt, "ArraySeek", arr, const("asLinearPrevious"), "x", 4) == 4
    assert call(rt, "ArraySeek", arr, const("asLinearPrevious"), "x", 3) == 1
    assert call(rt, "ArraySeek", arr, const("asLinearFirst"), "x", -1) == -1
    with pytest.raises(WLRuntimeError, match="start index 9 is beyond"):
        call(rt, "ArraySeek", arr, const("asLinearLast"), "x", 9)
    assert call(rt, "ArraySeek", arr, const("asLinear"), "X") == -1
    with pytest.raises(WLRuntimeError, match="unknown search mode"):
        call(rt, "ArraySeek", arr, 99, "x")


@pytest.mark.parametrize("name, args", [("ArrayAdd", (1,)), ("ArrayCount", ()),
                                        ("ArrayDeleteAll", ()), ("ArrayDelete", (1,)),
                                        ("ArrayInsert", (1, 1)), ("ArraySeek", (1, 1))])
def test_non_array_argument_is_fatal(rt: Runtime, name: str, args: tuple) -> None:
    with pytest.raises(WLRuntimeError, match=f"{name} expects an array"):
        call(rt, name, "not an array", *args)


def test_array_of_arrays_element_default(rt: Runtime) -> None:
    inner = TypeSpec("array", elem=INT)
    outer = WLArray(inner)
    assert call(rt, "ArrayAdd", outer) == 1
    assert isinstance(outer.items[0], WLArray)
