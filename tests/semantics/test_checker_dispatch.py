"""The checker's shortcuts stay true to the node definitions they rely on."""
from __future__ import annotations

import pytest

from wlinterp.semantics.checker import FunctionChecker
from wlinterp.syntax import walk as W


def test_the_literal_handler_only_skips_nodes_without_sub_expressions() -> None:
    """x_literal checks nothing inside: a literal node that gained a child field (an
    interpolated string's parts, say) must get a real handler."""
    skipped = [cls for cls in W.node_classes()
               if getattr(FunctionChecker, "x_" + cls.__name__, None)
               is FunctionChecker.x_literal]
    assert {c.__name__ for c in skipped} == {"Num", "Str", "Const"}
    for cls in skipped:
        assert W._plan(cls) == (), f"{cls.__name__} holds nodes: x_literal would skip them"


def test_node_classes_have_no_subclasses() -> None:
    """The pass compares node classes (`type(x) is N.Name`, tables by class) where it
    used `isinstance`: a node class deriving from another would be missed."""
    classes = W.node_classes()
    for cls in classes:
        assert not [c for c in classes if c is not cls and issubclass(c, cls)], cls


def test_scope_shortcuts_agree_with_the_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    """`Scope.composite` (some visible variable is a structure, object, array or
    associative array: the operand checks have work) and `Scope.unset` (the variables
    declared without a value: WL204's candidates) say what the variables say, in every
    scope of every golden program."""
    import glob

    import wlinterp.semantics.analysis as analysis
    from wlinterp.registry import load_stdlib
    from wlinterp.semantics.scopes import COMPOSITE_KINDS
    from wlinterp.syntax.parser import parse

    seen = {"scopes": 0, "composite": 0, "unset": 0}
    real = analysis.finish_scope

    def finish(scope, rep, imposed=False):  # type: ignore[no-untyped-def]
        composite = any(s.spec is not None and s.spec.kind in COMPOSITE_KINDS
                        for s in scope.visible.values())
        assert scope.composite == composite, scope.name
        assert set(scope.unset) == {k for k, s in scope.vars.items()
                                    if s.role != "outer" and not s.initialized}, scope.name
        seen["scopes"] += 1
        seen["composite"] += composite
        seen["unset"] += bool(scope.unset)
        return real(scope, rep, imposed)
    monkeypatch.setattr(analysis, "finish_scope", finish)
    registry = load_stdlib()
    for path in sorted(glob.glob("tests/golden/**/*.wl", recursive=True)):
        try:
            program = parse(open(path, encoding="utf-8").read(), path)
        except Exception:  # noqa: BLE001 - goldens that test syntax errors
            continue
        analysis.analyze(program, registry)
    assert seen["scopes"] > 500 and seen["composite"] > 50 and seen["unset"] > 50, seen
