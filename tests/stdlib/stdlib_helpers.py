"""Shared by the stdlib tests: the registry and calls by WLanguage name."""
from __future__ import annotations

from wlinterp.syntax.names import fold
from wlinterp.registry import load_stdlib
from wlinterp.runtime.state import Runtime

REG = load_stdlib()


def call(rt: Runtime, name: str, *args: object) -> object:
    """Call a built-in by its English or French name, as compiled code does."""
    return REG.functions[fold(name)].call(rt, *args)


def const(name: str) -> object:
    """A constant's value by its English or French name."""
    return REG.constants[fold(name)].value
