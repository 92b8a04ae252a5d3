"""Values of an enumeration (`Colors is Enumeration / Red / Green = "g" / END`).

*Decided* (docs/semantics.md): a value converts to its name as text; `..Name` is the
name, `..Value` the associated value (its 1-based rank when none is given); values are
equal only to themselves. A combination's values are bit flags (1, 2, 4...) combined
with `+` or `|`.
"""
from __future__ import annotations

__all__ = ["WLCombType", "WLEnumType", "WLEnumValue", "CombinationValue", "combination_marked",
           "combination_names", "combination_value"]

from typing import Any

from ..errors import WLRuntimeError


class WLEnumValue:
    __slots__ = ("enum", "name", "rank", "value")
    wl_type_name = "enumeration"

    def __init__(self, enum: str, name: str, rank: int, value: Any = None) -> None:
        self.enum, self.name, self.rank = enum, name, rank
        self.value = rank if value is None else value

    def wl_text(self) -> str:
        return self.name

    def wl_equals(self, other: object) -> bool:
        return other is self

    def wl_get(self, prop: str) -> Any:
        if prop in ("name", "nom"):
            return self.name
        if prop in ("value", "valeur"):
            return self.value
        if prop in ("caption", "libelle"):  # *decided*: no caption is declared here
            return self.name
        raise WLRuntimeError(f"An enumeration value has no property '{prop}'.")

    def __repr__(self) -> str:
        return f"{self.enum}.{self.name}"


class WLEnumType:
    """The enumeration itself, named as a value: `FOR EACH v OF Colors` goes through its
    values in their declared order; `..Count` / `..Occurrence` is how many it has."""

    __slots__ = ("name", "values")
    wl_type_name = "enumeration"

    def __init__(self, name: str, values: list[WLEnumValue]) -> None:
        self.name, self.values = name, values

    def wl_iter(self) -> list[WLEnumValue]:
        return self.values

    def wl_text(self) -> str:
        return self.name

    def wl_get(self, prop: str) -> Any:
        if prop in ("count", "occurrence", "nboccurrence", "name", "nom"):
            return self.name if prop in ("name", "nom") else len(self.values)
        raise WLRuntimeError(f"An enumeration has no property '{prop}'.")

    def __repr__(self) -> str:
        return f"enumeration {self.name}"


class WLCombType:
    """A combination named as a value (`CombinationFromName(Options, "Bold")`): its
    options' names in declared order, each option's flag being 1 << its rank - 1, and
    their associated values (`Option = 16`; None where none is declared)."""

    __slots__ = ("name", "options", "values")
    wl_type_name = "combination"

    def __init__(self, name: str, options: list[str],
                 values: "list[Any] | None" = None) -> None:
        self.name, self.options = name, options
        self.values = values if values is not None else [None] * len(options)

    def flags(self) -> int:
        """Every flag of the combination set: what a valid combination value fits in."""
        return (1 << len(self.options)) - 1

    def wl_text(self) -> str:
        return self.name

    def wl_get(self, prop: str) -> Any:
        if prop in ("name", "nom"):
            return self.name
        raise WLRuntimeError(f"A combination has no property '{prop}'.")

    def __repr__(self) -> str:
        return f"combination {self.name}"


class CombinationValue(int):
    """A combination's value gone where no declaration tells its type (a built-in's
    argument: Trace, Info; a Variant, an untyped parameter, a text it is joined to or
    stored into): still its flags for every number use, and its text is the names of its
    options, as `c..Name` gives them (decided: docs/semantics.md "A combination shown";
    it was its number). Made by combination_marked, where the compiler knows the type."""

    comb: WLCombType

    def __new__(cls, value: int, comb: WLCombType) -> "CombinationValue":
        made = int.__new__(cls, value)
        made.comb = comb
        return made

    def wl_num(self) -> int:
        return int(self)

    def __reduce__(self) -> tuple[type, tuple[int, WLCombType]]:
        """Copied (copy, pickle) with its combination, which `__new__` needs."""
        return (CombinationValue, (int(self), self.comb))

    def wl_text(self) -> str:
        """The options' names; a value with a flag the combination lacks, its number."""
        n = int(self)
        return str(n) if n < 0 or n & ~self.comb.flags() else combination_names(n, self.comb)

    def __repr__(self) -> str:
        return f"{self.comb.name}({int(self)})"


def combination_marked(value: object, comb: object) -> object:
    """`value`, the value of an expression declared of the combination `comb`, marked
    with it (CombinationValue) where it leaves its declared type; anything else (Null, a
    value that is no integer) as it is."""
    if type(value) is int and isinstance(comb, WLCombType):
        return CombinationValue(value, comb)
    return value


def combination_names(value: object, comb: object) -> str:
    """`c..Name` on a variable of a combination: the names of the options set in `c`, in
    their declared order, joined by " + " as the value is written in code (`Read +
    Write`); "" when none is set (*decided*: docs/semantics.md "Enumerations and
    combinations"). A value that is no combination's (Null...) has no option set."""
    if not isinstance(comb, WLCombType) or not isinstance(value, int) or type(value) is bool:
        return ""
    return " + ".join(name for rank, name in enumerate(comb.options)
                      if value >> rank & 1)


def combination_value(value: object, comb: object) -> Any:
    """`c..Value` on a variable of a combination: the associated values of the options
    set in `c` (an option without one stands for its flag 1, 2, 4... by rank), combined
    as flags are (`|`), so that CombinationFromValue reads it back; one option set gives
    its own value whatever its type; none set gives 0 (*decided*: docs/semantics.md
    "Enumerations and combinations"). A value that is no combination's is itself."""
    if not isinstance(comb, WLCombType) or not isinstance(value, int) or type(value) is bool:
        return value
    own = [comb.values[rank] if comb.values[rank] is not None else 1 << rank
           for rank in range(len(comb.options)) if value >> rank & 1]
    if len(own) == 1:
        return own[0]
    total = 0
    for v in own:
        total |= v if type(v) is int else 0
    return total
