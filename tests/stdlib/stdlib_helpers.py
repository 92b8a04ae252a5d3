"""Shared by the stdlib tests: the registry and calls by WLanguage name."""
from __future__ import annotations

from wlinterp.syntax.names import fold
from wlinterp.registry import load_stdlib
from wlinterp.runtime.name_language import call_in_french
from wlinterp.runtime.state import Runtime

REG = load_stdlib()


def call(rt: Runtime, name: str, *args: object) -> object:
    """Call a built-in by its English or French name, as compiled code does (day and
    month names in French for a French name: runtime/name_language.py)."""
    b = REG.functions[fold(name)]
    if getattr(b.func, "wl_names", False) and fold(name) == fold(b.fr) != fold(b.en):
        return call_in_french(rt, b.call, *args)
    return b.call(rt, *args)


def const(name: str) -> object:
    """A constant's value by its English or French name."""
    return REG.constants[fold(name)].value
