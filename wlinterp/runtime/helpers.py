"""The names compiled code calls at run time, gathered in one namespace
(runtime/namespace.py lists them): slow paths of member and index access
(access.py), parts of dates (date_parts.py), substrings (substrings.py), stores into
typed variables (assignment.py), indirection (indirection.py), objects, operators and
data files; and, here, loops, SWITCH values, constructors, method calls and errors.

The compiler inlines the common int/str cases; everything here is what the inline type
guards fall back to. Each helper names the WLanguage rule it implements.
"""
from __future__ import annotations

import math
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..errors import ErrCode, NullObjectError, WLRuntimeError
from ..syntax.names import fold as _fold
from ..lazy_import import on_first_call
from .kinds import K_OBJECT, K_STRUCT, K_VARIANT
from .types import (StructDef, TypeContext, TypeSpec, WLArray, WLStruct,  # noqa: F401
                    buffer_of_bytes, coerce, interface_ref)
from .stored_numbers import co_currency, co_numeric, co_product, CURRENCY_STEP, numeric_variant, held_product  # noqa: F401
from .stored_numbers import co_real4  # noqa: F401 (a store into a 4-byte real)
from ..syntax.currency_literal import CurrencyLiteral, LongLiteral, NumericLiteral  # noqa: F401  (a wide `0m` literal, a `0n` one)
from .instances import new_instance
from .class_values import class_of, construct_named, is_class  # noqa: F401
from . import values as V
from .access import (element_place, exists, get_index, get_member, get_prop,  # noqa: F401
                     member_exists, holds_flags, member_to_change, set_index, set_index_back,
                     set_colon_member, set_member,
                     set_member_back, set_member_outside, set_own_value, set_prop,
                     step_index, step_member,
                     step_value, value_type, with_flag)
from .date_parts import date_add, date_number, date_sub, with_part  # noqa: F401
from .dated_members import dated_arith, member_kind  # noqa: F401
from .dated_mixes import dated_sub  # noqa: F401
from .dated_products import dated_product  # noqa: F401
from .for_counters import for_number_start  # noqa: F401
from .dated_values import dated_if_text, dated_variant, time_as_datetime, date_as_time  # noqa: F401
from .substrings import (buffer_set, substr_from, substr_len, substr_one,  # noqa: F401
                         substr_range, substr_set, substr_upto)
from .assignment import (array_reference, assign_object,  # noqa: F401
                         assign_value, co_any, co_bool, co_int32, literal_to_value, object_or_null, same_object,
                         set_index_array, set_index_ref, set_member_array,
                         set_member_ref)
from .ansi_text import buffer_text, text_buffer, text_stored  # noqa: F401
from .datetimes import time_add, time_count, time_number, time_sub  # noqa: F401
from .durations import WLDuration  # noqa: F401
from .procrefs import (WLProcRef, call_compiled, call_ref, compiled_procedure,  # noqa: F401
                       proc_chained, proc_ref, spread_args)
from .method_args import call_class_method_back, call_method, call_method_back  # noqa: F401
from .method_args import call_variant_method, call_variant_method_back  # noqa: F401
from .jumps import GotoJump  # noqa: F401
from .iso_text import co_date  # noqa: F401
from .datetimes import dated_text, datetime_of_number  # noqa: F401
from .overloads import overload_dispatcher  # noqa: F401
from ..secret_values import note_secret, note_secret_items, secret_key  # noqa: F401
from .error_modes import (ErrorModeResult, error_mode_enter, error_mode_leave,  # noqa: F401
                          error_test_enter, error_test_leave, exception_mode_run)
from .members import (index_place, member_place,  # noqa: F401
                      variant_index, variant_member, variant_prop, vivify, want_for)
from .objects import (call_class_method, class_method_ref, class_receiver,  # noqa: F401
                      class_static_get,
                      class_static_set, construct_member, free_object, get_property,
                      set_property)
from .operators import (address_of, iterate, automation_fail, control_ref, homonymous_copy,  # noqa: F401
                        iterate_backwards, iterate_keyed, iterate_keyed_backwards,
                        same_reference, sorted_rows,
                        w_band, w_bnot, w_bor, w_bxor, w_shl, w_shr, w_slice)

