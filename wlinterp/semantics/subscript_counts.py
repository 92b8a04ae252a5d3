"""Subscripts against the dimensions an array is declared with (`t is array of 5 by 3
int`): more subscripts than dimensions (`t[1, 2, 3]`) stop the run ("The array has 2
dimension(s), not 3."), and fewer (`t[1]`) give a row, an array, which the run refuses
as an operand or in a number or a text ("A value of type array cannot be used as a
number."). `wl check` says so first: WL110 for the count, WL113 for a row in arithmetic
and WL110 for a row stored into a number or text variable (operands.py,
array_stores.py), each deferred (the run stops where the line runs).

Judged, and only when the program never calls Dimension (which may give an array other
dimensions when it runs: the check cannot follow it): a variable declared with its
dimensions; a member of a structure or class so declared (`st.t[1, 2]`, `:m_t[1, 2]`,
placed at the member's name, where the run stops too: error_column.py); and a variable
declared an array without dimensions (`u is array of int`, one dimension) that the
program never assigns whole (`u = w` gives it w's dimensions), never declares with a
value other than a list of values, nor with dimensions the run computes (`array of n
by 2`), and never gives to a procedure of the program (which may assign its parameter);
not an array of arrays (`t[1, 2]` is element 2 of t[1]). A variant, a parameter and an
element of another array are the run's to judge.
"""
from __future__ import annotations

__all__ = ["check_subscript_count", "row_of", "below_one"]

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lazy_regex import lazy_compile
from ..runtime.kinds import Kind
from ..runtime.types import FIXED_ARRAY, TypeSpec
from ..syntax import nodes as N
from ..syntax.names import fold
from .facts import facts
from .lowered import lowered
from .place_types import place_type

if TYPE_CHECKING:
    from .checker import FunctionChecker

_NAME, _ARRAY = N.Name, Kind.ARRAY
_CONTAINERS = (Kind.ARRAY, Kind.ASSOC)
_CALLED = lazy_compile(r"^(?:(?!//)[^\n])*?\bdimension\s*\(", re.I | re.M)
"""A Dimension call on a line, not in its comment."""


@lru_cache(maxsize=8)
def _resizes(source: str) -> bool:
    """May the program give an array other dimensions: a Dimension call (either
    language's name is the same word) on a line, before any `//` (a comment naming
    dimensions is no call)?"""
    return "dimension" in lowered(source) and _CALLED.search(source) is not None


def _declared(fc: "FunctionChecker", e: N.Index, rows: bool = False) -> int:
    """How many dimensions the variable or member `e` subscripts is declared with, 0
    when the check does not judge it (above). `rows`: asked only whether `e` is a row
    (row_of), which one dimension never gives: an array declared without dimensions is
    then 0 at once, without working out which variables the program reshapes (a walk of
    every body, for each array operand or argument's first program)."""
    obj = e.obj
    if type(obj) is _NAME:
        sym = fc.scope.lookup(fold(obj.name))
        if sym is None:
            found = place_type(fc, obj)  # `m_t[1, 2]`: a member named bare in a method
            return _member_dims(fc, found[0]) if found is not None else 0
        if sym.spec.kind is not _ARRAY or sym.role == "param" or _resizes(fc.rep.source):
            return 0
        if sym.spec.dims:
            return len(sym.spec.dims)
        if rows:
            return 0
        elem = sym.spec.elem  # (an array of arrays: `t[1, 2]` is element 2 of t[1])
        return 1 if (elem is None or elem.kind not in _CONTAINERS) \
            and fold(obj.name) not in _reshaped(fc) else 0
    if type(obj) is N.Member:
        found = place_type(fc, obj)
        return _member_dims(fc, found[0]) if found is not None else 0
    return 0


def _member_dims(fc: "FunctionChecker", spec: TypeSpec) -> int:
    """A member's declared dimensions (0: not an array declared with them)."""
    if spec.kind is not _ARRAY or not spec.dims or _resizes(fc.rep.source):
        return 0
    return len(spec.dims)


def _reshaped(fc: "FunctionChecker") -> frozenset[str]:
    """The variables (folded) the program may give other dimensions than one: assigned
    whole, declared with a value that is no list of values (or a list of lists), or given
    to a procedure or method of the program. Worked out once per program."""
    known = _RESHAPED.get(id(fc.sym))
    if known is not None and known[0] is fc.sym:
        return known[1]
    names: set[str] = set()
    for body, _, _ in list(fc.sym.declaring.values()):
        found = facts(body)
        names |= found.assigned
        for call in found.calls:
            func = call.func
            own = type(func) is N.Member or type(func) is _NAME and (
                fold(func.name) in fc.sym.procs
                or fold(func.name) in fc.sym.overloads)
            if own:
                names.update(fold(a.name) for a in call.args if type(a) is _NAME)
        for name, stmt in found.decls:
            init = getattr(stmt, "init", None)
            if getattr(stmt, "dims", None) or init is not None and (
                    type(init) is not N.ArrayLit
                    or any(type(item) is N.ArrayLit for item in init.items)):
                names.add(fold(name))  # (`array of n by 2`: sized when it runs)
    result = frozenset(names)
    if len(_RESHAPED) > 16:
        _RESHAPED.clear()
    _RESHAPED[id(fc.sym)] = (fc.sym, result)
    return result


_RESHAPED: dict[int, tuple[object, frozenset[str]]] = {}


