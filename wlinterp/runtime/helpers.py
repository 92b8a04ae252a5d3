"""Slow-path helpers called by compiled code: member and index access, substrings,
coercion fallbacks, iteration and the raising of WLanguage errors.

The compiler inlines the common int/str cases; everything here is what the inline type
guards fall back to. Each helper names the WLanguage rule it implements.
"""
from __future__ import annotations

import math
import re
from typing import Any

from ..errors import WLRuntimeError
from ..syntax.names import fold
from ..syntax.words import DATE_PART_WORDS, DAY_OF_WEEK_WORDS, TIME_PART_WORDS
from .kinds import K_ARRAY, K_ASSOC, K_OBJECT, K_STRUCT, K_VARIANT
from .types import (ArrayRow, StructDef, TypeContext, TypeSpec, WLArray, WLAssoc, WLStruct, coerce,
                    co_currency, CURRENCY_STEP,  # noqa: F401  (emitted for currency variables)
                     copy_value, new_instance)
from . import values as V
from .containers import read_only_error
from .datetimes import add_days, date_gap  # date +/- days or a Duration; date - date
from .datetimes import (WLDuration, part_of, time_add, time_sub,  # noqa: F401
                        with_part_of)
from .procrefs import call_ref, proc_ref  # noqa: F401
from .method_args import call_class_method_back, call_method_back  # noqa: F401
from .threads import use_block  # noqa: F401
from .members import (WLGrowingArray, WLMembers, index_place, member_place,  # noqa: F401
                      variant_index, variant_member, variant_prop, vivify, want_for)
from .objects import (WLObject, call_class_method, class_receiver, class_static_get,  # noqa: F401
                      class_static_set, free_object, get_property, set_property)
from .operators import (address_of, automation_fail, homonymous_copy,  # noqa: F401
                        iterate_keyed, same_reference, sorted_rows,
                        w_band, w_bnot, w_bor, w_bxor, w_shl, w_shr, w_slice)


def get_member(obj: Any, name: str, shown: str = "") -> Any:
    """`obj.name` / `obj:name` for structures and built-in objects (the Email structure);
    `shown`: the name as written, when it differs (objects that keep spellings: XML)."""
    if type(obj) is WLStruct:
        try:
            return obj.values[name]
        except KeyError:
            raise WLRuntimeError(f"'{name}' is not a member of the structure "
                                 f"{obj.sdef.name}.") from None
    named = getattr(obj, "wl_get_named", None)
    if named is not None:
        return named(name, shown or name)
    getter = getattr(obj, "wl_get", None)
    if getter is None:
        if isinstance(obj, str):  # `s.Length`, `d.Year`: the property, as `s..Length`
            return get_prop(obj, name)
        raise WLRuntimeError(f"A value of type {V.type_name(obj)} has no member '{name}'.")
    return getter(name)


def set_member(obj: Any, name: str, value: Any, ctx: TypeContext, shown: str = "") -> None:
    """`obj.name = value`; objects that keep member spellings (JSON) get `shown` too."""
    named = getattr(obj, "wl_set_named", None)
    if named is not None and shown:
        named(shown, value)
        return
    setter = getattr(obj, "wl_set", None)
    if setter is None:
        raise WLRuntimeError(f"A value of type {V.type_name(obj)} has no member '{name}'.")
    setter(name, value, ctx)


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


def get_prop(obj: Any, name: str) -> Any:
    """`obj..Name`: a property (`..Occurrence` on arrays, session properties...)."""
    if isinstance(obj, str):
        if name in ("length", "taille"):
            return len(obj)
        if name in ("value", "valeur"):  # `v..Value`: what the variant holds
            return obj
        return date_part(obj, name)
    if name in ("value", "valeur") and (obj is None or type(obj) in (int, float, bool)
                                        or isinstance(obj, V.Decimal)):
        return obj  # `v.m..Value = Null` on a JSON null (JSONToVariant's help page)
    getter = getattr(obj, "wl_prop", None) or getattr(obj, "wl_get", None)
    if getter is None:  # wl_prop: objects whose members and properties differ (XML)
        raise WLRuntimeError(f"A value of type {V.type_name(obj)} has no property '{name}'.")
    return getter(name)


