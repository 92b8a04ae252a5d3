"""The built-in library's registry: functions, constants, variables and types, each
declared once with its English and French names.

A stdlib family module creates one `Family` and declares every public name through it:

    family = Family("Strings")

    @family.function("Length", "Taille")
    def length(rt: Runtime, s: object) -> int: ...

    family.constant("CR", "RC", "\r\n")

The argument count comes from the Python signature (after `rt`). A built-in that can fail
non-fatally is declared with `can_fail=True` and raises `BuiltinFailure`: the wrapper
clears ErrorOccurred on entry, and on failure records ErrorInfo and returns the failure's
value (WLanguage's non-fatal error convention). Names are looked up folded (case and
accents ignored), so `emailouvresessionsmtp` and `EmailOuvreSessionSMTP` are one name.
"""
from __future__ import annotations

__all__ = ["Family", "Builtin", "REGISTRY", "Registry", "NonFatalError"]

import inspect
from dataclasses import dataclass, field
from typing import Any, Callable

from .errors import BuiltinFailure
from .syntax.names import fold


class NonFatalError(Exception):
    """Unwinds to the nearest `CASE ERROR:` section after a built-in failed."""


@dataclass
class Builtin:
    """One built-in function; `call(rt, *args)` is what compiled code invokes."""

    en: str
    fr: str
    func: Callable[..., Any]
    min_args: int
    max_args: int | None
    can_fail: bool
    bare: bool
    family: str
    call: Callable[..., Any] = field(repr=False, default=None)  # type: ignore[assignment]

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.func) or ""

    def arity_text(self) -> str:
        if self.max_args is None:
            return f"at least {self.min_args}"
        if self.min_args == self.max_args:
            return str(self.min_args)
        return f"{self.min_args} to {self.max_args}"


@dataclass
class Entry:
    """A constant, built-in variable or built-in type: one value or factory, two names."""

    en: str
    fr: str
    value: Any
    family: str


class Registry:
    """Folded-name tables of everything the stdlib declares."""

    def __init__(self) -> None:
        self.functions: dict[str, Builtin] = {}
        self.constants: dict[str, Entry] = {}
        self.variables: dict[str, Entry] = {}
        self.types: dict[str, Entry] = {}
        self.families: list[Family] = []

    def _add(self, table: dict[str, Any], names: tuple[str, ...], item: Any) -> None:
        for name in names:
            key = fold(name)
            old = table.get(key)
            if old is not None and old is not item:
                raise ValueError(f"built-in name clash: {name}")
            table[key] = item

    def lookup(self, name: str) -> tuple[str, Any] | None:
        """('function'|'constant'|'variable'|'type', entry) for a WLanguage name."""
        key = fold(name)
        for kind, table in (("variable", self.variables), ("function", self.functions),
                            ("constant", self.constants), ("type", self.types)):
            if key in table:
                return kind, table[key]
        return None


REGISTRY = Registry()


def _wrap_failing(func: Callable[..., Any]) -> Callable[..., Any]:
    """Clear ErrorOccurred on entry; turn BuiltinFailure into WLanguage's error value."""

    def call(rt: Any, *args: Any) -> Any:
        rt.clear_error()
        try:
            return func(rt, *args)
        except BuiltinFailure as failure:
            rt.set_error(failure.message, failure.code, failure.details)
            if rt.error_handlers:
                raise NonFatalError(failure.message) from None
            return failure.value

    call.__name__ = func.__name__
    return call


class Family:
    """One WLanguage function family (a stdlib module)."""

    def __init__(self, name: str, registry: Registry = REGISTRY) -> None:
        self.name = name
        self.registry = registry
        registry.families.append(self)

    def function(self, en: str, fr: str, *aliases: str, can_fail: bool = False,
                 bare: bool = False) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Declare a built-in; `bare=True` lets a script use the name without parentheses."""

        def register(func: Callable[..., Any]) -> Callable[..., Any]:
            params = list(inspect.signature(func).parameters.values())[1:]
            required = sum(1 for p in params if p.kind == p.POSITIONAL_OR_KEYWORD
                           and p.default is p.empty)
            varargs = any(p.kind == p.VAR_POSITIONAL for p in params)
            positional = sum(1 for p in params if p.kind == p.POSITIONAL_OR_KEYWORD)
            b = Builtin(en, fr, func, required, None if varargs else positional,
                        can_fail, bare, self.name)
            b.call = _wrap_failing(func) if can_fail else func
            self.registry._add(self.registry.functions, (en, fr, *aliases), b)
            return func

        return register

    def constant(self, en: str, fr: str, value: Any, *aliases: str) -> Any:
        """Declare a constant such as `CR`/`RC` or `emailOptionSecuredTLS`."""
        self.registry._add(self.registry.constants, (en, fr, *aliases),
                           Entry(en, fr, value, self.name))
        return value

    def variable(self, en: str, fr: str, factory: Callable[[Any], Any], *aliases: str) -> None:
        """Declare a built-in variable (such as the `Email` structure); one per run,
        created by `factory(rt)` on first use."""
        self.registry._add(self.registry.variables, (en, fr, *aliases),
                           Entry(en, fr, factory, self.name))

    def type(self, en: str, fr: str, factory: Callable[[Any], Any], *aliases: str) -> None:
        """Declare a built-in type usable in declarations (`s is emailSMTPSession`);
        `factory(rt)` creates a fresh value."""
        self.registry._add(self.registry.types, (en, fr, *aliases),
                           Entry(en, fr, factory, self.name))


def load_stdlib() -> Registry:
    """Import every stdlib family once (they register on import)."""
    from . import stdlib  # noqa: F401  (wlinterp.stdlib -> stdlib/)
    return REGISTRY
