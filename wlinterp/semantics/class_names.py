"""A class's name used as a value, and `new` of a name held in a variable.

WINDEV compares an object's `..Class` (a text, the class's name) with the class's name
written without quotes (`IF po..Class = CSub`, `CASE CSub:`: VERIFIED, help ?2514004), so
a class's name where a value is wanted is that text. PC SOFT's own code keeps such a name
in a variable and allocates from it (`v = allouer un __wlClassName(ppv)`, WD_DirectX's
COMUtils.wdg): `new` of a variable creates an object of the class the text names
(INFERRED from that code; no stored page describes it). The wrong uses keep a message:
a member read through the class's name with a dot (`CStock.m_nQty`: WL101), the name as
the default of a parameter declared of a class (`c is CBase = CBase`: WL101).
docs/semantics.md "A class name as a value".
"""
from __future__ import annotations

__all__ = ["class_name_value", "names_class", "class_as_object", "class_as_default", "new_by_name"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from .resolved import Ref

if TYPE_CHECKING:
    from .checker import FunctionChecker


def class_name_value(fc: "FunctionChecker", e: N.Name | N.ClassMember, key: str) -> bool:
    """Record `e` as a class's name read as a value (its name, a text) when it names a
    class of the program (a structure's name stays WL101: the page speaks of classes)."""
    info = fc.sym.structs.get(key)
    if type(e) is not N.Name or info is None or not info.is_class:
        return False
    fc.sym.refs.record(e, Ref.CLASS_NAME)
    return True


def names_class(fc: "FunctionChecker", e: N.Name) -> bool:
    """Is `e` a class's name read as a value (no variable so named), resolved or not yet
    (a call's arguments are looked at before they are checked)?"""
    if fc.sym.refs.get(e) is Ref.CLASS_NAME:
        return True
    info = fc.sym.structs.get(fold(e.name))
    return info is not None and info.is_class and fc.scope.lookup(fold(e.name)) is None \
        and not fc.scope.method


def class_as_object(fc: "FunctionChecker", e: N.Member) -> bool:
    """WL101 at `CStock.m_nQty` (a class's name, a dot, no constant, GLOBAL member, method
    or property of it: the callers looked): the name is no object; the run stops there.
    A name no member of the class has (`CAuth.Unknown`) is WL109 in `CAuth::Unknown`'s
    words, at the name, where the run stops too (one diagnostic for both spellings)."""
    obj = e.obj
    if type(obj) is not N.Name or (key := fold(obj.name)) not in fc.sym.structs \
            or fc.scope.lookup(key) is not None:
        return False
    fc.sym.refs.record(obj, Ref.UNDECLARED)
    if fc.sym.has_member(key, fold(e.name)):
        fc.undeclared(obj)
        return True
    from .class_member_names import not_class_member  # (it imports this module's users)
    d = fc.rep.report("WL109", not_class_member(e.name, fc.sym.structs[key].name), e,
                      len(e.name), col=e.col + 1)
    fc.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there
    return True


def class_as_default(fc: "FunctionChecker", prm: N.Param) -> bool:
    """WL101 at `PROCEDURE P(c is CBase = CBase)`: the class's name is a text, which no
    parameter declared of a class or structure can hold (the run stops there when the
    default is used); the message says what to write instead. An untyped or text
    parameter takes the name (`local sClass = IUnknown`: PC SOFT's own code)."""
    e = prm.default
    if type(e) is not N.Name or fold(e.name) not in fc.sym.structs \
            or fc.scope.lookup(fold(e.name)) is not None:
        return False
    param = fc.scope.lookup(fold(prm.name))
    if param is None or param.spec.kind != Kind.STRUCT:
        return False
    fc.sym.refs.record(e, Ref.UNDECLARED)
    d = fc.rep.report("WL101", f"'{e.name}' is a class, not a value: it cannot be "
                      f"the default value of the parameter '{prm.name}'", e,
                      len(e.name), hint=f"write '= new {e.name}' for a new object "
                      f"each call, or '= Null' for none")
    fc.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there
    return True


def new_by_name(fc: "FunctionChecker", e: N.New) -> bool:
    """`new sClass(args)`, sClass a variable or parameter and no type so named: an object
    of the class its value names, decided when it runs (compiler/exprs.py x_New). The
    variable is read; the arguments are checked as values."""
    words = e.type_name.split()
    if len(words) != 1:
        return False
    key = fold(words[0])
    if key in fc.sym.structs or key in fc.sym.interfaces:
        return False
    sym = fc.scope.lookup(key)
    if sym is None:
        return False
    name = N.Name(e.line, e.col, words[0])
    fc.expr(name)
    fc.sym.refs.stands_for[id(e)] = (e, name)  # the compiler reads the name's value
    for a in e.args or []:
        fc.expr(a)
    return True