def value_type(obj: Any, rt: Any, type_var: Any) -> Any:
    """`v..Type`: a built-in object's own Type property (an Item Description, an XML
    node...), else the wl... constant of the value's type, as TypeVar gives it (wlNull
    for Null; an array, a structure or an object of a class included)."""
    if not isinstance(obj, (WLArray, WLStruct, WLAssoc)):
        getter = getattr(obj, "wl_prop", None) or getattr(obj, "wl_get", None)
        if getter is not None:
            return getter("type")
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


# ------------------------------------------------------------------ dates and times

# Where each part is in a "YYYYMMDD" date and a "HHMMSSCC" time (part words: words.py).
_DATE_SLICES = {"year": (0, 4), "month": (4, 6), "day": (6, 8)}
_TIME_SLICES = {"hour": (0, 2), "minute": (2, 4), "second": (4, 6), "ms": (6, 8)}


def _as_date(value: Any) -> Any:
    """A "YYYYMMDD..." string as a datetime.date, or None."""
    import datetime
    if type(value) is not str or len(value) < 8 or not value[:8].isdigit():
        return None
    try:
        return datetime.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        return None


def date_part(value: str, name: str) -> Any:
    """`d..Year`, `d..Month`, `d..Day` (`..Année`...), `t..Hour`, `t..Minute`..."""
    dpart, tpart = DATE_PART_WORDS.get(name), TIME_PART_WORDS.get(name)
    if dpart is not None and _as_date(value) is not None:
        a, b = _DATE_SLICES[dpart]
        return int(value[a:b])
    if name in DAY_OF_WEEK_WORDS and _as_date(value) is not None:
        return _as_date(value).isoweekday()
    if tpart is not None and len(value) >= 4 and value[:4].isdigit():
        a, b = _TIME_SLICES[tpart]
        part = value[a:b]
        return int(part) * (10 if tpart == "ms" else 1) if part.isdigit() else 0
    if value == "" and (dpart is not None or tpart is not None or name in DAY_OF_WEEK_WORDS):
        raise WLRuntimeError(empty_date_error(name))
    raise WLRuntimeError(f"A string has no property '{name}'.")


def empty_date_error(name: str) -> str:
    """The error for a part of an empty date ("", as `d = ""` leaves a Date) (decided:
    docs/semantics.md, "An empty Date")."""
    return (f"The Date is empty (\"\"): it has no {name.capitalize()}; give it a date first "
            f"(for example Today()).")


