"""The item type of a query's column, as HListItem(query, hLstDetail) and HInfoItem give
it: the item type of the analysis (`.xdd` codes here, itemtypes.py; the functions give
its HFConstant.h code, `hit`), so that a program which looks for binary columns of a
result (type 16, as PC SOFT-style code does before encoding them in base64) finds them. Before, every query column reported type 0.

*Decided* (docs/hfsql.md, "HListItem's options"): a column named like an item of the
data files the query names has that item's type when those files agree on it (a
`SELECT * FROM Customer` reports Customer's types, dates included, which SQLite keeps as
text); otherwise the type the database gives the column: SQLite's declared type (by
SQLite's own affinity rules), PostgreSQL's type; 0 (HFSQL's "no type or unknown type")
for an expression whose type the database does not say. A binary column reads as a
binary memo does (a Buffer); other columns' values, and how they compare, are unchanged.
"""
from __future__ import annotations

__all__ = ["column_item", "column_type"]

from typing import Any, Sequence

from ..syntax.names import fold
from .analysis import FileDesc, ItemDesc
from .itemtypes import ItemType, hit_of

_TEXT, _INT8, _REAL8, _BINARY, _DECIMAL, _BOOL = 2, 25, 7, 16, 41, 37
# PostgreSQL type OIDs -> analysis type codes
_PG_CODES = {16: _BOOL, 17: _BINARY, 20: _INT8, 21: 3, 23: 5, 700: 6, 701: _REAL8,
             1700: _DECIMAL, 790: 17, 25: _TEXT, 1043: _TEXT, 1042: _TEXT, 19: _TEXT,
             1082: 14, 1083: 11, 1114: 34, 1184: 34, 2950: 46}
_cache: dict[tuple[int, bool, str], ItemType] = {}


def _sqlite_code(declared: str, is_text: bool) -> int:
    """SQLite's affinity rules (section 3.1 of its datatype page) on a declared type;
    an undeclared column (an expression) is text when its values are, else unknown."""
    if not declared:
        return _TEXT if is_text else 0
    if "INT" in declared:
        return _INT8
    if any(word in declared for word in ("CHAR", "CLOB", "TEXT")):
        return _TEXT
    if "BLOB" in declared:
        return _BINARY
    if any(word in declared for word in ("REAL", "FLOA", "DOUB")):
        return _REAL8
    return _DECIMAL


def _database_code(sql_type: Any, is_text: bool) -> int:
    """The code of the type the database gives: an OID (PostgreSQL) or a declared type
    (SQLite)."""
    if isinstance(sql_type, int):
        return _PG_CODES.get(sql_type, _TEXT if is_text else 0)
    return _sqlite_code(str(sql_type or "").upper(), is_text)


def _one(values: set[Any]) -> Any:
    """The value the query's data files agree on, else None."""
    return values.pop() if len(values) == 1 else None


def column_item(name: str, is_text: bool, sql_type: Any, files: Sequence[FileDesc],
                aggregated: dict[str, int] | None = None) -> ItemDesc:
    """A result column as an item, from the items of the query's data files named like
    it (looked for once): its name as the analysis spells it (`Name`: PostgreSQL gives
    "name", as every name wlinterp writes there, so HRecordToJSON, HListItem and
    HExportJSON of one query differed between the two databases), its type (column_type)
    and its size (`Query.Column..Size`: 40 for Customer.Name, a text of 40; *decided*:
    the database does not carry an item's size; it was 0 for every column), each when the
    files agree on it; else the name the database gives, its type, and size 0."""
    wanted = fold(name)
    if aggregated and wanted in aggregated:  # SUM(Total) AS s: computed_columns.py
        return ItemDesc(name, column_type(is_text, sql_type, aggregated[wanted]), 0)
    named = [item for desc in files for item in desc.items if fold(item.name) == wanted]
    spelling = _one({item.name for item in named})
    size = _one({item.size for item in named})
    return ItemDesc(name if spelling is None else spelling,
                    column_type(is_text, sql_type, _one({item.type.code for item in named})),
                    0 if size is None else size)


def column_type(is_text: bool, sql_type: Any, code: int | None) -> ItemType:
    """The item type of a result column: kind "text" (compared under the collation),
    "binmemo" for a binary one (read as a binary memo is, a Buffer: the bytes the
    database gave were refused by Length and the other string functions), else "any"
    (kept as the database gives it); with the code decided above (`code`: the one of
    the items named like it, None when there is none or they disagree)."""
    stored = _database_code(sql_type, is_text)
    kind = "any"
    if code is None:
        code = stored
    elif not is_text and stored in _NUMBERS:  # a currency or Boolean item's own column
        kind = _READ_AS.get(code, "any")
    found = _cache.get((code, is_text, kind))
    if found is None:
        found = _cache[code, is_text, kind] = (
            ItemType(code, "text", "Query text column", hit=hit_of(code)) if is_text
            else ItemType(code, "binmemo", "Query binary column", hit=hit_of(code))
            if code == _BINARY else ItemType(code, kind, "Query column", hit=hit_of(code)))
    return found


# A column named like a currency or Boolean item, stored as a number (the item's own
# column, not an expression SQLite gives no type), reads as that item does: on SQLite it
# was a real (`ds.Balance`, TypeVar wlReal, 4.4 * 3 a real's digits) and an integer
# (`ds.VIP` 1, TypeVar wlInt) where PostgreSQL gave a currency and a Boolean, as
# `Customer.Balance` and `Customer.VIP` are (docs/hfsql.md "HListItem's options").
_NUMBERS = frozenset({_INT8, _REAL8, _DECIMAL, _BOOL, 3, 5, 6, 17})
_READ_AS = {17: "currency", _BOOL: "bool"}
