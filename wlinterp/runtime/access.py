"""Members, properties and elements of values, as compiled code reads, writes and
steps them: `obj.name`, `obj..Prop`, `a[i]`, `c[Option]` on a combination, `x++`.

The compiler inlines the common cases; these are what its type guards fall back to.
"""
from __future__ import annotations

from typing import Any

from ..errors import NullObjectError, WLRuntimeError
from .types import ArrayRow, TypeContext, WLArray, WLAssoc, WLStruct
from . import values as V
from .arithmetic import w_add
from .containers import not_member_error, read_only_error
from .date_parts import date_part
from .substrings import substr_one


def get_member(obj: Any, name: str, shown: str = "") -> Any:
    """`obj.name` / `obj:name` for structures and built-in objects (the Email structure);
    `shown`: the name as written, when it differs (objects that keep spellings: XML)."""
    if type(obj) is WLStruct:
        try:
            return obj.values[name]
        except KeyError:
            raise WLRuntimeError(not_member_error(obj.sdef, name)) from None
    named = getattr(obj, "wl_get_named", None)
    if named is not None:
        return named(name, shown or name)
    getter = getattr(obj, "wl_get", None)
    if getter is None:
        if isinstance(obj, str):  # `s.Length`, `d.Year`: the property, as `s..Length`
            return get_prop(obj, name)
        if obj is None:  # (named where it is reported: null_objects.py)
            raise NullObjectError(name)
        raise WLRuntimeError(f"A value of type {V.type_name(obj)} has no member '{name}'.")
    return getter(name)


def set_member(obj: Any, name: str, value: Any, ctx: TypeContext, shown: str = "") -> None:
    """`obj.name = value`; objects that keep member spellings (JSON) get `shown` too."""
    if type(obj) is WLStruct:  # (the commonest: no wl_set_named to look for)
        obj.wl_set(name, value, ctx)
        return
    named = getattr(obj, "wl_set_named", None)
    if named is not None and shown:
        named(shown, value)
        return
    setter = getattr(obj, "wl_set", None)
    if setter is None:
        if obj is None:
            raise NullObjectError(name)
        raise WLRuntimeError(f"A value of type {V.type_name(obj)} has no member '{name}'.")
    setter(name, value, ctx)


def set_colon_member(obj: Any, name: str, value: Any, ctx: TypeContext,
                     shown: str = "", after_colon: bool = False) -> None:
    """`obj:name = value` (the member written after `:`): an XML node that has no child
    element of that name takes it as an attribute (docs/builtins.md, "XML"); any other
    value, as `obj.name = value`. `after_colon`: `obj` was itself written after `:`
    (`node:xsi:nil = v`, an attribute with a namespace prefix)."""
    attribute = getattr(obj, "wl_set_attribute", None)
    if attribute is not None:
        attribute(shown or name, value, after_colon)
        return
    set_member(obj, name, value, ctx, shown)


def _writable(obj: Any, name: str, shown: str, how: str = "") -> None:
    """Refuse a change, from outside its class, of a member that is CONSTANT in the
    object's class (docs/semantics.md)."""
    sdef = getattr(obj, "sdef", None)
    if sdef is not None and name in sdef.read_only:
        raise WLRuntimeError(read_only_error(shown or name, sdef.name) + how + ".")


def set_member_outside(obj: Any, name: str, value: Any, ctx: TypeContext,
                       shown: str = "", how: str = "") -> None:
    """`obj.name = value` outside the class of a CONSTANT member of that name: refused
    when the object's class is one where the member is CONSTANT (`how`: the way other
    than an assignment, when there is one)."""
    _writable(obj, name, shown, f" ({how})" if how else "")
    set_member(obj, name, value, ctx, shown)


def member_to_change(obj: Any, name: str, shown: str, how: str) -> Any:
    """`obj.name`, about to be changed in place (`o.m_t[1] = 3`, `Add(o.m_t, 5)`) outside
    the class of a CONSTANT member of that name: refused when it is CONSTANT in the
    object's class, `how` saying what would have changed it."""
    _writable(obj, name, shown, f" ({how})")
    return get_member(obj, name, shown)


# the run's words for "this value has no property or member of that name" (other
# refusals are about the value's state): value_type, semantics/library_properties.py
PROPERTY_REFUSALS = ("has no property '", "is not a member of", "is not a property of")
# the run's words for "this property is read, never given a value" (a Color's Red:
# stdlib/colors.py): semantics/library_properties.py says it first, as WL106
READ_ONLY_REFUSAL = "is read, never assigned"


