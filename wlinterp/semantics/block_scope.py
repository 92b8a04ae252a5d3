"""Whether a variable declared again with the same type sits in another block than its
earlier declarations: real WINDEV code declares `i is int` in two branches of one IF or
SWITCH, or `oException is CX(...)` in a procedure's body and again in its CASE EXCEPTION
section, and the IDE compiles it (docs/semantics.md, "Declarations in blocks"). Such a
declaration is the same variable declared again (it is set again when it runs); in the
same block as an earlier one it stays an error (WL105); a declaration in an inner block,
or with another type, is another variable (block_names.py renames it first).

Asked only when a name is declared twice with one type (rare): nothing is computed for
the other functions.
"""
from __future__ import annotations

__all__ = ["in_separate_blocks"]

from typing import Any

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import blocks

_Path = tuple[int, ...]  # the ids of the statement lists holding a statement, outermost first


def in_separate_blocks(body: N.Body, key: str, stmt: Any) -> bool:
    """True when no declaration of the folded name `key` before `stmt` in `body` lies in
    `stmt`'s block or in a block holding it: the earlier ones are in other branches, or
    in blocks nested in an earlier statement of `stmt`'s block (a variable declared
    inside an IF and again after its END). An earlier declaration in a block holding
    `stmt` would be hidden in WINDEV, but it is the same variable here: WL105."""
    found: list[tuple[Any, _Path]] = []
    roots = [body.stmts, body.on_error, body.on_exception, body.on_end]
    for root in roots:
        if root:
            _collect(root, (id(root),), key, found)
    mine = next((p for s, p in found if s is stmt), None)
    if mine is None:
        return False
    for s, path in found:
        if s is stmt:
            return True
        if _nested(path, mine):
            return False
    return True


def _collect(stmts: list[N.Stmt], path: _Path, key: str,
             found: list[tuple[Any, _Path]]) -> None:
    """The declarations of `key` (DECL and LET only) in `stmts` and the blocks below, in
    the order they are written, each with its block path."""
    for s in stmts:
        if isinstance(s, N.Decl) and any(fold(n) == key for n, _, _ in s.names) or \
                isinstance(s, N.Let) and key in (fold(n) for n in (s.names or [s.name])):
            found.append((s, path))
        for inner in blocks(s):
            _collect(inner, path + (id(inner),), key, found)


def _nested(outer: _Path, inner: _Path) -> bool:
    """`inner`'s block is `outer`'s or lies inside it."""
    return inner[:len(outer)] == outer
