"""The record buffer's fast converters, one per item (context.py builds them once per
file; rowcode.py writes some inline in the generated row code): `coercer` for a value
assigned to `File.Item`, `writer` for a buffer value stored, `reader` for a stored value
read back, `native_type` for the stores that skip the coercer. Each gives the answer of
itemtypes.py's general conversions (coerce_item, to_db, from_db), faster on the common
values. Split from itemtypes.py (the types and those conversions) by job.
"""
from __future__ import annotations

__all__ = ["coercer", "native_type", "reader", "whole_slot", "writer"]

from decimal import Decimal
from typing import Any

from ..errors import ErrCode, WLRuntimeError
from ..runtime.stored_numbers import dated_overflow
from .itemtypes import ItemType, coerce_item, from_db, to_db

_EXACT = Decimal.from_float  # an int or a whole float: the same Decimal as Decimal(v),
# without the constructor's argument parsing (half its cost; `FOR EACH` and `HAdd` hot paths)


def writer(kind: str, size: int, dialect: str, whole: list[Any] | None = None) -> Any:
    """A fast converter for buffer values (already of the item's type, see coerce_item)
    to stored values; None when they are stored as they are. `whole`: the item's
    `whole_slot` (its coercer's too), read by an SQLite currency's."""
    if kind in ("int", "autoid", "real", "date", "time", "datetime", "memo", "uuid", "any"):
        return None if kind != "any" else (lambda v: to_db("any", 0, v, dialect))
    if kind == "text" and size > 0:
        return _inlined(lambda v: v[:size] if v is not None and len(v) > size else v,
                        f"({{t}} if ({{t}} := {{x}}) is None or len({{t}}) <= {size} "
                        f"else {{t}}[:{size}])", {})
    if kind == "text":
        return None
    if kind == "currency" and dialect == "sqlite":
        slot = whole if whole is not None else whole_slot()
        name = f"_whole{id(slot):x}"
        return _inlined(_real_of_currency(slot),
                        f"(None if ({{t}} := {{x}}) is None else {name}[1] if {{t}} is {name}[0] "
                        "else ({t} if ({t} := _float({t})).is_integer() else _round({t}, 6)))",
                        {"_float": float, "_round": round, name: slot})
    return lambda v: to_db(kind, size, v, dialect)


def _real_of_currency(slot: list[Any]) -> Any:
    """A currency buffer value as SQLite stores it: a REAL rounded to 6 decimals (a whole
    number is already: `round` is the dearest step of an HAdd, skipped then); the integer
    it was made from when it is the one in `slot` (`whole_slot`)."""
    def store(v: Any) -> Any:
        if v is None:
            return None
        if v is slot[0]:
            return slot[1]
        f = float(v)
        return f if f.is_integer() else round(f, 6)
    return store


_WHOLE = 1 << 53  # integers a float holds exactly: stored as the float was (NUMERIC: an integer)


def whole_slot() -> list[Any]:
    """One currency item's memory of the last Decimal its coercer made from an integer,
    and that integer: `[decimal, int]`.

    Why: `File.Amount = i` then `HAdd` (the loop that fills a file) made a Decimal of the
    integer, and the SQLite writer turned it back with `float()`, which the C Decimal does
    through text: the dearest conversion of an HAdd. The writer gives the integer instead
    when the buffer still holds that very Decimal (`is`: the slot keeps it alive, so no
    other value can be it). Within +-2**53 the integer is what `float()` gave, and SQLite
    stores a whole REAL in the NUMERIC column as that integer anyway: the same row."""
    return [None, 0]


def _inlined(func: Any, expression: str, names: dict[str, Any]) -> Any:
    """`func` with its expression for rowcode.py to write inline in the generated row
    converters: `{x}` the value's expression, `{t}` a temporary name of its own."""
    func.inline = (expression, names)
    return func


_DATED = ("date", "time", "datetime")  # texts converted as they are assigned


_NATIVE = {"text": str, "memo": str, "uuid": str, "date": str, "time": str, "datetime": str,
           "int": int, "autoid": int, "real": float, "currency": Decimal}


