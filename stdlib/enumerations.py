"""Enumerations and combinations from their names and values: EnumerationFromName /
EnumérationDepuisNom, EnumerationFromValue / EnumérationDepuisValeur,
EnumerationCheckName / EnumérationVérifieNom, EnumerationCheckValue /
EnumérationVérifieValeur, CombinationFromName / CombinaisonDepuisNom,
CombinationFromValue / CombinaisonDepuisValeur, CombinationCheckName /
CombinaisonVérifieNom (docs/builtins.md, "Enumerations and combinations by name").

They turn what a file or a text stored (a name, an associated value, a combination's
integer) back into a value of the type, which the type's own variables refuse to take
directly (?1514067). The first argument is the enumeration or combination named as a
value (`EnumerationFromName(Colors, "Green")`).
"""
from __future__ import annotations

from typing import TypeVar

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, TextArg
from wlinterp.runtime.comparisons import w_eq
from wlinterp.runtime.enums import WLCombType, WLEnumType, WLEnumValue
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .strings import int_arg, text_arg

family = Family("Enumerations")
T = TypeVar("T")


def _enumeration(kind: object, fname: str) -> WLEnumType:
    """The enumeration argument, or a WLanguage error naming what was given instead."""
    if isinstance(kind, WLEnumType):
        return kind
    raise WLRuntimeError(f"{fname}: the first parameter must be an enumeration "
                         f"(its name), not '{_shown(kind)}'.")


def _combination(kind: object, fname: str) -> WLCombType:
    """The combination argument, or a WLanguage error naming what was given instead."""
    if isinstance(kind, WLCombType):
        return kind
    raise WLRuntimeError(f"{fname}: the first parameter must be a combination "
                         f"(its name), not '{_shown(kind)}'.")


def _shown(value: object) -> str:
    """A wrong first argument as the error message shows it."""
    text = getattr(value, "wl_text", None)
    return text() if text is not None else str(value)


def _key(name: object, fname: str) -> str:
    """A name argument as names compare in WLanguage (case and accents ignored), read
    before the first argument is checked so a wrong text argument is reported first."""
    return fold(text_arg(name, fname).strip())


def _by_name(kind: WLEnumType, key: str) -> WLEnumValue | None:
    """The value whose folded name is `key`, or None."""
    return next((v for v in kind.values if fold(v.name) == key), None)


def _by_value(kind: WLEnumType, value: object) -> WLEnumValue | None:
    """The first value (declaration order) whose associated value equals `value`."""
    if isinstance(value, WLEnumValue):
        return value if value in kind.values else None
    return next((v for v in kind.values if w_eq(v.value, value)), None)


def _option(kind: WLCombType, key: str) -> int | None:
    """The flag of the option whose folded name is `key`, or None."""
    ranks = [i for i, n in enumerate(kind.options) if fold(n) == key]
    return 1 << ranks[0] if ranks else None


def _named(found: T | None, name: object, what: str, owner: str) -> T:
    """What a FromName function found, or the WLanguage error saying the name is none
    of the type's."""
    if found is None:
        raise WLRuntimeError(f"'{_shown(name)}' is not {what} {owner}.")
    return found


@family.function("EnumerationFromName", "EnumérationDepuisNom")
def enumeration_from_name(rt: Runtime, kind: object, name: TextArg) -> WLEnumValue:
    """The value of the enumeration called `name`; an unknown name is a WLanguage error
    (*inferred*: EnumerationCheckName is there to test it first)."""
    key = _key(name, "EnumerationFromName")
    enum = _enumeration(kind, "EnumerationFromName")
    return _named(_by_name(enum, key), name, "a value of the enumeration", enum.name)


@family.function("EnumerationFromValue", "EnumérationDepuisValeur")
def enumeration_from_value(rt: Runtime, kind: object, value: object) -> WLEnumValue:
    """The value of the enumeration whose associated value (..Value) is `value`; the
    first declared one when aliases share it; none is a WLanguage error (*inferred*)."""
    enum = _enumeration(kind, "EnumerationFromValue")
    found = _by_value(enum, value)
    if found is None:
        raise WLRuntimeError(f"No value of the enumeration {enum.name} "
                             f"is associated with '{_shown(value)}'.")
    return found


@family.function("EnumerationCheckName", "EnumérationVérifieNom")
def enumeration_check_name(rt: Runtime, kind: object, name: TextArg) -> bool:
    """True when the enumeration has a value called `name` (case and accents ignored)."""
    key = _key(name, "EnumerationCheckName")
    return _by_name(_enumeration(kind, "EnumerationCheckName"), key) is not None


@family.function("EnumerationCheckValue", "EnumérationVérifieValeur")
def enumeration_check_value(rt: Runtime, kind: object, value: object) -> bool:
    """True when a value of the enumeration has `value` as its associated value."""
    return _by_value(_enumeration(kind, "EnumerationCheckValue"), value) is not None


@family.function("CombinationFromName", "CombinaisonDepuisNom")
def combination_from_name(rt: Runtime, kind: object, name: TextArg) -> int:
    """The option of the combination called `name`, as the combination value holding
    that option alone; an unknown name is a WLanguage error (*inferred*)."""
    key = _key(name, "CombinationFromName")
    comb = _combination(kind, "CombinationFromName")
    return _named(_option(comb, key), name, "an option of the combination", comb.name)


@family.function("CombinationFromValue", "CombinaisonDepuisValeur")
def combination_from_value(rt: Runtime, kind: object, value: object) -> int:
    """The combination `value` stands for: the option whose associated value it is, else
    the options whose values it sums (a stored role 17 = `Default_Photo = 1` +
    `Photo_Back = 16`); an option without an associated value stands for its flag (1, 2,
    4...). Nothing that adds up to it is a WLanguage error (docs/semantics.md
    "CombinationFromValue of a combined value": *decided*)."""
    comb = _combination(kind, "CombinationFromValue")
    owned = [(1 << n, comb_value(comb, n)) for n in range(len(comb.options))]
    exact = [flag for flag, v in owned if w_eq(v, value)]
    if exact:
        return exact[0]
    wanted = int_arg(value, "CombinationFromValue")
    parts = [(flag, v) for flag, v in owned if isinstance(v, int) and not isinstance(v, bool)
             and v > 0 and v & wanted == v]
    covered = 0
    for _, v in parts:
        covered |= v
    if wanted < 0 or covered != wanted:
        raise WLRuntimeError(f"{wanted} is not a value of the combination {comb.name}.")
    return sum(flag for flag, _ in parts)


def comb_value(comb: WLCombType, n: int) -> object:
    """Option `n`'s (0-based) associated value, an integer when it is a whole number;
    its flag when none is declared."""
    v = comb.values[n]
    if v is None:
        return 1 << n
    if not isinstance(v, (bool, str)) and v == int(v):  # 16 written 16.0 or as a Decimal
        return int(v)
    return v


@family.function("CombinationCheckName", "CombinaisonVérifieNom")
def combination_check_name(rt: Runtime, kind: object, name: TextArg) -> bool:
    """True when the combination has an option called `name` (case and accents ignored)."""
    key = _key(name, "CombinationCheckName")
    return _option(_combination(kind, "CombinationCheckName"), key) is not None
