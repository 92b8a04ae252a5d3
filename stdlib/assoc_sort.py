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
    second level that cannot be compared (structures, objects) keeps the first order."""
    items = list(aa.data.items())
    first, second = (0, 1) if by_key else (1, 0)
    try:
        items.sort(key=lambda kv: key_of(kv[first]), reverse=descending)
    except TypeError:
        raise WLRuntimeError("ArraySort: the elements cannot be compared.") from None
    try:  # the second level: a stable sort on (first, second), then the first alone
        items.sort(key=lambda kv: (key_of(kv[first]), key_of(kv[second])),
                   reverse=descending)
    except (TypeError, WLRuntimeError):
        pass  # values that cannot be compared: equal keys keep the order written
    aa.data = dict(items)
