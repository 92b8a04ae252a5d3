"""`t is array of n int`: an array whose dimensions are read when its declaration runs
(docs/semantics.md, "An array sized by a variable")."""
from __future__ import annotations

__all__ = ["sized_array", "dimension_refused"]

from typing import Any

from ..errors import WLRuntimeError
from . import values as V
from .types import TypeContext, TypeSpec, default_value


def sized_array(spec: TypeSpec, ctx: TypeContext, sizes: tuple[Any, ...]) -> Any:
    """The array of `spec`'s elements with these dimensions, each element at its type's
    first value, as a declaration with integer dimensions makes it. A dimension must be
    a whole number, 0 or more (a fatal error otherwise: the array cannot be made)."""
    dims = []
    for size in sizes:
        _not_a_number(size)
        refused = dimension_refused(size)
        if refused is not None:
            raise WLRuntimeError(refused)
        dims.append(V.to_int(size))
    return default_value(TypeSpec(spec.kind, elem=spec.elem, dims=tuple(dims)), ctx)


def dimension_refused(size: Any) -> str | None:
    """The refusal of a number as an array's dimension (negative, or not whole), else
    None; `wl check` says it of a literal (`new array of (-1) int`: semantics/
    array_dimensions.py)."""
    n = V.to_int(size)
    if n < 0 or n != V.to_num(size):
        return f"an array's dimension must be a whole number, 0 or more, not {V.to_str(size)}."
    return None


def _not_a_number(size: Any) -> None:
    """A dimension that holds no number at all: Null (a Variant never given a value) or a
    text that is not a number (`"abc"`, `""`), which read as 0 made an empty array
    silently (docs/semantics.md "An array sized by a text or Null", decided). A text
    holding a number (`"3"`) is that number, as in arithmetic."""
    if size is None:
        raise WLRuntimeError("an array's dimension must be a whole number, 0 or more, not "
                             "Null (a variable given no value).")
    if isinstance(size, str) and not V._NUM_RE.match(size):
        raise WLRuntimeError(f"an array's dimension must be a whole number, 0 or more, not "
                             f"the text \"{size}\".")
