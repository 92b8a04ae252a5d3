"""Copies of syntax trees, for the passes that change a tree after the parse.

A parsed tree may be kept and read again: a project keeps its parsed files between links
(project/program.py), and the compiler keeps what it learnt of a body by the body's
identity (semantics/facts.py). A pass that would change such a tree works on a copy:
`with_fields` copies one node with some fields changed (the linker's rewriting copies
the nodes on the way to what it rewrites), `copy_tree` the whole tree (a `.wl` file read
as a class, file_class.py, rewrites much of it).
"""
from __future__ import annotations

__all__ = ["copy_tree", "with_fields"]

from typing import Any, TypeVar

from .node_class import Record, fields

_T = TypeVar("_T")


def with_fields(node: _T, changed: dict[str, Any]) -> _T:
    """A copy of the node with the `changed` fields (its class's `__init__` is not run
    again: the fields are all a node holds)."""
    copy = object.__new__(type(node))
    for f in fields(node):
        setattr(copy, f.name, changed[f.name] if f.name in changed else getattr(node, f.name))
    return copy


def copy_tree(node: _T) -> _T:
    """A copy of the tree that shares no node, list, tuple or dict with it; a node met
    twice (a lambda's procedure: hoisted into its body and still the Lambda's `proc`)
    is copied once and met twice in the copy too."""
    return _copy(node, {})


def _copy(value: Any, done: dict[int, Any]) -> Any:
    if isinstance(value, (list, tuple, dict, Record)):
        found = done.get(id(value))
        if found is not None:
            return found
    else:
        return value  # (strings, numbers, None: immutable)
    made: Any
    if isinstance(value, list):
        made = done[id(value)] = []
        made.extend(_copy(item, done) for item in value)
    elif isinstance(value, tuple):
        made = done[id(value)] = tuple(_copy(item, done) for item in value)
    elif isinstance(value, dict):
        made = done[id(value)] = {k: _copy(v, done) for k, v in value.items()}
    else:
        made = done[id(value)] = object.__new__(type(value))
        for f in fields(value):
            setattr(made, f.name, _copy(getattr(value, f.name), done))
    return made
