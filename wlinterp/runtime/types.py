"""Declared types: `TypeSpec`, defaults, and coercion on assignment; plus the composite
runtime values, arrays and structures (containers.py). Reading a declaration's type
phrase is type_phrases.py's; numbers stored at their precision are stored_numbers.py's,
new structures and objects instances.py's.

A variable's declared type never changes (docs/semantics.md §2): every store into it
goes through `coerce`, or through the compiler's inline fast path for int and string.
"""
from __future__ import annotations

__all__ = ["object_converter", "TypeSpec", "WLArray", "WLStruct", "WLAssoc", "ArrayRow", "StructDef",
           "coerce", "copy_value", "interface_ref", "interface_spec",
           "default_value", "today_text", "FIXED_ARRAY", "FIXED_STRINGS", "VARIANT", "INT", "STRING", "REAL", "BOOLEAN"]

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    import datetime

from ..errors import WLRuntimeError
from ..records import record
from .kinds import (K_ARRAY, K_ASSOC, K_BOOLEAN, K_CURRENCY, K_DATE, K_DATETIME, K_DURATION,
                    K_INT, K_NUMERIC, K_OBJECT, K_REAL, K_STRING, K_STRUCT, K_TIME, K_VARIANT,
                    Kind)
from ..syntax.names import fold as _fold
from . import values as V
from .limits import check_array
from .iso_text import co_date, duration_no_moment
from .array_literals import init_array
from .assoc_arrays import WLAssoc
from .containers import ArrayRow, StructDef, WLArray, WLStruct, copy_value
from .instances import new_instance, struct_of_other
from .stored_numbers import (co_currency, co_numeric, co_real4, fixed_buffer, fixed_string,
                             int_stored)


FIXED_STRINGS = frozenset({"fixed", "padded", "asciiz"})  # type_words.fixed_string's names
# (TypeSpec.name of `string on N`, `fixed string on N`, `ASCIIZ string on N`: they start
# as "", a `Buffer on N` as N binary zeros; the compiler's defaults read it too)


@record(frozen=True)
class TypeSpec:
    """A WLanguage type: `kind` is int/real/string/boolean/currency/numeric/date/time/
    datetime/duration/variant/array/struct/object; `bits` for integers; `elem`/`dims`
    for arrays (`dims` of a `Buffer on N`: its size, fixed_buffer); `name` for
    structures and built-in object types."""

    kind: Kind
    bits: int = 32
    unsigned: bool = False
    elem: "TypeSpec | None" = None
    dims: tuple[int, ...] = ()
    name: str = ""
    dynamic: bool = False  # a dynamic object: Null until `new`, holds a reference
    nullable: bool = False  # `int?`: a simple type that may hold Null (?1511031)

    def describe(self) -> str:
        if self.kind == K_ARRAY:
            return f"array of {self.elem.describe() if self.elem else 'variant'}"
        if self.kind in (K_STRUCT, K_OBJECT):
            return self.name
        if self.kind == K_INT and self.bits != 32:
            return f"{self.bits // 8}-byte int"
        return self.kind

    def coerce(self, value: object, ctx: "TypeContext | None" = None) -> object:
        """`value` converted for a place of this type (`coerce`): how a container
        converts what is stored into it, without importing this module (which imports
        the containers' classes)."""
        return coerce(value, self, ctx)

    def default(self, ctx: "TypeContext | None" = None) -> object:
        """The first value of a place of this type (`default_value`), for a container."""
        return default_value(self, ctx)


