"""Item types: the `.xdd` TYPE codes, their SQL column types per backend, and the
conversions between WLanguage values and stored values.

Storage (docs/hfsql.md, "Types"): dates, times and date-times keep WLanguage's canonical
strings (YYYYMMDD, HHMMSSCC, YYYYMMDDHHMMSSmmm) in both backends, so they sort right and
hold HFSQL's empty date; currency is a REAL rounded to 6 decimals in SQLite (so SQL sums
and comparisons work; 15 significant digits) and `numeric(24,6)` in PostgreSQL; booleans are 0/1 in SQLite and `boolean` in PostgreSQL.
The record buffer's fast converters, built on these conversions: buffer_converters.py.
"""
from __future__ import annotations

__all__ = ["ItemType", "ITEM_TYPES", "hit_of", "to_db", "from_db", "default_of", "coerce_item", "TEXT_KINDS",
           "NUMBER_KINDS"]

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ..runtime import values as V
from ..runtime.ansi_text import held_bytes
from ..runtime.assignment import co_bool
from ..runtime.dated_values import DATED_TEXTS
from ..runtime.iso_text import co_date
from ..runtime.stored_numbers import co_currency
from ..runtime.kinds import K_DATETIME, K_TIME
from ..runtime.types import TypeSpec, coerce

TEXT_KINDS = frozenset({"text", "memo", "uuid"})
# the kinds of items holding numbers (a value compared with one is read as a number)
NUMBER_KINDS = frozenset({"int", "autoid", "real", "currency", "decimal"})


@dataclass(frozen=True)
class ItemType:
    """One HFSQL item type: its `.xdd` code, a kind driving conversions, a label, and
    `hit`, the type's code as WLanguage gives it (HFConstant.h's eHITEMTYPE: the hItem...
    constants, `..Type`, HListItem and HInfoItem; docs/hfsql.md "Item type codes")."""

    code: int
    kind: str  # text memo binmemo uuid int real currency decimal date time datetime bool autoid
    label: str
    bits: int = 0  # integers: the PostgreSQL column's size (8/16/32/64)
    width: int = 0  # integer items: their own size in bits, and whether unsigned: stores
    unsigned: bool = False  # narrow to that range as into a sized int variable (span())
    hit: int = 0  # 0: HIT_EMPTY, "no type or unknown type"

    def span(self) -> tuple[int, int] | None:
        """The values an integer item holds (data model editor page ?2011026), None for
        other kinds."""
        if not self.width:
            return None
        if self.unsigned:
            return 0, (1 << self.width) - 1
        half = 1 << (self.width - 1)
        return -half, half - 1

    def sql(self, dialect: str, size: int) -> str:
        """The column type in `dialect` ('sqlite' or 'postgresql')."""
        if dialect == "sqlite":
            return {"text": "TEXT", "memo": "TEXT", "uuid": "TEXT", "binmemo": "BLOB",
                    "int": "INTEGER", "autoid": "INTEGER", "bool": "INTEGER", "real": "REAL",
                    "currency": "NUMERIC", "decimal": "TEXT", "date": "TEXT", "time": "TEXT",
                    "datetime": "TEXT"}[self.kind]
        if self.kind == "text":
            return f"varchar({size})" if size > 0 else "text"
        if self.kind in ("int", "autoid"):
            return {8: "smallint", 16: "smallint", 32: "integer"}.get(self.bits, "bigint")
        return {"memo": "text", "uuid": "text", "binmemo": "bytea", "bool": "boolean",
                "real": "double precision" if self.bits != 32 else "real",
                "currency": "numeric(24,6)", "decimal": "numeric", "date": "varchar",
                "time": "varchar", "datetime": "varchar"}[self.kind]


def _t(code: int, hit: int, kind: str, label: str, bits: int = 0) -> tuple[int, ItemType]:
    return code, ItemType(code, kind, label, bits, hit=hit)


def _int(code: int, hit: int, label: str, bits: int, width: int, unsigned: bool = False
         ) -> tuple[int, ItemType]:
    return code, ItemType(code, "int", label, bits, width, unsigned, hit)


