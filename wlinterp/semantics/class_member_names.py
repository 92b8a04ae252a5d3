"""`CClass::X` and `::X` as the semantic pass checks them: a class's constant or global
member, a method named without its arguments (a reference, or a call), and the errors
when the class or the member is unknown. (Split from member_checks.py, which checks
`obj.member`.)
"""
from __future__ import annotations

__all__ = ["not_class_member", "unknown_class_member", "method_reference",
           "own_class_method", "class_has_constant", "values_not_class"]

from ..syntax import nodes as N
from ..syntax.names import fold
from .checker_state import CheckerState
from .undeclared_names import not_declared
from .resolved import Ref, class_constant_key


def values_not_class(name: str, values: str, combination: bool) -> str:
    """The one text for `Level::High`, Level an enumeration (or a combination) of the
    program: its values are written `Level.High` (the check's WL110, the run's error:
    compiler/class_statics.py); it called the declared name undeclared."""
    kind = "a combination" if combination else "an enumeration"
    return f"'{name}' is {kind}, not a class: its values are written {name}.{values}"


def not_class_member(name: str, cls: str) -> str:
    """The one text for `CClass::X` naming neither a constant nor a global member of a
    class the program declares (the check's WL109, the run's error: compiler/classes.py)."""
    return f"'{name}' is neither a constant nor a global member of the class {cls}"


def unknown_class_member(fc: CheckerState, e: N.ClassMember) -> None:
    """`CQ::K` where no class CQ is declared (WL101, as `CQ.M()`), or `CA::K` where CA
    has no constant nor global member K (WL109): the run stops there with that text.
    `CA::M` naming a method of CA is `CA.M()`, called (docs/semantics.md "Routines named
    without parentheses"): the call is kept for the compiler (Resolutions.stands_for)."""
    cls = e.cls or ""
    key = fold(cls)
    if key in fc.sym.known or key in fc.sym.interfaces:
        return
    if key not in fc.sym.structs and (var := fc.scope.lookup(key)) is not None:
        var.read = True  # `o::K`, o a variable: was called undeclared beside WL201
        fc.rep.report("WL110", f"'{cls}' is a variable, not a class: '::' follows a class "
                      f"name", e, len(cls), col=max(e.col - len(cls), 1), deferred=True,
                      hint=f"a member of the object is {cls}.{e.name}")
    elif key not in fc.sym.structs and key in fc.sym.enum_types:  # `Level::High`
        fc.rep.report("WL110", values_not_class(cls, e.name, key not in _enums(fc)), e,
                      len(cls), col=max(e.col - len(cls), 1), deferred=True)
    elif key not in fc.sym.structs:
        fc.rep.report("WL101", not_declared(cls), e, len(cls),
                      col=max(e.col - len(cls), 1), hint=f"no class {cls} is declared")
    elif (method := fc.sym.find_method(key, fold(e.name))) is not None:
        if any(p.default is None and not p.star for p in method.params):
            # named without its arguments: a reference to the method, as for a procedure
            method_reference(fc, e, key, method)  # (ArraySort(t, asFunction, C::Cmp))
            return
        owner = N.Name(e.line, max(e.col - len(cls), 1), cls)
        call = N.Call(e.line, e.col, N.Member(e.line, e.col, owner, e.name), [])
        fc.sym.refs.stands_for[id(e)] = (e, call)
        from .calls import check_call  # (calls.py needs this module's checks)
        check_call(fc, call)  # type: ignore[arg-type]
    elif not fc.sym.unknown_ancestor(key):
        fc.rep.report("WL109", not_class_member(e.name, fc.sym.structs[key].name), e,
                      len(e.name), col=e.col + 2, hint=_constant_owner(fc, fold(e.name)))


def method_reference(fc: CheckerState, e: N.ClassMember, cls: str,
                     method: N.Procedure) -> None:
    """`CList::Cmp` naming a method that needs arguments: a reference to it. A GLOBAL
    method runs on its class; another one, in a method of CList's lineage, runs on the
    current object (CList's version, as `CList::Cmp(a, b)` there calls it), and elsewhere
    has no object: WL111, deferred, as for a call (docs/semantics.md)."""
    owner = fc.scope.method_owner()
    if {"global", "globale"} & set(method.modifiers):
        fc.sym.refs.record(e, Ref.PROC_REF)
    elif owner is not None and cls in fc.sym.lineage(owner):
        fc.sym.refs.record(e, Ref.OWN_METHOD_REF)
    else:
        fc.sym.refs.record(e, Ref.PROC_REF)
        from .class_method_calls import not_global  # (method_calls.py needs this module)
        not_global(fc, e, method)  # type: ignore[arg-type]


def own_class_method(fc: CheckerState, e: N.ClassMember, cls: str,
                     method: N.Procedure) -> None:
    """`::Cmp` in a method of a class that has (or inherits) the method Cmp: a reference
    to it when it needs arguments (method_reference), else `::Cmp()`, called, as
    `::Cmp()` is the method of its own class (it recursed without end between the call's
    check and the name's)."""
    if any(p.default is None and not p.star for p in method.params):
        method_reference(fc, e, cls, method)
        return
    call = N.Call(e.line, e.col, N.Name(e.line, e.col, e.name), [])
    fc.sym.refs.stands_for[id(e)] = (e, call)
    from .calls import check_call  # (calls.py needs this module's checks)
    check_call(fc, call)  # type: ignore[arg-type]


def class_has_constant(fc: CheckerState, cls: str, key: str) -> bool:
    """May `CClass::KEY` name the constant KEY: one of the class's CONSTANT blocks, or
    an ancestor's, declares it? (A class whose constants the check does not know, an
    earlier REPL input's: yes.) docs/semantics.md, "A class's constants"."""
    structs = fc.sym.structs
    lineage = fc.sym.lineage(cls)
    if fc.sym.class_constant(cls, key) is not None:
        return True
    return fc.sym.unknown_ancestor(cls) or cls in fc.sym.outside \
        and not any(structs[c].consts for c in lineage)


def _constant_owner(fc: CheckerState, key: str) -> str | None:
    """Where the constant a `CClass::KEY` meant is declared, as a hint."""
    owner = next((s for s in fc.sym.structs.values() if key in s.consts), None)
    if owner is not None:
        shown = fc.sym.constants.get(class_constant_key(fold(owner.name), key), key)
        return f"{shown} is a constant of the class {owner.name}: {owner.name}::{shown}"
    if key not in fc.sym.constants:
        return None
    shown = fc.sym.constants[key]
    return f"{shown} is a constant of the program: write {shown} alone"


def _enums(fc: CheckerState) -> set[str]:
    """The program's enumerations (folded), its combinations apart (program_decls.py
    types an enumeration's variables as Variants, a combination's as integers)."""
    from ..runtime.kinds import Kind
    return {k for k, spec in fc.sym.enum_types.items() if spec.kind == Kind.VARIANT}