def with_part(value: Any, name: str, part: Any) -> str:
    """`d..Day = 5`: the date (or time) with one part replaced."""
    text = V.to_str(value)
    n = V.to_int(part)
    dpart, tpart = DATE_PART_WORDS.get(name), TIME_PART_WORDS.get(name)
    if text == "" and (dpart is not None or tpart is not None):
        raise WLRuntimeError(empty_date_error(name))
    if dpart is not None and _as_date(text) is not None:
        a, b = _DATE_SLICES[dpart]
        new = text[:a] + str(n).zfill(b - a) + text[b:]
        if _as_date(new) is None:
            raise WLRuntimeError(f"Invalid date: {name} = {n}.")
        return new
    if tpart is not None and len(text) >= 4:
        a, b = _TIME_SLICES[tpart]
        return text[:a] + str(n // (10 if tpart == "ms" else 1)).zfill(2) + text[b:]
    raise WLRuntimeError(f"'{name}' cannot be set on this value.")


def date_add(a: Any, b: Any) -> Any:
    """`date + n` adds n days (VERIFIED behaviour of WLanguage Date variables); anything
    else is the ordinary `+`."""
    left, right = _as_date(a), _as_date(b)
    moved = add_days(left, b, 1) if left is not None else None
    if moved is None and right is not None:
        moved = add_days(right, a, 1)
    return V.w_add(a, b) if moved is None else moved


def date_sub(a: Any, b: Any) -> Any:
    """`date - n` (or a Duration) goes back n days; `date - date` is a DateGap: a
    Duration of whole days that counts as the number of days (runtime/datetimes.py)."""
    left, right = _as_date(a), _as_date(b)
    if left is not None and right is not None:
        return date_gap((left - right).days)
    moved = add_days(left, b, -1) if left is not None else None
    return V.w_sub(a, b) if moved is None else moved


def set_prop(obj: Any, name: str, value: Any, ctx: TypeContext) -> None:
    setter = getattr(obj, "wl_set_prop", None)
    if setter is not None:  # `node..Text = v` (XML): a property, not a member
        setter(name, value)
        return
    set_member(obj, name, value, ctx)


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
    raise WLRuntimeError(f"A value of type {V.type_name(obj)} cannot be indexed.")


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


def exists(obj: Any, *idx: Any) -> bool:
    """`a[k]..Exist`: is there an element at that key (or index)?"""
    if isinstance(obj, WLAssoc) and len(idx) == 1:
        return obj.exists(idx[0])
    if isinstance(obj, WLArray) and len(idx) == 1:
        return 1 <= V.to_int(idx[0]) <= len(obj.items)
    raise WLRuntimeError(f"A value of type {V.type_name(obj)} has no property 'Exist'.")


def set_index(obj: Any, value: Any, *idx: Any) -> None:
    if isinstance(obj, (WLArray, ArrayRow)) or (isinstance(obj, WLAssoc) and len(idx) == 1):
        obj.set(value, *idx)
        return
    setter = getattr(obj, "wl_set_index", None)
    if setter is not None and len(idx) == 1:  # `doc.Root.Item[2] = v` (XML)
        setter(value, idx[0])
        return
    raise WLRuntimeError(f"A value of type {V.type_name(obj)} cannot be indexed.")


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


def opt_concat(a: Any, b: Any) -> str:
    """`A + [B]` ([?1512001]): B is appended unless A is empty or already ends with B."""
    x, y = V.to_str(a), V.to_str(b)
    if not x or x.endswith(y):
        return x
    return x + y


# ------------------------------------------------------------------ substrings [[ ]]

def _pos(i: Any) -> int:
    return V.to_int(i)


def substr_one(s: Any, i: Any) -> str:
    """`s[[i]]`: the i-th character (1-based); "" outside the string."""
    s, n = V.to_str(s), _pos(i)
    return s[n - 1] if 1 <= n <= len(s) else ""


def substr_range(s: Any, i: Any, j: Any) -> str:
    """`s[[i TO j]]`: characters i to j inclusive."""
    s, a, b = V.to_str(s), max(_pos(i), 1), _pos(j)
    return s[a - 1:b] if b >= a else ""


def substr_from(s: Any, i: Any) -> str:
    s = V.to_str(s)
    return s[max(_pos(i), 1) - 1:]


def substr_upto(s: Any, j: Any) -> str:
    s, b = V.to_str(s), _pos(j)
    return s[:b] if b > 0 else ""


def substr_len(s: Any, i: Any, n: Any) -> str:
    """`s[[i ON n]]`: n characters from i."""
    s, a, k = V.to_str(s), max(_pos(i), 1), _pos(n)
    return s[a - 1:a - 1 + k] if k > 0 else ""


def substr_set(s: Any, kind: str, value: Any, *bounds: Any) -> str:
    """`s[[i]] = x`, `s[[i TO j]] = x`...: `s` with that part replaced by the text of
    `x` (a part past the end is reached by padding `s` with spaces)."""
    s, text = V.to_str(s), V.to_str(value)
    if kind == "one":
        a = b = _pos(bounds[0])
    elif kind == "range":
        a, b = _pos(bounds[0]), _pos(bounds[1])
    elif kind == "from":
        a, b = _pos(bounds[0]), max(len(s), _pos(bounds[0]))
    elif kind == "upto":
        a, b = 1, _pos(bounds[0])
    else:  # "len": n characters from i
        a = _pos(bounds[0])
        b = a + _pos(bounds[1]) - 1
    a = max(a, 1)
    if a > len(s) + 1:
        s = s.ljust(a - 1)
    return s[:a - 1] + text + s[max(b, a - 1):]


# ------------------------------------------------------------------ coercion fallbacks

def co_int32(v: Any) -> int:
    """Store into an `int`: truncate reals toward zero, wrap at 32 bits."""
    return V.wrap32(V.to_int(v))


def co_int64(v: Any) -> int:
    return V.wrap64(V.to_int(v))


def co_bool(v: Any) -> bool:
    if isinstance(v, str):
        return v.strip() not in ("", "0")
    return V.to_bool(v)


def co_any(v: Any) -> Any:
    """Store into a variant: arrays and structures are copied (value semantics)."""
    if type(v) is WLArray or type(v) is WLStruct or type(v) is WLAssoc \
            or type(v) is WLMembers or type(v) is WLGrowingArray:
        return v.copy()
    return v


def init_array(arr: WLArray, items: list[Any]) -> WLArray:
    """`a is array of T = [x, y]`: the literal's items converted to T."""
    if arr.dims and len(arr.dims) == 1 and arr.dims[0] >= len(items):
        for i, item in enumerate(items, 1):
            arr.set(item, i)
        return arr
    arr.items.clear()
    for item in items:
        arr.append(item)
    return arr


def init_struct(st: WLStruct, items: list[Any], ctx: TypeContext) -> WLStruct:
    """`p is Point = [1, 2]`: members initialised in declaration order."""
    members = st.sdef.members
    if len(items) > len(members):
        raise WLRuntimeError(f"Too many values to initialise the structure {st.sdef.name}.")
    for (name, _, _), item in zip(members, items):
        st.wl_set(name, item, ctx)
    return st


def assign_value(value: Any, spec: TypeSpec, ctx: TypeContext) -> Any:
    """Store into a variable of array/structure/object type: convert, or initialise it
    from a `[...]` literal."""
    if isinstance(value, list):
        fresh = _fresh(spec, ctx)
        if isinstance(fresh, WLArray):
            return init_array(fresh, value)
        if isinstance(fresh, WLStruct):
            return init_struct(fresh, value, ctx)
    return coerce(value, spec, ctx)


def assign_object(old: Any, value: Any, spec: TypeSpec, ctx: TypeContext) -> Any:
    """`b = a` into an object variable b: when b holds an object with a destructor and a
    is an object of the same class, a's members are copied into b's object, which stays
    b's (so no destructor runs for it now, only when b itself goes); else the usual copy."""
    if type(old) is WLObject and not old.freed and type(value) is WLObject \
            and value.sdef is old.sdef and value is not old:
        for k, v in value.values.items():
            old.values[k] = copy_value(v)
        return old
    return assign_value(value, spec, ctx)


def _fresh(spec: TypeSpec, ctx: TypeContext) -> Any:
    from .types import default_value
    return default_value(spec, ctx)


def same_object(value: Any, spec: TypeSpec, ctx: TypeContext) -> Any:
    """A by-reference array/structure parameter: the caller's object itself when it has
    the declared kind (so changes are seen by the caller), converted otherwise."""
    if spec.kind == K_ARRAY and isinstance(value, WLArray):
        return value
    if spec.kind == K_ASSOC and isinstance(value, WLAssoc):
        return value
    if spec.kind == K_STRUCT and isinstance(value, WLStruct) and spec.name in value.sdef.lineage():
        return value
    if spec.kind == K_OBJECT and not isinstance(value, (list, str, int, float, bool)):
        return value
    return assign_value(value, spec, ctx)


def array_literal(items: list[Any]) -> list[Any]:
    """A `[a, b]` literal stays a Python list until stored: its target type decides."""
    return items


def literal_to_value(v: Any, ctx: TypeContext) -> Any:
    """A bare literal list used as a value (passed to a procedure, traced...)."""
    if isinstance(v, list):
        return WLArray(TypeSpec(K_VARIANT), [literal_to_value(x, ctx) for x in v], (), ctx)
    return v


# ------------------------------------------------------------------ loops

def for_bound(v: Any) -> int:
    """An upper FOR bound as an int (a real bound 2.5 allows 2)."""
    if type(v) is int:
        return v
    n = V.to_num(v)
    return math.floor(n) if isinstance(n, float) else int(n)


def split_string(text: Any, sep: Any) -> list[str]:
    """FOR EACH STRING: the substrings of `text` between separators (TAB by default;
    the separator may be an array of separators)."""
    s = V.to_str(text)
    seps = [V.to_str(x) for x in sep.items] if isinstance(sep, WLArray) else [V.to_str(sep)]
    seps = [x for x in seps if x]
    if not s:
        return []
    if not seps:
        return [s]
    parts = [s]
    for separator in seps:
        parts = [piece for part in parts for piece in part.split(separator)]
    return parts


def iterate(obj: Any) -> Any:
    """FOR EACH: the elements of an array, in index order."""
    if isinstance(obj, WLArray):
        return obj.items
    if isinstance(obj, list):
        return obj
    items = getattr(obj, "wl_iter", None)
    if items is not None:
        return items()
    if obj is None or (type(obj) is str and obj == ""):
        return ()  # an empty variant, a JSON member never written: nothing to go through
    raise WLRuntimeError(f"FOR EACH cannot go through a value of type {V.type_name(obj)}.")


def switch_value(index: Any, choices: tuple[Any, ...], default: Any) -> Any:
    """`SELON(v, a, b, SINON d)` ([?1510008]): the v-th choice (1-based), else the default
    (an out-of-range index with no default is a fatal error)."""
    i = V.to_int(index)
    if 1 <= i <= len(choices):
        return choices[i - 1]()
    if default is not None:
        return default()
    raise WLRuntimeError(f"SWITCH: no value for {i} and no default (ELSE).")


def values_for(value: Any, count: int) -> tuple[Any, ...]:
    """The values of a multiple assignment: a tuple of at least `count` values (missing
    ones are empty)."""
    if isinstance(value, tuple):
        return value + ("",) * (count - len(value))
    raise WLRuntimeError(f"Expected {count} values to assign, got a single value.")


def _indirect_target(ns: dict[str, Any], name: Any) -> tuple[str, TypeSpec]:
    """The variable a `{name}` indirection designates: a main-code variable of the script
    (procedure locals and window controls cannot be reached by name)."""
    text = V.to_str(name).strip()
    found = ns.get("__wl_vars__", {}).get(fold(text))
    if found is None:
        if fold(text) in ns.get("__wl_consts__", {}):
            raise WLRuntimeError(f"Indirection {{{text}}}: '{text}' is a constant: it "
                                 f"cannot be assigned.")
        raise WLRuntimeError(f"Indirection {{{text}}}: no variable of the main code is named "
                             f"'{text}' (wlinterp reaches main-code variables only, not "
                             f"procedure variables or controls).")
    return found


def _indirect_path(text: str) -> list[str] | None:
    """`o.m_x` / `o:m_x` / `t.a.b`: the variable then its members; None for a plain name."""
    parts = [p.strip() for p in re.split(r"[.:]", text)]
    return parts if len(parts) > 1 and all(parts) else None


def _indirect_data(ns: dict[str, Any], text: str) -> Any:
    """A data file (alias, query) of the analysis named by an indirection that names no
    variable nor constant (`{sFile + "." + sItem}`), else None."""
    key = fold(text)
    if key in ns.get("__wl_vars__", {}) or key in ns.get("__wl_consts__", {}) \
            or "_rt" not in ns:
        return None
    found = data_name(ns["_rt"], key, None)
    return None if isinstance(found, str) else found  # an item name is no holder


def _indirect_holder(ns: dict[str, Any], parts: list[str]) -> Any:
    """The object holding the last member of an indirection path: a variable, else a
    data file (`{"Customer.Name"}`)."""
    data = _indirect_data(ns, parts[0])
    obj = data if data is not None else indirect_get(ns, parts[0])
    for part in parts[1:-1]:
        obj = get_member(obj, fold(part), part)
    return obj


def indirect_get(ns: dict[str, Any], name: Any) -> Any:
    """`{name}` read: a main-code variable, a member of one (`{"o.m_x"}`) or a constant
    of the program."""
    text = V.to_str(name).strip()
    parts = _indirect_path(text)
    if parts is not None:
        return get_member(_indirect_holder(ns, parts), fold(parts[-1]), parts[-1])
    consts = ns.get("__wl_consts__", {})
    if fold(text) in consts and fold(text) not in ns.get("__wl_vars__", {}):
        return consts[fold(text)]
    data = _indirect_data(ns, text)
    if data is not None:
        return data
    pyname, _ = _indirect_target(ns, name)
    try:
        return ns[pyname]
    except KeyError:
        raise WLRuntimeError(f"The variable '{V.to_str(name)}' is used before its "
                             f"declaration.") from None


def indirect_set(ns: dict[str, Any], name: Any, value: Any, ctx: TypeContext) -> None:
    """`{name} = value`: stored with the variable's declared type. A member reached so
    (`{"o.m_x"} = v`) is written as from outside its class: a CONSTANT one is refused."""
    parts = _indirect_path(V.to_str(name).strip())
    if parts is not None:
        set_member_outside(_indirect_holder(ns, parts), fold(parts[-1]), value, ctx,
                           parts[-1])
        return
    pyname, spec = _indirect_target(ns, name)
    ns[pyname] = coerce(value, spec, ctx)


def my_parameters(named: list[Any], rest: tuple[Any, ...], ctx: TypeContext) -> WLArray:
    """`MyParameters` / `MesParamètres` in `PROCEDURE P(*)`: every argument, 1-based;
    `..Count` / `..Occurrence` give how many were passed."""
    values = list(named) + list(rest)
    return _ParamsArray(TypeSpec(K_VARIANT), values, (), ctx)


class _ParamsArray(WLArray):
    __slots__ = ()

    def wl_get(self, name: str) -> object:
        if name in ("count", "nbreceived", "nbrecu", "nbrecus", "occurrence"):
            return len(self.items)
        return super().wl_get(name)


def construct(spec: TypeSpec, ctx: TypeContext, *args: Any) -> Any:
    """`c is CAccount("Ann")` / `new CAccount("Ann")`: an instance whose constructor
    receives the arguments; a built-in type that takes arguments (`t is Thread(Proc)`)
    builds its value."""
    if spec.kind == K_OBJECT and (built := _builtin_constructor(spec, ctx)) is not None:
        return built(*args)
    if spec.kind != K_STRUCT or spec.name not in ctx.structs:
        raise WLRuntimeError(f"'{spec.describe()}' is not a class: it takes no constructor "
                             f"arguments.")
    return new_instance(spec, ctx, *args)


def _builtin_constructor(spec: TypeSpec, ctx: TypeContext) -> Any:
    """The built-in type's `wl_construct(rt, *args)`, bound to the run, or None."""
    make = getattr(ctx.objects, "constructor", None)
    return make(spec.name) if make is not None else None


def call_method(rt: Any, obj: Any, name: str, *args: Any) -> Any:
    """`obj.Method(args)`: the method of obj's class, else the built-in of that name with
    obj as first argument (`tab.Add(x)`)."""
    if isinstance(obj, WLStruct):
        for cls in obj.sdef.lineage():  # the class's own method, else an ancestor's
            method = rt.typectx.methods.get((cls, name))
            if method is not None:
                return method(obj, *args)
    special = getattr(obj, "wl_method", None)
    if special is not None:  # a value whose methods all fail the same way (automation)
        return special(name)
    own = getattr(obj, "wl_own_method", None)  # a type's methods of its own (DiskFile.Open)
    if own is not None and (method := own(rt, name)) is not None:
        return method(*args)
    from .value_methods import value_method
    builtin = value_method(obj, name)
    if builtin is None:
        from ..windev_catalog import unavailable
        known = unavailable(name)
        if known is not None:
            raise WLRuntimeError(known.message())
        raise WLRuntimeError(f"Unknown method '{name}' for a value of type {V.type_name(obj)}.")
    return builtin.call(rt, obj, *args)


# ------------------------------------------------------------------ errors

def fail(message: str, line: int = 0, col: int = 0, code: int = 0) -> Any:
    """Raise a fatal WLanguage error from inside an expression."""
    raise WLRuntimeError(message, code=code, line=line, column=col)


def struct_def(name: str, members: list[tuple[str, str, TypeSpec]]) -> StructDef:
    return StructDef(name, members)


def step_value(value: Any, delta: int) -> Any:
    """`x++` / `x--` on a value whose type is only known at run time: always numeric.

    `+` concatenates when one side is text, so `n++` on an undeclared variable (which
    starts as "") or a variant holding "5" must read the text as a number first (""
    counts as 0): "1", "11", "111" was the bug (issue 12)."""
    if isinstance(value, str):
        value = V.to_num(value)
    return V.w_add(value, delta)


# Data files (`Customer.Name`, FOR EACH Customer): hooks of the HFSQL layer.
from ..hfsql.hooks import (data_assign, data_item, data_item_set, data_name, file_loop,  # noqa: E402,F401
                           item_null, set_item_null)
