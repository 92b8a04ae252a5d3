"""Methods called on a class or on the ancestor, as the semantic pass checks them (for
method_calls.py): `CBase::M()` / `CBase.M()` (a GLOBAL method, or in a derived class's
method that class's version run on the current object), `Ancestor.M()` / `Ancêtre.M()`,
WL109 for a method no class of the lineage declares, WL111 for an instance method called
with no object; the parameter types of a method called, and members holding a procedure.
"""
from __future__ import annotations

__all__ = ["ancestor_method", "holds_procedure", "method_types", "not_global", "static_call"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.words import ARTICLES, GLOBAL_WORDS
from .call_counts import arity
from .overloads import method_arity
from .param_types import typed_arguments
from .resolved import Ref
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .abstract import abstract_called
    from .checker import FunctionChecker
else:
    on_first_call(globals(), ".abstract", "abstract_called")


def static_call(fc: "FunctionChecker", e: N.Call, func: N.Member, n: int) -> bool:
    """`Logger.Log(...)` / `Logger::Log(...)`: a method called on the class itself (a GLOBAL
    method, as real code calls them), when the name is a class and no variable."""
    if not isinstance(func.obj, N.Name):
        return False
    cls = fold(func.obj.name)
    if cls not in fc.sym.structs or fc.scope.lookup(cls) is not None:
        return False
    method = fc.sym.find_method(cls, fold(func.name))
    if method is None:
        return _no_such_class_method(fc, e, func, cls)
    owner = fc.scope.method_owner()
    why = fc.sym.inaccessible(func.name, fc.scope.method)  # `CA::Count()`, Count PRIVATE
    if why:
        fc.rep.report("WL112", why, e, len(func.name),
                      col=fc.rep.find(func.line, func.col + 1, func.name))
    if owner is not None and cls in fc.sym.lineage(owner) \
            and not GLOBAL_WORDS & set(method.modifiers):
        # `CAnimal::Describe()` in a method of CDog (derived from CAnimal): that class's
        # version of an instance method, run on the current object (as `Ancestor.M()`)
        fc.sym.refs.record(func, Ref.ANCESTOR_METHOD)
        abstract_called(fc, e, func, cls, fold(func.name),
                        fc.rep.find(func.line, func.col + 1, func.name))
    else:
        fc.sym.refs.record(func, Ref.STATIC_METHOD)
        if not GLOBAL_WORDS & set(method.modifiers):
            not_global(fc, func, method)
    col = fc.rep.find(func.line, func.col + 1, func.name)  # (after `.` or `::`)
    if fc.sym.overloads:
        method_arity(fc, e, func.name, method, n, col)
    else:
        arity(fc, e, func.name, method.params, n, col)
    method_types(fc, fc.sym.refs.placed_call(e), method)
    return True


def _no_such_class_method(fc: "FunctionChecker", e: N.Call, func: N.Member, cls: str) -> bool:
    """`CBase::Missing()` / `CBase.Missing()`, CBase a class of the program that has no
    method Missing: WL109 naming the class, at the method's name (it was WL102 "unknown
    procedure" one column off, at the second ':'), and the run stops there with the same
    words. Not judged when an ancestor is of a file the check does not see, nor when a
    member holds a procedure; `CBase.Count()` may be a built-in given the class's name."""
    key = fold(func.name)
    if fc.sym.unknown_ancestor(cls) or holds_procedure(fc, cls, key) \
            or (key in fc.sym.registry.functions and not _written_colons(fc, func)):
        return False
    col = fc.rep.find(func.line, func.col + 1, func.name)
    fc.sym.refs.record(func, Ref.STATIC_METHOD)
    d = fc.rep.report("WL109", f"'{func.name}' is not a method of "
                      f"{fc.sym.structs[cls].name}", e, len(func.name), col=col,
                      hint=fc.member_hint(cls, func.name))
    fc.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there
    for a in e.args:
        fc.expr(a)
    return True


def _written_colons(fc: "FunctionChecker", func: N.Member) -> bool:
    """Was `Class::M` written with `::` (not `Class.M`)?"""
    text = fc.rep.lines[func.line - 1] if 0 < func.line <= len(fc.rep.lines) else ""
    return text[func.col - 1:func.col + 1] == "::"


def ancestor_method(fc: "FunctionChecker", e: N.Call, func: N.Member, n: int) -> None:
    """`Ancestor.M(args)` / `Ancêtre.M(args)` in a method: WL109 when no ancestor of the
    class declares M (the run stops there with these words: it said "The class CBase
    has no method 'M'" and the check nothing), else M's argument count. Not judged when
    an ancestor is of a file the check does not see."""
    owner = fc.scope.method_owner()
    lineage = fc.sym.lineage(owner) if owner is not None else []
    if len(lineage) < 2 or fc.sym.unknown_ancestor(owner or ""):
        return
    key = fold(func.name)
    method = next((fc.sym.methods[(c, key)] for c in lineage[1:] if (c, key) in fc.sym.methods),
                  None)
    col = fc.rep.find(func.line, func.col + 1, func.name)
    if method is None:
        d = fc.rep.report("WL109", f"'{func.name}' is not a method of "
                          f"{fc.sym.structs[lineage[1]].name} nor of its ancestors", func,
                          len(func.name), col=col)
        fc.rep.call_errors.setdefault((e.line, e.col), d)
        return
    abstract_called(fc, e, func, lineage[1], key, col)
    if fc.sym.overloads:
        method_arity(fc, e, func.name, method, n, col)
    else:
        arity(fc, e, func.name, method.params, n, col)


def not_global(fc: "FunctionChecker", func: N.Member | N.ClassMember,
               method: N.Procedure) -> None:
    """WL111 (deferred) for `CInv.Count()` / `CInv::Count()` outside CInv's lineage when
    Count is no GLOBAL method: there is no object for it to run on (docs/semantics.md
    "Real-code forms"); `wl run` runs it on the class and stops where it reads a member.
    Also for `CInv::Count` given as a procedure (class_member_names.py method_reference)."""
    cls = fc.sym.structs.get(fold(method.owner or ""))
    shown = f"{cls.name if cls else method.owner}::{method.name}"
    fc.rep.report("WL111", f"{shown} is not a GLOBAL method: it runs on an object "
                  f"(o.{method.name}(...) with o of {shown.split('::')[0]}), or declare it "
                  f"PROCEDURE GLOBAL", func, len(func.name),
                  col=fc.rep.find(func.line, func.col + 1, func.name), deferred=True)


def method_types(fc: "FunctionChecker", e: N.Call, method: N.Procedure) -> None:
    """WL116 for a variable of a number or text type given to a method's parameter of
    the other family (?1514076), the method known from the receiver's class (its
    redefinitions have the same parameters, WL111); a method with several syntaxes is
    chosen by its arguments instead (semantics/overloads.py)."""
    owner = fold(method.owner or "")
    if fc.sym.overloads and (owner, fold(method.name)) in fc.sym.overloads:
        return
    cls = fc.sym.structs.get(owner)
    typed_arguments(fc, e, f"{cls.name if cls else method.owner}::{method.name}",
                    method.params)


def holds_procedure(fc: "FunctionChecker", cls: str, key: str) -> bool:
    """Is `key` a member of the structure or class `cls` (or of an ancestor) declared
    `is procedure` / `est une procédure`, which `obj.key(args)` calls?"""
    for c in fc.sym.lineage(cls):
        info = fc.sym.structs[c]
        if key in info.members:
            text = fold((info.types or {}).get(key) or "")
            return [w for w in text.split() if w not in ARTICLES] == ["procedure"]
    return False
