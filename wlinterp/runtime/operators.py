"""Runtime side of the less common WLanguage operators: binary (bitwise) operators and
shifts, `&x` (address-of), `obj>>Member` (automation), `a <= b` (homonymous copy) and
`x <- y` (reference assignment).

PC SOFT's "binary operators" page: `&` is a binary AND, `|` a binary OR, `||` an
exclusive OR, `~` a binary NOT, and `bitLeftShift`/`bitRightShift` shift (a shift by the
operand's size or more gives 0). The result is a 4-byte integer when both operands fit
in 4 bytes, an 8-byte integer otherwise (docs/semantics.md, "Binary operators").
"""
from __future__ import annotations

__all__ = ["iterate", "iterate_keyed", "sorted_rows", "w_slice", "w_band", "w_bor", "w_bxor", "w_bnot", "w_shl", "w_shr", "address_of",
           "automation_fail", "homonymous_copy", "same_reference"]

from typing import TYPE_CHECKING, Any

from ..errors import WLRuntimeError
from . import values as V
from .assoc_arrays import WLAssoc
from .containers import WLArray, WLStruct, copy_value, holds_references, read_only_error
from . import substrings
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .comparisons import w_lt
else:
    on_first_call(globals(), ".comparisons", "w_lt")

_I32 = (-0x80000000, 0x7FFFFFFF)


def _operands(a: object, b: object, wide: bool = False) -> tuple[int, int, int]:
    """Both operands as integers, and the width (32 or 64 bits) of the result: 64 when
    the compiler knows an operand is 8 bytes wide or not an integer (`wide`: the page's
    type table, an `int on 8 bytes` or a real gives an 8-byte integer), or when a value
    does not fit in 4 bytes."""
    x, y = V.to_int(a), V.to_int(b)
    bits = 32 if not wide and _I32[0] <= x <= _I32[1] and _I32[0] <= y <= _I32[1] else 64
    return x, y, bits


def _narrow(n: int, bits: int) -> int:
    return V.wrap32(n) if bits == 32 else V.wrap64(n)


def w_band(a: object, b: object, wide: bool = False) -> int:
    x, y, bits = _operands(a, b, wide)
    return _narrow(x & y, bits)


def w_bor(a: object, b: object, wide: bool = False) -> int:
    x, y, bits = _operands(a, b, wide)
    return _narrow(x | y, bits)


def w_bxor(a: object, b: object, wide: bool = False) -> int:
    x, y, bits = _operands(a, b, wide)
    return _narrow(x ^ y, bits)


def w_bnot(a: object) -> int:
    x = V.to_int(a)
    return _narrow(~x, 32 if _I32[0] <= x <= _I32[1] else 64)


def w_shl(a: object, n: object, wide: bool = False) -> int:
    x, k, bits = _operands(a, n, wide)
    if k < 0 or k >= bits:
        return 0
    return _narrow(x << k, bits)


def w_shr(a: object, n: object, wide: bool = False) -> int:
    """A logical shift: the bits of the value's width move right, zeros come in."""
    x, k, bits = _operands(a, n, wide)
    if k < 0 or k >= bits:
        return 0
    return _narrow((x & ((1 << bits) - 1)) >> k, bits)


def w_slice(obj: Any, kind: str, *bounds: Any) -> Any:
    """`x[2 TO 4]`, `x[2 TO]`, `x[TO 3]`, `x[2 ON 3]`: a part of an array (a new array)
    or of a string (the same as `x[[...]]`)."""
    if isinstance(obj, WLArray):
        n = len(obj.items)
        if kind == "range":
            a, b = V.to_int(bounds[0]), V.to_int(bounds[1])
        elif kind == "from":
            a, b = V.to_int(bounds[0]), n
        elif kind == "len":  # t[2 ON 3]: 3 elements from the 2nd
            a = V.to_int(bounds[0])
            b = a + V.to_int(bounds[1]) - 1
        else:
            a, b = 1, V.to_int(bounds[0])
        part = [copy_value(v) for v in obj.items[max(a, 1) - 1:max(b, 0)]]
        return WLArray(obj.elem, part, (), obj.ctx)
    return getattr(substrings, "substr_" + kind)(obj, *bounds)


def iterate(obj: Any, shown: str = "") -> Any:
    """FOR EACH: the elements of an array, in index order. `shown`: the variable or
    member path the loop goes through, as written, for the error."""
    if isinstance(obj, WLArray):  # (an array whose elements read as more: wl_read_items)
        read = getattr(obj, "wl_read_items", None)
        return obj.items if read is None else read()
    if isinstance(obj, list):
        return obj
    items = getattr(obj, "wl_iter", None)
    if items is not None:
        return items()
    if obj is None or (type(obj) is str and obj == ""):
        return ()  # an empty variant, a JSON member never written: nothing to go through
    raise WLRuntimeError(not_iterable(obj, shown))