# The eHITEMTYPE values of PC SOFT's HFConstant.h ("valeurs compatibles 5.5", VERIFIED in
# the header) that the hItem... constants carry (stdlib/hfsql_described_files.py)
HIT_AUTOID, HIT_TEXT, HIT_INT4, HIT_REAL8, HIT_TIME, HIT_DATE = 1, 2, 5, 7, 11, 14
HIT_MEMO_TEXT, HIT_BINARY_MEMO, HIT_CURRENCY, HIT_INT8 = 15, 16, 17, 19
HIT_DATETIME, HIT_BOOLEAN, HIT_UNICODE = 24, 27, 29

# .xdd code -> (HFConstant.h code, kind...): the header's code equals the .xdd's for the
# types of 5.5 (2 to 17); the newer .xdd codes map to the header's names (34 date-time is
# HIT_DATETIME 24, 24 the 8-byte automatic identifier HIT_IDAUTO 1...). INFERRED: a binary
# memo is 16 (HIT_MEMOBINAIRE4, the .xdd's code, which real code tests; not 18); a UUID,
# newer than the header, keeps its .xdd code 46 (above the header's last value, 31).
ITEM_TYPES: dict[int, ItemType] = dict([
    _t(2, HIT_TEXT, "text", "Text"), _int(3, 3, "Integer 2", 16, 16),
    _int(4, 4, "Integer 1", 8, 8), _int(5, HIT_INT4, "Integer 4", 32, 32),
    _t(6, 6, "real", "Real 4", 32), _t(7, HIT_REAL8, "real", "Real 8", 64),
    _int(9, 9, "Unsigned integer 2", 32, 16, True), _t(11, HIT_TIME, "time", "Time"),
    _t(14, HIT_DATE, "date", "Date"), _t(16, HIT_BINARY_MEMO, "binmemo", "Binary memo"),
    _t(17, HIT_CURRENCY, "currency", "Currency"),
    _t(24, HIT_AUTOID, "autoid", "Automatic identifier 8", 64),
    _int(25, HIT_INT8, "Integer 8", 64, 64), _int(26, 22, "Unsigned integer 4", 64, 32, True),
    _t(29, HIT_MEMO_TEXT, "memo", "Text memo"), _t(34, HIT_DATETIME, "datetime", "Date-time"),
    _int(36, 12, "Unsigned integer 1", 16, 8, True), _t(37, HIT_BOOLEAN, "bool", "Boolean"),
    _t(38, 28, "autoid", "Automatic identifier 4", 32),
    _t(39, HIT_UNICODE, "text", "Unicode text"), _t(40, 30, "memo", "Unicode text memo"),
    _t(41, 31, "decimal", "Decimal"), _t(46, 46, "uuid", "UUID"),
])


def hit_of(code: int) -> int:
    """The HFConstant.h code of an `.xdd` type code (0, unknown, for a code no item type
    has: a query's column the database gives no type)."""
    known = ITEM_TYPES.get(code)
    return known.hit if known is not None else 0


def to_db(kind: str, size: int, value: Any, dialect: str) -> Any:
    """A WLanguage value converted for storage in an item of `kind` (None stays NULL)."""
    if value is None:
        return None
    if kind == "any":  # a query column: stored as it is
        return float(value) if isinstance(value, Decimal) else value
    if kind == "date":  # "2025-01-15" compared or sought: the digits a date item holds
        return co_date(value)
    if kind in ("time", "datetime"):  # "10:30" compared or sought: a Time's digits
        return _dated(kind, value)
    if kind in ("text", "memo", "uuid"):
        s = value if type(value) is str else V.to_str(value)
        return s[:size] if kind == "text" and size > 0 else s
    if kind in ("int", "autoid"):
        return value if type(value) is int else V.to_int(value)
    if kind == "real":
        return float(value) if type(value) in (int, float) else V.to_real(value)
    if kind == "bool":
        b = co_bool(value)
        return int(b) if dialect == "sqlite" else b
    if kind == "currency":  # as a currency variable stores it (a real, a wide integer)
        d = co_currency(value)
        return float(d) if dialect == "sqlite" else d
    if kind == "decimal":
        return str(_decimal(value)) if dialect == "sqlite" else _decimal(value)
    if kind == "binmemo":
        if isinstance(value, bytes):
            return value
        text = V.to_str(value)  # a Buffer stored into a string: its bytes read as ANSI
        raw = held_bytes(text)  # ("€" was written "?")
        return text.encode("utf-8") if raw is None else raw
    raise ValueError(kind)


