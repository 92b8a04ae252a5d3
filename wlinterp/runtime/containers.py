"""The composite runtime values: structures, arrays (1-based, fixed or dynamic, several
dimensions), associative arrays (assoc_arrays.py, named here too), and a row of a
multi-dimensional array.

Stores into them convert through `types.coerce`, so an `array of int` only ever holds
integers.
"""
from __future__ import annotations

__all__ = ["StructDef", "WLStruct", "WLArray", "WLAssoc", "ArrayRow", "copy_value",
           "read_only_error"]

from ..records import field, record
from typing import TYPE_CHECKING

from . import values as V
from . import limits as _limits
from ..syntax.names import fold as _fold
from ..errors import ErrCode, WLRuntimeError

if TYPE_CHECKING:
    from .types import TypeContext, TypeSpec


def coerce(value: object, t: "TypeSpec", ctx: "TypeContext | None") -> object:
    return _types.coerce(value, t, ctx)


def default_value(t: "TypeSpec", ctx: "TypeContext | None") -> object:
    return _types.default_value(t, ctx)


def designates(value: object, spec: "TypeSpec") -> bool:
    """May a place declared the array type `spec` designate `value` itself (`=` between
    arrays: "the destination array is a reference to the source array", Assignment
    operators ?1515003)? When it is an array of the declared element type and as many
    dimensions, and the place has no `<growth>` (else it gets the converted copy)."""
    return type(value) is WLArray and value.elem == spec.elem and not spec.name \
        and len(value.dims) == len(spec.dims)


@record
class StructDef:
    """A STRUCTURE type: members in declaration order (folded name, shown name, type)."""

    name: str
    members: list[tuple[str, str, TypeSpec]] = field(default_factory=list)
    base: "StructDef | None" = None  # a class's parent (HÉRITE DE)
    statics: dict[str, list] = field(default_factory=dict)  # GLOBAL members: [type]
    # (their values are the run's: TypeContext.static_values)
    explicit_ctor: bool = False  # its constructor calls the ancestor's (Constructeur Base())
    read_only: frozenset[str] = frozenset()  # CONSTANT members (inherited ones too)
    # member attributes written after the type (`<serialize=false>`, `<name="id">`):
    # folded member -> {folded attribute: value}; read by serialization (JSON, XML)
    attributes: dict[str, dict[str, str]] = field(default_factory=dict)
    # initial values written on member lines (`m_n is int = 5`), inherited ones too;
    # GLOBAL members' too (given their value on first use)
    inits: dict[str, object] = field(default_factory=dict)
    abstract: bool = False  # `X is a Class, abstract`: only derived classes have objects
    abstract_why: str = ""  # set when an abstract method is not redefined (no objects either)
    is_class: bool = False  # declared as a Class (TypeVar: wlInstance, not wlStructure)
    # members written with constructor arguments (`m_d is D("Bob")`), inherited ones too:
    # Null here, built by the class's hidden member-initialisation method (member_inits.py)
    constructed: frozenset[str] = frozenset()
    # GLOBAL members written with constructor arguments (constants): folded name -> them
    static_args: dict[str, tuple] = field(default_factory=dict)
    implements: frozenset[str] = frozenset()  # its `implements IShape` lines (folded)

    def implements_interface(self, key: str) -> bool:
        """Does this class, or an ancestor, declare `implements` the interface `key`
        (folded)? What an interface variable accepts (types.interface_ref)."""
        return self._in_lineage("implements", key)

    def has_static(self, name: str) -> bool:
        """Is `name` (folded) a GLOBAL member of this class or of an ancestor?"""
        return self._in_lineage("statics", name)

    def _in_lineage(self, table: str, key: str) -> bool:
        """Is `key` in the `table` field of this class or of one of its ancestors?"""
        sdef: StructDef | None = self
        for _ in range(64):
            if sdef is None:
                return False
            if key in getattr(sdef, table):
                return True
            sdef = sdef.base
        return False

    def lineage(self) -> list[str]:
        """Folded names of this class and its ancestors, nearest first."""
        out: list[str] = []
        sdef: StructDef | None = self
        while sdef is not None and len(out) < 64:
            out.append(_fold(sdef.name))
            sdef = sdef.base
        return out

    def new(self, ctx: "TypeContext") -> "WLStruct":
        """The object with its members at their first values; a member built with
        constructor arguments stays Null for the hidden method that builds it (its
        default creation would call the constructor without them)."""
        inits, built = self.inits, self.constructed
        values = {m: coerce(inits[m], t, ctx) if m in inits
                  else None if m in built else default_value(t, ctx)
                  for m, _, t in self.members}
        from .objects import WLObject, has_destructor
        if ctx is not None and has_destructor(self, ctx):
            return WLObject(self, values, ctx)
        return WLStruct(self, values)