# Helpers of constructs a short program seldom has (indirection, `&x`, enumerations,
# JSON members, a date's parts by name, USE blocks, dimensions from variables):
# imported at their first call (lazy_import.py; a one-line run does without them)
if TYPE_CHECKING:
    from .indirection import indirect_call, indirect_get, indirect_set  # noqa: F401
    from .array_sizes import sized_array  # noqa: F401
    from .enums import combination_marked, combination_names, combination_value  # noqa: F401
    from .json_forms import json_form  # noqa: F401
    from .dated_props import held_with_part, item_with_part, part_of, with_part_of  # noqa: F401
    from .threads import use_block  # noqa: F401
    from .loop_slots import iterate_slots, write_slot  # noqa: F401
    from .addressed import addressed  # noqa: F401
else:
    on_first_call(globals(), ".indirection", "indirect_call", "indirect_get", "indirect_set")
    on_first_call(globals(), ".array_sizes", "sized_array")
    on_first_call(globals(), ".enums", "combination_marked", "combination_names", "combination_value")
    on_first_call(globals(), ".json_forms", "json_form")
    on_first_call(globals(), ".dated_props", "held_with_part", "item_with_part", "part_of", "with_part_of")
    on_first_call(globals(), ".threads", "use_block")
    on_first_call(globals(), ".loop_slots", "iterate_slots", "write_slot")
    on_first_call(globals(), ".addressed", "addressed")


def opt_concat(a: Any, b: Any) -> str:
    """`A + [B]` ([?1512001]): B is appended unless A is empty or already ends with B.
    A number before `[B]` is refused as `n is int = ["a"]` is (INFERRED: the operator is
    the help page's for texts; `5 + [1]` gave "51", a number silently made text)."""
    if type(a) in (int, float, Decimal, V.NumericHeld):
        raise WLRuntimeError("A value of type array cannot be used as a number.")
    x, y = V.to_str(a), V.to_str(b)
    if not x or x.endswith(y):
        return x
    return x + y


def opt_prefix(b: Any, c: Any) -> str:
    """`[B] + C` opening an expression (`[fSep] + "*.jpg"`, as WINDEV-generated code
    writes it): B is put before the text C unless C is empty or already starts with B,
    the mirror of `A + [B]` (INFERRED, docs/semantics.md "Optional concatenation"); it
    stopped with "A value of type array cannot be converted to a string"."""
    x, y = V.to_str(b), V.to_str(c)
    if not y or y.startswith(x):
        return y
    return x + y


def declared_definition(definition: Any, held: str, code: int) -> Any:
    """`GetDefinition(d)` where d's declared type holds values that look like another
    type's (a Date its digit string, a Buffer a string): the declared type's definition,
    `held` being the wl... constant TypeVar(d) gives (folded) and `code` its value
    (stdlib/reflection.py WLDefinition.declared); Null (not allocated) stays Null."""
    return definition if definition is None else definition.declared(held, code)


class _NullContent:
    """A Variant holding Null as GetDefinition receives it (`null_variant`): the content's
    type is Null, where a Null object reference is an element not allocated."""

    __slots__ = ()
    wl_null_content = True


_NULL_CONTENT = _NullContent()


def null_variant(value: Any) -> Any:
    """GetDefinition's argument declared a Variant: its Null is a content (docs/semantics.md
    "GetDefinition of a Null variant"), anything else itself."""
    return _NULL_CONTENT if value is None else value


# ------------------------------------------------------------------ loops

def for_bound(v: Any) -> int:
    """An upper FOR bound as an int (a real bound 2.5 allows 2)."""
    if type(v) is int:
        return v
    n = V.to_num(v)
    return math.floor(n) if isinstance(n, float) else int(n)


