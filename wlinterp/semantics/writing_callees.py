"""What a procedure or method of the program writes back into what its caller gives it:
the parameters it assigns (by reference, not LOCAL), itself or by passing them on to
one that does (`Bump2(v)` calling `Bump3(v)`, which assigns its parameter), and the
member of its object a method assigns (`m_x = v` in `CPoint.SetX`). Asked only where a
variable declared `<immutable>` is given to a call (immutable_writes.check_immutable_call),
so programs without one pay nothing. docs/semantics.md "An immutable variable's parts,
arguments and indirections"."""
from __future__ import annotations

__all__ = ["callee", "written_params", "assigned_member"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import walk_stmts
from .facts import assigned_params, collect_decls, facts

if TYPE_CHECKING:
    from .checker import FunctionChecker

_SELF = frozenset({"objet", "object"})
_PARTS = (N.Member, N.Index, N.Substr, N.Prop)


def callee(fc: "FunctionChecker", func: N.Expr) -> N.Procedure | None:
    """The program's procedure or method a call runs: `Bump(t)` (a procedure, else a
    method of the current object's class), `o.Bump(t)` (o's class known: its method or
    an ancestor's); None when the check cannot tell."""
    if isinstance(func, N.Name):
        key = fold(func.name)
        proc = fc.sym.procs.get(key)
        if proc is not None:
            return proc
        owner = fc.scope.method_owner()
    elif isinstance(func, N.Member):
        key = fold(func.name)
        owner = fc.static_class(func.obj)
    else:
        return None
    return fc.sym.find_method(owner, key) if owner is not None else None


def _named_alike(fc: "FunctionChecker", func: N.Expr) -> list[N.Procedure]:
    """The procedures a call inside another procedure may run, its object's class not
    known there: the procedure so named, else every method so named."""
    if isinstance(func, N.Name):
        proc = fc.sym.procs.get(fold(func.name))
        if proc is not None:
            return [proc]
    if not isinstance(func, (N.Name, N.Member)):
        return []
    key = fold(func.name)
    return [m for (_, k), m in fc.sym.methods.items() if k == key]


def written_params(fc: "FunctionChecker", proc: N.Procedure,
                   seen: frozenset[int] = frozenset()) -> dict[str, str | None]:
    """The parameters (folded) `proc` writes back to its caller: assigned in it (None)
    or passed on to a procedure that writes them back (that procedure's name). A call
    whose callee may be several methods counts when all of them write it back."""
    seen = seen | {id(proc)}
    mine = {fold(p.name) for p in proc.params if not p.local and not p.star}
    written: dict[str, str | None] = dict.fromkeys(assigned_params(proc) & mine)
    for call in facts(proc.body).calls:
        targets = _named_alike(fc, call.func)
        if not targets or any(id(c) in seen for c in targets):
            continue
        for rank, arg in enumerate(call.args):
            if type(arg) is not N.Name or (key := fold(arg.name)) not in mine \
                    or key in written:
                continue
            if all(rank < len(c.params) and fold(c.params[rank].name)
                   in written_params(fc, c, seen) for c in targets):
                written[key] = targets[0].name
    return written


def assigned_member(fc: "FunctionChecker", method: N.Procedure, cls: str) -> str | None:
    """The member of its object (of class `cls`, folded) a method assigns, as its class
    spells it (`m_x = v`, `:m_x = v`, `Object.m_x = v`, `m_t[1] = 0`): the first one;
    None if it assigns none (a local variable or a parameter of that name is no
    member)."""
    lineage = [c for c in fc.sym.lineage(cls) if c in fc.sym.structs]
    if not lineage:
        return None
    own = {fold(n) for n, _ in collect_decls(method.body.stmts)}
    own |= {fold(p.name) for p in method.params}
    for s in walk_stmts(method.body.stmts):
        target = getattr(s, "target", None) if type(s) in (N.Assign, N.IncDec) else None
        if target is None:
            continue
        while isinstance(target, _PARTS):
            if type(target) is N.Member and type(target.obj) is N.Name \
                    and fold(target.obj.name) in _SELF:
                return _member_named(fc, lineage, fold(target.name))
            target = target.obj
        if type(target) is N.Name and (key := fold(target.name)) not in own:
            shown = _member_named(fc, lineage, key)
            if shown is not None:
                return shown
    return None


def _member_named(fc: "FunctionChecker", lineage: list[str], key: str) -> str | None:
    """The member `key` of the first class of `lineage` declaring it, as spelt there."""
    for c in lineage:
        shown = fc.sym.structs[c].members.get(key)
        if shown is not None:
            return shown
    return None
