"""The composite runtime values: structures, arrays (1-based, fixed or dynamic, several
dimensions), and a row of a multi-dimensional array (associative arrays:
assoc_arrays.py; what they all have in common: composites.py; the words of a refused
member: member_words.py).

Stores into them convert through their type (`TypeSpec.coerce`, types.py), so an `array
of int` only ever holds integers.
"""
from __future__ import annotations

__all__ = ["StructDef", "WLStruct", "WLArray", "ArrayRow", "copy_value", "read_only_error",
           "immutable_member_error", "not_member_error", "not_member_text",
           "class_static_set", "static_owner", "member_copy", "out_of_range"]

from ..records import field, record
from typing import TYPE_CHECKING, Callable, cast

from . import values as V
from . import limits as _limits
from ..syntax.names import fold as _fold
from ..errors import ErrCode, WLRuntimeError
from .composites import (PLAIN, Composite, Indexed, Nested, copy_value, held_copy, held_with,
                         holds_references)
from .kinds import K_VARIANT
from .lineage import linearized, oldest_first
from .member_words import (immutable_member_error, not_member_error, not_member_text,
                           read_only_error)

if TYPE_CHECKING:  # (types only: assoc_arrays.py and types.py import this module)
    from .assoc_arrays import WLAssoc
    from .types import TypeContext, TypeSpec


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
    # members declared `<immutable>`: folded name -> the structure or class declaring it
    immutable: dict[str, StructDef] = field(default_factory=dict)
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
    others: tuple["StructDef", ...] = ()  # parents after `base` (multiple inheritance)

    def member_type(self, name: str) -> "TypeSpec | None":
        """The type of the member `name` (folded; the first of that name, inherited ones
        coming first), from a table made on first use: a member store looked it up in
        the list of members, one comparison a member."""
        types = self.__dict__.get("_types")
        if types is None:
            types = self.__dict__["_types"] = {}
            for m, _, t in self.members:
                types.setdefault(m, t)
        return types.get(name)

    def implements_interface(self, key: str) -> bool:
        """Does this class, or an ancestor, declare `implements` the interface `key`
        (folded)? What an interface variable accepts (types.interface_ref)."""
        return self._in_lineage("implements", key)

    def has_static(self, name: str) -> bool:
        """Is `name` (folded) a GLOBAL member of this class or of an ancestor?"""
        return self._in_lineage("statics", name)

    def _in_lineage(self, table: str, key: str) -> bool:
        """Is `key` in the `table` field of this class or of one of its ancestors?"""
        return any(key in getattr(sdef, table) for sdef in self.ancestry())

    def parents(self) -> tuple["StructDef", ...]:
        """The classes it inherits from, in the order its `inherits` lines write them."""
        return self.others if self.base is None else (self.base, *self.others)

    def lineage(self) -> list[str]:
        """Folded names of this class and its ancestors, nearest first (every parent's
        line: runtime/lineage.py), made on first use (a class's parents never change)."""
        known = self.__dict__.get("_lineage")
        if known is None:
            known = self.__dict__["_lineage"] = [_fold(s.name) for s in self.ancestry()]
        return known

    def ancestry(self) -> list["StructDef"]:
        """This class and its ancestors, in `lineage()`'s order."""
        known = self.__dict__.get("_ancestry")
        if known is None:
            known = self.__dict__["_ancestry"] = self._ordered(linearized)
        return known

    def construction(self) -> list[str]:
        """Folded names of this class and its ancestors in the order their constructors
        run: oldest first, each class after all its parents (runtime/lineage.py)."""
        known = self.__dict__.get("_construction")
        if known is None:
            known = self.__dict__["_construction"] = [
                _fold(s.name) for s in self._ordered(oldest_first)]
        return known

    def _ordered(self, order: "Callable[[str, Callable[[str], list[str]]], list[str]]"
                 ) -> list["StructDef"]:
        """This class and its ancestors in the order `order` gives their names."""
        table = {_fold(self.name): self}

        def parents_of(key: str) -> list[str]:
            found = table[key].parents()
            for sdef in found:
                table.setdefault(_fold(sdef.name), sdef)
            return [_fold(sdef.name) for sdef in found]
        return [table[k] for k in order(_fold(self.name), parents_of)]


