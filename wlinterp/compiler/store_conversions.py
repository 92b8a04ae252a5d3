"""Stores converted: the code turning a value into what its target's declared type holds
(an int wraps at 32 bits, inline; a string converts; a Date, Time or DateTime keeps its kind
where it must travel with it; a currency, a Variant, an array shared...).

What every store of a value into a variable ends with (StoreMixin.assign_var, and the
statement compilers that write a variable directly: loops.py, bodies.py); the place the
value goes into is stores.py's and part_stores.py's.
"""
from __future__ import annotations

from typing import Any

from ..runtime.kinds import KindNames as Kind, SType, STypeNames as S
from ..runtime.iso_text import co_date
from ..syntax.currency_literal import INT8_MAX, INT8_MIN
from .base import CompilerBase
from .ranges import UNKNOWN, Bounds, range_check
from ..semantics.symbols import Var

_INT32 = "(({t}) if type({t} := {c}) is int and -2147483648 <= {t} <= 2147483647 else co_int32({t}))"

MARKED_KINDS = {S.DATE: "date", S.TIME: "time", S.DATETIME: "datetime"}
"""The static types whose values a Variant keeps marked with their kind
(runtime/dated_values.py)."""

_REAL = "({t} if ({t} := float({c})) - {t} == 0.0 else real_overflow({t}))"


def _literal_text(code: str) -> str | None:
    """The text a compiled string literal stands for (`'2024-01-15'`: a `repr` without
    escapes), else None (then converted when it runs)."""
    if len(code) < 2 or code[0] not in ("'", '"') or code[-1] != code[0] \
            or "\\" in code or code[0] in code[1:-1]:
        return None
    return code[1:-1]


_NUMBER_KINDS = frozenset((Kind.INT, Kind.REAL, Kind.CURRENCY, Kind.NUMERIC))


def wide_integer_literal(code: str) -> str:
    """An integer literal past 8 bytes stored into a numeric, marked a LongLiteral: the
    compiler makes it a real, 15 significant digits ("Numeric (Variable type)" ?1514072:
    `num1 = 1234567890123456789123456789 // num1 does not contain the correct value`;
    runtime/stored_numbers.py real_as_numeric); any other code as it is."""
    digits = code[1:] if code[:1] == "-" else code
    if len(digits) < 19 or not digits.isdigit() or INT8_MIN <= int(code) <= INT8_MAX:
        return code
    return f"LongLiteral('{code}')"


def time_counter(kind: str) -> str:
    """The helper giving a Time's hundredths to a number of `kind`: an integer's drop
    the Time's thousandth (time_number), a real's, currency's or numeric's keep it as
    their tenth (time_count: `r is real = t + 2.5` is 4500002.5 at 12:30)."""
    return "time_number" if kind == Kind.INT else "time_count"


def dated_store(spec: Any, code: str, t: SType) -> str | None:
    """Code storing a Date, Time or DateTime value (static type `t`) where its kind must
    travel with it (runtime/dated_values.py): a Time into a DateTime is that time today
    (`dt = t`), a Date into a Time midnight, into a number its hundredths since
    midnight (`i = t`, time_counter), any
    of them into a Variant keeps its kind (TypeVar); None elsewhere."""
    if spec.kind == Kind.DATETIME and t == S.TIME:
        return f"time_as_datetime({code}, _ctx)"
    if spec.kind == Kind.TIME and t == S.DATE:  # midnight (h = dDate)
        return f"date_as_time({code})"
    if t in _COUNTED and small_int(spec):
        return counted_store(code, t)
    if t == S.TIME and spec.kind in _NUMBER_KINDS:
        return f"{time_counter(spec.kind)}({code})"
    if t == S.DATE and spec.kind in _NUMBER_KINDS:  # one that names no day stops
        return f"date_number({code})"  # (`o.nDay = d`, `t[1] = d`: as `n = d`)
    if t == S.DATETIME and spec.kind == Kind.INT:  # its digits, marked: an integer too
        return f"dated_variant({code}, 'datetime')"  # small stops in words (int_stored)
    if spec.kind == Kind.VARIANT and not spec.dynamic:
        return f"dated_variant({code}, {MARKED_KINDS[t]!r})"
    return None

_COUNTED = (S.DATE, S.TIME)


def small_int(spec: Any) -> bool:
    """An integer other than the plain `int` (a 1-, 2- or 8-byte one, an unsigned one),
    stored through int_stored, where a Date's or a Time's number may not fit."""
    return spec.kind == Kind.INT and (spec.bits != 32 or spec.unsigned) and not spec.dims


def counted_store(code: str, t: SType) -> str:
    """A Date's or a Time's value (static type `t`) stored into a small_int, marked with
    its kind (a Time counts its hundredths, TimeText.wl_num), so that one too large
    for it stops in words naming it (runtime/stored_numbers.dated_overflow): it wrapped
    (`n is 2-byte int = d` was 583). A Date that names no day stops first (date_number)."""
    if t == S.DATE:
        return f"dated_variant(date_number({code}), 'date')"
    return f"dated_variant({code}, 'time')"