def read_only_error(member: str, classes: str) -> str:
    """The one text for a write to a CONSTANT member from outside its class: the semantic
    pass reports it (WL106) where it knows the class, run time where only the object does."""
    return (f"'{member}' is a CONSTANT member of the class {classes}: only the methods of "
            f"its class (or of a class derived from it) can change it")


def not_member_error(sdef: StructDef, name: str) -> str:
    """The one text for a member a structure or an object lacks: an object of a class is
    named as such (`'Count' is not a member of the class CInvoice`), not as a structure."""
    kind = "class" if sdef.is_class else "structure"
    return f"'{name}' is not a member of the {kind} {sdef.name}."


class WLStruct:
    """An instance of a STRUCTURE; members live in a dict keyed by folded name."""

    __slots__ = ("sdef", "values")
    wl_type_name = "structure"

    def __init__(self, sdef: StructDef, vals: dict[str, object]) -> None:
        self.sdef = sdef
        self.values = vals

    def wl_get(self, name: str) -> object:
        try:
            return self.values[name]
        except KeyError:
            raise WLRuntimeError(not_member_error(self.sdef, name)) from None

    def wl_set(self, name: str, value: object, ctx: "TypeContext") -> None:
        for m, _, t in self.sdef.members:
            if m == name:
                self.values[name] = coerce(value, t, ctx)
                return
        if self.sdef.has_static(name):  # `v.s_n = 3`, v a variant holding an object: the
            from .objects import class_static_set  # GLOBAL member of its class
            class_static_set(ctx, _fold(self.sdef.name), name, value)
            return
        raise WLRuntimeError(not_member_error(self.sdef, name))

    def copy(self) -> "WLStruct":
        return WLStruct(self.sdef, {k: copy_value(v) for k, v in self.values.items()})