def for_step(v: Any) -> Any:
    """A FOR loop's STEP, read once before the first pass: a number (or a Duration, for
    a loop over times); text holding a number is that number, as when text is compared
    with a number. Anything else stops the run at the loop (docs/semantics.md, "A FOR
    loop's STEP"): an array ran no pass without a word, text such as "ab" never ended."""
    t = type(v)
    if t is int or t is float or t is V.Decimal or getattr(v, "wl_num", None) is not None:
        return v
    if t is bool:
        return int(v)
    if isinstance(v, str) and V.whole_number(v):
        return V.to_num(v)
    shown = f'the text "{v}"' if isinstance(v, str) else "Null" if v is None else \
        f"a value of type {V.type_name(v)}"
    raise WLRuntimeError(f"A FOR loop's STEP must be a number, not {shown}.")


def for_clock(current: Any, step: Any, kind: str, on: list[bool]) -> Any:
    """The next value of a FOR loop's Date, Time or DateTime counter (`kind` "date",
    "time" or "datetime"); `on[0]` turns False when the loop must end there. A Time
    turns round at midnight, so `FOR t = "2200" TO "2359" STEP 15 min` came back to
    00:00, still before the bound, and never ended; a Date stepped past 31/12/9999
    stopped the run ("Numeric overflow", at the body's last line) after its last pass.
    Either ends the loop after the pass that ran (docs/semantics.md "A FOR loop's
    STEP"); the counter keeps its last value where the calendar ends."""
    from .comparisons import w_gt, w_lt
    from .datetimes import time_add
    try:
        moved = date_add(current, step) if kind == "date" else time_add(current, step, kind)
    except (OverflowError, ValueError):  # past the last day the calendar has
        on[0] = False
        return current
    if w_gt(step, 0) and not w_gt(moved, current) or w_lt(step, 0) and not w_lt(moved, current):
        on[0] = False  # turned round midnight (a STEP 0 loop runs on, as with numbers)
    return moved


def string_positions(text: Any, sought: Any) -> list[int]:
    """FOR ALL POSITION p OF sought IN text: the 1-based positions of `sought` in `text`,
    left to right, overlapping ones included, as PositionOccurrence's firstRank /
    nextRank walk gives them (docs/semantics.md "FOR ALL POSITION": decided); none for
    an empty `sought`."""
    s, sub = V.to_str(text), V.to_str(sought)
    found: list[int] = []
    at = s.find(sub) if sub else -1
    while at >= 0:
        found.append(at + 1)
        at = s.find(sub, at + 1)
    return found


def split_string(text: Any, sep: Any) -> list[str]:
    """FOR EACH STRING: the substrings of `text` between separators (TAB by default;
    the separator may be an array of separators). A container is no text to cut: the
    error says how to walk its elements (docs/semantics.md "FOR EACH STRING over an
    array")."""
    if isinstance(text, (list, tuple)) or getattr(text, "wl_iter", None) is not None \
            or isinstance(text, WLArray):
        raise WLRuntimeError(_not_a_text(text))
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


def _not_a_text(value: Any) -> str:
    """FOR EACH STRING given an array (or another container) instead of a text."""
    what = "an array" if isinstance(value, (list, tuple, WLArray)) \
        else f"a value of type {V.type_name(value)}"
    return (f"FOR EACH STRING cuts a text into pieces, but it was given {what}: walk an "
            f"array's elements with FOR EACH x OF t (or join them first with "
            f"ArrayToString).")


def switch_subject(v: Any) -> Any:
    """SWITCH's tested value. A structure or an object equals no CASE's value, so the
    SWITCH ran no case and said nothing: it stops the run, as `wl check` says (WL114)."""
    if isinstance(v, WLStruct):
        raise WLRuntimeError("SWITCH tests a number, a text, a date or a boolean, not "
                             f"{V.type_name(v)}.")
    return v


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
    if type(value) is WLArray and len(value.dims) <= 1:
        # `(sNom, sVille) = StringSplit(s, ";")`: the elements in order (INFERRED)
        return tuple(value.items[:count]) + ("",) * (count - len(value.items))
    raise WLRuntimeError(f"Expected {count} values to assign, got a single value.")