def static_owner(ctx: "TypeContext", cls: str, name: str) -> StructDef:
    """The class (`cls` or an ancestor) that declares the GLOBAL member `name`."""
    sdef = ctx.structs.get(cls)
    if sdef is None:
        raise WLRuntimeError(f"Unknown class '{cls}'.")
    for current in sdef.ancestry():
        if name in current.statics:
            return current
    raise WLRuntimeError(f"'{name}' is not a global member of the class {sdef.name}.")


def class_static_set(ctx: "TypeContext", cls: str, name: str, value: object) -> None:
    """`CClass::member = value`: a global (static) member, shared by all instances."""
    owner = static_owner(ctx, cls, name)
    ctx.static_values[(owner.name, name)] = owner.statics[name][0].coerce(value, ctx)


class WLStruct(Composite):
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
        t = self.sdef.member_type(name)
        if t is not None:
            self.values[name] = t.coerce(value, ctx)
            return
        if self.sdef.has_static(name):  # `v.s_n = 3`, v a variant holding an object: the
            class_static_set(ctx, _fold(self.sdef.name), name, value)  # GLOBAL member
            return
        raise WLRuntimeError(not_member_error(self.sdef, name))

    def copy_shell(self) -> "WLStruct":
        return WLStruct(self.sdef, {})

    def copy_fill(self, target: Composite, nested: Nested) -> None:
        assert isinstance(target, WLStruct)
        types = self.sdef.member_type
        target.values = {k: member_copy(v, types(k), nested) for k, v in self.values.items()}

    def copied_values(self) -> dict[str, object]:
        """The members a copy of this structure or object holds (member_copy)."""
        types = self.sdef.member_type
        return {k: member_copy(v, types(k)) for k, v in self.values.items()}


def member_copy(value: object, spec: "TypeSpec | None", nested: Nested | None = None) -> object:
    """What a copy of a structure, object or array holds of one member or element, each
    copied as `=` copies it ("Copying and cloning" ?6010018: "Dynamic object = Dynamic
    object: a reference"): a dynamic object member, and an object of a class held by a
    Variant member or element (docs/semantics.md "A Variant refers to the object stored
    in it"), is the same object in the copy; any other is copied as held_copy copies it
    (a structure, an object, an array, a library type's value), a composite one by
    `nested` when given (tree_copy's)."""
    if type(value) in PLAIN:
        return value
    if spec is not None and type(value) is not WLArray \
            and (spec.dynamic or spec.kind == K_VARIANT and isinstance(value, WLStruct)
                 and value.sdef.is_class):
        return value
    return held_copy(value) if nested is None else held_with(value, nested)


def out_of_range(i: int, size: int, dim: int = 0) -> str:
    """The run's words for subscript `i` outside an array of `size` elements (`dim`: the
    dimension of several, from 1); semantics/subscript_counts.py says them of a literal
    subscript past a fixed array's declared size."""
    if dim:
        return f"Index {i} is out of range for dimension {dim} (size {size})."
    return f"Index {i} is out of range: the array has {size} element(s)."


