"""Expressions the code says are texts, for WL206 at `n += <text>` (assignments.py
check_text_added): `+` joins when one side is a text, so a number given a text by `+=`
joins its digits to it. A text literal, a variable, member or element declared a
string, a FOR EACH STRING piece, a built-in whose result is a text (ExtractString,
Left of a text, LoadParameter...), a procedure of the program declared to return a
string, and a `+` with a text on one side. A number, a Variant or what the code does
not tell is not one: no warning for them."""
from __future__ import annotations

__all__ = ["is_text"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from .place_types import place_type

if TYPE_CHECKING:
    from .checker import FunctionChecker

_STRING = Kind.STRING
_PLACES = (N.Member, N.Index, N.ClassMember)


def is_text(fc: "FunctionChecker", e: N.Expr) -> bool:
    """Does the code say `e` is a text (the module's docstring lists what counts)?"""
    cls = type(e)
    if cls is N.Str:
        return True
    if cls is N.Name:
        sym = fc.scope.lookup(fold(e.name))  # type: ignore[attr-defined]
        return sym is not None and (sym.spec.kind == _STRING or sym.text_pieces)
    if cls is N.BinOp:
        return e.op == "+" and (is_text(fc, e.left)  # type: ignore[attr-defined]
                                or is_text(fc, e.right))  # type: ignore[attr-defined]
    if cls is N.Call:
        return _text_call(fc, e)  # type: ignore[arg-type]
    if cls in _PLACES:
        place = place_type(fc, e)
        return place is not None and place[0].kind == _STRING and not place[0].dims
    return False


def _text_call(fc: "FunctionChecker", e: N.Call) -> bool:
    """A call of the program's procedure declared `: string`, or of a built-in whose
    result is annotated a text (`-> str`; `LikeFirstResult`, Left and Middle: a text
    when their first argument is one)."""
    if type(e.func) is not N.Name:
        return False
    key = fold(e.func.name)
    if fc.scope.lookup(key) is not None:
        return False
    if key in fc.sym.procs:
        spec = fc.result_spec(key)
        return spec is not None and spec.kind == _STRING and not spec.dims
    b = fc.sym.registry.functions.get(key)
    ret = b.func.__annotations__.get("return") if b is not None else None
    if ret == "LikeFirstResult":
        return bool(e.args) and e.args[0] is not None and is_text(fc, e.args[0])
    return ret == "str"