class ConvertMixin(CompilerBase):
    """The conversion of a value for its target's declared type (mixed into the
    statement compiler through StoreMixin)."""

    def store_code(self, var: Var, code: str, t: SType, bounds: Bounds = UNKNOWN) -> str:
        """Code converting `code` (static type `t`, integer `bounds` when known) for
        storage into `var`."""
        spec, st = var.spec, var.stype
        if spec.nullable:  # `n is int?`: Null, or a value converted (types.coerce)
            return f"coerce({code}, {self.prog.spec_ref(spec)}, _ctx)"
        if t in _COUNTED and small_int(spec):  # marked (counted_store)
            code, t = counted_store(code, t), S.ANY
        elif t == S.TIME and spec.kind in _NUMBER_KINDS:  # hundredths (dated_store)
            code, t = f"{time_counter(spec.kind)}({code})", S.INT if spec.kind == Kind.INT \
                else S.ANY
        elif t == S.DATE and spec.kind in _NUMBER_KINDS:  # one that names no day stops
            code = f"date_number({code})"
        elif t == S.DATETIME and spec.kind == Kind.INT:  # (dated_store)
            code = f"dated_variant({code}, 'datetime')"
        if st == S.INT:
            if spec.bits == 32 and not spec.unsigned:
                if t == S.INT and code.lstrip("-").isdigit():
                    bounds = (int(code), int(code))
                if t == S.INT:  # already an int: only the 32-bit range is left to check
                    return range_check(self.temp(), code, bounds)
                return _INT32.format(t=self.temp(), c=code)
            return f"coerce({code}, {self.prog.spec_ref(spec)}, _ctx)"
        if st == S.STR and (spec.name == "unicode" or spec.dims):
            return f"to_unicode({code})" if not spec.dims else \
                f"coerce({code}, {self.prog.spec_ref(spec)}, _ctx)"  # Buffer on N
        if st == S.STR and spec.name == "buffer" and t == S.LIST:  # b is Buffer = [0x41]
            return f"buffer_of_bytes(literal_to_value({code}, _ctx))"  # ?1514042
        if st == S.DATE and t != S.DATE:  # "2024-01-15" held as "20240115" (iso_text.py)
            if t == S.STR and (text := _literal_text(code)) is not None:
                return repr(co_date(text))  # converted once, here
            return f"co_date({code})" if t != S.LIST else \
                f"to_str(literal_to_value({code}, _ctx))"
        if st == S.STR and t == S.ANY and not spec.name:  # a Variant's Buffer: ANSI text
            return f"text_stored({code})"  # (runtime/ansi_text.py)
        if st in (S.STR, S.DATE):
            return code if t in (S.STR, S.DATE) else f"to_str({code})" if t != S.LIST else \
                f"to_str(literal_to_value({code}, _ctx))"
        if st == S.REAL and spec.name:  # `real on 4 bytes`: single precision
            return f"co_real4({code})"
        if st == S.REAL:
            if t in (S.INT, S.REAL):  # inline: beyond the range (inf, nan), the error
                return _REAL.format(t=self.temp(), c=code)
            return f"to_real({code})"
        if st == S.BOOL:
            return code if t == S.BOOL else f"co_bool({code})"
        if t in MARKED_KINDS and (dated := dated_store(spec, code, t)) is not None:
            return dated
        if spec.kind == Kind.CURRENCY:  # the common money case, without coerce's dispatch
            return f"co_currency({code})"
        if st == S.ANY and spec.kind != Kind.DURATION and not self.built_from_value(spec):
            if spec.kind == Kind.VARIANT and spec.dynamic and spec.name:  # an interface's:
                # an object of a class implementing it, or Null (types.py)
                return f"interface_ref({code}, {self.prog.spec_ref(spec)})"
            if t in (S.INT, S.REAL, S.STR, S.BOOL, S.DEC):
                return code
            if t == S.LIST:
                return f"literal_to_value({code}, _ctx)"
            if spec.kind == Kind.VARIANT and spec.dynamic:  # `o is object dynamic`
                return code  # designates the object assigned to it
            return f"co_any({code})"
        if spec.kind == Kind.ARRAY and t == S.ARRAY:  # `t2 = t1`, `t2 is array of int =
            # t1`: t2 designates t1's array (Assignment operators ?1515003)
            return f"array_reference({code}, {self.prog.spec_ref(spec)}, _ctx)"
        if spec.kind == Kind.NUMERIC and t == S.INT:
            code = wide_integer_literal(code)
        return f"assign_value({code}, {self.prog.spec_ref(spec)}, _ctx)"

    def built_from_value(self, spec: Any) -> bool:
        """A built-in object type that a value assigned converts into (`wl_from_value`:
        `q is SQL Query = [SELECT ...]`)."""
        if spec.kind != Kind.OBJECT:
            return False
        entry = self.prog.registry.types.get(spec.name)
        return entry is not None and hasattr(entry.value, "wl_from_value")

    def made_by(self, key: str, spec: Any) -> bool:
        """Does the built-in `key` make a new value of the built-in type `spec` names (its
        result is declared the class that type's maker returns: XMLOpen, JSONToXML for an
        xmlDocument)? Such a value, stored straight from the call, needs no conversion and
        no copy. A result declared a plain type (a text, for a UUID) never counts: the
        conversion checks what it holds."""
        if not self.built_from_value(spec):
            return False
        b = self.prog.registry.functions.get(key)
        maker = self.prog.registry.types[spec.name].value
        made = getattr(maker, "__annotations__", {}).get("return")
        return b is not None and made not in _PLAIN_RESULTS \
            and getattr(b.func, "__annotations__", {}).get("return") == made


_PLAIN_RESULTS = (None, "str", "int", "float", "bool", "object", "Any")
