"""Values across the Python/WLanguage border (the Python API, `wl run --call`, --json).

Python in: int, float, Decimal, str, bool, None, list/tuple (an array), dict (an
associative array keyed by string). WLanguage out: numbers stay int/float/Decimal, strings
str, booleans bool, Null None, arrays lists (a multi-dimension array a list of rows),
associative arrays and structures dicts (member names as declared).
"""
from __future__ import annotations

__all__ = ["to_wl", "to_python", "to_json", "command_line_args", "typed_args", "literal_args"]

from decimal import Decimal
from typing import Any

from ..runtime import types as T
from ..runtime import values as V
from ..runtime.assoc_arrays import WLAssoc
from ..runtime.containers import WLArray, WLStruct
from ..syntax import nodes as N


def to_wl(value: Any) -> Any:
    """A Python value as a WLanguage value."""
    if value is None or isinstance(value, (bool, int, float, Decimal, str)):
        return value
    if isinstance(value, (list, tuple)):
        return WLArray(T.VARIANT, [to_wl(x) for x in value], (len(value),))
    if isinstance(value, dict):
        return WLAssoc(T.VARIANT, {str(k): to_wl(v) for k, v in value.items()})
    raise TypeError(f"cannot pass a {type(value).__name__} to WLanguage "
                    f"(use int, float, Decimal, str, bool, None, list or dict)")


def to_python(value: Any) -> Any:
    """A WLanguage value as plain Python data."""
    if value is None or isinstance(value, (bool, int, float, Decimal, str)):
        return value
    if isinstance(value, WLArray):
        items = [to_python(x) for x in value.items]
        if len(value.dims) > 1 and value.dims[-1]:
            width = value.dims[-1]
            return [items[i:i + width] for i in range(0, len(items), width)]
        return items
    if isinstance(value, WLStruct):
        return {shown: to_python(value.values[key]) for key, shown, _ in value.sdef.members}
    if isinstance(value, WLAssoc):
        return {k: to_python(v) for k, v in value.data.items()}
    return V.to_str(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return str(value)


def to_json(value: Any) -> str:
    """A WLanguage value as one line of JSON (currency as a JSON number)."""
    import json  # only for --json
    return json.dumps(to_python(value), ensure_ascii=False, default=_json_default)


def command_line_args(proc: N.Procedure | None, args: list[str]) -> list[Any]:
    """`wl run --call` arguments: a parameter with a declared type gets the text as typed
    (its declaration converts it, so a `string` keeps `01000`); an untyped parameter gets
    what the same text would be written in code: a number if it is a WLanguage numeric
    literal, else a string."""
    params = [p for p in proc.params if not p.star] if proc is not None else []
    return typed_args([bool(p.type_text) for p in params], args)


def typed_args(typed: list[bool], args: list[str]) -> list[Any]:
    """`args` for parameters of which `typed` says which declare a type (the text as
    typed; the others, and those past the list, as literals: `literal_args`)."""
    literal = literal_args(args)
    return [text if k < len(typed) and typed[k] else literal[k]
            for k, text in enumerate(args)]


def literal_args(args: list[str]) -> list[Any]:
    """Command-line texts as the same texts written in code would be: a WLanguage
    numeric literal a number (`12` an integer, `12.5` a real), anything else a string."""
    return [V.val(text) if V._NUM_RE.match(text) else text for text in args]
