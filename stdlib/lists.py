"""The List type: `l is List of int` / `l est une Liste d'entiers` (help page ?1514023).

A List groups elements of one type; elements are added at the end or inserted, and read
by FOR EACH; its properties are Empty and Occurrence, and the help lists Add, Insert,
Delete, DeleteAll... among the functions that take a list. wlinterp holds a list as a
one-dimensional dynamic array of its element type, so every array function and the
FOR EACH forms work on it unchanged; only its type name (in messages) says "List".
*Decided*: reading an element by subscript (`l[2]`), which the help does not show for a
list, is accepted as for an array.
"""
from __future__ import annotations

from typing import Any

from wlinterp.registry import Family
from wlinterp.runtime.containers import WLArray, copy_value
from wlinterp.runtime.types import VARIANT, TypeSpec

family = Family("Lists")


class WLList(WLArray):
    """A List variable: a dynamic array whose element type its declaration gives."""

    __slots__ = ()
    wl_type_name = "List"
    wl_of = True  # `List of <type>`: the element type follows (runtime/types.py)

    def __init__(self, rt: object = None) -> None:
        super().__init__(VARIANT, [], (), None)

    def set_elem(self, elem: TypeSpec, ctx: Any) -> None:
        """The declared element type: values added are converted to it."""
        self.elem, self.ctx = elem, ctx

    def copy(self) -> "WLList":
        other = WLList()
        other.elem, other.ctx = self.elem, self.ctx
        other.items = [copy_value(v) for v in self.items]
        return other


family.type("List", "Liste", WLList)
