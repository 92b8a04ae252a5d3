"""What the composite values have in common: structures and objects (containers.py),
arrays (containers.py) and associative arrays (assoc_arrays.py).

Each module that holds composite values, or copies them, reaches the others through
these bases instead of importing their classes: the modules of the values themselves
then import one another in one direction only (types.py -> assoc_arrays.py ->
containers.py -> composites.py), and an element's conversion goes through its type
(`TypeSpec.coerce`, `TypeSpec.default`).
"""
from __future__ import annotations

__all__ = ["Composite", "Indexed", "copy_value", "held_copy", "holds_references"]

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .types import TypeSpec


class Composite:
    """A value that an assignment copies (`copy`): a structure, an array, an
    associative array."""

    __slots__ = ()

    def copy(self) -> "Composite":
        raise NotImplementedError


class Indexed(Composite):
    """A composite value whose elements are reached by subscripts: an array or an
    associative array (`t[1, 2]` of an array of arrays reaches into the element)."""

    __slots__ = ()


def holds_references(elem: "TypeSpec | None") -> bool:
    """Elements that are dynamic objects (`array of C dynamic`): a copy shares them."""
    return elem is not None and elem.dynamic


def copy_value(v: object) -> object:
    """What an assignment stores: a copy of a composite value, any other value itself."""
    return v.copy() if isinstance(v, Composite) else v


_PLAIN = frozenset({str, int, float, bool, bytes, type(None)})


def held_copy(v: object) -> object:
    """What the copy of a structure, object, array or associative array holds for one of
    its members or elements: a composite value's copy, and a library type's too (an
    httpRequest, a geoPosition, an Email: `s2 = s` then `s2.r.URL = "b"` changed s.r, as
    `r2 = r1` did before it copied; docs/semantics.md "Assigning a value of a library
    type"), its own `copy` saying what a copy is (a Thread's is itself)."""
    if type(v) in _PLAIN:
        return v
    if isinstance(v, Composite):
        return v.copy()
    copy = getattr(v, "copy", None)
    return copy() if copy is not None else v
