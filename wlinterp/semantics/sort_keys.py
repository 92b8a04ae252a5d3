"""`FOR EACH x OF t SORTED BY nAge`: a key written as the bare name of a member of the
array's elements stands for that member of the loop variable (`x.nAge`), as ArraySort
names members ("Sort a one-dimensional array of classes or structures according to 1
or more members", ?1000024318). INFERRED (docs/semantics.md "SORTED BY a bare
member"): the stored FOR EACH page does not show its SORTED BY section. The name was
WL101 in `wl check`, and the run looped unsorted after a warning.

The pass decides it once: the name is recorded as Ref.ELEMENT_MEMBER and the member it
stands for is kept in Resolutions.stands_for, checked as any member read; the compiler
compiles that member (compiler/functions.py resolve_name).
"""
from __future__ import annotations

__all__ = ["note_member_keys", "check_member_keys", "element_member"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import sub_exprs, walk_expr
from .resolved import Ref

if TYPE_CHECKING:
    from ..runtime.types import TypeSpec
    from .checker import FunctionChecker


def note_member_keys(fc: "FunctionChecker", s: N.ForEach) -> set[int]:
    """Record each bare name of `s`'s sort keys and WHERE condition that is no variable
    here and names a member of the elements' structure or class: it stands for
    `<loop variable>.<member>`. Returns the ids of the sort keys (their names, or their
    negations `-Name`) that name a variable too, which stand for the member all the same
    (_shadowed_keys): the caller checks them as that member, not as the variable."""
    where = _where_condition(s)
    if not s.sort_keys and where is None:
        return set()
    members = _element_members(fc, s.iterable)
    if not members:
        return set()
    own = {fold(s.var), fold(s.counter or ""), fold(s.rank or "")}
    shadowed = _shadowed_keys(fc, s, members - own)
    for name in _bare_names(s.sort_keys, where):
        folded = fold(name.name)
        if folded in members and folded not in own and fc.scope.lookup(folded) is None:
            loop_var = N.Name(name.line, name.col, s.var)
            fc.sym.refs.stands_for[id(name)] = (name, N.Member(name.line, name.col,
                                                               loop_var, name.name))
    return shadowed


def check_member_keys(fc: "FunctionChecker", s: N.ForEach, shadowed: set[int]) -> None:
    """The FOR EACH's own expressions checked, the sort keys in `shadowed` (and their
    negations) as the member they stand for (element_member), the others as written."""
    keys: list[N.Name] = []
    for e in sub_exprs(s):
        if id(e) in shadowed:
            name = e.operand if isinstance(e, N.Unary) else e
            assert isinstance(name, N.Name)  # (what _shadowed_keys kept)
            keys.append(name)
        else:
            fc.expr(e)
    for name in keys:
        element_member(fc, name)


def _shadowed_keys(fc: "FunctionChecker", s: N.ForEach, members: set[str]) -> set[int]:
    """A sort key naming a member of the elements where a variable has that name too
    (`Name is string` beside `SORTED BY Name`) is the member: sorting every row by the
    same value means nothing. The key stands for `<loop variable>.<member>` (it read
    the variable: the loop kept the array's order), recorded beside the tree (it was
    rewritten in it: a tree checked twice, `wl check` then the run, or the REPL, was
    another tree the second time). Returns the ids of those keys as written."""
    shadowed: set[int] = set()
    for key in s.sort_keys:
        down = type(key) is N.Unary and key.op == "neg"
        name = key.operand if down else key  # type: ignore[attr-defined]
        if type(name) is not N.Name or fold(name.name) not in members \
                or fc.scope.lookup(fold(name.name)) is None:
            continue
        loop_var = N.Name(name.line, name.col, s.var)
        fc.sym.refs.stands_for[id(name)] = (name, N.Member(name.line, name.col, loop_var,
                                                           name.name))
        shadowed.add(id(key))
    return shadowed


def _where_condition(s: N.ForEach) -> N.Expr | None:
    """The condition of `FOR EACH x OF t WHERE cond` (the parser wraps the body in an IF
    opened by WHERE), or None."""
    body = s.body
    if len(body) == 1 and type(body[0]) is N.If and body[0].opener == "WHERE":
        return body[0].branches[0][0]
    return None


def _bare_names(keys: list[N.Expr], where: N.Expr | None) -> list[N.Name]:
    """The names that may stand for a member: a key that is a bare name (or its
    negation), and every name the WHERE condition reads (not a called procedure's
    name: `WHERE Valid(x)` calls Valid even when the elements have a member Valid)."""
    names = [k.operand if type(k) is N.Unary and k.op == "neg" else k for k in keys]
    called = set()
    for e in walk_expr(where):
        if type(e) is N.Call:
            called.add(id(e.func))
        elif type(e) is N.Name and id(e) not in called:
            names.append(e)
    return [n for n in names if type(n) is N.Name]


def element_member(fc: "FunctionChecker", e: N.Name) -> bool:
    """A name `note_member_keys` found standing for a member: checked as that member
    and recorded so (False for any other name)."""
    stand = fc.sym.refs.stands_for.get(id(e))
    if stand is None:
        return False
    fc.sym.refs.record(e, Ref.ELEMENT_MEMBER)
    fc.expr(stand[1])
    return True


def _element_members(fc: "FunctionChecker", iterable: N.Expr) -> set[str]:
    """The folded member names of the structure or class an array variable (or
    associative array) is declared of, or an array member: of the current object named
    bare in its method (`m_arrPeople`) or through it (`:m_arrPeople`), or of an object
    whose class the code tells (`o.m_t`, `o.m_p.m_t`); empty when the declarations do
    not tell."""
    if isinstance(iterable, N.Member):
        obj = iterable.obj
        cls = fc.scope.method_owner() if fc.is_self(obj) else fc.static_class(obj)
        spec = _member_spec(fc, cls, fold(iterable.name))
    elif isinstance(iterable, N.Name):
        key = fold(iterable.name)
        sym = fc.scope.lookup(key)
        spec = getattr(sym, "spec", None) if sym is not None \
            else _member_spec(fc, fc.scope.method_owner(), key)
    else:
        return set()
    elem = spec.elem if spec is not None and spec.kind in (Kind.ARRAY, Kind.ASSOC) else None
    if elem is None or elem.kind != Kind.STRUCT or not elem.name:
        return set()
    return {m for c in fc.sym.lineage(fold(elem.name)) for m in fc.sym.structs[c].members}


def _member_spec(fc: "FunctionChecker", owner: str | None, key: str) -> "TypeSpec | None":
    """The declared type of the member `key` of the class `owner` (folded; or of an
    ancestor), as the checker reads it once per program (member_types.py); None when
    it has none written, a type nobody declares, or no such member."""
    spec = fc.member_spec(owner, key) if owner else None
    return None if spec is None or isinstance(spec, str) else spec
