"""What the composite values have in common: structures and objects (containers.py),
arrays (containers.py) and associative arrays (assoc_arrays.py).

Each module that holds composite values, or copies them, reaches the others through
these bases instead of importing their classes: the modules of the values themselves
then import one another in one direction only (types.py -> assoc_arrays.py ->
containers.py -> composites.py), and an element's conversion goes through its type
(`TypeSpec.coerce`, `TypeSpec.default`).
"""
from __future__ import annotations

__all__ = ["Composite", "Indexed", "copy_value", "holds_references"]

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
