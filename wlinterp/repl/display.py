"""How the REPL shows a value: readable for every kind, and never endless.

Text and numbers show as `Trace` would print them, so `"Total: " + 5` shows `Total: 5`.
Containers show their contents with strings quoted (`["a", "b"]`), structures and
objects their members by name, dates and times in ISO form when the variable is
declared as one, and text holding control bytes (a buffer) as hexadecimal. Long
containers stop after `MAX_ITEMS` items, nesting after `MAX_DEPTH` levels, and the whole
text after `MAX_CHARS` characters, each saying how much was left out.
"""
from __future__ import annotations

__all__ = ["show_value", "MAX_ITEMS", "MAX_DEPTH", "MAX_CHARS"]

from decimal import Decimal

from ..runtime.assoc_arrays import WLAssoc
from ..runtime.containers import StructDef, WLArray, WLStruct
from ..runtime.values import format_number, type_name
from ..digits import ascii_digits

MAX_ITEMS = 20
MAX_DEPTH = 4
MAX_CHARS = 2000
_BUFFER_BYTES = 32


def show_value(value: object, kind: str = "") -> str:
    """The text the REPL prints for `value`; `kind` is the declared type's kind if known
    (`date`, `time`, `datetime`, `buffer`)."""
    text = _top(value, kind)
    if len(text) > MAX_CHARS:
        text = f"{text[:MAX_CHARS]}... ({len(text) - MAX_CHARS} more characters)"
    return text


def _top(value: object, kind: str) -> str:
    if isinstance(value, str):
        if kind in ("date", "time", "datetime") and ascii_digits(value):
            return _date_time(value, kind)
        if kind == "buffer" or _binary(value):
            return _buffer(value)
        return value.replace("\r\n", "\n")
    return _inner(value, 0)


def _inner(value: object, depth: int) -> str:
    """A value inside a container (strings quoted)."""
    if value is None:
        return "Null"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, (int, float, Decimal)):
        return format_number(value)
    if isinstance(value, str):
        if _binary(value):
            return _buffer(value)
        return '"' + value.replace('"', '""').replace("\r", "\\r").replace("\n", "\\n") + '"'
    if depth >= MAX_DEPTH:
        return f"<{type_name(value)}...>"
    if isinstance(value, WLArray):
        return _array(value, depth)
    if isinstance(value, WLAssoc):
        return _assoc(value, depth)
    if isinstance(value, WLStruct):
        return _struct(value, depth)
    text = getattr(value, "wl_text", None)
    if text is not None:
        try:
            return str(text())
        except Exception:  # a built-in object without a text form
            pass
    return f"<{type_name(value)}>"


def _items(parts: list[str], total: int) -> str:
    more = f", ... ({total - len(parts)} more)" if total > len(parts) else ""
    return ", ".join(parts) + more


def _array(arr: WLArray, depth: int) -> str:
    items = arr.items
    if len(arr.dims) > 1:  # rows of a multi-dimensional array
        width = len(items) // arr.dims[0] if arr.dims[0] else 0
        rows = [items[r * width:(r + 1) * width] for r in range(arr.dims[0])]
        parts = ["[" + _items([_inner(v, depth + 1) for v in row[:MAX_ITEMS]], len(row)) + "]"
                 for row in rows[:MAX_ITEMS]]
        return "[" + _items(parts, len(rows)) + "]"
    parts = [_inner(v, depth + 1) for v in items[:MAX_ITEMS]]
    return "[" + _items(parts, len(items)) + "]"


def _assoc(assoc: WLAssoc, depth: int) -> str:
    pairs = list(assoc.data.items())
    parts = [f"{_inner(k, depth + 1)}: {_inner(v, depth + 1)}" for k, v in pairs[:MAX_ITEMS]]
    return "{" + _items(parts, len(pairs)) + "}"


def _struct(obj: WLStruct, depth: int) -> str:
    members = [(shown, obj.values.get(key)) for key, shown, _ in _all_members(obj)]
    parts = [f"{name} = {_inner(v, depth + 1)}" for name, v in members[:MAX_ITEMS]]
    return f"{obj.sdef.name}{{" + _items(parts, len(members)) + "}"


def _all_members(obj: WLStruct) -> list[tuple[str, str, object]]:
    """Members of the class and of its ancestors (inherited first), each once."""
    chain: list[StructDef] = []
    sdef: StructDef | None = obj.sdef
    while sdef is not None and len(chain) < 64:
        chain.append(sdef)
        sdef = sdef.base
    seen: set[str] = set()
    out: list[tuple[str, str, object]] = []
    for cls in reversed(chain):
        for key, shown, spec in cls.members:
            if key not in seen and key in obj.values:
                seen.add(key)
                out.append((key, shown, spec))
    return out


def _binary(text: str) -> bool:
    return any(ord(c) < 32 and c not in "\t\r\n" for c in text)


def _buffer(text: str) -> str:
    data = text.encode("latin-1", errors="replace")
    shown = " ".join(f"{b:02X}" for b in data[:_BUFFER_BYTES])
    more = " ..." if len(data) > _BUFFER_BYTES else ""
    return f"buffer of {len(data)} byte(s): {shown}{more}"


def _date_time(text: str, kind: str) -> str:
    """`20261130` -> `2026-11-30`, `1230450000` (HHMMSSCC) -> `12:30:45.00`."""
    if kind == "date" and len(text) == 8:
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    if kind == "time" and len(text) >= 6:
        return f"{text[:2]}:{text[2:4]}:{text[4:6]}" + (f".{text[6:]}" if text[6:] else "")
    if kind == "datetime" and len(text) >= 14:
        return _date_time(text[:8], "date") + " " + _date_time(text[8:], "time")
    return text
