"""ArraySort/TableauTrie (and Sort/Trie) with its as... options: an array sorted in place,
ascending or descending, on its values, a structure's members, a two-dimensional array's
columns, by a procedure, with the cc... text options; an associative array by value or by
key (assoc_sort.py). Declared in the Arrays family (arrays.py's), apart from the other
Array* functions so that each module keeps one job.
"""
from __future__ import annotations

import functools
from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import ProcArg
from wlinterp.runtime import values as V
from wlinterp.runtime.durations import WLDuration
from wlinterp.runtime.enums import WLEnumValue
from wlinterp.runtime.procrefs import WLProcRef, check_callback_count, procedure_arg
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import WLArray
from wlinterp.syntax.names import fold

from . import text as T
from .array_args import array_arg, one_dim as _one_dim
from .arrays import assoc_or_array, family
from .assoc_sort import sort_assoc

# asAscending 1 VERIFIED (WINDEV Mobile's Android runtime: TableauTrie(t) is
# TableauTrie(t, 1)); the others are ours (PC SOFT does not publish them), above the
# cc... comparison options' bits (text.py: ccWholeWord 2, ccIgnoreCase 4 ... ccLexicographicOrder 128) so that a sort
# option may add them: `asAscending + ccIgnoreCase` (docs/builtins.md, L2 section).
AS_ASCENDING = family.constant("asAscending", "ttCroissant", 1)
AS_DESCENDING = family.constant("asDescending", "ttDécroissant", 1024)
AS_FUNCTION = family.constant("asFunction", "ttFonction", 2048)
# the members (columns) to sort on are the third argument, so these only document it
AS_MEMBER = family.constant("asMember", "ttMembre", 4096)
AS_COLUMN = family.constant("asColumn", "ttColonne", 8192)
# an associative array sorted by its keys (?3075007 names ttClé; English name and value
# INFERRED: the as... names of the tt... constants, the next free bit)
AS_KEY = family.constant("asKey", "ttClé", 16384)
_TEXT_OPTIONS = (T.CC_IGNORE_CASE | T.CC_IGNORE_ACCENT | T.CC_IGNORE_SPACE
                 | T.CC_IGNORE_INSIDE_SPACE | T.CC_IGNORE_PUNCTUATION | T.CC_LEXICOGRAPHIC
                 | T.CC_RESPECT_NUMERIC)


def _sort_key(value: object, member: str, text: int = 0) -> tuple[int, Any]:
    """What one element is sorted on: itself, or one member of a structure (`"+Name"`);
    text under the cc... options `text` (ccIgnoreCase...). A value of an enumeration by
    its declared rank, the order `<` compares two of one enumeration in
    (runtime/comparisons.py): it sorted by name."""
    if member:
        getter = getattr(value, "wl_get", None)
        if getter is None:
            raise WLRuntimeError("ArraySort: a member can only be given for an array of "
                                 "structures.")
        value = getter(member)
    if value is None:  # Null first (last descending), whatever the others' kind
        return (-1, 0)  # (it sorted as "", after every number: docs/builtins.md ArraySort)
    if isinstance(value, bool):
        return (0, int(value))
    if isinstance(value, (int, float)) or type(value).__name__ == "Decimal":
        return (0, value)
    if isinstance(value, WLDuration):  # by its length (its text put 2 h before 30 min)
        return (0, value.wl_num())
    if isinstance(value, WLEnumValue):
        return (2, (value.enum, value.rank))
    return (1, T.compare_key(V.to_str(value), text) if text else V.to_str(value))


def _member_key(member: str, text: int, value: object) -> tuple[int, Any]:
    return _sort_key(value, member, text)


@family.function("ArraySort", "TableauTrie", "Sort", "Trie")
def array_sort(rt: Runtime, arr: object, option: object = 1, member: ProcArg = "") -> None:
    """Sort a one-dimensional array in place: ascending (asAscending, the default) or
    descending (asDescending). For an array of structures, `member` names the members to
    sort on (asMember), most significant first: "+Name;-Age" sorts on Name ascending, then
    Age descending ("-" descending, "+" or nothing: the option's direction). Numbers sort
    before text; the sort is stable. The cc... options added to the option (ccIgnoreCase,
    ccIgnoreAccent, ccLexicographicOrder...) compare text as StringCompare does."""
    opt = V.to_int(option)
    text = opt & _TEXT_OPTIONS
    descending = opt & AS_DESCENDING == AS_DESCENDING
    keyed, arr = assoc_or_array(arr)  # (a JSON member never written is the array it becomes)
    if keyed is not None:  # by value, or by key (asKey): stdlib/assoc_sort.py
        key_of = functools.partial(_sort_key, member="", text=text)
        sort_assoc(keyed, opt & AS_KEY == AS_KEY, descending, key_of)
        return
    a = array_arg(arr, "ArraySort")
    if len(a.dims) == 2:
        _sort_rows(a, descending, member, text)
        return
    _one_dim(a, "ArraySort")
    if opt == AS_FUNCTION:
        _sort_with(procedure_arg(rt, member, "ArraySort"), a)
        return
    specs = [fold(m.strip()) for m in V.to_str(member).split(";") if m.strip()] \
        if member else [""]
    try:
        for spec in reversed(specs):  # least significant first: stable sorts compose
            down = descending
            if spec[:1] in ("+", "-"):
                down, spec = spec[0] == "-", spec[1:].strip()
            a.items.sort(key=functools.partial(_member_key, spec, text), reverse=down)
    except TypeError:
        raise WLRuntimeError("ArraySort: the elements cannot be compared.") from None


def _column_key(col: int, text: int, row: list[object]) -> tuple[int, Any]:
    return _sort_key(row[col - 1], "", text)


def _sort_rows(a: WLArray, descending: bool, columns: object, text: int) -> None:
    """A two-dimensional array sorts its rows on columns: `2` or `"2;-3"` (column 2 in
    the option's direction, then column 3 the other way; "+"/"-" as for members). Help
    page of <Array>.Sort (?1000024318) for the syntax; no result is stated there."""
    width = a.dims[1]
    rows = [a.items[i:i + width] for i in range(0, len(a.items), width)]
    specs = [c.strip() for c in V.to_str(columns).split(";") if c.strip()] or ["1"]
    try:
        for spec in reversed(specs):
            down = descending
            if spec[:1] in ("+", "-"):
                down, spec = spec[0] == "-", spec[1:].strip()
            col = V.to_int(spec)
            if not 1 <= col <= width:
                raise WLRuntimeError(f"ArraySort: the array has no column {col}.")
            rows.sort(key=functools.partial(_column_key, col, text), reverse=down)
    except TypeError:
        raise WLRuntimeError("ArraySort: the elements cannot be compared.") from None
    a.items[:] = [v for row in rows for v in row]


def _sort_with(compare: WLProcRef, a: Any) -> None:
    """ArraySort(t, asFunction, Proc): Proc(e1, e2) returns a negative number when e1
    goes first, a positive one when e2 does, 0 when equal (a stable sort). Proc may be
    named in a text (`"Proc"`), as for the other built-ins taking a procedure."""
    check_callback_count(compare, 2)
    a.items.sort(key=functools.cmp_to_key(lambda x, y: V.to_int(compare(x, y))))