def get_prop(obj: Any, name: str) -> Any:
    """`obj..Name`: a property (`..Occurrence` on arrays, session properties...)."""
    if isinstance(obj, str):
        if type(obj) is not str and name not in ("value", "valeur") \
                and (dated := getattr(obj, "wl_get", None)) is not None:
            return dated(name)  # a Variant's Date, Time or DateTime (dated_values.py)
        if name in ("length", "taille", "size"):  # Size: Taille's English twin (a
            return len(obj)  # Buffer member read as text: :bufIn..Size, as ..Taille)
        if name in ("value", "valeur"):  # `v..Value`: what the variant holds
            return obj
        return date_part(obj, name)
    if name in ("value", "valeur") and (obj is None or type(obj) in (int, float, bool)
                                        or isinstance(obj, V.Decimal)):
        return obj  # `v.m..Value = Null` on a JSON null (JSONToVariant's help page)
    getter = getattr(obj, "wl_prop", None) or getattr(obj, "wl_get", None)
    if getter is None:  # wl_prop: objects whose members and properties differ (XML)
        if obj is None and name in ("exist", "existe"):
            return False  # `v.timeout..Exist`: a variant's missing member reads as Null
        raise WLRuntimeError(f"A value of type {V.type_name(obj)} has no property '{name}'.")
    if name in ("exist", "existe") and isinstance(obj, WLStruct):
        return _instance_exists(obj, getter, name)
    return getter(name)


def _instance_exists(obj: WLStruct, getter: Any, name: str) -> Any:
    """`o..Exist` on an object (or a structure): a member or property of that name is
    read; else True, the object is there (a Null dynamic object answers False before).
    The run stopped with "'Exist' is not a member of the class C" though wl check let
    it pass (docs/semantics.md 'Exist on an object', INFERRED)."""
    try:
        return getter(name)
    except WLRuntimeError as err:
        if "is not a member of" not in str(err):
            raise
        return True


def value_type(obj: Any, rt: Any, type_var: Any) -> Any:
    """`v..Type`: a built-in object's own Type property (an Item Description, an XML
    node...), else the wl... constant of the value's type, as TypeVar gives it (wlNull
    for Null; an array, a structure or an object of a class included). A Date, Time,
    DateTime (text values) or Duration has properties of its parts but no Type of its own:
    its type is TypeVar's (`du..Type` stopped with "no property 'Type'")."""
    if not isinstance(obj, (WLArray, WLStruct, WLAssoc, str)) \
            and getattr(obj, "wl_type_name", None) != "duration":
        getter = getattr(obj, "wl_prop", None) or getattr(obj, "wl_get", None)
        if getter is not None:
            try:
                return getter("type")
            except WLRuntimeError as err:  # a library type without a Type of its own
                if not any(words in str(err) for words in PROPERTY_REFUSALS):
                    raise  # (httpRequest, geoPosition...): TypeVar's, as any value's
    return type_var(rt, obj)


def step_member(obj: Any, name: str, delta: int, prefix: bool, ctx: TypeContext) -> Any:
    """`obj.m++` / `++obj.m` in an expression (numeric, as the statement: step_value)."""
    old = get_member(obj, name)
    set_member(obj, name, step_value(old, delta), ctx)
    return get_member(obj, name) if prefix else old


def step_index(obj: Any, delta: int, prefix: bool, *idx: Any) -> Any:
    """`a[i]++` / `++a[i]` in an expression: a missing element of an associative array
    is created first, as `a[k]++` alone does (element_place); numeric (step_value)."""
    old = element_place(obj, *idx)
    set_index(obj, step_value(old, delta), *idx)
    return get_index(obj, *idx) if prefix else old


_PLAIN = (int, float, V.Decimal, str, bytes)  # values without members (bool is an int)


def set_prop(obj: Any, name: str, value: Any, ctx: TypeContext) -> None:
    setter = getattr(obj, "wl_set_prop", None)
    if setter is not None:  # `node..Text = v` (XML): a property, not a member
        setter(name, value)
        return
    if isinstance(obj, _PLAIN) and getattr(obj, "wl_set", None) is None \
            and name not in ("value", "valeur"):  # (..Value reads: left as it was)
        # `n..Foo = 4` on a number, a boolean, a text: the read's words, as `n..Foo` (it
        # said "has no member"); objects keep their own stores (set_member)
        raise WLRuntimeError(f"A value of type {V.type_name(obj)} has no property '{name}'.")
    set_member(obj, name, value, ctx)


def set_own_value(obj: Any, value: Any) -> bool:
    """`x.m..Value = v` where x.m holds a value with a Value property of its own (an XML
    node): set it and return True; False tells the caller to replace the place's value."""
    setter = getattr(obj, "wl_set_prop", None)
    if setter is None:
        return False
    setter("value", value)
    return True


def get_index(obj: Any, *idx: Any) -> Any:
    """`a[i]`, `a[i, j]` (1-based)."""
    if type(obj) is WLArray or isinstance(obj, WLArray):
        return obj.get(*idx)
    if isinstance(obj, WLAssoc) and len(idx) == 1:
        return obj.get(idx[0])
    if type(obj) is ArrayRow:
        return obj.get(*idx)
    if isinstance(obj, str) and len(idx) == 1:
        return substr_one(obj, idx[0])
    if type(obj) is int and len(idx) == 1 and type(idx[0]) is int and idx[0] > 0:
        return obj & idx[0] == idx[0]  # `c[Option]`: is the option set in the combination?
    indexer = getattr(obj, "wl_index", None)
    if indexer is not None and len(idx) == 1:  # `doc.Root.Item[2]`: an occurrence (XML)
        return indexer(idx[0])
    raise WLRuntimeError(not_indexed(obj, idx))