def my_parameters(named: list[Any], rest: tuple[Any, ...], ctx: TypeContext,
                  received: int) -> WLArray:
    """`MyParameters` / `MesParamètres` (?1511018): every parameter's value, 1-based (a
    default one included); `..Count` / `..Occurrence` is how many the procedure has
    (with `*`, every argument), `..NbReceived` / `..NbReçu` how many the call gave (a
    `*` argument counts; VERIFIED on the page's table)."""
    values = list(named) + list(rest)
    array = _ParamsArray(TypeSpec(K_VARIANT), values, (), ctx)
    array.received = received + len(rest)
    return array


def given_count(missing: object, *last_first: object) -> int:
    """How many arguments a call gave (MyParameters..NbReceived, ?1511018): the
    parameters up to the last one it did not leave out (`missing`); `last_first`: the
    parameters' values before their defaults, the last parameter first."""
    n = len(last_first)
    for value in last_first:
        if value is not missing:
            return n
        n -= 1
    return 0


class _ParamsArray(WLArray):
    __slots__ = ("received",)
    received: int

    def wl_get(self, name: str) -> object:
        if name in ("count", "occurrence"):
            return len(self.items)
        if name in ("nbreceived", "nbrecu", "nbrecus"):
            return self.received
        return super().wl_get(name)

    def fresh(self, *named: Any) -> "_ParamsArray":
        """Itself, with the named parameters' current values (one may have been assigned
        since the call)."""
        self.items[:len(named)] = named
        return self


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


def live_object(obj: Any, name: str) -> Any:
    """The object a method chosen at compile time is called on (method_code.py
    `chosen_method`): Null fails as `o.M()` on Null does (null_objects.py names it)."""
    if obj is None:
        raise NullObjectError(name, call=True)
    return obj


def member_or_method(rt: Any, obj: Any, name: str, shown: str = "",
                     variant: bool = False) -> Any:
    """`obj.M` without parentheses where only the run knows obj's class (a variant, an
    `object dynamic`, an interface variable) and M names a method of some class of the
    program and no member: the object's method is called, as the compiler calls it when
    the class is known (docs/semantics.md "Routines named without parentheses"); else
    the member, as get_member reads it (`variant`: as variant_member, on a variant place).
    A GLOBAL member of the object's class is the class's one value, as when the compiler
    knows the class (compiler/classes.py `global_member_of`)."""
    if isinstance(obj, WLStruct) and name not in obj.values:
        if any((cls, name) in rt.typectx.methods for cls in obj.sdef.lineage()):
            return call_method(rt, obj, name)
        if obj.sdef.has_static(name):  # a GLOBAL member, through an object (?6010001)
            return class_static_get(rt.typectx, _fold(obj.sdef.name), name)
    if variant:
        from .members import variant_member
        return variant_member(obj, name, shown)
    return get_member(obj, name, shown)


# ------------------------------------------------------------------ errors

def fail(message: str, line: int = 0, col: int = 0, code: int = ErrCode.RUNTIME) -> Any:
    """Raise a fatal WLanguage error from inside an expression."""
    raise WLRuntimeError(message, code=code, line=line, column=col)


# Data files (`Customer.Name`, FOR EACH Customer): hooks of the HFSQL layer, imported at
# the first call of one (a run without data files does without hfsql/hooks.py, its names
# and the window constants: docs/performance.md "Start-up: the data hooks on first use").
# A run's namespace copies the stand-ins and gets the real functions at its first call.
_DATA_HOOKS = ("data_assign", "data_item", "data_item_set", "data_name", "file_loop",
               "item_null", "item_dimension", "item_property", "item_type", "set_item_null",
               "data_element", "data_element_set", "record_element", "record_element_set", "source_named")
if TYPE_CHECKING:
    from ..hfsql.hooks import (data_assign, data_item, data_item_set, data_name,  # noqa: F401
                               file_loop, item_null, item_dimension, item_property,
                               item_type, set_item_null, data_element, data_element_set,
                               record_element, record_element_set, source_named)
else:
    on_first_call(globals(), "..hfsql.hooks", *_DATA_HOOKS)
