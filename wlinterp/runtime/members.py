"""Named sub-elements of a variant: `v is Variant` then `v.city = "Paris"`.

A Variant can hold named sub-elements (`v.city`), indexed sub-elements (`v[1]`) and any
nesting of the two (`v.address.street`, `v.phones[2]`), created by the first write into
them (PC SOFT's help, "Variant type": named, indexed and nested sub-elements). Such a
variant holds a `WLMembers` (members by name, in the order written, names case- and
accent-insensitive, each keeping the spelling first written) or a `WLGrowingArray`
(indexed sub-elements: writing past the end extends it). JSONToVariant gives the same
`WLMembers`, so a decoded JSON object and a variant built by hand behave alike.

The compiler calls `vivify`/`member_place`/`index_place` on the way to a store whose
target starts at a variant variable (compiler/variant_places.py): an empty variant place
("" or Null) on that way becomes the container the next step needs.
Decisions (docs/semantics.md, "Variant sub-elements"): reading a sub-element never
written gives Null; `..Member` lists the sub-elements (each with `..Name`/`..Value`);
`..Occurrence` counts them; assigning the variant to another copies its sub-elements.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import WLRuntimeError
from ..syntax.names import fold
from . import values as V
from .assoc_keys import assoc_key
from .assoc_arrays import WLAssoc
from .composites import Composite, Nested
from .containers import WLArray, WLStruct
from .kinds import K_ARRAY, K_DATE, K_DATETIME, K_STRING, K_STRUCT, K_TIME, K_VARIANT
from .types import VARIANT, TypeSpec
from ..digits import ascii_digits
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .json_forms import digits_of
else:  # a JSON member's date converted to a structure's Date member: seldom needed
    on_first_call(globals(), ".json_forms", "digits_of")

__all__ = ["WLMembers", "WLGrowingArray", "MemberEntry", "vivify", "want_for", "member_place",
           "index_place", "variant_member", "variant_index", "serialized_members",
           "struct_from_members", "variant_prop"]


class WLMembers(WLAssoc):
    """Named sub-elements (a variant's, a JSON object's): in order, with their spelling."""

    __slots__ = ()
    wl_type_name = "variant (named sub-elements)"

    def __init__(self, data: dict[object, object] | None = None) -> None:
        super().__init__(VARIANT, data if data is not None else {}, None)

    def _key(self, name: str) -> str:
        for key in self.data:
            if fold(str(key)) == name:
                return str(key)
        return name

    def wl_get(self, name: str) -> object:
        if name in ("occurrence", "count") and name not in map(str, self.data):
            return len(self.data)
        return self.data.get(self._key(fold(name)))

    def wl_has_member(self, name: str) -> bool:
        """`v.name..Exist`: a sub-element of that name (folded) is there."""
        return any(fold(str(key)) == name for key in self.data)

    def wl_prop(self, name: str) -> object:
        """`v..Occurrence`, `v..Member` (the sub-elements, each with ..Name and ..Value)."""
        if name in ("occurrence", "count", "nboccurrence"):
            return len(self.data)
        if name in ("member", "membre"):
            return WLArray(VARIANT, [MemberEntry(self, str(k)) for k in self.data])
        if name in ("empty", "vide"):
            return not self.data
        raise WLRuntimeError(f"A variant with named sub-elements has no property '{name}'.")

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        self.data[self._key(fold(name))] = value

    def wl_set_named(self, shown: str, value: object) -> None:
        """A new member keeps the spelling the script wrote (`v.Email = ...`)."""
        key = self._key(fold(shown))
        self.data[key if key in self.data else shown] = _stored(value)

    def wl_into_struct(self, t: Any, ctx: Any) -> WLStruct:
        """Stored into a structure or object of type `t` (`st = j`): struct_from_members.
        A method of the value, so that types.coerce needs no import of this module."""
        return struct_from_members(self, t, ctx)

    def get(self, key: object) -> object:
        return self.data.get(V.to_str(key))

    def set(self, value: object, key: object) -> None:
        self.data[V.to_str(key)] = _stored(value)

    def copy_shell(self) -> "WLMembers":
        return WLMembers()

    def copy_fill(self, target: Composite, nested: Nested) -> None:
        assert isinstance(target, WLMembers)
        target.data = {k: _copied(v, nested) for k, v in self.data.items()}

    def wl_text(self) -> str:
        return _json_text(self)


def _copied(v: object, nested: Nested | None = None) -> object:
    """A sub-element's copy: an array, a structure, an object or an associative array
    copied (a nested one by `nested`, tree_copy's: a variant built 2,000 levels deep in
    a loop is copied with a stack of its own, runtime/composites.py), any other value
    itself."""
    if not isinstance(v, (WLArray, WLStruct, WLAssoc)):
        return v
    return v.copy() if nested is None else nested(v)


def _stored(value: object) -> object:
    """What a sub-element keeps: arrays and structures by value, as a variant does; an
    array of variants of one dimension (`v.tags = []`) as indexed sub-elements, which
    grow when written past their end as the ones created by writing do."""
    if type(value) is WLArray and value.elem.kind == K_VARIANT and len(value.dims) <= 1:
        return WLGrowingArray([_copied(v) for v in value.items])
    return _copied(value) if type(value) in (WLArray, WLStruct, WLAssoc) else value


class WLGrowingArray(WLArray):
    """Indexed sub-elements of a variant: `v[3] = x` past the end extends it (with Null)."""

    __slots__ = ()
    wl_type_name = "variant (indexed sub-elements)"

    def __init__(self, items: list[object] | None = None) -> None:
        super().__init__(VARIANT, items if items is not None else [], (), None)

    def set(self, value: object, *idx: object) -> None:
        if len(idx) == 1:
            i = V.to_int(idx[0])
            if i > len(self.items):
                if i - len(self.items) > 1_000_000:
                    raise WLRuntimeError(f"Index {i} is too far past the end of the variant's "
                                         f"{len(self.items)} indexed sub-element(s).")
                self.items.extend([None] * (i - len(self.items)))
        super().set(_stored(value), *idx)

    def copy_shell(self) -> "WLGrowingArray":
        return WLGrowingArray()

    def copy_fill(self, target: Composite, nested: Nested) -> None:
        assert isinstance(target, WLGrowingArray)
        target.items = [_copied(v, nested) for v in self.items]

    def wl_text(self) -> str:
        return _json_text(self)


def _json_text(value: object) -> str:
    """The text of a variant holding sub-elements (Trace, Info, `s = v`): its JSON form,
    as VariantToJSON writes it. *decided* (docs/semantics.md "Variant sub-elements"):
    the help does not say what such a variant shows as text; JSON shows all of it."""
    from ..registry import load_stdlib  # the library's one JSON encoder
    return V.to_str(load_stdlib().functions["varianttojson"].func(None, value))


class MemberEntry:
    """One sub-element listed by `v..Member`: `..Name` (as written) and `..Value`."""

    __slots__ = ("owner", "key")
    wl_type_name = "variant member"

    def __init__(self, owner: WLMembers, key: str) -> None:
        self.owner, self.key = owner, key

    def wl_get(self, name: str) -> object:
        if name in ("name", "nom"):
            return self.key
        if name in ("value", "valeur"):
            return self.owner.data.get(self.key)
        if name in ("member", "membre"):  # its own sub-elements: none for a leaf
            value = self.owner.data.get(self.key)  # (`SI m..Membre..Occurrence = 0`, a
            if isinstance(value, WLAssoc):  # Firestore document class walking a JSON)
                from .access import get_prop
                return get_prop(value, name)
            return WLArray(VARIANT, [])
        raise WLRuntimeError(f"A variant member has no property '{name}' (Name, Value, "
                             f"Member).")

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        if name not in ("value", "valeur"):
            raise WLRuntimeError(f"A variant member's '{name}' cannot be changed (Value can).")
        self.owner.data[self.key] = _stored(value)

    def wl_text(self) -> str:
        return V.to_str(self.owner.data.get(self.key))


def _empty(v: object) -> bool:
    return v is None or (type(v) is str and v == "")


def _new(want: str) -> object:
    return WLGrowingArray() if want == "array" else WLMembers()


def want_for(key: object) -> str:
    """What an empty variant indexed by `key` becomes: indexed sub-elements for a number
    (or a text of digits), named ones for any other text (`v["city"] = "Paris"`)."""
    if isinstance(key, str) and not ascii_digits(key.strip()):
        return "members"
    return "array"


def vivify(v: object, want: str) -> object:
    """The content of a variant variable about to be written into: an empty variant
    becomes named (`want` "members") or indexed ("array") sub-elements."""
    return _new(want) if _empty(v) else v


def member_place(obj: Any, key: str, shown: str, want: str) -> Any:
    """`obj.key`, about to be written into: created when empty and `obj` has sub-elements
    (or is a structure whose member of that name is a variant)."""
    if isinstance(obj, WLMembers):
        value = obj.wl_get(key)
        if _empty(value):
            value = _new(want)
            obj.wl_set_named(shown, value)
        return value
    if isinstance(obj, WLStruct):
        value = obj.values.get(key)
        spec = next((s for k, _, s in obj.sdef.members if k == key), None)
        if _empty(value) and spec is not None and spec.kind == K_VARIANT and not spec.dynamic:
            value = obj.values[key] = _new(want)
            return value
    from .access import get_member  # access imports this module
    return get_member(obj, key, shown)


def index_place(obj: Any, want: str, *idx: Any) -> Any:
    """`obj[i]`, about to be written into: an element of indexed sub-elements (or a
    variant array) created when empty."""
    if isinstance(obj, WLGrowingArray) and len(idx) == 1:
        i = V.to_int(idx[0])
        if i > len(obj.items) or _empty(obj.items[i - 1]):
            obj.set(_new(want), i)
        return obj.items[i - 1]
    if isinstance(obj, WLMembers) and len(idx) == 1:
        return member_place(obj, fold(V.to_str(idx[0])), V.to_str(idx[0]), want)
    if isinstance(obj, (WLArray, WLAssoc)) and len(idx) == 1 and obj.elem.kind == K_VARIANT \
            and not obj.elem.dynamic:  # an array of variants: `t[2].name = "x"`
        if isinstance(obj, WLArray):
            value = obj.get(*idx)
        else:
            value = obj.data.get(assoc_key(idx[0]))
        if _empty(value):
            value = _new(want)
            obj.set(value, *idx)
            value = obj.get(*idx)  # what the container keeps
        return value
    from .access import get_index
    return get_index(obj, *idx)


def variant_member(obj: Any, name: str, shown: str = "") -> Any:
    """`v.name` read where `v` is a variant place: Null when the variant is empty (a
    sub-element of a sub-element never written, `v.a.b`), else the member as usual."""
    if type(obj) is WLMembers:  # the common case first: no other test on the way
        return obj.wl_get(name)
    if obj is None or (type(obj) is str and obj == ""):
        return None
    from .access import get_member
    value = get_member(obj, name, shown)
    if type(value) is str and getattr(obj, "sdef", None) is not None:
        return _declared_mark(obj, name, value)
    return value


def _declared_mark(obj: Any, name: str, value: str) -> str:
    """The text `value` of the member `name` (folded) of the structure or object `obj`
    read through a variant: marked by the member's declared type where its text alone
    cannot tell it, as a read through a declared type is (a Buffer member: BufferText,
    so TypeVar(v.bufData) is wlBuffer, not wlString; a Time member: dated_values)."""
    spec = obj.sdef.member_type(name)
    if spec is not None and spec.kind == K_STRING and spec.name == "buffer":
        return V.BufferText(value)
    if not value:
        return value
    from .dated_values import time_member
    return time_member(obj, name, value)


def variant_prop(obj: Any, name: str) -> Any:
    """`v..Occurrence`, `v..Member`, `v..Empty` where `v` is a variant place: an empty
    variant has no sub-elements (0, an empty list, True), else the property as usual."""
    if obj is None or (type(obj) is str and obj == ""):
        if name in ("member", "membre"):
            return WLArray(VARIANT, [])
        return name in ("empty", "vide") or 0
    from .access import get_prop
    return get_prop(obj, name)


def variant_index(obj: Any, *idx: Any) -> Any:
    """`v[i]` read where `v` is a variant place: Null when the variant is empty or its
    indexed sub-elements stop before `i`, else the element as usual."""
    if type(obj) is WLArray:  # an array passed to an untyped parameter: as fast as before
        return obj.get(*idx)
    if obj is None or (type(obj) is str and obj == ""):
        return None
    if type(obj) is WLGrowingArray and len(idx) == 1 and V.to_int(idx[0]) > len(obj.items):
        return None
    from .access import get_index
    return get_index(obj, *idx)


def serialized_members(value: WLStruct) -> list[tuple[str, str]]:
    """(folded member, name written) of the members a structure or object shows as
    JSON: a member marked `<serialize=false>` / `<sérialise=faux>` is left out,
    `<name=...>` / `<nom=...>` renames it (docs/builtins.md, "Serialization")."""
    attributes = getattr(value.sdef, "attributes", {})
    out = []
    for key, shown, _ in value.sdef.members:
        attrs = attributes.get(key, {})
        flag = attrs.get("serialize", attrs.get("serialise", "true"))
        if fold(flag) in ("false", "faux", "0"):
            continue
        renamed = flag if fold(flag) not in ("true", "vrai", "1", "") else ""
        out.append((key, attrs.get("name") or attrs.get("nom") or renamed or shown))
    return out


def struct_from_members(value: WLMembers, t: Any, ctx: Any) -> WLStruct:
    """A structure (or object) of type `t` filled from named sub-elements, a JSON
    variable or a decoded JSON object (`st = j`): each member found by the name it has
    as JSON (any case, accents ignored), converted to its declared type; members the
    value lacks keep their default, names the structure lacks are ignored, as
    Deserialize does (docs/builtins.md "The JSON type")."""
    from .types import coerce, default_value
    out = default_value(t, ctx)
    assert isinstance(out, WLStruct)
    by_name = {fold(str(k)): v for k, v in value.data.items()}
    specs = {key: spec for key, _, spec in out.sdef.members}
    for key, name in serialized_members(out):
        if fold(name) in by_name:
            out.values[key] = _converted(by_name[fold(name)], specs[key], ctx, coerce)
    return out


def _converted(item: object, spec: Any, ctx: Any, coerce: Any) -> object:
    """A JSON member's value for a member of type `spec` (an array: each element)."""
    if spec.kind == K_ARRAY and isinstance(item, WLArray) and spec.elem is not None:
        return WLArray(spec.elem, [_converted(x, spec.elem, ctx, coerce) for x in item.items],
                       (len(item.items),) if spec.dims else (), ctx)
    if type(item) is str and spec.kind in (K_DATE, K_TIME, K_DATETIME):  # "2024-01-15"
        item = digits_of(item, str(spec.kind))  # as a JSON variable holds a date (json_forms)
    if spec.kind == K_STRUCT and spec.dynamic and hasattr(item, "wl_set_named"):
        plain = TypeSpec(K_STRUCT, name=spec.name)  # `array of C dynamic`: a new object
        return struct_from_members(item, plain, ctx)  # type: ignore[arg-type]
    return coerce(item, spec, ctx)
