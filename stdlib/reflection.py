"""Reflection: GetDefinition / RécupèreDéfinition and the Definition / Définition type
(help pages ?1000019333, ?1000019540); the descriptions a Definition lists (Variable,
Procedure and Property Description: ?1000019560, ?1000019317, ?1000019324) are in
stdlib/reflection_descriptions.py.

VERIFIED on those pages: GetDefinition gives the definition of the *content's* type (a
`dynamic BaseClass` variable holding a DerivedClass object gives DerivedClass); a Null
element gives a Null definition with the non-fatal error "Element not allocated"; a
Definition's `Name` is the type's name and its `Variable` property the descriptions of the
members of a class or structure, reached by name (`MyDefinition.Variable["nValue"]`); a
Variable Description's `Associated` is False for a member of the element itself.
INFERRED (the property tables are cut off in the stored copies): the other properties
served here (`Variable`'s count and browsing, a Variable Description's `Name`,
`Definition`, `Declaration`, `Global`, `Inherited`), the French names, and the names of
simple types (docs/builtins.md "Reflection"). A Procedure Description's property names
are VERIFIED (?1000019317's table); what they give on a redefined method is INFERRED.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from wlinterp.errors import BuiltinFailure, WLError, WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.containers import StructDef, WLArray, WLStruct
from wlinterp.runtime.kinds import K_OBJECT, K_STRUCT
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.type_phrases import parse_type
from wlinterp.runtime.types import TypeSpec
from wlinterp.semantics.symbols import ACCESSORS
from wlinterp.syntax.names import fold

from .reflection_descriptions import (DescriptionList, WLProcedureDescription,
                                      WLPropertyDescription, WLVariableDescription, read_only)

family = Family("Reflection")

# Names of simple types, as the English framework would give them (INFERRED).
_SIMPLE = {bool: "boolean", int: "int", float: "real", str: "string", Decimal: "currency",
           WLArray: "array", WLAssoc: "associative array", V.UnicodeText: "unicode string",
           bytes: "buffer"}
# Types whose values look like another's at run time (a Date like its digit string, a
# Buffer like a string, an `int on 8 bytes` like an int): the compiler gives GetDefinition
# the declared one (compiler/builtin_calls.py), as the wl... constant TypeVar would give.
_HELD_NAMES = {"wldate": "date", "wltime": "time", "wldatetime": "datetime",
               "wlnumeric": "numeric", "wlbuffer": "buffer", "wlcharacter": "character",
               "wlunicodestring": "unicode string"}
# DefinitionFamily: the families ?1000019540 lists, in its order (INFERRED numbers)
_FAMILY_SIMPLE, _FAMILY_ADVANCED, _FAMILY_CLASS, _FAMILY_STRUCTURE = 1, 2, 3, 4
_KINDS = {"int": "int", "real": "real", "string": "string", "boolean": "boolean",
          "currency": "currency", "numeric": "numeric", "date": "date", "time": "time",
          "datetime": "datetime", "duration": "duration", "variant": "variant",
          "array": "array", "assoc": "associative array"}


class WLDefinition:
    """A Definition variable: a type's name and, for a class or structure, its members
    and methods (`procs`: the program's procedures, where the methods are read)."""

    __slots__ = ("name", "sdef", "ctx", "procs", "code")
    wl_type_name = "Definition"

    def __init__(self, name: str = "", sdef: StructDef | None = None, ctx: Any = None,
                 procs: list[Any] | None = None, code: int | None = None) -> None:
        self.name, self.sdef, self.ctx, self.procs = name, sdef, ctx, procs or []
        self.code = code  # Type, where the declaration tells it (declared)

    def declared(self, held: str, code: int) -> "WLDefinition":
        """The definition of a variable declared with a type whose values look like
        another's (`held`: the folded wl... constant TypeVar gives it, `code` its value):
        `GetDefinition(d)`, d a Date, is a date's (it said string)."""
        name = _HELD_NAMES.get(held, self.name)
        return WLDefinition(name, self.sdef, self.ctx, self.procs, code)

    def wl_get(self, name: str) -> object:
        key = fold(name)
        if key in ("name", "nom"):
            return self.name
        if key == "variable":
            return DescriptionList(self._variables(), "member")
        if key == "procedure":
            return DescriptionList(self._procedures(), "method")
        if key in ("property", "propriete"):
            return DescriptionList(self._properties(), "property")
        if key in ("definitionfamily", "familledefinition"):
            return self._family()
        if key == "type":
            return self._type_code()
        raise WLRuntimeError(f"A Definition variable has no property '{name}' (wlinterp "
                             "serves Name, Type, DefinitionFamily, Variable, Procedure and "
                             "Property).")

    def _family(self) -> int:
        """DefinitionFamily: the six families ?1000019540 lists, numbered in its order
        (INFERRED: the constants' names and values are not in the stored pages)."""
        if self.sdef is not None:
            return _FAMILY_CLASS if self.sdef.is_class or self._has_methods() \
                else _FAMILY_STRUCTURE
        simple = self.name in _KINDS.values() or self.name in _HELD_NAMES.values() \
            or self.name == "null"
        return _FAMILY_SIMPLE if simple and self.name not in ("array", "associative array") \
            else _FAMILY_ADVANCED

    def _type_code(self) -> int:
        """Type: the wl... constant TypeVar gives a value of the type (wlInstance for a
        class, wlStructure for a structure)."""
        from .typevar import WL_INSTANCE, WL_STRUCTURE, code_of_type_name
        if self.sdef is not None:
            return WL_INSTANCE if self._family() == _FAMILY_CLASS else WL_STRUCTURE
        return self.code if self.code is not None else code_of_type_name(self.name)

    def _has_methods(self) -> bool:
        return any(p.owner is not None and fold(p.owner) == fold(self.name)
                   for p in self.procs)

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        raise read_only("Definition", name)

    def of_declarer(self, declarer: StructDef | None) -> "WLDefinition":
        """A description's Declaration: the definition of the class that declares it."""
        if declarer is None:
            return WLDefinition()
        return WLDefinition(declarer.name, declarer, self.ctx, self.procs)

    def of_spec(self, spec: TypeSpec | None) -> "WLDefinition":
        """A member's Definition: that of its declared type."""
        return _of_spec(spec, self.ctx, self.procs)

    def of_text(self, text: str | None) -> "WLDefinition":
        """A property's Definition: that of the type its `<get>` declares (a variant
        without one)."""
        if not text or self.ctx is None:
            return WLDefinition("variant")
        try:
            spec = parse_type(text, self.ctx.structs, {})
        except WLError:
            return WLDefinition(text)
        return _of_spec(spec, self.ctx, self.procs)

    def copy(self) -> "WLDefinition":
        return self

    def _variables(self) -> list["WLVariableDescription"]:
        """The members of an object, in declaration order, the ancestors' first (GLOBAL
        members are not listed: decided, docs/builtins.md "Reflection")."""
        if self.sdef is None:
            return []
        return [WLVariableDescription(shown, spec, self._declarer(m), False, self)
                for m, shown, spec in self.sdef.members]

    def _procedures(self) -> list["WLProcedureDescription"]:
        """The methods of a class, the ancestors' first, each once (a redefinition in a
        derived class stands for the ancestor's), in declaration order; a property's
        `<get>`/`<set>` procedures are not methods."""
        found: dict[str, WLProcedureDescription] = {}
        for declarer in self._chain():
            for proc in self.procs:
                if proc.owner is not None and fold(proc.owner) == fold(declarer.name) \
                        and not any(m in ("<get>", "<set>") for m in proc.modifiers):
                    found.pop(fold(proc.name), None)
                    found[fold(proc.name)] = WLProcedureDescription(
                        proc.name, "global" in proc.modifiers or "globale" in proc.modifiers,
                        declarer, self)
        return list(found.values())

    def _chain(self) -> list[StructDef]:
        """The class and its ancestors, the farthest first."""
        chain: list[StructDef] = []
        sdef = self.sdef
        while sdef is not None and len(chain) < 64:
            chain.append(sdef)
            sdef = sdef.base
        return chain[::-1]

    def _properties(self) -> list["WLPropertyDescription"]:
        """The properties of a class (its `<get>` / `<set>` procedures), the ancestors'
        first, each once (a redefinition in a derived class stands for the ancestor's)."""
        found: dict[str, WLPropertyDescription] = {}
        for declarer in self._chain():
            for proc in self.procs:
                kind = next((ACCESSORS[m] for m in proc.modifiers if m in ACCESSORS), None)
                if kind is None or proc.owner is None \
                        or fold(proc.owner) != fold(declarer.name):
                    continue
                desc = found.get(fold(proc.name))
                if desc is None or desc.declarer is not declarer:
                    found.pop(fold(proc.name), None)
                    desc = found[fold(proc.name)] = WLPropertyDescription(
                        proc.name, False, declarer, self)
                desc.add(kind, proc)
        return list(found.values())

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


def _of_spec(spec: TypeSpec | None, ctx: Any, procs: list[Any] | None = None) -> WLDefinition:
    """The definition of a declared type (a member's)."""
    if spec is None:
        return WLDefinition("variant")
    if spec.kind in (K_STRUCT, K_OBJECT) and ctx is not None:
        sdef = ctx.structs.get(fold(spec.name))
        if sdef is not None:
            return WLDefinition(sdef.name, sdef, ctx, procs)
    return WLDefinition(spec.name if spec.kind in (K_STRUCT, K_OBJECT) and spec.name
                        else _KINDS.get(str(spec.kind), str(spec.kind)))


@family.function("GetDefinition", "RécupèreDéfinition", can_fail=True)
def get_definition(rt: Runtime, element: object) -> WLDefinition | None:
    """The definition of the element's content type (?1000019333): a class instance held
    by a dynamic variable of its base class gives its own class."""
    if element is None:
        raise BuiltinFailure("GetDefinition: element not allocated.", value=None)
    if getattr(element, "wl_null_content", False):  # a Variant holding Null (decided)
        from .typevar import WL_NULL
        return WLDefinition("null", code=WL_NULL)
    if isinstance(element, WLStruct):
        sdef = element.sdef
        program = rt.state.get("program")
        return WLDefinition(sdef.name, sdef, rt.typectx,
                            getattr(getattr(program, "tree", None), "procedures", None))
    for kind, name in _SIMPLE.items():
        if type(element) is kind:
            return WLDefinition(name)
    name = getattr(element, "wl_type_name", "")
    if not name:
        raise BuiltinFailure("GetDefinition: invalid definition.", value=None)
    return WLDefinition(str(name))


family.type("Definition", "Définition", lambda rt: WLDefinition())
family.type("Variable Description", "Description de Variable",
            lambda rt: WLVariableDescription("", None, None, False, WLDefinition()),
            "VariableDescription", "DescriptionDeVariable")
family.type("Property Description", "Description de Propriété",
            lambda rt: WLPropertyDescription("", False, None, WLDefinition()),
            "PropertyDescription", "DescriptionDePropriete")
family.type("Procedure Description", "Description de Procédure",
            lambda rt: WLProcedureDescription("", False, None, WLDefinition()),
            "ProcedureDescription", "DescriptionDeProcedure")
