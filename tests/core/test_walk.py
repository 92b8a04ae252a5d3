"""Every AST node kind is walked (children come from the node definitions) and compiled."""
from __future__ import annotations

import functools
from typing import Any

import pytest
from golden_trees import golden_trees

from wlinterp.compiler.functions import FunctionCompiler
from wlinterp.syntax import nodes as N
from wlinterp.syntax import walk as W
from wlinterp.syntax.parser import parse


def _holds_node(value: Any) -> bool:
    if isinstance(value, (N.Node, N.Body)):
        return True
    if isinstance(value, (list, tuple)):
        return any(_holds_node(v) for v in value)
    return False


@functools.cache
def _reached() -> tuple[N.Node, ...]:
    """Every node of every golden program that parses (syntax errors left out), walked
    once for the three tests below (tests/golden_trees.py: parsed once per process)."""
    out: list[N.Node] = []
    stack: list[N.Node] = []
    for _, _, p in golden_trees():
        stack += W.body_stmts(p.main) + list(p.procedures)
    while stack:
        n = stack.pop()
        out.append(n)
        stack += W.children(n)
        if isinstance(n, N.StructDecl):
            stack += n.members
    return tuple(out)


def test_every_node_field_that_holds_nodes_is_walked() -> None:
    for node in _reached():
        plan = W._plan(type(node))
        for f in N.fields(node):
            if f.name in plan or not f.metadata.get("walk", True):
                continue
            assert not _holds_node(getattr(node, f.name)), \
                f"{type(node).__name__}.{f.name} holds nodes but is not walked"


def test_statement_walks_enter_every_nested_statement() -> None:
    """sub_stmts (what walk_stmts enters) misses no statement child, procedures aside."""
    for node in _reached():
        if isinstance(node, N.Procedure):
            continue
        inner = [c for c in W.children(node) if isinstance(c, N.Stmt)]
        assert W.sub_stmts(node) == inner, type(node).__name__


def test_every_node_kind_occurs_in_the_golden_programs() -> None:
    """So each kind is compiled and run by the golden tests."""
    seen = {type(n) for n in _reached()}
    missing = [c.__name__ for c in W.node_classes() if c not in seen]
    assert missing == []


@pytest.mark.parametrize("cls", W.node_classes(), ids=lambda c: c.__name__)
def test_every_node_kind_has_a_compiler_method(cls: type) -> None:
    if issubclass(cls, N.Expr):
        assert hasattr(FunctionCompiler, "x_" + cls.__name__)
    elif issubclass(cls, N.Stmt):
        assert hasattr(FunctionCompiler, "s_" + cls.__name__)


def test_children_follow_new_fields() -> None:
    """The three fields a hand-written table once missed."""
    new = N.New(1, 1, "C", [N.Name(1, 5, "n")])
    decl = N.Decl(1, 1, [("o", 1, 1)], "C", None, [N.Name(1, 9, "n")])
    each = N.ForEach(1, 1, "s", N.Str(1, 1, "a"), [], separator=N.Name(1, 20, "sep"))
    assert [x.name for x in W.walk_expr(new) if isinstance(x, N.Name)] == ["n"]
    assert [x.name for x in W.sub_exprs(decl) if isinstance(x, N.Name)] == ["n"]
    assert [x.name for x in W.sub_exprs(each) if isinstance(x, N.Name)] == ["sep"]


def test_internal_procedures_are_not_entered_by_statement_walks() -> None:
    prog = parse("x is int\nPROCEDURE INTERNE P()\ny is int\nEND\n")
    kinds = [type(s).__name__ for s in W.walk_stmts(prog.main.stmts)]
    assert "Procedure" in kinds and kinds.count("Decl") == 1
