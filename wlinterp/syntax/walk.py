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

__all__ = ["children", "sub_exprs", "sub_exprs_of", "sub_stmts", "sub_stmts_of", "blocks", "walk_expr",
           "walk_stmts", "body_stmts", "node_classes"]

from typing import Any, Callable, Iterator

from . import nodes as N
from ..lazy_regex import lazy_compile


def node_classes() -> list[type]:
    """Every concrete node class nodes.py names (its expressions are expr_nodes.py's)."""
    return [c for c in vars(N).values()
            if isinstance(c, type) and issubclass(c, N.Node)
            and c not in (N.Node, N.Expr, N.Stmt)]


_NODE_NAMES = frozenset({c.__name__ for c in node_classes()} | {"Node", "Expr", "Stmt", "Body"})
_WORD = lazy_compile(r"\w+")


def _mentions(type_text: str, names: frozenset[str]) -> bool:
    """Does the annotation's text name one of `names` (as a whole word)?"""
    return not names.isdisjoint(_WORD.findall(type_text))


def _split(args: str) -> list[str]:
    """`A,list[B],C` -> ["A", "list[B]", "C"] (commas at the top level only)."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(args):
        depth += (c == "[") - (c == "]")
        if c == "," and depth == 0:
            parts.append(args[start:i])
            start = i + 1
    return parts + [args[start:]]


def _shape_code(t: str, v: str, keep: Callable[[str], str], indent: str) -> list[str]:
    """Lines of code adding to `out` the nodes that the value `v`, of declared type `t`
    (spaces and quotes removed), holds: for each node class it names, `keep(name)` says
    "append" it, "skip" it or "look into" it (its sub-expressions). Raises ValueError for
    a type it cannot read (the caller then walks generically)."""
    if t in _NODE_NAMES:
        what = keep(t)
        return [] if what == "skip" else [indent + (f"out.append({v})" if what == "append"
                                                    else f"out.extend(sub_exprs({v}))")]
    if not _mentions(t, _NODE_NAMES):
        return []
    head, _, rest = t.partition("[")
    inner = rest[:-1]
    if head == "Optional":
        body = _shape_code(inner, v, keep, indent + "    ")
        return [indent + f"if {v} is not None:"] + body if body else []
    if head == "list" and inner in _NODE_NAMES and keep(inner) == "append":
        return [indent + f"out.extend({v})"]
    if head == "list":
        item = f"x{len(indent)}"
        body = _shape_code(inner, item, keep, indent + "    ")
        return [indent + f"for {item} in {v}:"] + body if body else []
    if head == "tuple":
        return [line for i, part in enumerate(_split(inner))
                for line in _shape_code(part, f"{v}[{i}]", keep, indent)]
    raise ValueError(t)


def _keep_all(name: str) -> str:
    return "append"


def _generated(cls: type, keep: Callable[[str], str], fallback: Any) -> Any:
    """A function returning the nodes of a `cls` node that `keep` selects, generated once
    from the field types (walks run over every node of every program: they must be
    quick); `fallback` for a field type `_shape_code` cannot read."""
    lines = ["def nodes(n):", "    out = []"]
    try:
        for f in N.fields(cls):
            if f.name in _plan(cls):
                t = str(f.type).replace(" ", "").replace("'", "").replace('"', "")
                lines += _shape_code(t, f"n.{f.name}", keep, "    ")
    except ValueError:
        return fallback
    lines.append("    return out")
    namespace: dict[str, Any] = {"sub_exprs": sub_exprs}
    exec("\n".join(lines), namespace)
    return namespace["nodes"]


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
    """A function returning the children of a `cls` node (all of them)."""
    return _generated(cls, _keep_all, lambda n: _collect_fields(cls, n))


def _collect_fields(cls: type, n: Any) -> list[N.Node]:
    out: list[N.Node] = []
    for name in _plan(cls):
        value = getattr(n, name)
        if value is not None:
            _collect(value, out)
    return out


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


_EXPR_NAMES = frozenset(["Expr"] + [c.__name__ for c in node_classes()
                                     if issubclass(c, N.Expr)])
_STMT_NAMES = frozenset(["Stmt", "Body"] + [c.__name__ for c in node_classes()
                                             if issubclass(c, N.Stmt)])
_SUB_EXPRS: dict[type, Callable[[Any], list[N.Expr]]] = {}
_SUB_STMTS: dict[type, Callable[[Any], list[N.Stmt]]] = {}


def _keep_exprs(name: str) -> str:
    """sub_exprs: expressions, and the ones helper nodes (CASE conditions, parameters)
    hold; not statements."""
    return "append" if name in _EXPR_NAMES else "skip" if name in _STMT_NAMES else "look"


def _keep_stmts(name: str) -> str:
    return "append" if name in _STMT_NAMES and name != "Body" else "skip"


def _exprs_filtered(node: N.Node) -> list[N.Expr]:
    out: list[N.Expr] = []
    for c in children(node):
        if isinstance(c, N.Expr):
            out.append(c)
        elif not isinstance(c, N.Stmt):
            out.extend(sub_exprs(c))
    return out


def sub_exprs(node: N.Node) -> list[N.Expr]:
    """The expressions `node` holds directly: for a statement, those outside its nested
    blocks; helper nodes (CASE conditions, parameters) are looked through."""
    get = _SUB_EXPRS.get(type(node))
    if get is None:
        get = sub_exprs_of(type(node))
    return get(node)


def sub_exprs_of(cls: type) -> Callable[[Any], list[N.Expr]]:
    """`sub_exprs` for the nodes of class `cls`: a walk of its own looks it up once per
    class instead of once per node."""
    get = _SUB_EXPRS.get(cls)
    if get is None:
        made: Any = children if issubclass(cls, N.Expr) else \
            _generated(cls, _keep_exprs, _exprs_filtered)
        get = _SUB_EXPRS[cls] = made
    return get


def _stmts_filtered(s: N.Node) -> list[N.Stmt]:
    return [c for c in children(s) if isinstance(c, N.Stmt)]


def _no_stmts(s: N.Node) -> list[N.Stmt]:
    return []


def sub_stmts(s: N.Node) -> list[N.Stmt]:
    """The statements of the blocks nested in `s` (none for a procedure: its own scope)."""
    get = _SUB_STMTS.get(type(s))
    if get is None:
        get = _sub_stmts_function(type(s))
    return get(s)


def _sub_stmts_function(cls: type) -> Callable[[Any], list[N.Stmt]]:
    get = _SUB_STMTS[cls] = _no_stmts if cls is N.Procedure or not any(
        _mentions(str(f.type), _STMT_NAMES) for f in N.fields(cls) if f.name in _plan(cls)) \
        else _generated(cls, _keep_stmts, _stmts_filtered)
    return get


def sub_stmts_of(cls: type) -> Callable[[Any], list[N.Stmt]] | None:
    """`sub_stmts` for the statements of class `cls`; None when such a statement never
    holds any (most statements): a walk of its own need not ask each one."""
    get = _SUB_STMTS.get(cls) or _sub_stmts_function(cls)
    return None if get is _no_stmts else get


def _blocks_code(t: str, v: str, indent: str) -> list[str]:
    """Lines adding to `out` each non-empty statement list held in `v`, of type `t`."""
    head, _, rest = t.partition("[")
    inner = rest[:-1]
    if head == "list" and inner in _STMT_NAMES:
        return [indent + f"if {v}: out.append({v})"]
    if head == "Optional" and inner.startswith("list["):
        return _blocks_code(inner, v, indent)
    if head == "list" and _mentions(inner, _STMT_NAMES):
        item = f"x{len(indent)}"
        body = _blocks_code(inner, item, indent + "    ")
        return [indent + f"for {item} in {v}:"] + body if body else []
    if head == "tuple":
        return [line for i, part in enumerate(_split(inner))
                for line in _blocks_code(part, f"{v}[{i}]", indent)]
    return []


def _blocks_function(cls: type) -> Callable[[Any], list[list[N.Stmt]]]:
    """`blocks` for the `cls` nodes, generated once from the field types."""
    lines = ["def blocks(n):", "    out = []"]
    if cls is not N.Procedure:  # its body is its own scope
        for f in N.fields(cls):
            if f.name in _plan(cls):
                t = str(f.type).replace(" ", "").replace("'", "").replace('"', "")
                lines += _blocks_code(t, f"n.{f.name}", "    ")
    lines.append("    return out")
    namespace: dict[str, Any] = {}
    exec("\n".join(lines), namespace)
    return namespace["blocks"]


_BLOCKS: dict[type, Callable[[Any], list[list[N.Stmt]]]] = {}


def blocks(s: N.Stmt) -> list[list[N.Stmt]]:
    """The statement blocks nested in `s`, each whole and in order (an IF's branches,
    a loop's body...): what reachability is decided over. Empty blocks are left out."""
    get = _BLOCKS.get(type(s))
    if get is None:
        get = _BLOCKS[type(s)] = _blocks_function(type(s))
    return get(s)


def walk_nodes(root: N.Node | N.Program) -> Iterator[N.Node | N.Program]:
    """Every node under `root`, `root` first, depth first (iterative): for the searches
    that look at every kind of node (string literals, names, operations by line)."""
    stack: list[N.Node | N.Program] = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(children(node))


def walk_stmts(stmts: list[N.Stmt]) -> Iterator[N.Stmt]:
    """Every statement in `stmts`, nested blocks included (depth first, in order),
    internal procedures yielded but not entered."""
    stack: list[Iterator[N.Stmt]] = [iter(stmts)]
    known = _SUB_STMTS.get
    while stack:
        for s in stack[-1]:
            yield s
            get = known(type(s))
            if get is not _no_stmts:
                inner = sub_stmts(s) if get is None else get(s)
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
    known = _SUB_EXPRS.get
    while stack:
        x = stack.pop()
        yield x
        get = known(type(x))
        inner = sub_exprs(x) if get is None else get(x)
        if inner:
            stack.extend(reversed(inner))


def body_stmts(body: N.Body) -> list[N.Stmt]:
    """A body's statements with its CASE ERROR / CASE EXCEPTION sections."""
    return (body.stmts + (body.on_error or []) + (body.on_exception or [])
            + (body.on_end or []))