VARIANT = TypeSpec(K_VARIANT)
# TypeSpec.name of a `fixed array of N ...` (`tableau fixe de N ...`): its dimensions are set
# when compiling and "cannot be modified" (page ?1514025); WLArray.fixed of its value
FIXED_ARRAY = "fixed"
UNICODE_STRING = TypeSpec(K_STRING, name="unicode")  # `UNICODE string` (values.UnicodeText)
BUFFER = TypeSpec(K_STRING, name="buffer")  # a string of bytes; base64 in JSON and XML
# `c is Character`: one character, Charact(0) until assigned (help page ?1000024442);
# *decided*: a longer text keeps its first character, an empty one is Charact(0).
CHARACTER = TypeSpec(K_STRING, name="character", dims=(1,))
INT = TypeSpec(K_INT)
INT8 = TypeSpec(K_INT, bits=64)
STRING = TypeSpec(K_STRING)
REAL = TypeSpec(K_REAL)
REAL_4 = TypeSpec(K_REAL, name="real_4")  # `real on 4 bytes`: single precision (co_real4)
BOOLEAN = TypeSpec(K_BOOLEAN)
OBJECT_REF = TypeSpec(K_VARIANT, dynamic=True)  # a reference to an object of any class


def interface_spec(name: str) -> TypeSpec:
    """The type of a variable of the interface `name` (as written): a reference to an
    object, of a class that implements it (interface_ref)."""
    return TypeSpec(K_VARIANT, dynamic=True, name=name)


def interface_ref(value: object, t: TypeSpec) -> object:
    """An object stored into a variable, element or parameter of the interface `t`:
    its class (or an ancestor) must declare `implements` it (docs/semantics.md
    "Interfaces"); Null empties it, and a value that is no object is refused there (it
    was kept, to fail at the first method called on it)."""
    if not isinstance(value, WLStruct):
        if value is None:
            return value
        raise WLRuntimeError(f"A value of type {V.type_name(value)} is not an object: it "
                             f"cannot be stored in a variable of the interface {t.name}.")
    if not value.sdef.implements_interface(_fold(t.name)):
        raise WLRuntimeError(f"The class {value.sdef.name} does not implement the interface "
                             f"{t.name}: its object cannot be stored in a variable of "
                             f"{t.name}.")
    return value

class TypeContext:
    """What coercion needs from the running program: its structures and object types."""

    def __init__(self) -> None:
        self.structs: dict[str, StructDef] = {}
        self.objects: dict[str, object] = {}
        # (class, method) -> the compiled method
        self.methods: dict[tuple[str, str], Callable[..., object]] = {}
        self.clock: datetime.datetime | None = None  # a fixed "now" (--now), else real time
        # enumeration (folded) -> the enumeration itself: its first value is what an
        # element or member of that type starts as (docs/semantics.md, "Arrays of an
        # enumeration"), its names are what Deserialize reads
        self.enum_types: dict[str, object] = {}
        # GLOBAL class members' values of this run, by (class, folded member): the class
        # definitions are compiled once and shared by runs (`wl test` cases, Project calls)
        self.static_values: dict[tuple[str, str], object] = {}

    def today(self) -> str:
        """Today as "YYYYMMDD", from the fixed clock when there is one."""
        return self.clock.strftime("%Y%m%d") if self.clock else today_text()


def today_text() -> str:
    """Today as "YYYYMMDD" from the real clock. `datetime` is imported here, not at the
    top: a run that makes no date does without it (docs/performance.md)."""
    import datetime
    return datetime.date.today().strftime("%Y%m%d")