def not_indexed(obj: Any, idx: tuple[Any, ...]) -> str:
    """The error for `obj[idx...]` that obj does not take: an associative array given
    several keys (`aa["a", "b"]`) says it has one key per element and how to key by
    several values (decided: docs/semantics.md "An associative array takes one key")."""
    if isinstance(obj, WLAssoc) and len(idx) != 1:
        return (f"An associative array takes one key per element, not {len(idx)}: to key "
                f"an element by several values, join them into one key (k1 + TAB + k2) "
                f"or use an associative array of associative arrays (aa[k1][k2]).")
    return f"A value of type {V.type_name(obj)} cannot be indexed."


def set_member_back(obj: Any, name: str, value: Any, ctx: TypeContext, shown: str = "") -> None:
    """A by-reference parameter's final value stored back into the member passed: when
    it is the member's own array, structure or object (changed in place), nothing to do,
    so the member is not replaced by a copy of itself."""
    if type(obj) is WLStruct and obj.values.get(name) is value and value is not None:
        return
    set_member(obj, name, value, ctx, shown)


def set_index_back(obj: Any, value: Any, *idx: Any) -> None:
    """As set_member_back, for the element passed (`P(t[2])`)."""
    if type(obj) is WLArray and value is not None and not isinstance(value, (int, float, str)):
        try:
            if obj.get(*idx) is value:
                return
        except WLRuntimeError:
            pass
    set_index(obj, value, *idx)


def element_place(obj: Any, *idx: Any) -> Any:
    """`m[k]` about to be changed (`m[k] += 1`, `m[k]["b"] = 3`): an associative array
    creates a missing element first (WLAssoc.place); anything else reads as `get_index`."""
    if type(obj) is WLAssoc and len(idx) == 1:
        return obj.place(idx[0])
    return get_index(obj, *idx)


def member_exists(obj: Any, name: str, shown: str) -> bool:
    """`v.m..Exist` on a Variant: whether its named sub-element m is there (a JSON object
    JSONToVariant decoded); what it holds otherwise (a JSON or XML node) answers itself."""
    has = getattr(obj, "wl_has_member", None)
    if has is not None:
        return has(name)
    return get_prop(get_member(obj, name, shown), "exist")


def exists(obj: Any, *idx: Any) -> bool:
    """`a[k]..Exist`: is there an element at that key (or index)?"""
    if isinstance(obj, WLAssoc) and len(idx) == 1:
        return obj.exists(idx[0])
    if isinstance(obj, WLArray) and len(idx) == 1:
        own = getattr(obj, "key_exists", None)  # an xmlNode's attributes by name
        return own(idx[0]) if own is not None else 1 <= V.to_int(idx[0]) <= len(obj.items)
    if isinstance(obj, WLAssoc):
        raise WLRuntimeError(not_indexed(obj, idx))
    own = getattr(obj, "wl_index_exists", None)  # `x.Order.Line[3]..Exist` (XML)
    if own is not None and len(idx) == 1:
        return bool(own(idx[0]))
    raise WLRuntimeError(f"A value of type {V.type_name(obj)} has no property 'Exist'.")


def set_index(obj: Any, value: Any, *idx: Any) -> None:
    if isinstance(obj, (WLArray, ArrayRow)) or (isinstance(obj, WLAssoc) and len(idx) == 1):
        obj.set(value, *idx)
        return
    setter = getattr(obj, "wl_set_index", None)
    if setter is not None and len(idx) == 1:  # `doc.Root.Item[2] = v` (XML)
        setter(value, idx[0])
        return
    raise WLRuntimeError(not_indexed(obj, idx))


def holds_flags(obj: Any, option: Any) -> bool:
    """Is `obj[option] = v` a change of the combination `obj` (an integer, indexed by a
    positive integer: its option's flags) rather than a store into a container?"""
    return type(obj) is int and type(option) is int and option > 0


def with_flag(obj: Any, value: Any, *idx: Any) -> Any:
    """`c[Option] = True/False` on a variable: the combination `c` with the option's flags
    added or removed (a new integer, stored back into `c`). Any other value is indexed in
    place (`a[i] = v` on an array held by a variant) and comes back unchanged."""
    if type(obj) is int and len(idx) == 1 and type(idx[0]) is int and idx[0] > 0:
        return obj | idx[0] if V.to_bool(value) else obj & ~idx[0]
    set_index(obj, value, *idx)
    return obj


def step_value(value: Any, delta: int) -> Any:
    """`x++` / `x--` on a value whose type is only known at run time: always numeric.

    `+` concatenates when one side is text, so `n++` on an undeclared variable (which
    starts as "") or a variant holding "5" must read the text as a number first (""
    counts as 0): "1", "11", "111" was the bug (issue 12)."""
    if isinstance(value, str):
        value = V.to_num(value)
    return w_add(value, delta)