def not_iterable(obj: Any, shown: str) -> str:
    """FOR EACH's error for a value with no elements, in the check's words (WL110,
    semantics/object_stores.py): the variable named, an object's class or structure."""
    sdef = getattr(obj, "sdef", None)
    if sdef is not None:
        name = sdef.name
        what = f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name} " \
               f"({'class' if sdef.is_class else 'structure'})"
    else:
        what = f"a value of type {V.type_name(obj)}"
    named = f"'{shown}', " if shown else ""
    return (f"FOR EACH cannot go through {named}{what}: it has no elements (an array, an "
            f"associative array, a list, a queue or a stack has).")


def iterate_keyed(obj: Any, shown: str = "") -> Any:
    """`FOR EACH v, k OF x`: (key, value) pairs of an associative array, (1-based index,
    element) pairs of anything else FOR EACH goes through."""
    if isinstance(obj, WLAssoc):  # a duplicate's key is shown as the plain key
        return [(str(k) if isinstance(k, str) else k, v) for k, v in obj.data.items()]
    return enumerate(iterate(obj, shown), 1)


def iterate_backwards(obj: Any, shown: str = "") -> Any:
    """`FOR EACH x OF t FromEnd`: the elements from the last to the first; a query result
    or data source is browsed from its end (wl_iter_backwards)."""
    back = getattr(obj, "wl_iter_backwards", None)
    if back is not None:
        return back()
    return list(iterate(obj, shown))[::-1]


def iterate_keyed_backwards(obj: Any, shown: str = "") -> Any:
    """`FOR EACH v, k OF x FromEnd`: (key, value) pairs from the last, each with its own
    key or index (a data source's are ranks in the walk)."""
    if getattr(obj, "wl_iter_backwards", None) is not None:
        return enumerate(obj.wl_iter_backwards(), 1)
    return list(iterate_keyed(obj, shown))[::-1]


def sorted_rows(rows: list[tuple[tuple[Any, ...], Any]], descending: tuple[bool, ...]) -> list[Any]:
    """`FOR EACH x OF t SORTED BY k1, -k2`: the loop's rows (keys, row) in the order of
    their keys, compared as WLanguage compares values (`<`); a key written with a minus
    sorts descending. Stable: rows with equal keys keep the collection's order."""
    import functools

    def compare(a: tuple[tuple[Any, ...], Any], b: tuple[tuple[Any, ...], Any]) -> int:
        for x, y, down in zip(a[0], b[0], descending):
            if w_lt(x, y):
                return 1 if down else -1
            if w_lt(y, x):
                return -1 if down else 1
        return 0
    return [row for _, row in sorted(rows, key=functools.cmp_to_key(compare))]


_FIRST_ADDRESS = 0x10000
_ADDRESS_STEP = 16


def address_of(ctx: Any, key: str, value: object, owner: object = None,
               part: object = None) -> int:
    """`&x`: an opaque integer standing for the address of `x`.

    wlinterp has no memory to point into; the handle only has to be stable (the same
    variable or the same object always gives the same number, so it round-trips through
    an int variable or serves as an associative-array key) and distinct between
    variables. Objects (arrays, structures, class instances) are identified by identity,
    other variables by their declaration (`key`), a member or an element that holds a
    simple value by its `owner` object or array and its `part` (the member's name, the
    subscripts): `:id = &:id` in a constructor gives each object its own number, as real
    code expects (it keys its objects by it).
    """
    table: dict[object, int] = ctx.__dict__.setdefault("wl_addresses", {})
    keep: list[object] = ctx.__dict__.setdefault("wl_address_objects", [])
    ident: object = key
    if isinstance(value, (WLStruct, WLArray, WLAssoc)):
        ident = ("object", id(value))
        if ident not in table:
            keep.append(value)  # the id stays this object's while the run lasts
    elif isinstance(owner, (WLStruct, WLArray, WLAssoc)):
        ident = ("part", id(owner), part)
        if ident not in table:
            keep.append(owner)
    handle = table.get(ident)
    if handle is None:
        handle = table[ident] = _FIRST_ADDRESS + _ADDRESS_STEP * len(table)
    return handle


def automation_fail(name: str, access: str = ">>") -> Any:
    """`obj>>Member` (or a member of an `object Automation` variable): automation
    (ActiveX/OLE) objects exist only on Windows."""
    raise WLRuntimeError(f"ActiveX/OLE is not available: '{access}{name}' needs an automation "
                         f"object, which wlinterp does not provide.")


