"""One built-in described from the registry the engine uses: its English and French
names, its parameters and the first line of its docstring.

Shared by `wl help NAME` and the REPL's `.help NAME`, so both say the same thing and
neither keeps its own copy of a signature.
"""
from __future__ import annotations

__all__ = ["describe", "signature_text"]

import inspect
from typing import Any


def signature_text(name: str, func: Any) -> str:
    """`Name(a, b [, c])` from the Python signature (the runtime parameter dropped)."""
    try:
        params = list(inspect.signature(func).parameters.values())[1:]
    except (TypeError, ValueError):
        return f"{name}(...)"
    required, optional = [], []
    for p in params:
        if p.kind == p.VAR_POSITIONAL:
            optional.append(f"{p.name}...")
        elif p.default is p.empty:
            required.append(p.name)
        else:
            optional.append(p.name)
    text = ", ".join(required)
    if optional:
        text += (" [, " if required else "[") + ", ".join(optional) + "]"
    return f"{name}({text})"


def _first_line(doc: str) -> str:
    return doc.strip().split("\n\n")[0].replace("\n", " ") if doc else ""


def describe(name: str) -> str | None:
    """Help text for a built-in function, constant, variable or type (None if unknown)."""
    from ..registry import load_stdlib
    found = load_stdlib().lookup(name)
    if found is None:
        return None
    kind, entry = found
    names = entry.en if entry.en == entry.fr else f"{entry.en} / {entry.fr}"
    lines = [f"{names}  ({kind}, family {entry.family})"]
    if kind == "function":
        lines.append("  " + signature_text(entry.en, entry.func))
        if entry.fr != entry.en:
            lines.append("  " + signature_text(entry.fr, entry.func))
        doc = _first_line(entry.doc)
    else:
        doc = _first_line(inspect.getdoc(entry.value) or "") if callable(entry.value) else ""
        if kind == "constant":
            lines.append(f"  value: {entry.value!r}")
    if doc:
        lines.append("  " + doc)
    return "\n".join(lines)
