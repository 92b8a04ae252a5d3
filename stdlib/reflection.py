"""Reflection: GetDefinition / RécupèreDéfinition, the Definition / Définition type and the
Variable Description / Description de Variable type (help pages ?1000019333, ?1000019540,
?1000019560).

VERIFIED on those pages: GetDefinition gives the definition of the *content's* type (a
`dynamic BaseClass` variable holding a DerivedClass object gives DerivedClass); a Null
element gives a Null definition with the non-fatal error "Element not allocated"; a
Definition's `Name` is the type's name and its `Variable` property the descriptions of the
members of a class or structure, reached by name (`MyDefinition.Variable["nValue"]`); a
Variable Description's `Associated` is False for a member of the element itself.
INFERRED (the property tables are cut off in the stored copies): the other properties
served here (`Variable`'s count and browsing, a Variable Description's `Name`,
`Definition`, `Declaration`, `Global`, `Inherited`), the French names, and the names of
simple types (docs/builtins.md "Reflection").
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.containers import StructDef, WLArray, WLStruct
from wlinterp.runtime.kinds import K_OBJECT, K_STRUCT
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import TypeSpec
from wlinterp.syntax.names import fold

family = Family("Reflection")

# Names of simple types, as the English framework would give them (INFERRED).
_SIMPLE = {bool: "boolean", int: "int", float: "real", str: "string", Decimal: "numeric",
           WLArray: "array", WLAssoc: "associative array"}
_KINDS = {"int": "int", "real": "real", "string": "string", "boolean": "boolean",
          "currency": "currency", "numeric": "numeric", "date": "date", "time": "time",
          "datetime": "datetime", "duration": "duration", "variant": "variant",
          "array": "array", "assoc": "associative array"}


def _read_only(kind: str, name: str) -> WLRuntimeError:
    return WLRuntimeError(f"The property '{name}' of a {kind} variable is read-only.")


class WLDefinition:
    """A Definition variable: a type's name and, for a class or structure, its members."""

    __slots__ = ("name", "sdef", "ctx")
    wl_type_name = "Definition"

    def __init__(self, name: str = "", sdef: StructDef | None = None, ctx: Any = None) -> None:
        self.name, self.sdef, self.ctx = name, sdef, ctx

    def wl_get(self, name: str) -> object:
        key = fold(name)
        if key in ("name", "nom"):
            return self.name
        if key == "variable":
            return DescriptionList(self._variables())
        raise WLRuntimeError(f"A Definition variable has no property '{name}' (wlinterp "
                             "serves Name and Variable).")

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        raise _read_only("Definition", name)

    def copy(self) -> "WLDefinition":
        return self

    def _variables(self) -> list["WLVariableDescription"]:
        """The members of an object, in declaration order, the ancestors' first (GLOBAL
        members are not listed: decided, docs/builtins.md "Reflection")."""
        if self.sdef is None:
            return []
        return [WLVariableDescription(shown, spec, self._declarer(m), False, self)
                for m, shown, spec in self.sdef.members]

    def _declarer(self, member: str) -> StructDef:
        """The class of the lineage that declares `member` (the farthest ancestor that has
        it)."""
        found, sdef = self.sdef, self.sdef
        while sdef is not None:
            if any(m == member for m, _, _ in sdef.members):
                found = sdef
            sdef = sdef.base
        assert found is not None
        return found


class WLVariableDescription:
    """A Variable Description: one member of a class or structure."""

    __slots__ = ("name", "spec", "declarer", "is_global", "owner")
    wl_type_name = "Variable Description"

    def __init__(self, name: str, spec: TypeSpec | None, declarer: StructDef | None,
                 is_global: bool, owner: WLDefinition | None) -> None:
        self.name, self.spec, self.declarer = name, spec, declarer
        self.is_global, self.owner = is_global, owner

    def wl_get(self, name: str) -> object:
        key = fold(name)
        owner = self.owner
        ctx = owner.ctx if owner is not None else None
        if key in ("name", "nom"):
            return self.name
        if key in ("definition",):
            return _of_spec(self.spec, ctx)
        if key == "declaration":
            return WLDefinition(self.declarer.name, self.declarer, ctx) if self.declarer \
                else WLDefinition()
        if key in ("global", "globale"):
            return self.is_global
        if key in ("inherited", "herite", "heritee"):
            return owner is not None and self.declarer is not owner.sdef
        if key in ("associated", "associe", "associee"):
            return False
        raise WLRuntimeError(f"A Variable Description variable has no property '{name}' "
                             "(wlinterp serves Name, Definition, Declaration, Global, "
                             "Inherited and Associated).")

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        raise _read_only("Variable Description", name)

    def copy(self) -> "WLVariableDescription":
        return self


class DescriptionList:
    """A Definition's `Variable` property: browsed with FOR EACH, counted, and indexed by
    position or by member name."""

    __slots__ = ("items",)
    wl_type_name = "array"

    def __init__(self, items: list[WLVariableDescription]) -> None:
        self.items = items

    def wl_index(self, key: object) -> WLVariableDescription:
        if isinstance(key, str):
            wanted = fold(key)
            for item in self.items:
                if fold(item.name) == wanted:
                    return item
            raise WLRuntimeError(f"The definition has no member '{key}'.")
        i = V.to_int(key)
        if not 1 <= i <= len(self.items):
            raise WLRuntimeError(f"Index {i} is out of range: the definition has "
                                 f"{len(self.items)} member(s).")
        return self.items[i - 1]

    def wl_iter(self) -> list[WLVariableDescription]:
        return list(self.items)

    def wl_get(self, name: str) -> object:
        if fold(name) in ("count", "occurrence"):
            return len(self.items)
        raise WLRuntimeError(f"The list of members has no property '{name}'.")


def _of_spec(spec: TypeSpec | None, ctx: Any) -> WLDefinition:
    """The definition of a declared type (a member's)."""
    if spec is None:
        return WLDefinition("variant")
    if spec.kind in (K_STRUCT, K_OBJECT) and ctx is not None:
        sdef = ctx.structs.get(fold(spec.name))
        if sdef is not None:
            return WLDefinition(sdef.name, sdef, ctx)
    return WLDefinition(spec.name if spec.kind in (K_STRUCT, K_OBJECT) and spec.name
                        else _KINDS.get(str(spec.kind), str(spec.kind)))


@family.function("GetDefinition", "RécupèreDéfinition", can_fail=True)
def get_definition(rt: Runtime, element: object) -> WLDefinition | None:
    """The definition of the element's content type (?1000019333): a class instance held
    by a dynamic variable of its base class gives its own class."""
    if element is None:
        raise BuiltinFailure("GetDefinition: element not allocated.", value=None)
    if isinstance(element, WLStruct):
        sdef = element.sdef
        return WLDefinition(sdef.name, sdef, rt.typectx)
    for kind, name in _SIMPLE.items():
        if type(element) is kind:
            return WLDefinition(name)
    name = getattr(element, "wl_type_name", "")
    if not name:
        raise BuiltinFailure("GetDefinition: invalid definition.", value=None)
    return WLDefinition(str(name))


family.type("Definition", "Définition", lambda rt: WLDefinition())
family.type("Variable Description", "Description de Variable",
            lambda rt: WLVariableDescription("", None, None, False, None),
            "VariableDescription", "DescriptionDeVariable")