class ControlRef:
    """The value of a Control variable (`c is Control <- EDT_Name`, `c est un Champ <-
    SAI_Nom`): it names a window control, so declaring and assigning it work, and any
    use of it fails saying so (wlinterp runs code without windows)."""

    def __init__(self, name: str = "") -> None:
        self.name = name

    def _fail(self, what: str) -> Any:
        shown = f"the window control {self.name}" if self.name else "a Control variable"
        raise WLRuntimeError(f"'{what}' on {shown}: window controls are not available "
                             f"outside the IDE (wlinterp runs code without windows).")

    def wl_get(self, name: str) -> Any:
        return self._fail(f"..{name}")

    def wl_get_named(self, name: str, shown: str) -> Any:
        """`c.Member`: named as the source writes it."""
        return self._fail(f".{shown}")

    def wl_prop(self, name: str) -> Any:
        return self._fail(f"..{name}")

    def wl_set(self, name: str, value: Any, ctx: Any) -> None:
        self._fail(f"..{name}")

    def wl_set_prop(self, name: str, value: Any) -> None:
        self._fail(f"..{name}")

    def wl_method(self, name: str) -> Any:
        return self._fail(f".{name}()")


def control_ref(name: str) -> ControlRef:
    """`c <- EDT_Name` into a Control variable: a reference to that control by name."""
    return ControlRef(name)


def homonymous_copy(target: Any, source: Any, ctx: Any, here: str | None = None) -> None:
    """`a <= b`: copy the members of `b` into the members of `a` that have the same name
    (other members of `a` keep their values). *decided*: a member that is CONSTANT in
    a's class is not skipped but refused, before anything is copied, unless the copy runs
    in a method of a class where it may be changed (`here`, folded: that class or one
    derived from it); a silent skip would lose the value without a word."""
    if isinstance(target, WLArray) and isinstance(source, WLArray):
        _array_copy(target, source, ctx)
        return
    if isinstance(target, WLAssoc) and isinstance(source, WLAssoc):
        _assoc_copy(target, source)
        return
    if not isinstance(target, WLStruct) or not isinstance(source, WLStruct):
        raise WLRuntimeError("'<=' (homonymous copy) needs two structures, objects, "
                             "arrays or associative arrays; got "
                             f"{V.type_name(target)} and {V.type_name(source)}.")
    names = set(target.values)
    copied = [name for name in source.values if name in names]
    fixed = target.sdef.read_only
    allowed = ctx.structs[here].lineage() if here in ctx.structs else []
    for name in copied:
        if name in fixed and not any(name in ctx.structs[c].read_only for c in allowed):
            owner, shown = _declared_by(target.sdef, name)
            raise WLRuntimeError(read_only_error(shown, owner) + " (the homonymous "
                                 f"copy '<=' would copy {source.sdef.name}'s '{shown}' into it).")
    from .dated_values import time_member
    for name in copied:
        value = source.values[name]
        if type(value) is str and value:  # a Time member into an integer one: hundredths
            value = time_member(source, name, value)
        target.wl_set(name, value, ctx)


def _declared_by(sdef: Any, key: str) -> tuple[str, str]:
    """The class that declares the member `key` (folded; the farthest ancestor having
    it) and the member's name as written, as `wl check` names them (WL106). Each class
    goes up through the first of its parents, in the order its `inherits` lines write
    them (?6010007), that has the member: a class's members include its parents', and
    following only the first parent named the derived class when a later parent
    declared it."""
    owner, shown = sdef.name, key
    while sdef is not None:
        found = next((s for k, s, _ in sdef.members if k == key), None)
        if found is None:
            break
        owner, shown = sdef.name, found
        sdef = next((p for p in sdef.parents() if any(k == key for k, _, _ in p.members)),
                    None)
    return owner, shown


def _array_copy(target: WLArray, source: WLArray, ctx: Any) -> None:
    """`t1 <= t2` between arrays: t1 becomes a copy of t2's elements, each converted to
    t1's element type (Assignment operators ?1515003, "Assignment by copy on the
    arrays"); t1 stays the same array, so a reference taken with `<-` sees the copy.
    Dynamic objects (`array of C dynamic`) are references: the copy shares them."""
    keep = holds_references(target.elem)
    target.items = [target.elem.coerce(x if keep else copy_value(x), ctx)
                    for x in source.items]
    target.dims = source.dims


def _assoc_copy(target: WLAssoc, source: WLAssoc) -> None:
    """`aa2 <= aa` between associative arrays, as between arrays (*decided*: the
    operator's page says what it does for arrays, not for associative arrays): aa2
    becomes a copy of aa's elements, under the same keys in the same order, each
    converted to aa2's element type and read by aa2's own key options; aa2 stays the
    same associative array (a reference taken with `<-` sees the copy)."""
    keep = holds_references(target.elem)
    items = list(source.data.items())  # (`aa <= aa`: read before emptying)
    target.data.clear()  # (a key kept by case-folding options is found only if present)
    for key, value in items:
        target.set(value if keep else copy_value(value), str(key) if type(key) is not str
                   and isinstance(key, str) else key)


def same_reference(value: object) -> object:
    """`x <- y`: `x` designates the same object as `y` (no copy)."""
    return value