class WLArray(Indexed):
    """A 1-based WLanguage array (dynamic, or fixed with `dims`).

    Items are stored flat in a Python list; multi-dimensional arrays index row-major.
    """

    __slots__ = ("elem", "items", "dims", "ctx", "growth", "seek_last", "fixed")
    wl_type_name = "array"

    def __init__(self, elem: TypeSpec, items: list[object] | None = None,
                 dims: tuple[int, ...] = (), ctx: "TypeContext | None" = None) -> None:
        self.elem = elem
        self.items = items if items is not None else []
        self.dims = dims
        self.ctx = ctx
        self.growth = ""  # "1" or "n": declared `<growth=...>` (writing past the end grows)
        # ArraySeek's memory: 1-based index of the last match, 0 after a failed search;
        # 1 for a new or emptied array, as WINDEV Mobile's runtime starts it
        self.seek_last = 1
        # a `fixed array`: no function changes its dimensions (?1514025, stdlib/arrays.py
        # resizable_array); a copy stored elsewhere is the place's, not fixed
        self.fixed = False

    def __len__(self) -> int:
        return len(self.items)

    def _flat(self, idx: tuple[object, ...]) -> int:
        if len(idx) == 1:
            i = V.to_int(idx[0])
            if 1 <= i <= len(self.items):
                return i - 1
            raise WLRuntimeError(out_of_range(i, len(self.items)), ErrCode.INDEX)
        if len(idx) != len(self.dims):
            raise WLRuntimeError(f"The array has {max(len(self.dims), 1)} dimension(s), "
                                 f"not {len(idx)}.")
        flat = 0
        for n, (raw, size) in enumerate(zip(idx, self.dims), 1):
            i = V.to_int(raw)
            if not 1 <= i <= size:
                raise WLRuntimeError(out_of_range(i, size, n), ErrCode.INDEX)
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
        self.items[self._flat(idx)] = self.elem.coerce(value, self.ctx)

    def set_designating(self, value: object, *idx: object) -> None:
        """`tt[i] = t` in an array of arrays: the element designates t's array when it
        may (`designates`), else gets the converted copy `set` stores."""
        self.set(value, *idx)
        if len(idx) == max(len(self.dims), 1) and designates(value, self.elem):
            self.items[self._flat(idx)] = value

    def set_same(self, value: object, *idx: object) -> None:
        """Make the element at `idx` (already there) `value` itself, unconverted
        (`t[i] <- r`: assignment.set_index_ref)."""
        self.items[self._flat(idx)] = value

    def _inner(self, idx: tuple[object, ...]) -> "tuple[WLArray | WLAssoc, tuple[object, ...]] | None":
        """For an array of arrays, `t[1, 2]` is element 2 of the array `t[1]` (help page
        of the Array type, ?1514030: "array of arrays"): the element the leading
        subscripts designate when it is itself an array, with the subscripts left for
        it; None when the element is not an array (the caller reports the dimensions)."""
        n = max(len(self.dims), 1)
        element = self.items[self._flat(idx[:n])]
        if isinstance(element, Indexed):  # an array or an associative array
            return cast("WLArray | WLAssoc", element), idx[n:]
        return None

    def _grow(self, i: int) -> None:
        """`<growth=1>`: writing the element just past the end adds it; `<growth=N>`:
        writing past the end adds every element up to it, at its type's default value
        (help page of the Array type, ?1514030). Other writes stay out of range."""
        n = len(self.items)
        if i <= n or (self.growth == "1" and i != n + 1):
            return
        _limits.check_array(i)
        self.items.extend(self.elem.default(self.ctx) for _ in range(i - n))
        if self.dims:
            self.dims = (len(self.items),)

    def insert_at(self, index: int, value: object) -> None:
        """ArrayInsert's store of `value` (of the element type) as element `index`."""
        self.items.insert(index - 1, value)

    def append(self, value: object) -> int:
        if len(self.items) >= _limits.max_array():  # --max-array
            raise _limits.array_too_large(len(self.items) + 1)
        self.items.append(self.elem.coerce(value, self.ctx))
        if self.dims:
            self.dims = (len(self.items),)
        return len(self.items)

    def count(self, dim: int = 1) -> int:
        if self.dims and len(self.dims) > 1:
            return self.dims[dim - 1]
        return len(self.items)

    def clear(self) -> None:
        self.items.clear()
        self.seek_last = 1
        if self.dims:
            self.dims = (0,) * len(self.dims)

    def copy_shell(self) -> "WLArray":
        arr = WLArray(self.elem, [], self.dims, self.ctx)
        arr.growth = self.growth
        return arr

    def copy_fill(self, target: Composite, nested: Nested) -> None:
        assert isinstance(target, WLArray)
        elem = self.elem
        target.items = self.items[:] if holds_references(elem) \
            else [member_copy(v, elem, nested) for v in self.items]

    def converted(self, elem: TypeSpec) -> "WLArray":
        """A copy whose elements are of the type `elem` (`ti = reals` into an array of
        int: each real converted as a store into an int would; before, the copy kept
        the reals)."""
        return WLArray(elem, [elem.coerce(held_copy(v), self.ctx) for v in self.items],
                       self.dims, self.ctx)

    def wl_get(self, name: str) -> object:
        if name in ("occurrence", "count", "nboccurrence"):  # rows of a two-dimension
            return self.count()  # array (docs/semantics.md "Counting a two-dimension array")
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

