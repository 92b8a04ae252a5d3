"""The checker's shortcuts stay true to the node definitions they rely on."""
from __future__ import annotations

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
