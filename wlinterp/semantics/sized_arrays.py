"""A literal subscript past the size a dynamic array is declared with (`x is array of 3
int` then `x[4] = 1`), when nothing can have changed that size: the run stops there,
"Index 4 is out of range: the array has 3 element(s)." (runtime/containers.py
out_of_range), and `wl check` said nothing (subscript_counts.py judged fixed arrays
only: a dynamic one may have grown).

The size is the declared one wherever the variable is only ever subscripted: every
mention of it in its function is `x[...]` (no ArrayAdd(x), x.Add, Dimension(x), `x = y`,
FOR EACH over it, an argument to a procedure...), it is declared without a value, and
no indirection or code compiled at run time can reach it; a main-code variable is not
mentioned by any procedure or method. A parameter, a REPL variable, a member: the run's
to judge. (INFERRED, docs/semantics.md "A subscript past a declared size".)"""
from __future__ import annotations

__all__ = ["never_resized"]

from typing import TYPE_CHECKING, Any

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import body_stmts, walk_nodes
from .dynamic_names import calls_dynamic_code
from .facts import facts
from .scopes import Symbol

if TYPE_CHECKING:
    from .checker import FunctionChecker


def never_resized(fc: "FunctionChecker", sym: Symbol) -> bool:
    """Does the array variable `sym` keep the size its declaration gives, wherever the
    function reads it?"""
    body = fc.body
    if sym.role != "var" or body is None:
        return False
    source = fc.rep.source  # the text object dynamic_names caches its scan of
    if "{" in source or calls_dynamic_code(source):
        return False
    key = fold(sym.name)
    if not _only_subscripted(body, key, sym):
        return False
    if fc.proc is None:  # a main-code variable: no procedure may reach it
        others = [*fc.sym.procs.values(), *fc.sym.methods.values()]
        if any(key in facts(p.body).referenced for p in others):
            return False
    return True


def _only_subscripted(body: N.Body, key: str, sym: Symbol) -> bool:
    """Is the variable (folded `key`, declared at sym's place) declared without a value
    and mentioned only as `x[...]` in `body`?"""
    names = subscripted = 0
    declared = False
    node: Any
    for node in (n for stmt in body_stmts(body) for n in walk_nodes(stmt)):
        t = type(node)
        if t is N.Name and fold(node.name) == key:
            names += 1
        elif t is N.Index and type(node.obj) is N.Name and fold(node.obj.name) == key:
            subscripted += 1
        elif t is N.Decl and any(fold(n) == key and line == sym.line and col == sym.col
                                 for n, line, col in node.names):
            declared = node.init is None and node.ctor_args is None
    return declared and names == subscripted
