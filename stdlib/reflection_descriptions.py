"""Reflection's descriptions: the Variable Description / Description de Variable,
Procedure Description / Description de Procédure and Property Description / Description de
Propriété types (help pages ?1000019560, ?1000019317, ?1000019324), and the list a
Definition's `Variable`, `Procedure` and `Property` give. A description describes one
member of a class or structure; the Definitions it gives (its `Declaration`, its
`Definition`) are made by the Definition it was read from (stdlib/reflection.py), so this
module needs no Definition of its own. What is VERIFIED and INFERRED: stdlib/reflection.py.
"""
from __future__ import annotations

from typing import Any, Protocol, Sequence

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime import values as V
from wlinterp.runtime.containers import StructDef
from wlinterp.runtime.method_args import call_method
from wlinterp.runtime.objects import call_class_method
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import TypeSpec
from wlinterp.syntax.names import fold


def read_only(kind: str, name: str) -> WLRuntimeError:
    """The error of a write to a reflection value's property (they are all read-only)."""
    return WLRuntimeError(f"The property '{name}' of a {kind} variable is read-only.")


class Owner(Protocol):
    """The Definition a description was read from (stdlib/reflection.py WLDefinition):
    it makes the Definitions a description gives."""

    sdef: StructDef | None

    def of_declarer(self, declarer: StructDef | None) -> Any: ...

    def of_spec(self, spec: TypeSpec | None) -> Any: ...

    def of_text(self, text: str | None) -> Any: ...


class _Description:
    """What a Variable Description and a Procedure Description share: a member of a
    class, the class that declares it and the Definition it was read from."""

    __slots__ = ("name", "is_global", "declarer", "owner")
    wl_type_name = ""
    served = ""  # the properties wlinterp serves, for the error naming them

    def __init__(self, name: str, is_global: bool, declarer: StructDef | None,
                 owner: Owner) -> None:
        self.name, self.is_global, self.declarer, self.owner = name, is_global, declarer, owner

    def shared(self, key: str, name: str) -> object:
        """The properties every description has (`key`: the folded `name`); any other
        is an error naming those this kind serves."""
        if key in ("name", "nom"):
            return self.name
        if key == "declaration":
            return self.owner.of_declarer(self.declarer)
        if key in ("global", "globale"):
            return self.is_global
        if key in ("inherited", "herite", "heritee"):
            return self.declarer is not self.owner.sdef
        if key in ("associated", "associe", "associee"):
            return False
        raise WLRuntimeError(f"A {self.wl_type_name} variable has no property '{name}' "
                             f"(wlinterp serves {self.served}).")

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        raise read_only(self.wl_type_name, name)

    def copy(self) -> "_Description":
        return self


class WLVariableDescription(_Description):
    """A Variable Description: one member of a class or structure."""

    __slots__ = ("spec",)
    wl_type_name = "Variable Description"
    served = "Name, Definition, Declaration, Global, Inherited and Associated"

    def __init__(self, name: str, spec: TypeSpec | None, declarer: StructDef | None,
                 is_global: bool, owner: Owner) -> None:
        super().__init__(name, is_global, declarer, owner)
        self.spec = spec

    def wl_get(self, name: str) -> object:
        key = fold(name)
        if key in ("definition",):
            return self.owner.of_spec(self.spec)
        return self.shared(key, name)


class WLProcedureDescription(_Description):
    """A Procedure Description: one method of a class (?1000019317: its properties
    Associated, Declaration, Global, Inherited, Name and Virtual, read-only)."""

    __slots__ = ()
    wl_type_name = "Procedure Description"
    served = "Name, Declaration, Global, Inherited, Virtual and Associated"

    def wl_get(self, name: str) -> object:
        key = fold(name)
        if key in ("virtual", "virtuelle", "virtuel"):
            return not self.is_global
        return self.shared(key, name)

    def wl_call_on(self, rt: Runtime, obj: object, *args: Any) -> Any:
        """`ExecuteProcess(obj, p, args...)`: the method on obj (its class's version), a
        GLOBAL one on Null (?1000019317, "Call to method")."""
        if self.declarer is None:
            raise WLRuntimeError("ExecuteProcess: the Procedure Description describes no "
                                 "method.")
        if obj is None:
            if not self.is_global:
                raise WLRuntimeError(f"ExecuteProcess: the method {self.name} is not "
                                     "GLOBAL: give the object to call it on.")
            return call_class_method(rt, None, fold(self.declarer.name), (fold(self.name),),
                                     *args)
        return call_method(rt, obj, fold(self.name), *args)


class WLPropertyDescription(_Description):
    """A Property Description (?1000019324): one property of a class, its `<get>` and
    `<set>` procedures; Read / Write (Lecture / Ecriture: INFERRED English names, the
    stored English table is translated automatically) say which it has; its Definition
    is the result type its `<get>` declares (a variant without one)."""

    __slots__ = ("readable", "writable", "ret_type")
    wl_type_name = "Property Description"
    served = "Name, Definition, Declaration, Global, Inherited, Associated, Read and Write"

    def __init__(self, name: str, is_global: bool, declarer: StructDef | None,
                 owner: Owner) -> None:
        super().__init__(name, is_global, declarer, owner)
        self.readable = self.writable = False
        self.ret_type: str | None = None

    def add(self, kind: str, proc: Any) -> None:
        """Note the property's `<get>` ("get") or `<set>` procedure `proc`."""
        if kind == "get":
            self.readable, self.ret_type = True, proc.ret_type
        else:
            self.writable = True
        self.is_global = self.is_global or "global" in proc.modifiers \
            or "globale" in proc.modifiers

    def wl_get(self, name: str) -> object:
        key = fold(name)
        if key in ("read", "lecture", "playing"):
            return self.readable
        if key in ("write", "ecriture", "writing"):
            return self.writable
        if key == "definition":
            return self.owner.of_text(self.ret_type)
        return self.shared(key, name)


class DescriptionList:
    """A Definition's `Variable` or `Procedure` property: browsed with FOR EACH, counted,
    and indexed by position or by name (`what`: "member" or "method", for the errors)."""

    __slots__ = ("items", "what")
    wl_type_name = "array"

    def __init__(self, items: Sequence[_Description], what: str) -> None:
        self.items, self.what = list(items), what

    def wl_index(self, key: object) -> _Description:
        if isinstance(key, str):
            wanted = fold(key)
            for item in self.items:
                if fold(item.name) == wanted:
                    return item
            raise WLRuntimeError(f"The definition has no {self.what} '{key}'.")
        i = V.to_int(key)
        if not 1 <= i <= len(self.items):
            raise WLRuntimeError(f"Index {i} is out of range: the definition has "
                                 f"{len(self.items)} {self.what}(s).")
        return self.items[i - 1]

    def wl_iter(self) -> list[_Description]:
        return list(self.items)

    def wl_get(self, name: str) -> object:
        if fold(name) in ("count", "occurrence"):
            return len(self.items)
        raise WLRuntimeError(f"The list of {self.what}s has no property '{name}'.")
