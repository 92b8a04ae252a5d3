"""A Date or DateTime variable that may be empty when it is stored into an integer.

An empty Date or DateTime (`d is Date = ""`, `d = ""`) stored into any integer gives 0
when the run stores it (runtime/stored_numbers.int_stored: no digits, nothing beyond the
range), so `wl check`'s WL110 for a Date or DateTime stored into an integer too small
for its digits (datetime_stores.py) holds only where the variable certainly names a
moment: every value the body gives it is one (a date text, a Date or DateTime, a call
declared to return one) or it keeps its declared default (today). A variable given an
empty text, another text or a Variant, or a parameter whose default value is one
(`dFrom is Date = ""`) or that a call of the program gives an empty text (`P("")`: an
empty Date is a Date's value, the run takes it), may be empty: the check leaves it to
the run (docs/check.md WL110; docs/semantics.md "An empty Date stored into a small
integer", "A Date parameter given an empty text")."""
from __future__ import annotations

__all__ = ["may_be_empty"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import walk_nodes, walk_stmts

if TYPE_CHECKING:
    from .checker import FunctionChecker


def may_be_empty(fc: FunctionChecker, value: N.Expr) -> bool:
    """Is `value` a local variable or a parameter (of the body being checked) that some
    statement of the body declares or assigns, or whose default value gives, a value not
    certainly a moment, or a parameter some call of the program gives an empty text?"""
    if type(value) is not N.Name:
        return False
    key = fold(value.name)
    sym = fc.scope.vars.get(key)
    if sym is None or sym.role not in ("var", "param"):
        return False
    given = _given(fc.body, key) if fc.body is not None else []
    if sym.role == "param" and fc.proc is not None:  # `dFrom is Date = ""`: its default
        given += [p.default for p in fc.proc.params
                  if p.default is not None and fold(p.name) == key]
    return any(not _names_a_moment(fc, one) for one in given) \
        or sym.role == "param" and _called_with_empty(fc, key)


def _called_with_empty(fc: FunctionChecker, key: str) -> bool:
    """Does a call of the procedure being checked, anywhere in the program, give its
    parameter `key` (folded) a value that may be an empty text (_may_be_empty_text)? Read
    only when a parameter's store would be said (rare), by walking the program's bodies."""
    proc = fc.proc
    if proc is None:
        return False
    rank = next((i for i, p in enumerate(proc.params) if fold(p.name) == key), None)
    return rank is not None and _given_empty(fc, proc, rank, set())


def _given_empty(fc: FunctionChecker, proc: N.Procedure, rank: int,
                 asked: set[tuple[int, int]]) -> bool:
    """Does a call of `proc` (by its name; a method, through any object: `o.M("")`, or by
    its name in a method) give its parameter of rank `rank` a value that may be empty?"""
    if (id(proc), rank) in asked:
        return False  # (a procedure passing its parameter on to itself)
    asked.add((id(proc), rank))
    name = fold(proc.name)
    owners = {id(p.body): p for p in [*fc.sym.procs.values(), *fc.sym.methods.values()]}
    for body, _, _ in list(fc.sym.declaring.values()):
        caller = owners.get(id(body))
        for node in (n for s in body.stmts for n in walk_nodes(s)):
            if type(node) is not N.Call or rank >= len(node.args):
                continue
            func = node.func
            if (type(func) is N.Name or proc.owner and type(func) is N.Member) \
                    and fold(func.name) == name \
                    and _may_be_empty_text(fc, node.args[rank], caller, asked):
                return True
    return False


def _may_be_empty_text(fc: FunctionChecker, arg: N.Expr, caller: N.Procedure | None,
                       asked: set[tuple[int, int]]) -> bool:
    """May `arg`, given by a call, be an empty text: a blank text literal (`P("")`), a
    CONSTANT whose value is one (`P(NO_DATE)`), or a parameter of the calling procedure
    that a call of it may give one (`Q(s)` in `PROCEDURE P(s)`, P called with "")?"""
    if type(arg) is N.Str:
        return not arg.value.strip()
    if type(arg) is not N.Name:
        return False
    key = fold(arg.name)
    if caller is not None:
        rank = next((i for i, p in enumerate(caller.params) if fold(p.name) == key), None)
        if rank is not None:
            return _given_empty(fc, caller, rank, asked)
    value = fc.sym.const_values.get(key)
    return type(value) is N.Str and not value.value.strip()


def _given(body: N.Body, key: str) -> list[N.Expr]:
    """The values the statements of `body` give the variable `key` (folded): its
    declaration's initial value, and each `=` to it (its sections too)."""
    out: list[N.Expr] = []
    sections = (body.stmts, body.on_error or [], body.on_exception or [], body.on_end or [])
    for s in (s for stmts in sections for s in walk_stmts(stmts)):
        if type(s) is N.Decl and s.init is not None \
                and any(fold(name) == key for name, _, _ in s.names):
            out.append(s.init)
        elif type(s) is N.Assign and s.op == "=" and type(s.target) is N.Name \
                and fold(s.target.name) == key:
            out.append(s.value)
    return out


def _names_a_moment(fc: FunctionChecker, e: N.Expr) -> bool:
    """Does `e` certainly name a day: a text literal that is not blank (a date text:
    a bad one is its own error), or a value the code says is a Date or a DateTime?"""
    if type(e) is N.Str:
        return bool(e.value.strip())
    return fc.clock_kind(e) in ("date", "datetime")