def default_value(t: TypeSpec, ctx: TypeContext | None = None) -> object:
    """The value of a freshly declared variable of type `t`."""
    if t.nullable:  # `n is int?`: Null until given a value (INFERRED, ?1511031)
        return None
    k = t.kind
    if k == K_INT:
        return 0
    if k == K_STRING:
        return "\0" * t.dims[0] if t.dims and t.name not in FIXED_STRINGS else ""
    if k == K_REAL:
        return 0.0
    if k == K_BOOLEAN:
        return False
    if k in (K_CURRENCY, K_NUMERIC):
        return Decimal(0)
    if k == K_DATE:
        return ctx.today() if ctx else today_text()
    if k == K_TIME:
        return "00000000"
    if k == K_DATETIME:
        return (ctx.today() if ctx else today_text()) + "000000000"
    if k == K_DURATION:
        from .durations import WLDuration
        return WLDuration(0)
    if k == K_ARRAY:
        n = 1
        for d in t.dims:
            n *= d
        check_array(n)  # --max-array
        elem = t.elem or VARIANT
        arr = WLArray(elem, [default_value(elem, ctx) for _ in range(n if t.dims else 0)],
                      t.dims, ctx)
        if t.name == FIXED_ARRAY:  # its dimensions cannot be modified (?1514025)
            arr.fixed = True
        elif t.name:  # "growth=1" or "growth=n": the declaration's <growth> attribute
            arr.growth = t.name[7:]
        return arr
    if k == K_ASSOC:
        return WLAssoc(t.elem or VARIANT, None, ctx, t.name)
    if k == K_STRUCT:
        return None if t.dynamic else new_instance(t, ctx)  # dynamic: Null until `new`
    if k == K_OBJECT:
        factory = ctx.objects.get(t.name) if ctx else None
        if factory is None:
            raise WLRuntimeError(f"Unknown type '{t.name}'.")
        value = factory()  # type: ignore[operator]
        if t.elem is not None:  # `Stack of int`: the element type (stdlib/stacks_queues.py)
            value.set_elem(t.elem, ctx)
        return value
    values = getattr(ctx.enum_types.get(t.name), "values", None) \
        if t.name and ctx is not None else None
    if values:
        return values[0]  # an enumeration: its first value
    return None  # variant: Null ("not assigned", help ?1514019); a dynamic object: Null


def filled_element(t: TypeSpec, ctx: TypeContext | None) -> object:
    """A new element of type `t` that a built-in fills from data (Deserialize,
    CSVToArray, FileToArray): a dynamic object element (`array of C dynamic`) gets an
    object of its own, where a declared element would be Null."""
    if t.kind == K_STRUCT and t.dynamic:
        return new_instance(TypeSpec(K_STRUCT, name=t.name), ctx)
    return default_value(t, ctx)


def _no_reference(value: object, t: TypeSpec, ctx: TypeContext | None) -> str:
    """Why a value that is no object cannot go into a dynamic object variable: it holds
    a reference, and a variant or JSON value has no object to refer to (our decision,
    docs/semantics.md)."""
    shown = ctx.structs[t.name].name if ctx and t.name in ctx.structs else t.name
    return (f"A value of type {V.type_name(value)} cannot be stored in a dynamic {shown}: "
            f"it refers to an object (assign one, or allocate one with new).")


def too_many_values(count: int, name: str, members: int, is_class: bool = False) -> str:
    """The one message for an array literal with more values than a structure (or a
    class) has members, wherever it is given: a variable's initial value, an
    assignment, ArrayAdd (REV, 5 Dec 2026: the two places said it in two ways)."""
    kind = "class" if is_class else "structure"
    return f"{count} values cannot fill the {kind} {name}: it has {members} member(s)"


def _struct_from_values(value: object, t: TypeSpec, ctx: TypeContext | None) -> object:
    """A structure filled from an array literal, its members in declaration order
    (`ArrayAdd(t, ["Smith", 40])`, the Array page's "adding the content of a structure
    without a variable of the structure", ?1514030; *decided*: fewer values leave the
    last members at their defaults, more values than members is an error)."""
    values: list = value.items if isinstance(value, WLArray) else \
        value if isinstance(value, list) else []
    out = default_value(t, ctx)
    if not isinstance(out, WLStruct) or out.sdef.is_class:
        raise WLRuntimeError(f"A value of type array cannot be stored in the class "
                             f"{getattr(getattr(out, 'sdef', None), 'name', t.name)}.")
    members = out.sdef.members
    if len(values) > len(members):
        raise WLRuntimeError(too_many_values(len(values), out.sdef.name, len(members)) + ".")
    for (key, _, spec), item in zip(members, values):
        out.values[key] = coerce(item, spec, ctx)
    return out