def coercer(kind: str, whole: list[Any] | None = None,
            span: tuple[int, int] | None = None, null: Any = None, size: int = 0) -> Any:
    """A fast `coerce_item` for one kind: values already of the right type pass as they
    are. `whole`: a currency item's `whole_slot`, given the Decimals made from integers.
    `span`: an integer item's range (ItemType.span). `null`: what Null becomes (None
    keeps it; an item that does not accept NULL gives its default value: FileContext).
    `size`: a text item's size, which a longer text is cut to as it is assigned (as a
    `string on N` variable cuts it: docs/hfsql.md "Record buffer", INFERRED)."""
    if span is not None:
        return _int_coercer(*span, null)
    if kind == "text" and size > 0:
        return lambda v: v if type(v) is str and len(v) <= size else null if v is None \
            else coerce_item(kind, v)[:size]
    native = _NATIVE.get(kind)
    if kind == "currency" and whole is not None:
        return _currency_coercer(whole, null)
    if kind == "currency":  # `File.Amount = i`: an integer is the common case
        return lambda v: v if type(v) is Decimal else null if v is None else (
            _EXACT(v) if type(v) is int and -_WHOLE <= v <= _WHOLE else coerce_item(kind, v))
    if native is None or kind in _DATED:  # (a date's text: co_date, as a Date's)
        return lambda v: null if v is None else coerce_item(kind, v)
    return lambda v: v if type(v) is native else null if v is None else coerce_item(kind, v)


def _int_coercer(low: int, high: int, null: Any) -> Any:
    """`File.Item = v` into an integer item of the range low..high: an integer within it
    as it is; else converted as for the item's kind and narrowed to the range the way a
    store into a sized int variable of that size narrows (two's complement for signed,
    modulo for unsigned: docs/semantics.md "Sized integers"), so that the value kept, read
    back and written is one the item holds, on SQLite as on PostgreSQL (INFERRED:
    ?2011026 gives the ranges, not what a store beyond them does). Null: `null`. A
    DateTime or a Date (marked by the compiled store) beyond the range is the "Numeric
    overflow" a variable of that size stops with (its digits have no bits to wrap:
    docs/semantics.md "A DateTime stored into an integer"; a 2-byte item wrapped it to
    -21056, 2025-01-01 into an unsigned 1-byte one to 245)."""
    size = high - low + 1

    def coerce(v: Any) -> Any:
        if type(v) is int and low <= v <= high:
            return v
        if v is None:
            return null
        n = coerce_item("int", v)
        if low <= n <= high:
            return n
        kind = getattr(v, "wl_type_name", None)
        if kind == "datetime" or kind == "date":  # (a Date's 8 digits: beyond 2 bytes)
            raise WLRuntimeError(dated_overflow(n, size.bit_length() - 1, low == 0, kind),
                                 ErrCode.NUMERIC)
        return (n - low) % size + low
    return coerce


def native_type(item_type: ItemType, size: int = 0) -> type | None:
    """The Python type of the values an item's coercer keeps as they are, for the stores
    that skip its call (hooks.data_item_set, compiled `File.Item = v`); None: every value
    goes through the coercer (integer items: their range is checked there; text items of
    a size: their length; dated items: their text's form)."""
    if item_type.width or (item_type.kind == "text" and size > 0) or item_type.kind in _DATED:
        return None
    return _NATIVE.get(item_type.kind)


def _currency_coercer(slot: list[Any], null: Any) -> Any:
    """`coercer("currency")` keeping the Decimal made from an integer, with the integer,
    in `slot` (`whole_slot`). Null: `null`."""
    def coerce(v: Any) -> Any:
        if type(v) is Decimal:
            return v
        if v is None:
            return null
        if type(v) is int and -_WHOLE <= v <= _WHOLE:
            d = slot[0] = _EXACT(v)
            slot[1] = v
            return d
        return coerce_item("currency", v)
    return coerce


def _currency(value: Any) -> Decimal:
    """A stored currency as the Decimal it stands for. SQLite (a NUMERIC column) gives a
    whole amount, the common case, as an integer; another as a float, whose shortest repr
    is the amount (and a REAL column of an older table a whole float). Numbers are shown
    without trailing zeros (format_number): Decimal('2.50') and Decimal('2.5') alike. A
    currency has 6 decimals: a float that SQL written by hand computed (`SET Balance =
    Balance * 1.1`: 110.00000000000001) is rounded to them, as a currency stores it."""
    if type(value) is int:
        return _EXACT(value)
    if type(value) is float:
        return _EXACT(value) if value.is_integer() else Decimal(repr(round(value, 6)))
    return Decimal(value)


# rowcode.py writes this converter inline in the generated row loader (one call less per
# currency item read): the expression of `{x}`, and the names it needs.
_inlined(_currency, "(_Dx({t}) if type({t} := {x}) is int else (_Dx({t}) if {t}.is_integer() "
                    "else _D(repr(_r({t}, 6)))) if type({t}) is float else _D({t}))",
         {"_D": Decimal, "_Dx": _EXACT, "_r": round})


def reader(kind: str) -> Any:
    """A fast `from_db` for one kind (called with non-NULL values only)."""
    if kind == "currency":
        return _currency
    if kind == "bool":
        return bool
    return lambda v: from_db(kind, v)
