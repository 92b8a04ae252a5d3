"""The order in which a class's ancestors are searched (members, methods, `is`), one
rule for the run and the checker. A class may inherit from several classes (help
?6010007: "an inheritance can be multiple"): each `inherits from` line, in the order
written, then each parent's own ancestors. *Decided* (the page gives no order): depth
first, the first parent's line before the second's, and a class shared by two lines (a
diamond) after every class deriving from it, so that a redefinition in either line is
found before the shared ancestor's method (docs/semantics.md "Several ancestors").
Objects are built the other way: each class after all its parents, the parents' lines
in the order written, a shared ancestor once (`oldest_first`)."""
from __future__ import annotations

__all__ = ["linearized", "oldest_first"]

from typing import Callable, Sequence

_MOST = 4096  # visits: a hostile or generated lattice of classes stays bounded


def linearized(start: str, parents_of: Callable[[str], Sequence[str] | None]) -> list[str]:
    """`start` and its ancestors, nearest first (`parents_of(k)`: k's parents in the
    order written, None when k is no class known here: left out); cycles cut."""
    visits: list[str] = []
    stack: list[tuple[str, frozenset[str]]] = [(start, frozenset())]
    while stack and len(visits) < _MOST:
        key, path = stack.pop()
        if key in path:
            continue
        parents = parents_of(key)
        if parents is None:
            continue
        visits.append(key)
        below = path | {key}
        stack.extend((p, below) for p in reversed(parents))
    last = {k: i for i, k in enumerate(visits)}
    return [k for i, k in enumerate(visits) if last[k] == i]


def oldest_first(start: str, parents_of: Callable[[str], Sequence[str] | None]) -> list[str]:
    """`start` and its ancestors in the order their constructors run: each class after
    its parents, the first parent's line before the second's, each class once."""
    done: list[str] = []
    placed: set[str] = set()
    stack: list[tuple[str, bool, frozenset[str]]] = [(start, False, frozenset())]
    while stack and len(done) < _MOST:
        key, ready, path = stack.pop()
        if key in placed:
            continue
        if ready:
            placed.add(key)
            done.append(key)
            continue
        parents = parents_of(key) if key not in path else None
        if parents is None:
            continue
        below = path | {key}
        stack.append((key, True, path))
        stack.extend((p, False, below) for p in reversed(parents))
    return done