def _shown(e: N.Index) -> tuple[str, N.Expr, int, int]:
    """(the array as a message names it, the node the caret starts at, its column, its
    length): a variable at its name, a member at the member's name."""
    obj = e.obj
    if type(obj) is N.Member:
        holder = obj.obj
        written = f"{holder.name}.{obj.name}" if type(holder) is _NAME \
            and holder.col != obj.col else obj.name
        return written, obj, obj.col + 1, len(obj.name)
    name = obj.name  # type: ignore[attr-defined]  # (a Name: _declared says so)
    return name, obj, obj.col, len(name)


def check_subscript_count(fc: "FunctionChecker", e: N.Index) -> None:
    """WL110 (deferred) for more subscripts than the array's declared dimensions, or
    than the one key of an associative array (`aa["a", "b"]`); and for a subscript
    written 0 or below (`t[0]`): an array's elements are numbered from 1, the run stops
    there whatever the array holds."""
    given = len(e.args)
    if any(below_one(a) for a in e.args):
        _numbered_from_one(fc, e)
    elif any(type(a) is N.Num for a in e.args):
        _past_fixed_size(fc, e)
    if given < 2:
        return  # (the commonest: one subscript, never too many)
    have = _declared(fc, e)
    if have and given > have:
        written, at, col, length = _shown(e)
        fc.rep.report("WL110", f"the array '{written}' has {have} dimension(s), not {given}",
                      at, length, col=col, deferred=True)
    elif not have and _keyed(fc, e):
        written, at, col, length = _shown(e)
        fc.rep.report("WL110", f"the associative array '{written}' takes one key per "
                      f"element, not {given}", at, length, col=col, deferred=True,
                      hint="join the values into one key (k1 + TAB + k2), or use an "
                           "associative array of associative arrays (aa[k1][k2])")


def below_one(a: N.Expr | None) -> bool:
    """Is `a` an integer literal below 1 (`0`, `-1`)?"""
    if type(a) is N.Unary and a.op == "neg" and type(a.operand) is N.Num:
        return type(a.operand.value) is int
    return type(a) is N.Num and type(a.value) is int and a.value < 1


def _numbered_from_one(fc: "FunctionChecker", e: N.Index) -> None:
    """WL110 at a variable or member declared an array subscripted 0 or below (not an
    associative array, a text or a variant: keys and characters are not judged)."""
    obj = e.obj
    if type(obj) is _NAME:
        sym = fc.scope.lookup(fold(obj.name))
        spec = sym.spec if sym is not None else None
    elif type(obj) is N.Member:
        found = place_type(fc, obj)
        spec = found[0] if found is not None else None
    else:
        return
    if spec is None or spec.kind is not Kind.ARRAY:
        return
    written, at, col, length = _shown(e)
    fc.rep.report("WL110", f"the elements of the array '{written}' are numbered from 1: "
                  "a subscript 0 or below is out of range", at, length, col=col,
                  deferred=True)


def _past_fixed_size(fc: "FunctionChecker", e: N.Index) -> None:
    """WL110 for a literal subscript past the declared size of a variable declared a fixed
    array (`tf is fixed array of 3 int`, `tf[4]`): its dimensions never change (?1514025),
    so the run stops there whatever it holds, with these words (runtime/containers.py
    out_of_range); the check said nothing. A dynamic array (`x is array of 3 int`) only
    where nothing can have changed its size (sized_arrays.never_resized). Not said where
    a WHEN EXCEPTION catches it (the run goes on), as `x / 0`."""
    if type(e.obj) is not _NAME or fc.probing or fc.guarded:
        return
    sym = fc.scope.lookup(fold(e.obj.name))
    spec = sym.spec if sym is not None else None
    if spec is None or spec.kind is not Kind.ARRAY or not spec.dims \
            or len(spec.dims) != len(e.args) or not all(type(d) is int for d in spec.dims):
        return
    past = [(n, a.value, size) for n, (a, size) in enumerate(zip(e.args, spec.dims), 1)
            if type(a) is N.Num and type(a.value) is int and a.value > size]
    if not past:
        return
    fixed = spec.name == FIXED_ARRAY
    if not fixed:  # `x is array of 3 int`: its size, unless something may change it
        from .sized_arrays import never_resized
        if sym is None or not never_resized(fc, sym):
            return
    from ..runtime.containers import out_of_range
    n, value, size = past[0]
    said = out_of_range(value, size, n if len(spec.dims) > 1 else 0)
    written, at, col, length = _shown(e)
    fc.rep.report("WL110", said.rstrip("."), at, length, col=col, deferred=True,
                  hint=f"'{written}' is a fixed array: its size never changes" if fixed else
                  f"'{written}' keeps the size its declaration gives: nothing here adds "
                  f"to it (ArrayAdd, Dimension...)")


def _keyed(fc: "FunctionChecker", e: N.Index) -> bool:
    """Is `e` subscripted on a variable or member declared an associative array (which
    the run refuses several keys: runtime/access.py not_indexed)?"""
    obj = e.obj
    if type(obj) is _NAME:
        sym = fc.scope.lookup(fold(obj.name))
        spec = sym.spec if sym is not None else None
        if sym is None:
            found = place_type(fc, obj)
            spec = found[0] if found is not None else None
    elif type(obj) is N.Member:
        found = place_type(fc, obj)
        spec = found[0] if found is not None else None
    else:
        return False
    return spec is not None and spec.kind is Kind.ASSOC


def row_of(fc: "FunctionChecker", e: N.Expr) -> str | None:
    """`t[1]` as a message shows it when it gives fewer subscripts than `t`'s declared
    dimensions (a row: an array, not a value); None otherwise."""
    if type(e) is not N.Index:
        return None
    have = _declared(fc, e, rows=True)
    if not have or len(e.args) >= have:
        return None
    name = _shown(e)[0]
    return f"'{name}[...]' (a row of the array '{name}', which has {have} dimensions)"
