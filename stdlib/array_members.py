"""Whether an array holds a value: `t.Contains(3)` / `t.Contient(3)`.

WINDEV 2024 calls every function as a method of its first parameter, so `t.Contains(v)`
reaches Contains/Contient, the string function (stdlib/string_more.py), with the array
first. PC SOFT's list of array functions has no TableauContient (the French names of
tests/core/test_family_lists.py), so the array form is answered here: True when one
element is `=` to the value (INFERRED, docs/builtins.md "Contains on an array"). Before,
it failed with "Position expects a string".
"""
from __future__ import annotations

from wlinterp.runtime import values as V
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.comparisons import w_eq
from wlinterp.runtime.containers import WLArray

from . import text as T


def _texts_equal(item: object, value: object, options: int) -> bool:
    """Two texts compared under the cc... options (ccIgnoreCase, ccIgnoreAccent...), as
    StringCompare compares them."""
    return bool(T.compare_key(V.to_str(item), options) == T.compare_key(V.to_str(value),
                                                                        options))


def array_holds(arr: WLArray | WLAssoc, value: object, options: object = 0) -> bool:
    """True when an element of `arr` (the elements, not the keys, of an associative
    array) is `=` to `value`; with the cc... options, text elements compare as
    StringCompare does (`t.Contains("ANNE", ccIgnoreCase)`)."""
    items = arr.data.values() if isinstance(arr, WLAssoc) else arr.items
    opt = V.to_int(options) if options else 0
    if opt and isinstance(value, str):
        return any(isinstance(item, str) and _texts_equal(item, value, opt)
                   for item in items)
    return any(w_eq(item, value) for item in items)
