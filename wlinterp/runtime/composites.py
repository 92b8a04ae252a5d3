"""What the composite values have in common: structures and objects (containers.py),
arrays (containers.py) and associative arrays (assoc_arrays.py).

Each module that holds composite values, or copies them, reaches the others through
these bases instead of importing their classes: the modules of the values themselves
then import one another in one direction only (types.py -> assoc_arrays.py ->
containers.py -> composites.py), and an element's conversion goes through its type
(`TypeSpec.coerce`, `TypeSpec.default`).
"""
from __future__ import annotations

__all__ = ["PLAIN", "Composite", "Indexed", "Nested", "copy_value", "held_copy", "held_with",
           "holds_references"]

from typing import TYPE_CHECKING, Callable, TypeVar, cast

if TYPE_CHECKING:
    from .types import TypeSpec

# gives the copy of a composite value held inside the one being copied: an empty copy
# (`copy_shell`) that the copy's walk fills later, or a whole copy (`_whole_copy`)
Nested = Callable[["Composite"], "Composite"]
_C = TypeVar("_C", bound="Composite")


class Composite:
    """A value that an assignment copies (`copy`): a structure, an array, an
    associative array. Its copy is walked with a stack of its own (`tree_copy`), each
    class telling its empty copy (`copy_shell`) and how to fill it (`copy_fill`)."""

    __slots__ = ()

    def copy(self: _C) -> _C:
        return tree_copy(self)

    def copy_shell(self) -> "Composite":
        """An empty copy of this value: its type and settings, none of its elements."""
        raise NotImplementedError

    def copy_fill(self, target: "Composite", nested: Nested) -> None:
        """Fill `target` (this value's copy_shell) with copies of the elements, each
        composite one given by `nested`."""
        raise NotImplementedError


_DIRECT = 64  # levels copied on Python's stack before the walk's own stack takes them


def tree_copy(root: _C) -> _C:
    """The copy of `root` and of every composite value inside it, however deep: each
    element copied at once down to _DIRECT levels, deeper ones left on a stack of the
    walk's own, each of those then copied the same way (each level copied called the
    next, so an array of structures of arrays... 2,000 levels deep stopped the run with
    "Stack overflow"). A value whose class copies itself otherwise (its own `copy`: a
    List, a JSON, an Email's arrays) is copied by it. A value found inside itself (no
    assignment makes one) is the RecursionError the recursive copy ended in, not a
    walk for ever: the values the stack took stay on the path until their elements are
    copied, and a cycle comes back to one of them."""
    walk = _Walk()
    top = root.copy_shell()
    root.copy_fill(top, walk.nested)
    if walk.pending:
        walk.drain()
    return cast(_C, top)


class _Walk:
    """One tree_copy's state: how deep `nested` is on Python's stack, the values left
    for the walk's own stack (each with its empty copy), the path of those taken."""

    __slots__ = ("level", "pending", "on_path")

    def __init__(self) -> None:
        self.level = 0
        self.pending: list[tuple[Composite, Composite | None]] | None = None  # (made when
        self.on_path: set[int] | None = None  # a value is _DIRECT levels deep)

    def nested(self, value: Composite) -> Composite:
        """The copy of `value`, an element of the value being copied: filled now, or
        left empty on the stack past _DIRECT levels."""
        if type(value).copy is not _TREE_COPY:
            return value.copy()
        shell = value.copy_shell()
        if self.level >= _DIRECT:
            if self.pending is None or self.on_path is None:
                self.pending, self.on_path = [], set()
            if id(value) in self.on_path:
                raise RecursionError("a value that holds itself cannot be copied")
            self.pending.append((value, shell))
            return shell
        self.level += 1
        value.copy_fill(shell, self.nested)
        self.level -= 1
        return shell

    def drain(self) -> None:
        """Fill the values left on the stack, each on the path until its elements are."""
        pending, on_path = self.pending, self.on_path
        assert pending is not None and on_path is not None
        while pending:
            source, target = pending.pop()
            if target is None:  # its elements are copied: off the path
                on_path.discard(id(source))
                continue
            on_path.add(id(source))
            pending.append((source, None))
            self.level = 0
            source.copy_fill(target, self.nested)


_TREE_COPY = Composite.copy


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


PLAIN = frozenset({str, int, float, bool, bytes, type(None)})  # held as they are


def _whole_copy(v: Composite) -> Composite:
    return v.copy()


def held_copy(v: object) -> object:
    """What the copy of a structure, object, array or associative array holds for one of
    its members or elements: a composite value's copy, and a library type's too (an
    httpRequest, a geoPosition, an Email: `s2 = s` then `s2.r.URL = "b"` changed s.r, as
    `r2 = r1` did before it copied; docs/semantics.md "Assigning a value of a library
    type"), its own `copy` saying what a copy is (a Thread's is itself)."""
    return held_with(v, _whole_copy)


def held_with(v: object, nested: Nested) -> object:
    """held_copy, a composite value's copy given by `nested` (tree_copy's)."""
    if type(v) in PLAIN:
        return v
    if isinstance(v, Composite):
        return nested(v)
    copy = getattr(v, "copy", None)
    return copy() if copy is not None else v