class WLArray:
    """A 1-based WLanguage array (dynamic, or fixed with `dims`).

    Items are stored flat in a Python list; multi-dimensional arrays index row-major.
    """

    __slots__ = ("elem", "items", "dims", "ctx", "growth")
    wl_type_name = "array"

    def __init__(self, elem: TypeSpec, items: list[object] | None = None,
                 dims: tuple[int, ...] = (), ctx: "TypeContext | None" = None) -> None:
        self.elem = elem
        self.items = items if items is not None else []
        self.dims = dims
        self.ctx = ctx
        self.growth = ""  # "1" or "n": declared `<growth=...>` (writing past the end grows)

    def __len__(self) -> int:
        return len(self.items)

    def _flat(self, idx: tuple[object, ...]) -> int:
        if len(idx) == 1:
            i = V.to_int(idx[0])
            if 1 <= i <= len(self.items):
                return i - 1
            raise WLRuntimeError(
                f"Index {i} is out of range: the array has {len(self.items)} element(s).",
                ErrCode.INDEX)
        if len(idx) != len(self.dims):
            raise WLRuntimeError(f"The array has {max(len(self.dims), 1)} dimension(s), "
                                 f"not {len(idx)}.")
        flat = 0
        for n, (raw, size) in enumerate(zip(idx, self.dims), 1):
            i = V.to_int(raw)
            if not 1 <= i <= size:
                raise WLRuntimeError(f"Index {i} is out of range for dimension {n} "
                                     f"(size {size}).", ErrCode.INDEX)
            flat = flat * size + (i - 1)
        return flat

    def get(self, *idx: object) -> object:
        if 0 < len(idx) < len(self.dims):
            return ArrayRow(self, idx)
        if len(idx) > max(len(self.dims), 1):
            inner = self._inner(idx)
            if inner is not None:
                return inner[0].get(*inner[1])
        return self.items[self._flat(idx)]

    def set(self, value: object, *idx: object) -> None:
        if self.growth and len(idx) == 1:
            self._grow(V.to_int(idx[0]))
        if len(idx) > max(len(self.dims), 1):
            inner = self._inner(idx)
            if inner is not None:
                inner[0].set(value, *inner[1])
                return
        self.items[self._flat(idx)] = coerce(value, self.elem, self.ctx)

    def set_designating(self, value: object, *idx: object) -> None:
        """`tt[i] = t` in an array of arrays: the element designates t's array when it
        may (`designates`), else gets the converted copy `set` stores."""
        self.set(value, *idx)
        if len(idx) == max(len(self.dims), 1) and designates(value, self.elem):
            self.items[self._flat(idx)] = value

    def _inner(self, idx: tuple[object, ...]) -> "tuple[WLArray | WLAssoc, tuple[object, ...]] | None":
        """For an array of arrays, `t[1, 2]` is element 2 of the array `t[1]` (help page
        of the Array type, ?1514030: "array of arrays"): the element the leading
        subscripts designate when it is itself an array, with the subscripts left for
        it; None when the element is not an array (the caller reports the dimensions)."""
        n = max(len(self.dims), 1)
        element = self.items[self._flat(idx[:n])]
        if isinstance(element, (WLArray, WLAssoc)):
            return element, idx[n:]
        return None

    def _grow(self, i: int) -> None:
        """`<growth=1>`: writing the element just past the end adds it; `<growth=N>`:
        writing past the end adds every element up to it, at its type's default value
        (help page of the Array type, ?1514030). Other writes stay out of range."""
        n = len(self.items)
        if i <= n or (self.growth == "1" and i != n + 1):
            return
        _limits.check_array(i)
        self.items.extend(_types.default_value(self.elem, self.ctx) for _ in range(i - n))
        if self.dims:
            self.dims = (len(self.items),)

    def append(self, value: object) -> int:
        if len(self.items) >= _limits.max_array():  # --max-array
            raise _limits.array_too_large(len(self.items) + 1)
        self.items.append(coerce(value, self.elem, self.ctx))
        if self.dims:
            self.dims = (len(self.items),)
        return len(self.items)

    def count(self, dim: int = 1) -> int:
        if self.dims and len(self.dims) > 1:
            return self.dims[dim - 1]
        return len(self.items)

    def clear(self) -> None:
        self.items.clear()
        if self.dims:
            self.dims = (0,) * len(self.dims)

    def copy(self) -> "WLArray":
        items = self.items[:] if holds_references(self.elem) \
            else [copy_value(v) for v in self.items]
        arr = WLArray(self.elem, items, self.dims, self.ctx)
        arr.growth = self.growth
        return arr

    def converted(self, elem: TypeSpec) -> "WLArray":
        """A copy whose elements are of the type `elem` (`ti = reals` into an array of
        int: each real converted as a store into an int would; before, the copy kept
        the reals)."""
        return WLArray(elem, [coerce(copy_value(v), elem, self.ctx) for v in self.items],
                       self.dims, self.ctx)

    def wl_get(self, name: str) -> object:
        if name in ("occurrence", "count", "nboccurrence"):
            return len(self.items)
        if name in ("empty", "vide"):
            return not self.items
        raise WLRuntimeError(f"Arrays have no property '{name}'.")


class ArrayRow:
    """`a[i]` of a multi-dimensional array: `a[i][j]` is the element `a[i, j]`."""

    __slots__ = ("array", "prefix")
    wl_type_name = "array"

    def __init__(self, array: WLArray, prefix: tuple[object, ...]) -> None:
        self.array, self.prefix = array, prefix

    def get(self, *idx: object) -> object:
        return self.array.get(*self.prefix, *idx)

    def set(self, value: object, *idx: object) -> None:
        self.array.set(value, *self.prefix, *idx)

    def wl_get(self, name: str) -> object:
        if name in ("occurrence", "count"):
            return self.array.dims[len(self.prefix)]
        raise WLRuntimeError(f"Arrays have no property '{name}'.")


def holds_references(elem: "TypeSpec | None") -> bool:
    """Elements that are dynamic objects (`array of C dynamic`): a copy shares them."""
    return elem is not None and elem.dynamic


def copy_value(v: object) -> object:
    if isinstance(v, (WLArray, WLStruct, WLAssoc)):
        return v.copy()
    return v


# Imported last: types.py imports the classes above, and assoc_arrays.py's WLAssoc uses
# this module's helpers, so any of them can be imported first (coerce/default_value only
# reach `_types` at call time, WLAssoc these helpers at call time).
from .assoc_arrays import WLAssoc  # noqa: E402  (before types.py, which imports it here)
from . import types as _types  # noqa: E402
