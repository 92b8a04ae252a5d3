"""ArraySort / TableauTrie on an associative array: its elements reordered, each keeping
its key, by value or (asKey / ttClé) by key.

?3075007 (ArraySort, VERIFIED in part: the stored copy is cut after these words): "Case
of an associative array: if the constant ttClé is specified: keys are sorted in
ascending order. In case of equality between two keys, the values are sorted according
to the ascending value if the values can be compared. If the values cannot be compared,
the initial order is kept. If the constant is not specified: sorting is performed in
ascending order of values. In case of equality between two values, ..." (cut). Equal
values keep their keys' ascending order, as equal keys their values' (INFERRED, the page
being cut there); asDescending reverses both (INFERRED). A code of the public corpus
keeps its most recent files so: `TableauTrie(tabFichiers, ttDécroissant)` on an
associative array of DateHeure by path, then `POUR TOUTE dh, sChemin DE tabFichiers`."""
from __future__ import annotations

__all__ = ["sort_assoc"]

from typing import Any, Callable

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime.assoc_arrays import WLAssoc

SortKey = Callable[[object], tuple[int, Any]]


def sort_assoc(aa: WLAssoc, by_key: bool, descending: bool, key_of: SortKey) -> None:
    """Reorder `aa` in place: by value then key, or (`by_key`) by key then value; a
    second level that cannot be compared (structures, objects) keeps the first order.
    One sort on both levels; the first level alone only when the second cannot be
    compared (each element's sort keys are computed once)."""
    items = list(aa.data.items())
    first, second = (0, 1) if by_key else (1, 0)
    firsts = [key_of(kv[first]) for kv in items]
    order = _sorted_order(firsts, _second_keys(items, second, key_of), descending)
    aa.data = dict(items[i] for i in order)


def _second_keys(items: list[tuple[object, object]], second: int,
                 key_of: SortKey) -> list[tuple[int, Any]] | None:
    """The second level's sort keys, or None when a value has none (it cannot be
    converted for comparison: equal first keys then keep the order written)."""
    try:
        return [key_of(kv[second]) for kv in items]
    except (TypeError, WLRuntimeError):
        return None


def _sorted_order(firsts: list[tuple[int, Any]], seconds: list[tuple[int, Any]] | None,
                  descending: bool) -> list[int]:
    """The positions of the elements in sorted order: on (first, second) when both
    compare, else, stably, on the first level alone."""
    positions = range(len(firsts))
    if seconds is not None:
        try:
            return sorted(positions, key=lambda i: (firsts[i], seconds[i]),
                          reverse=descending)
        except TypeError:
            pass  # values that cannot be compared: equal keys keep the order written
    try:
        return sorted(positions, key=firsts.__getitem__, reverse=descending)
    except TypeError:
        raise WLRuntimeError("ArraySort: the elements cannot be compared.") from None