def coerce(value: object, t: TypeSpec, ctx: TypeContext | None = None) -> object:
    """Convert `value` for storage in a variable (or member, or element) of type `t`."""
    if value is None and t.nullable:  # `n is int? = Null` holds Null (?1511031)
        return None
    k = t.kind
    if k == K_VARIANT:  # (`object dynamic`, an interface: refers to the object itself)
        if not t.dynamic:  # an object stays itself: a variant refers to it (co_any)
            return value if isinstance(value, WLStruct) and value.sdef.is_class \
                else copy_value(value)
        return interface_ref(value, t) if t.name else value
    if k == K_INT:
        if type(value) is int and t.bits == 32 and not t.unsigned \
                and -0x80000000 <= value <= 0x7FFFFFFF:
            return value
        return int_stored(value, t.bits, t.unsigned)
    if k == K_TIME and type(value) is str:
        from .datetimes import normalize_time
        return normalize_time(value)
    if k in (K_TIME, K_DATETIME) and type(value) in (int, float, Decimal, bool, V.NumericHeld):
        return _dated_number(value, k)  # type: ignore[arg-type]
    if k == K_DATETIME and type(value) is str:
        from .datetimes import normalize_datetime
        return normalize_datetime(value)
    if k in (K_TIME, K_DATETIME) and isinstance(value, str):  # a marked Time, an argument
        from .dated_values import dated_into
        return dated_into(value, k, ctx)
    if k == K_STRING and t.name == "unicode":
        return V.to_unicode(value)
    if k == K_STRING and t.dims:
        if t.name in FIXED_STRINGS:  # `string on 10`, `ASCIIZ string on 10`
            return fixed_string(value, t.dims[0], t.name)
        return fixed_buffer(value, t.dims[0])
    if k == K_DATE:  # "2024-01-15" too (iso_text.py)
        return co_date(value)
    if k == K_STRING and t.name == "buffer" and isinstance(value, WLArray):
        return buffer_of_bytes(value)  # `b is Buffer = [0x41, 0x42]` (?1514042)
    if k == K_TIME and getattr(value, "wl_type_name", "") == "duration":
        from .datetimes import time_of_duration
        return time_of_duration(value)
    if k == K_DATETIME and getattr(value, "wl_type_name", "") == "duration":
        raise WLRuntimeError(duration_no_moment(value, "DateTime"))  # (a Date: co_date)
    if k in (K_STRING, K_TIME, K_DATETIME):
        return value if type(value) is str else V.to_str(value)
    if k == K_REAL:
        return V.to_real(value) if not t.name else co_real4(value)
    if k == K_BOOLEAN:
        if type(value) is str:
            return value.strip() not in ("", "0")
        return V.to_bool(value)
    if k == K_CURRENCY:
        return co_currency(value)
    if k == K_NUMERIC:
        return co_numeric(value, t.name)
    if k == K_DURATION:
        from .datetimes import to_duration
        return to_duration(value)
    return _coerce_composite(value, t, ctx)


def _dated_number(value: int | float | Decimal | bool, k: str) -> str:
    """A number stored into a Time (`t = 0`, `t = TimeToInteger(x)`): hundredths of a second
    since midnight; into a DateTime: its digits, read as the same digits in a text are
    (20250108 is that day at midnight, normalize_datetime), where they were kept as they
    were ("20250108", which an HFSQL DateTime item and a seek, holding the normal form,
    never matched). A Boolean is its number, 1 or 0, as in arithmetic: True was the text
    "1" in a Time ("10000000", 01:00, in a Time item). INFERRED: docs/hfsql.md "Record
    buffer" (one conversion for variables and items, hfsql/itemtypes.py _dated)."""
    from .datetimes import datetime_of_number, time_of_hundredths
    if k == K_TIME:
        return time_of_hundredths(int(value) if type(value) is bool else value)
    return datetime_of_number(value)


