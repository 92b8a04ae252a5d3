"""Whether a program can free an object at all: a `delete` / `libérer` statement
somewhere in it, or code it compiles while it runs (Compile, ExecuteCode), which could
hold one. Where it cannot, an object held in a loop keeps its members for the whole
run, so a method called on it needs no test that it was freed (member_inline.py).
"""
from __future__ import annotations

__all__ = ["program_may_free"]

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import children

# built-ins that run code given as text (stdlib/dynamic_code.py, dynamic_eval.py)
_RUNS_TEXT = frozenset({"compile", "executecode"})


def program_may_free(program: N.Program) -> bool:
    """Does `program` hold a `delete` / `libérer`, or a call that compiles code while it
    runs? Every node is visited once (procedures nested in bodies too)."""
    todo: list[N.Node | N.Program] = [program]
    while todo:
        node = todo.pop()
        if type(node) is N.Free:
            return True
        if type(node) is N.Call and type(node.func) is N.Name \
                and fold(node.func.name) in _RUNS_TEXT:
            return True
        todo.extend(children(node))
    return False
