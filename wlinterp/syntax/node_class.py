"""The machinery behind the AST classes of nodes.py: dataclass-like records (fields from
the class annotations, defaults, `field(default_factory=..., metadata=...)`, `fields()`,
field-wise `==` and `repr`, `__slots__`), without dataclasses' cost at import. The fields
and the lazily compiled `__init__` are records.py's; this adds the slots.

`@dataclass` generates and compiles `__init__`, `__repr__` and `__eq__` for every class
and rebuilds each class for its slots: for the AST's ~60 classes that was a fifth of a
one-line script's start-up. Here the class is built once with its slots (a metaclass adds
them before the class exists), `repr`/`==` are shared, and a class's `__init__` (the only
generated code, needed for parsing speed) is compiled the first time the class is
instantiated: a script pays only for the node kinds it contains.
"""
from __future__ import annotations

__all__ = ["Record", "Field", "field", "fields"]

from typing import Any, dataclass_transform

from ..records import MISSING as _MISSING, Field, check_order, field, fields, first_init


@dataclass_transform(field_specifiers=(field,))  # type checkers see dataclass-like __init__s
class _RecordMeta(type):
    """Reads the annotations of the class body into `_fields` and `__slots__`."""

    def __new__(mcls, name: str, bases: tuple[type, ...], ns: dict[str, Any]) -> Any:
        inherited: tuple[Field, ...] = tuple(f for b in bases for f in getattr(b, "_fields", ()))
        mine = []
        for fname, ftype in ns.get("__annotations__", {}).items():
            value = ns.pop(fname, _MISSING)
            if isinstance(value, Field):
                mine.append(value.named(fname, str(ftype)))
            else:
                mine.append(Field(fname, str(ftype), value))
        all_fields = inherited + tuple(mine)
        check_order(name, all_fields)
        ns["__slots__"] = tuple(f.name for f in mine)
        ns["_fields"] = all_fields
        ns["__match_args__"] = tuple(f.name for f in all_fields)
        ns.setdefault("__init__", first_init)
        return super().__new__(mcls, name, bases, ns)


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
