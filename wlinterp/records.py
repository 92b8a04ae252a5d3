"""Dataclass-like records without the cost of `dataclasses` at start-up.

Importing `dataclasses` (it imports `inspect`, `ast`, `dis`, `tokenize`...) and building
twenty classes with it was about a fifth of the instructions of `wl run` on a one-line
script. `@record` gives the behaviour the project relies on: an `__init__` from the class
annotations (defaults, `field(default_factory=...)`), field-wise `==` (`__hash__` None),
a `repr` (`field(repr=False)` leaves a field out; a record that contains itself shows
`...`), and with `frozen=True` immutability and a field-wise hash. `replace()` copies a
record with some fields changed. A class's `__init__` is compiled the first time the
class is instantiated, so a run pays only for the records it makes. syntax/node_class.py
builds the AST classes on the same pieces (with slots, through a metaclass).
"""
from __future__ import annotations

__all__ = ["record", "field", "fields", "replace", "Field", "FrozenInstanceError"]

from _thread import get_ident
from operator import attrgetter
from typing import Any, Callable, TypeVar, dataclass_transform

MISSING: Any = object()
_T = TypeVar("_T")


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen record (as dataclasses.FrozenInstanceError)."""


class Field:
    """One declared field: its name, type (the annotation's text), default or default
    factory, whether `repr` shows it, and metadata (`{"walk": False}`: walk.py)."""

    __slots__ = ("name", "type", "default", "factory", "metadata", "repr")

    def __init__(self, name: str, type: str, default: Any = MISSING,
                 factory: Callable[[], Any] | None = None,
                 metadata: dict[str, Any] | None = None, repr: bool = True) -> None:
        self.name = name
        self.type = type
        self.default = default
        self.factory = factory
        self.metadata = metadata or {}
        self.repr = repr

    def named(self, name: str, type: str) -> "Field":
        """This field's settings under its declared name and annotation."""
        return Field(name, type, self.default, self.factory, self.metadata, self.repr)

    def __repr__(self) -> str:
        return f"Field({self.name!r}, {self.type!r})"


def field(*, default: Any = MISSING, default_factory: Callable[[], Any] | None = None,
          metadata: dict[str, Any] | None = None, repr: bool = True) -> Any:
    """A field with a default factory, metadata or no repr (as dataclasses.field)."""
    return Field("", "", default, default_factory, metadata, repr)


def fields(obj: Any) -> tuple[Field, ...]:
    """The fields of a record class or instance, inherited ones first."""
    cls = obj if isinstance(obj, type) else type(obj)
    found = getattr(cls, "_fields", None)
    if found is None:
        raise TypeError(f"{cls.__name__} is not a record class")
    return found


def check_order(name: str, all_fields: tuple[Field, ...]) -> None:
    """A field without a default may not follow one with (as in a `def`)."""
    seen_default = False
    for f in all_fields:
        has_default = f.default is not MISSING or f.factory is not None
        if seen_default and not has_default:
            raise TypeError(f"{name}: field {f.name!r} without a default follows one with")
        seen_default = seen_default or has_default


def first_init(self: Any, *args: Any, **kwargs: Any) -> None:
    """Every record class's `__init__` until its first instance: compiles the real one,
    installs it on the class, and runs it."""
    cls = type(self)
    real = make_init(cls, getattr(cls, "_frozen", False))
    cls.__init__ = real
    real(self, *args, **kwargs)


def make_init(cls: type, frozen: bool = False) -> Callable[..., None]:
    """`def __init__(self, name, base=<default>, ...)`: one assignment a field (through
    `object.__setattr__` for a frozen record), then `__post_init__()` if the class has one."""
    env: dict[str, Any] = {"_MISSING": MISSING, "_set": object.__setattr__}
    params, body = [], []
    for f in fields(cls):
        if f.factory is not None:
            env[f"_f_{f.name}"] = f.factory
            params.append(f"{f.name}=_MISSING")
            value = f"_f_{f.name}() if {f.name} is _MISSING else {f.name}"
        else:
            if f.default is not MISSING:
                env[f"_d_{f.name}"] = f.default
                params.append(f"{f.name}=_d_{f.name}")
            else:
                params.append(f.name)
            value = f.name
        body.append(f"_set(self, {f.name!r}, {value})" if frozen else f"self.{f.name} = {value}")
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    source = (f"def __init__(self, {', '.join(params)}):\n    "
              + ("\n    ".join(body) or "pass") + "\n")
    exec(compile(source, f"<record {cls.__qualname__}>", "exec"), env)
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


_REPRS: set[tuple[int, int]] = set()  # records being shown (a record that holds itself)


def _repr(self: Any) -> str:
    key = (id(self), get_ident())
    if key in _REPRS:
        return "..."
    _REPRS.add(key)
    try:
        inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.repr)
    finally:
        _REPRS.discard(key)
    return f"{type(self).__qualname__}({inner})"


def _values_getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple of a record's field values (what `==` and the hash compare), by C code."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


def _eq(self: Any, other: object) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    values: Callable[[Any], tuple[Any, ...]] = getattr(self, "_record_values")
    return values(self) == values(other)


def _hash(self: Any) -> int:
    return hash(self._record_values(self))


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


@dataclass_transform(field_specifiers=(field,))  # type checkers see dataclass-like __init__s
def record(cls: type[_T] | None = None, *, frozen: bool = False) -> Any:
    """Make `cls` a record (used as `@record` or `@record(frozen=True)`)."""
    def make(cls: type[_T]) -> type[_T]:
        inherited: tuple[Field, ...] = next(
            (b.__dict__["_fields"] for b in cls.__mro__[1:] if "_fields" in b.__dict__), ())
        mine = []
        for name, ftype in cls.__dict__.get("__annotations__", {}).items():
            value = cls.__dict__.get(name, MISSING)
            if isinstance(value, Field):
                mine.append(value.named(name, str(ftype)))
                if value.default is MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, value.default)
            else:
                mine.append(Field(name, str(ftype), value))
        own = {f.name for f in mine}
        all_fields = tuple(f for f in inherited if f.name not in own) + tuple(mine)
        check_order(cls.__name__, all_fields)
        names = tuple(f.name for f in all_fields)
        made: dict[str, Any] = {"_fields": all_fields, "__match_args__": names,
                                "_frozen": frozen,
                                "_record_values": staticmethod(_values_getter(names))}
        if "__init__" not in cls.__dict__:
            made["__init__"] = first_init
        if "__repr__" not in cls.__dict__:
            made["__repr__"] = _repr
        if "__eq__" not in cls.__dict__:
            made["__eq__"] = _eq
            made["__hash__"] = _hash if frozen else None
        if frozen:
            made["__setattr__"] = _frozen_setattr
            made["__delattr__"] = _frozen_delattr
        for name, value in made.items():
            setattr(cls, name, value)
        return cls
    return make if cls is None else make(cls)


def replace(obj: _T, **changes: Any) -> _T:
    """A copy of the record `obj` with `changes` (as dataclasses.replace)."""
    for f in fields(obj):
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    maker: Any = type(obj)
    return maker(**changes)
