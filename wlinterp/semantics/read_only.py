"""CONSTANT members changed another way than `obj.m = v` (docs/semantics.md §10): an
element store into a constant array member (`o.m_t[1] = 3`), a built-in that changes the
array given first (`Add(o.m_t, 5)`), passing the member to a procedure that assigns its
parameter, a homonymous copy `o <= s`. The semantic pass reports what it can be sure of
(WL106, the object's class known); the compiler checks the rest when it runs.
"""
from __future__ import annotations

__all__ = ["ARRAY_CHANGERS", "changed_array", "check_call_args", "check_element_store",
           "check_homonymous_copy", "check_indirect_store"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from .facts import assigned_params
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .checker import FunctionChecker
    from ..syntax.indirection_paths import indirection_parts
else:  # an indirection written to: few programs write one
    on_first_call(globals(), "..syntax.indirection_paths", "indirection_parts")

# Built-ins that change the array passed as their first argument (folded EN/FR names).
ARRAY_CHANGERS = frozenset(fold(n) for n in (
    "ArrayAdd", "TableauAjoute", "Add", "Ajoute", "ArrayInsert", "TableauInsère",
    "ArrayDelete", "TableauSupprime", "ArrayDeleteAll", "TableauSupprimeTout",
    "ArraySort", "TableauTrie", "ArrayReverse", "TableauInverse", "ArrayShuffle",
    "TableauMélange", "ArrayDeleteDuplicate", "TableauSupprimeDoublon", "ArraySwapLine",
    "TableauEchangeLigne", "ArrayMove", "TableauDéplace", "ArrayAddLine",
    "TableauAjouteLigne", "ArrayInsertLine", "TableauInsèreLigne", "ArrayDeleteLine",
    "TableauSupprimeLigne", "ArrayAddSorted", "TableauAjouteTrié"))


def changed_array(call: N.Call) -> N.Member | None:
    """The member whose array `call` changes (`Add(o.m_t, 5)`), if it is one."""
    func = call.func
    if isinstance(func, N.Name) and fold(func.name) in ARRAY_CHANGERS and call.args \
            and isinstance(call.args[0], N.Member):
        return call.args[0]
    return None


def _refuse(fc: "FunctionChecker", member: N.Member, how: str) -> None:
    """WL106 when `member` is CONSTANT for the code being checked (its class known)."""
    if fc.is_self(member.obj):
        return
    why = fc.sym.read_only_write(member.name, fc.scope.method, fc.static_class(member.obj))
    if why is not None:
        fc.rep.report("WL106", f"{why} ({how})", member, len(member.name),
                      col=member.col + 1)


def check_element_store(fc: "FunctionChecker", target: N.Index) -> None:
    """`o.m_t[1] = 3`: an element of a CONSTANT array member."""
    if isinstance(target.obj, N.Member):
        _refuse(fc, target.obj, "its elements cannot be changed either")


def check_call_args(fc: "FunctionChecker", call: N.Call, user: bool | None) -> None:
    """A built-in that changes a CONSTANT array member, or a procedure of the program
    that assigns the parameter a CONSTANT member is passed to (by reference). (Nothing
    to find in a program without CONSTANT members.)"""
    if not fc.sym.read_only:
        return
    member = changed_array(call)
    if member is not None and user is False and isinstance(call.func, N.Name):
        _refuse(fc, member, f"{call.func.name} would change its elements")
    if not user or not isinstance(call.func, N.Name):
        return
    proc = fc.sym.procs.get(fold(call.func.name))
    if proc is None:
        return
    assigned = assigned_params(proc)
    for arg, prm in zip(call.args, proc.params):
        if isinstance(arg, N.Member) and not prm.local and fold(prm.name) in assigned:
            _refuse(fc, arg, f"passed by reference to {proc.name}, which assigns its "
                             f"parameter '{prm.name}'")


_COPIED_WHOLE = {Kind.ARRAY: "array", Kind.ASSOC: "associative array"}
"""The kinds the homonymous copy copies element by element (as the run names them)."""


def _copy_of_other_kind(fc: "FunctionChecker", target: N.Expr, source: N.Expr) -> None:
    """`t <= aa`, t declared an array and aa an associative array (or the reverse): the
    copy copies an array into an array only, and the run stops there (operators.py
    homonymous_copy); WL110, deferred, with its words, at the statement."""
    if type(target) is not N.Name or type(source) is not N.Name:
        return
    kinds = [getattr(getattr(fc.scope.lookup(fold(n.name)), "spec", None), "kind", None)
             for n in (target, source)]
    if kinds[0] in _COPIED_WHOLE and kinds[1] in _COPIED_WHOLE and kinds[0] != kinds[1]:
        fc.rep.report("WL110", "'<=' (homonymous copy) needs two structures, objects, arrays "
                      f"or associative arrays; got {_COPIED_WHOLE[kinds[0]]} and "
                      f"{_COPIED_WHOLE[kinds[1]]}", target, len(target.name), deferred=True)


def check_homonymous_copy(fc: "FunctionChecker", target: N.Expr, source: N.Expr) -> None:
    """`o <= s`: a member of s would be copied into a CONSTANT member of o; an array
    copied into an associative array or the reverse (_copy_of_other_kind)."""
    _copy_of_other_kind(fc, target, source)
    cls, other = fc.static_class(target), fc.static_class(source)
    if cls is None or other is None or other not in fc.sym.structs:
        return
    for shown in (m for c in fc.sym.lineage(other) for m in fc.sym.structs[c].members.values()):
        why = fc.sym.read_only_write(shown, fc.scope.method, cls)  # (inherited ones too)
        if why is not None:
            fc.rep.report("WL106", f"{why} (the homonymous copy '<=' would copy "
                                   f"{fc.sym.structs[other].name}'s '{shown}' into it)",
                          target, len(target.name) if isinstance(target, N.Name) else 1)
            return


def check_indirect_store(fc: "FunctionChecker", target: N.Indirect) -> None:
    """`{"K"} = v` on a constant, `{"o.m_x"} = v` on a CONSTANT member (written as a
    literal: other indirections are checked when they run)."""
    if not isinstance(target.name, N.Str):
        return
    text = target.name.value.strip()
    parts = indirection_parts(text)  # (as the run reads it: runtime/indirection.py)
    if len(parts) == 1 and fold(text) in fc.sym.constants:
        fc.rep.report("WL106", f"the constant '{text}' cannot be changed through the "
                               f"indirection {{\"{text}\"}}", target)
    elif len(parts) == 2 and all(parts):
        holder = N.Name(target.line, target.col, parts[0])
        why = fc.sym.read_only_write(parts[1], None, fc.static_class(holder))
        if why is not None:
            fc.rep.report("WL106", f"{why} (through the indirection {{\"{text}\"}})", target)
