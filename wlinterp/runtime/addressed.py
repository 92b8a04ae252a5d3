"""A variable written `&x` where a built-in reads or writes its memory (`Transfer(&dest,
&source, n)`): its value and, for a simple variable, its declared type, so that the
built-in knows its bytes (an int on 2 bytes, a string on 10...). wlinterp has no memory:
the handle `&x` alone (runtime/operators.address_of) says nothing of what it points to,
so the compiler passes this instead where the call writes `&` itself
(compiler/transfer_call.py)."""
from __future__ import annotations

__all__ = ["Addressed", "addressed"]

from ..errors import WLRuntimeError
from . import values as V
from .kinds import Kind
from .types import TypeSpec


class Addressed:
    """The variable behind `&x`: `value` (a structure or an array is changed in place; a
    simple variable's new value is stored back by the compiled code), `spec` its
    declared type (None: unknown, its value tells), `shown` the place as written;
    `first`, for `&t[k]` of a fixed array, its element k (1-based; 0: the whole
    variable): the memory from that element on, the array's elements lying one after
    the other (stdlib/memory_transfer.py)."""

    __slots__ = ("value", "spec", "shown", "first")

    def __init__(self, value: object, spec: TypeSpec | None, shown: str,
                 first: int = 0) -> None:
        self.value = value
        self.spec = spec
        self.shown = shown
        self.first = first


def addressed(value: object, layout: str, shown: str, *element: object) -> Addressed:
    """`&x` given to a built-in that uses its memory: `layout` is its declared type as the
    compiler wrote it (`kind|bits|unsigned|name|dims`, "" when unknown); `element` the
    index k of `&t[k]` (`value` is then the fixed array t; an index that names no
    element, 0 included, is kept as -1 and refused by the built-in). k is read as
    `t[k]` reads it (V.to_int: a real or a currency truncated, a text's number), so
    `&t[k]` takes the element `t[k]` gives; it was refused when k was not an int."""
    if element:
        try:
            k = V.to_int(element[0])
        except WLRuntimeError:  # (no number: no element, as t[k] finds none)
            k = -1
        return Addressed(value, None, shown, k if k >= 1 else -1)
    if not layout:
        return Addressed(value, None, shown)
    kind, bits, unsigned, name, dims = layout.split("|")
    spec = TypeSpec(Kind(kind), bits=int(bits), unsigned=unsigned == "1", name=name,
                    dims=tuple(int(d) for d in dims.split(",") if d))
    return Addressed(value, spec, shown)


def layout_of(spec: TypeSpec | None) -> str:
    """The text `addressed` reads back: a simple declared type, "" for none."""
    if spec is None:
        return ""
    return (f"{spec.kind}|{spec.bits}|{int(spec.unsigned)}|{spec.name}|"
            f"{','.join(str(d) for d in spec.dims)}")
