"""What the array functions take as their array argument, apart from the functions: an
array or a fatal error (array_arg), a JSON member never written read as an empty array
(readable_array), a fixed array refused by the functions that change its size, in the
run and in `wl check` (resizable_array, fixed_check), one dimension for growing or
shrinking. Split from arrays.py (one job per module: arrays.py declares the functions).
"""
from __future__ import annotations

from typing import Callable

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Given
from wlinterp.runtime import values as V
from wlinterp.runtime.kinds import K_ARRAY
from wlinterp.runtime.types import FIXED_ARRAY, WLArray

__all__ = ["array_arg", "fixed_array_refusal", "resizable_array", "fixed_check",
           "readable_array", "one_dim", "resized", "one_dim_row_refusal"]


def array_arg(value: object, fname: str) -> WLArray:
    """`value` itself if it is an array; anything else is a fatal error."""
    if isinstance(value, WLArray):
        return value
    raise WLRuntimeError(f"{fname} expects an array, not a value of type {V.type_name(value)}.")


def fixed_array_refusal(fname: str) -> str:
    """The words a function changing an array's size says of a fixed array, in the run and
    in `wl check` alike (VERIFIED, ?1514025: a fixed array's dimensions "cannot be
    modified")."""
    return (f"{fname}: this array is a fixed array: its dimensions are set when compiling "
            f"and cannot be modified (declare it 'array of ...' to add or remove elements).")


def resizable_array(value: object, fname: str) -> WLArray:
    """array_arg for a function that adds or removes elements or changes the dimensions:
    a fixed array is refused (its size was changed in silence before)."""
    a = array_arg(value, fname)
    if a.fixed:
        raise WLRuntimeError(fixed_array_refusal(fname))
    return a


def one_dim_row_refusal(count: int) -> str:
    """What ArrayAddLine says of several values for a one-dimensional array, in the run
    and in `wl check` (a Null Variant given them: semantics builtin_args.grown_variant)."""
    return (f"ArrayAddLine: a one-dimensional array takes one value, an element "
            f"({count} were given); a row of several values needs a two-dimensional array.")


def fixed_check(fname: str, least: int = 1, grows: bool = False,
                most: int = 0) -> Callable[[list[Given]], str | None]:
    """A `declared_check` (registry.py): `wl check` says fixed_array_refusal at the call
    when its first argument is a variable declared a fixed array, given at least `least`
    arguments (`Dimension(t)` only reads the count). `grows`: the built-in gives an array
    to a Variant holding none (ArrayAdd, ArrayInsert, ArrayAddSorted, ArrayAddLine); the
    others (ArrayDeleteAll, ArrayDelete, Dimension...) stop the run on it, "expects an
    array, not a value of type Null", so they must leave WL204 to say so. `most`: the
    most arguments that still give a Null Variant an array (ArrayAddLine: 2, the array
    and one value; with several values the run refuses the one-dimensional array)."""
    def check(given: list[Given]) -> str | None:
        spec = given[0].spec if given else None
        fixed = spec is not None and spec.kind == K_ARRAY and spec.name == FIXED_ARRAY
        return fixed_array_refusal(fname) if fixed and len(given) >= least else None
    if grows:
        setattr(check, "resizes_from", least)  # so many arguments give a Variant an array
    if most:  # (and no more: `ArrayAddLine(v, 1, 2)` stops on a Null Variant, saying
        setattr(check, "resizes_upto", most)  # what `refusal` says of so many values)
        setattr(check, "refusal", one_dim_row_refusal)
    return check  # (a Variant given so holds an array after it: semantics grown_variant)


def readable_array(value: object, fname: str) -> WLArray:
    """array_arg for a function that only reads the array: a JSON member never written
    (`ArrayToString(j.tags)` for a record without "tags") reads as an empty array, as
    FOR EACH goes through none of it; it stopped the run, "expects an array, not a
    value of type JSON". Nothing is added to the JSON (a function that changes the
    array keeps array_arg's error: a change there would be lost)."""
    as_array = getattr(value, "wl_as_array", None)
    if not isinstance(value, WLArray) and as_array is not None \
            and (pending := as_array()) is not None:
        return pending
    return array_arg(value, fname)


def one_dim(arr: WLArray, fname: str) -> None:
    """Growing or shrinking is only defined for one-dimensional arrays."""
    if len(arr.dims) > 1:
        raise WLRuntimeError(f"{fname} only works on one-dimensional arrays.")


def resized(arr: WLArray) -> None:
    """Keep the declared size of a one-dimensional array in step with its elements."""
    if arr.dims:
        arr.dims = (len(arr.items),)
