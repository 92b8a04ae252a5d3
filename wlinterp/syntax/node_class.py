"""The machinery behind the AST classes of nodes.py: dataclass-like records (fields from
the class annotations, defaults, `field(default_factory=..., metadata=...)`, `fields()`,
field-wise `==` and `repr`, `__slots__`), without dataclasses' cost at import.

`@dataclass` generates and compiles `__init__`, `__repr__` and `__eq__` for every class
and rebuilds each class for its slots: for the AST's ~60 classes that was a fifth of a
one-line script's start-up. Here the class is built once with its slots (a metaclass adds
them before the class exists), `repr`/`==` are shared, and a class's `__init__` (the only
generated code, needed for parsing speed) is compiled the first time the class is
instantiated: a script pays only for the node kinds it contains.
"""
from __future__ import annotations

__all__ = ["Record", "Field", "field", "fields"]

from typing import Any, Callable, dataclass_transform

_MISSING: Any = object()


class Field:
    """One declared field: its name, type (the annotation's text), default or default
    factory, and metadata (`{"walk": False}`: not walked, walk.py)."""

    __slots__ = ("name", "type", "default", "factory", "metadata")

    def __init__(self, name: str, type: str, default: Any = _MISSING,
                 factory: Callable[[], Any] | None = None,
                 metadata: dict[str, Any] | None = None) -> None:
        self.name = name
        self.type = type
        self.default = default
        self.factory = factory
        self.metadata = metadata or {}

    def __repr__(self) -> str:
        return f"Field({self.name!r}, {self.type!r})"


def field(*, default: Any = _MISSING, default_factory: Callable[[], Any] | None = None,
          metadata: dict[str, Any] | None = None) -> Any:
    """A field with a default factory or metadata (as dataclasses.field)."""
    return Field("", "", default, default_factory, metadata)


def fields(obj: Any) -> tuple[Field, ...]:
    """The fields of a record class or instance, inherited ones first."""
    cls = obj if isinstance(obj, type) else type(obj)
    found = getattr(cls, "_fields", None)
    if found is None:
        raise TypeError(f"{cls.__name__} is not a record class")
    return found


@dataclass_transform(field_specifiers=(field,))  # type checkers see dataclass-like __init__s
class _RecordMeta(type):
    """Reads the annotations of the class body into `_fields` and `__slots__`."""

    def __new__(mcls, name: str, bases: tuple[type, ...], ns: dict[str, Any]) -> Any:
        inherited: tuple[Field, ...] = tuple(f for b in bases for f in getattr(b, "_fields", ()))
        mine = []
        for fname, ftype in ns.get("__annotations__", {}).items():
            value = ns.pop(fname, _MISSING)
            if isinstance(value, Field):
                mine.append(Field(fname, str(ftype), value.default, value.factory, value.metadata))
            else:
                mine.append(Field(fname, str(ftype), value))
        all_fields = inherited + tuple(mine)
        _check_order(name, all_fields)
        ns["__slots__"] = tuple(f.name for f in mine)
        ns["_fields"] = all_fields
        ns["__match_args__"] = tuple(f.name for f in all_fields)
        ns.setdefault("__init__", _first_init)
        return super().__new__(mcls, name, bases, ns)


def _check_order(name: str, all_fields: tuple[Field, ...]) -> None:
    seen_default = False
    for f in all_fields:
        has_default = f.default is not _MISSING or f.factory is not None
        if seen_default and not has_default:
            raise TypeError(f"{name}: field {f.name!r} without a default follows one with")
        seen_default = seen_default or has_default


def _first_init(self: Any, *args: Any, **kwargs: Any) -> None:
    """Every record class's `__init__` until its first instance: compiles the real one,
    installs it on the class, and runs it."""
    cls = type(self)
    real = _make_init(cls)
    cls.__init__ = real
    real(self, *args, **kwargs)


def _make_init(cls: type) -> Callable[..., None]:
    """`def __init__(self, line, col, name, base=<default>, ...)`: one assignment a field."""
    env: dict[str, Any] = {"_MISSING": _MISSING}
    params, body = [], []
    for f in fields(cls):
        if f.factory is not None:
            env[f"_f_{f.name}"] = f.factory
            params.append(f"{f.name}=_MISSING")
            body.append(f"self.{f.name} = _f_{f.name}() if {f.name} is _MISSING else {f.name}")
        else:
            if f.default is not _MISSING:
                env[f"_d_{f.name}"] = f.default
                params.append(f"{f.name}=_d_{f.name}")
            else:
                params.append(f.name)
            body.append(f"self.{f.name} = {f.name}")
    source = (f"def __init__(self, {', '.join(params)}):\n    "
              + ("\n    ".join(body) or "pass") + "\n")
    exec(compile(source, f"<record {cls.__qualname__}>", "exec"), env)
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


class Record(metaclass=_RecordMeta):
    """Base of the AST classes: field-wise equality and a readable repr."""

    def __repr__(self) -> str:
        inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self))
        return f"{type(self).__qualname__}({inner})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, f.name) == getattr(other, f.name) for f in fields(self))

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value