def _coerce_composite(value: object, t: TypeSpec, ctx: TypeContext | None) -> object:
    """`coerce` for the kinds that hold values by reference in Python: an array, an
    associative array or a structure is copied (a structure of the class or a derived
    one), an object type may make its value from the one given; a procedure is stored
    as it is. (`coerce` keeps the simple kinds, the common stores, to itself.)"""
    k = t.kind
    if k == K_ARRAY:
        if isinstance(value, WLArray):
            copied = value.copy() if t.elem is None or value.elem == t.elem \
                else value.converted(t.elem)
            copied.fixed = t.name == FIXED_ARRAY  # the place's kind, not the value's
            return copied
        if type(value) is list and not t.dims:  # `[[1, 2], [3]]` into an array of arrays
            elem = t.elem or VARIANT
            return WLArray(elem, [coerce(v, elem, ctx) for v in value], (), ctx)
        if type(value) is list:  # `st = [1, 2, [4, 5]]` into a member `array of 8 int`:
            made = default_value(t, ctx)  # as its declaration `= [4, 5]` fills it
            assert isinstance(made, WLArray)
            return init_array(made, value)
        raise WLRuntimeError(f"A value of type {V.type_name(value)} cannot be stored in an array.")
    if k == K_ASSOC:
        if isinstance(value, WLAssoc):
            return value.copy()
        raise WLRuntimeError(f"A value of type {V.type_name(value)} cannot be stored in an "
                             f"associative array.")
    if k == K_STRUCT and t.dynamic:  # a reference: the object itself, or Null
        if value is None or (isinstance(value, WLStruct) and t.name in value.sdef.lineage()):
            return value
        if not isinstance(value, WLStruct):  # named members are no object to refer to
            raise WLRuntimeError(_no_reference(value, t, ctx))
    if k == K_STRUCT:
        if isinstance(value, WLStruct) and t.name in value.sdef.lineage():
            return value.copy()  # a derived class fits a variable of its parent class
        if value is None and ctx is not None and t.name in ctx.structs \
                and ctx.structs[t.name].is_class:  # an object designating none, as `o is
            return None  # CClass = NULL` declares it (?6010002; docs/semantics.md)
        if isinstance(value, WLAssoc) and hasattr(value, "wl_into_struct"):  # JSON, variant
            return value.wl_into_struct(t, ctx)  # (members.py: named members)
        if type(value) is list or isinstance(value, WLArray) and len(value.dims) <= 1:
            return _struct_from_values(value, t, ctx)  # ArrayAdd(t, ["Smith", 40])
        if isinstance(value, WLStruct):  # another structure's members (instances.py)
            return struct_of_other(value, t, ctx)
        sdef = ctx.structs.get(t.name) if ctx else None
        kind = "class" if sdef is not None and sdef.is_class else "structure"
        raise WLRuntimeError(f"A value of type {V.type_name(value)} cannot be stored "
                             f"in the {kind} {sdef.name if sdef else t.name}.")
    if k == K_OBJECT:
        snapshot = getattr(value, "wl_record", None)  # `r = Customer`: a copy of the buffer
        if snapshot is not None:
            return snapshot()
        make = object_converter(t, ctx)  # a type built from a value
        if make is not None:  # (`q is SQL Query = [SELECT ...]`)
            return make(value)
        copy = getattr(value, "copy", None)  # `r2 = r1`: an httpRequest, a geoPosition,
        if copy is not None:  # a stack... is copied, as a structure is; a type whose copy
            return copy()  # is itself (a Thread, an open file) designates the same one
    return value


def object_converter(t: TypeSpec, ctx: TypeContext | None) -> Any:
    """The built-in type `t` names' `wl_from_value` (engine.py `converter`: how a value
    given to a variable of that type becomes one), or None."""
    converter = getattr(ctx.objects, "converter", None) if ctx else None
    return converter(t.name) if converter is not None and t.name else None


def buffer_of_bytes(values: WLArray) -> str:
    """The Buffer an array of byte values initializes (?1514042, "Declaring and
    initializing a Buffer variable": `<name> is Buffer = [<Hex value 1>, ...]`): each
    value a byte, taken modulo 256 (INFERRED)."""
    return "".join(chr(V.to_int(x) % 256) for x in values.items)