def _dated(kind: str, value: Any) -> str:
    """A value assigned to, compared with, sought in or written to a Time or DateTime
    item: converted by runtime/types.py coerce, the one conversion of a Time or DateTime
    variable (docs/hfsql.md "Record buffer", INFERRED): "10:30" and "1030" are 10300000,
    "2025-01-05T10:30" its digits, a number given to a Time hundredths of a second since
    midnight (1745 is 00001745), a Date, Time or DateTime as into such a variable
    (dated_values.py dated_into: a Time into a DateTime is that time today, a Date into
    a Time midnight), a text the variable does not read kept whole, a number given to a
    DateTime its digits read as the same text is (20250108 is that day at midnight,
    1745 the year 1745), a Boolean its number 1 or 0 (True into a Time is 00000001).
    This function had its own copy of those rules, which the variable did not share:
    an item and a variable given the same value differed.
    Searches on such an item are exact (reading.py seek: generic only on text), so a
    sought value is converted the same way."""
    return coerce(value, _DATED_SPECS[kind])  # type: ignore[return-value]


_DATED_SPECS = {"time": TypeSpec(K_TIME), "datetime": TypeSpec(K_DATETIME)}


def _decimal(value: Any) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if type(value) is int:
        return Decimal(value)
    if type(value) in DATED_TEXTS:  # a Time is its hundredths, as into a currency variable
        return V.to_decimal(value)  # (`Visit.Amount = Visit.At`: it was the digits HHMMSSCC)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Decimal(str(value))
    try:
        return Decimal(V.to_str(value).strip() or "0")
    except InvalidOperation:  # "0,10", "12 €": read as a currency variable reads them
        return V.to_decimal(value)  # (it was the real's binary digits, 0.1000000000000000055...)


def from_db(kind: str, value: Any) -> Any:
    """A stored value back as a WLanguage value."""
    if value is None:
        return None
    if kind == "currency":
        return Decimal(repr(round(value, 6))) if isinstance(value, float) else Decimal(value)
    if kind == "bool":
        return bool(value)
    if kind == "decimal":
        return Decimal(value).normalize()
    if kind == "real" and isinstance(value, Decimal):
        return float(value)
    if kind == "binmemo" and isinstance(value, (bytes, memoryview)):
        return bytes(value).decode("latin-1")
    return value


def default_of(kind: str, text: str, null_default: bool) -> Any:
    """The analysis default (`Valeur`, a text) as the WLanguage value HReset puts in the
    buffer."""
    if null_default:
        return None
    if kind in ("int", "autoid"):
        return V.to_int(text) if text.strip() else 0
    if kind == "real":
        return V.to_real(text) if text.strip() else 0.0
    if kind in ("currency", "decimal"):
        return _decimal(text or "0").normalize()
    if kind == "bool":
        return text.strip() not in ("", "0")
    if kind in ("date", "datetime", "time") and text.strip("0") == "":
        return ""
    return text


def coerce_item(kind: str, value: Any) -> Any:
    """A value assigned to `File.Item`, converted to the item's WLanguage type (Null kept:
    the database refuses it where the analysis does not allow NULL)."""
    if value is None or kind == "any":
        return value
    if kind == "date":  # `Orders.OrderDate = "2025-01-15"` (or a DateTime): as a Date
        # variable stores it, YYYYMMDD (runtime/iso_text.py); a text it does not read
        # ("05/01/2025") kept whole, as a Date variable keeps it (docs/hfsql.md "Record
        # buffer": it was cut to "05/01/20", the year lost)
        return co_date(value)
    if kind in ("time", "datetime"):
        return _dated(kind, value)
    if kind in ("text", "memo", "uuid", "binmemo"):
        return value if type(value) is str else V.to_str(value)
    if kind in ("int", "autoid"):
        return value if type(value) is int else V.to_int(value)
    if kind == "real":
        return value if type(value) is float else V.to_real(value)
    if kind == "bool":  # a text as a Boolean variable reads it ("" and "0" False):
        return co_bool(value)  # `Customer.VIP = "1"` stopped the run
    if kind == "currency":  # as a currency variable stores it: a real's 15 digits, its range
        return co_currency(value)  # (it kept the double's 17 digits, past the range)
    return _decimal(value)
