"""The type `let x = F(...)` / `soit x = F(...)` gives x when F is a built-in: the result
type the built-in declares (its one decorator's function, annotated `-> str`, `-> int`,
`-> BufferResult`...), as Type inference (?3087003) says the variable takes the type of
the value it is given. `let b = HashString(HA_MD5, s)` is a Buffer (it was a Variant
answering wlString); a built-in declaring no one type of result (`-> object`), or
that can fail and then gives another kind of value (an "ERR", Null), keeps the Variant;
a Buffer result is a Buffer whatever the failure value (Null or "" become an empty
Buffer). A procedure of the program of that name is not the built-in."""
from __future__ import annotations

__all__ = ["builtin_result_type"]

from typing import Any, Container

from ..syntax import nodes as N
from ..syntax.names import fold

# the declared result's annotation -> the type's text (parsed as a declaration's is)
_TYPE_TEXTS = {"int": "int", "str": "string", "bool": "boolean", "float": "real",
               "Date": "date", "Time": "time", "DateTime": "datetime"}


def builtin_result_type(e: N.Expr, registry: Any, own: Container[str]) -> str | None:
    """The declared type (as text) of `e` when it calls a built-in, else None."""
    if type(e) is not N.Call or type(e.func) is not N.Name:
        return None
    key = fold(e.func.name)
    if key in own:
        return None
    b = registry.functions.get(key)
    if b is None:
        return None
    ret = b.func.__annotations__.get("return")
    if ret == "BufferResult":
        return "buffer"
    return None if b.can_fail or not isinstance(ret, str) else _TYPE_TEXTS.get(ret)
