"""Walking the AST. A node's children are derived from its declared fields in nodes.py:
every field whose declared type mentions a node class holds children, so a field added to
a node is walked by every pass (checker, compiler, position shifting) without a second
table to keep in step.

Two rules are not in the types and are stated here once:
- a PROCEDURE nested in a body is its own scope: statement walks yield it but do not
  enter it (`sub_stmts` of a Procedure is empty);
- a field marked `metadata={"walk": False}` (a STRUCTURE's member declarations) declares
  names elsewhere and is not part of the statements that run.
"""
from __future__ import annotations

__all__ = ["children", "sub_exprs", "sub_stmts", "blocks", "walk_expr", "walk_stmts", "body_stmts",
           "node_classes"]

import re
from typing import Any, Callable, Iterator

from . import nodes as N


def node_classes() -> list[type]:
    """Every concrete node class defined in nodes.py."""
    return [c for c in vars(N).values()
            if isinstance(c, type) and issubclass(c, N.Node)
            and c not in (N.Node, N.Expr, N.Stmt)]


_NODE_NAMES = frozenset({c.__name__ for c in node_classes()} | {"Node", "Expr", "Stmt", "Body"})
_WORD = re.compile(r"\w+")


def _mentions(type_text: str, names: frozenset[str]) -> bool:
    """Does the annotation's text name one of `names` (as a whole word)?"""
    return not names.isdisjoint(_WORD.findall(type_text))


def _shape_code(t: str) -> str:
    """Code appending the children held in a field of type `t` (spaces removed) to `out`:
    the common shapes get a direct statement; anything else goes through `_collect`."""
    one = _NODE_NAMES.__contains__
    if one(t):
        return "out.append(n.{f})"
    if t.startswith("Optional[list[") and t.endswith("]]") and one(t[14:-2]):
        return "v = n.{f}\n    if v: out.extend(v)"
    if t.startswith("Optional[") and t.endswith("]") and one(t[9:-1]):
        return "v = n.{f}\n    if v is not None: out.append(v)"
    if t.startswith("list[") and t.endswith("]") and one(t[5:-1]):
        return "out.extend(n.{f})"
    if t == "list[Optional[Expr]]":
        return "out.extend([x for x in n.{f} if x is not None])"
    return "v = n.{f}\n    if v is not None: _collect(v, out)"


_CHILDREN: dict[type, Callable[[Any], list[N.Node]]] = {}


_PLANS: dict[type, tuple[str, ...]] = {}


def _plan(cls: type) -> tuple[str, ...]:
    """Names of the fields of `cls` that may hold child nodes (computed once per class)."""
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = tuple(
            f.name for f in N.fields(cls)
            if f.metadata.get("walk", True) and _mentions(str(f.type), _NODE_NAMES))
    return plan


def _children_function(cls: type) -> Callable[[Any], list[N.Node]]:
    """A function returning the children of a `cls` node, generated once from the
    field types (walks run over every node of every program: they must be quick)."""
    types = {f.name: str(f.type).replace(" ", "") for f in N.fields(cls)}
    lines = ["def children(n):", "    out = []"]
    for name in _plan(cls):
        lines.append("    " + _shape_code(types[name]).format(f=name))
    lines.append("    return out")
    namespace: dict[str, Any] = {"_collect": _collect}
    exec("\n".join(lines), namespace)
    return namespace["children"]


def _collect(value: Any, out: list[N.Node]) -> None:
    if isinstance(value, N.Node):
        out.append(value)
    elif isinstance(value, (list, tuple)):
        for v in value:
            if v is not None and not isinstance(v, (str, int)):
                _collect(v, out)
    elif isinstance(value, N.Body):
        _collect(body_stmts(value), out)


def children(node: N.Node | N.Program) -> list[N.Node]:
    """The direct child nodes of `node`, in field order."""
    get = _CHILDREN.get(type(node))
    if get is None:
        get = _CHILDREN[type(node)] = _children_function(type(node))
    return get(node)


def sub_exprs(node: N.Node) -> list[N.Expr]:
    """The expressions `node` holds directly: for a statement, those outside its nested
    blocks; helper nodes (CASE conditions, parameters) are looked through."""
    if isinstance(node, N.Expr):  # an expression's children are all expressions
        return children(node)  # type: ignore[return-value]
    out: list[N.Expr] = []
    for c in children(node):
        if isinstance(c, N.Expr):
            out.append(c)
        elif not isinstance(c, N.Stmt):
            out.extend(sub_exprs(c))
    return out


_HOLDS_STMTS: dict[type, bool] = {}
_STMT_NAMES = frozenset(["Stmt", "Body"] + [c.__name__ for c in node_classes()
                                             if issubclass(c, N.Stmt)])


def sub_stmts(s: N.Node) -> list[N.Stmt]:
    """The statements of the blocks nested in `s` (none for a procedure: its own scope)."""
    cls = type(s)
    holds = _HOLDS_STMTS.get(cls)
    if holds is None:
        holds = _HOLDS_STMTS[cls] = cls is not N.Procedure and any(
            _mentions(str(f.type), _STMT_NAMES) for f in N.fields(cls) if f.name in _plan(cls))
    if not holds:
        return []
    return [c for c in children(s) if isinstance(c, N.Stmt)]


def blocks(s: N.Stmt) -> list[list[N.Stmt]]:
    """The statement blocks nested in `s`, each whole and in order (an IF's branches,
    a loop's body...): what reachability is decided over."""
    if isinstance(s, N.Procedure):
        return []
    out: list[list[N.Stmt]] = []

    def visit(value: Any) -> None:
        if isinstance(value, list) and value and all(isinstance(x, N.Stmt) for x in value):
            out.append(value)
        elif isinstance(value, (list, tuple)):
            for v in value:
                visit(v)
    for name in _plan(type(s)):
        visit(getattr(s, name))
    return out


def walk_stmts(stmts: list[N.Stmt]) -> Iterator[N.Stmt]:
    """Every statement in `stmts`, nested blocks included (depth first, in order),
    internal procedures yielded but not entered."""
    stack: list[Iterator[N.Stmt]] = [iter(stmts)]
    while stack:
        for s in stack[-1]:
            yield s
            inner = sub_stmts(s)
            if inner:
                stack.append(iter(inner))
            break
        else:
            stack.pop()


def walk_expr(e: N.Expr | None) -> Iterator[N.Expr]:
    """Every sub-expression of `e`, `e` first (iterative: deep expressions are fine)."""
    if e is None:
        return
    stack: list[N.Expr] = [e]
    while stack:
        x = stack.pop()
        yield x
        inner = sub_exprs(x)
        if inner:
            stack.extend(reversed(inner))


def body_stmts(body: N.Body) -> list[N.Stmt]:
    """A body's statements with its CASE ERROR / CASE EXCEPTION sections."""
    return (body.stmts + (body.on_error or []) + (body.on_exception or [])
            + (body.on_end or []))
