"""The type of a column a SELECT computes from items, read the same on SQLite and
PostgreSQL (docs/hfsql.md "HListItem's options"): `SUM(Item) AS s`, `MIN(Item)`,
`MAX(Item)` of one item, and an arithmetic expression on number items named with AS
(`SUM(Quantity * Price) AS Amount`, `Total * 1.2 AS WithTax`).

SQLite gives a computed column no type (its values were reals: `SUM(Total)` of a
currency item had TypeVar wlReal) where PostgreSQL gives the type of its arithmetic (a
numeric, read as a currency, for a currency item; an integer of 4 bytes for MIN of
one). The rule is PostgreSQL's, which follows the items: MIN and MAX the item's own type,
SUM an integer's on 8 bytes (bigint), a currency's a currency; an expression on a
currency item and no real item a currency. Any other column keeps the database's type.
"""
from __future__ import annotations

__all__ = ["computed_codes", "select_list", "aliased", "alias_name", "PLAIN"]

import re
from typing import Sequence

from ..syntax.names import fold
from .analysis import FileDesc
from .itemtypes import NUMBER_KINDS
from .sql_quoted import QUOTED

_CURRENCY, _INT8, _REAL8, _DECIMAL = 17, 25, 7, 41  # item type codes (itemtypes.py ITEM_TYPES)
_NAME = r"[^\W\d]\w*"
_AGGREGATE = re.compile(rf"(?P<f>SUM|MIN|MAX)\s*\(\s*(?:DISTINCT\s+|ALL\s+)?(?:{_NAME}\.)?"
                        rf"(?P<item>{_NAME})\s*\)\s+(?:AS\s+)?(?P<alias>{_NAME})\s*", re.I | re.U)
_QUOTED_NAME = r'"[^"]*(?:""[^"]*)*"|\[[^\]]*\]|`[^`]*`'
# a column read as it is: `Name`, `c.Name`, `"Name"`, `*`, `c.*`
PLAIN = re.compile(rf"(?:(?:{_NAME}|{_QUOTED_NAME})\s*\.\s*)?(?:{_NAME}|{_QUOTED_NAME}|\*)",
                   re.U)
# `expr AS alias`, `expr alias` (not `CASE ... END`, not `x IS NULL`, not a column's own name)
_ALIAS = re.compile(rf"(?P<expr>.*?[\w)\]\"'`])\s+(?:AS\s+)?(?P<alias>{_NAME}|{_QUOTED_NAME})",
                    re.I | re.U | re.S)
_NO_ALIAS = frozenset({"end", "fin", "null", "true", "false", "unknown", "isnull", "notnull"})
# an expression that cannot end there: the word after it is its operand (`x IS NULL`,
# `x NOT NULL`, `a AND b`, `Name LIKE p`), not an alias
_OPERAND_AFTER = re.compile(r"\b(?:IS|NOT|AND|OR|LIKE|ILIKE|GLOB|BETWEEN|IN|ESCAPE|"
                            r"DISTINCT|CASE|WHEN|THEN|ELSE|COLLATE)\Z", re.I)
_HEAD = re.compile(r"\s*SELECT\s+(?:DISTINCT\s+|ALL\s+)?(?:TOP\s+\d+\s+)?", re.I)
_LIST = re.compile(rf"{QUOTED}|[(),]|\bFROM\b", re.I)
_TOKEN = re.compile(rf"{QUOTED}|(?P<name>{_NAME}(?:\.{_NAME})?)|\d+(?:\.\d+)?|[-+*/()]"
                    r"|(?P<other>\S)", re.U)
# SUM of an item of these codes: the code of its result
_SUM_CODES = {_CURRENCY: _CURRENCY, 7: _REAL8, 6: _REAL8, _DECIMAL: _DECIMAL}
_FUNCTIONS = frozenset({"sum", "min", "max", "abs"})  # (which keep their operand's type)


def computed_codes(text: str, files: Sequence[FileDesc]) -> dict[str, int]:
    """The item type codes of the columns of the SELECT `text` computed from items of
    `files` (the forms above), by folded alias."""
    found: dict[str, int] = {}
    for column in select_list(text):
        m = _AGGREGATE.fullmatch(column)
        code = _aggregate(m, files) if m else None
        if m is None and (m := aliased(column)) is not None:
            code = _expression(m.group("expr"), files)
        if m is not None and code:
            found[fold(_unquoted(m.group("alias")))] = code
    return found


def aliased(column: str) -> re.Match[str] | None:
    """The `expr [AS] alias` reading of a SELECT column as select_list gives it (groups
    "expr" and "alias", the alias as written, quotes kept), None when it names no alias:
    the one reading of aliases, so that the column names, the types and the collation
    of a column (column_names.py, sql_order.py) agree on where its expression ends."""
    m = _ALIAS.fullmatch(column)
    if m is None or fold(m.group("alias")) in _NO_ALIAS or PLAIN.fullmatch(column) \
            or _OPERAND_AFTER.search(m.group("expr")):  # (`x COLLATE HCI`: sql_order.py's)
        return None
    return m


def alias_name(column: str) -> str | None:
    """The alias a SELECT column is given, its quotes removed; None without one."""
    m = aliased(column.strip())
    return None if m is None else _unquoted(m.group("alias"))


def _unquoted(name: str) -> str:
    """A name without its quotes ("T", [T], `T`)."""
    if name[:1] in "\"[`":
        return name[1:-1].replace('""', '"')
    return name


def select_list(text: str) -> list[str]:
    """The columns of the outer SELECT, as written (sub-queries and quoted text kept
    whole)."""
    head = _HEAD.match(text)
    if head is None:
        return []
    columns, depth, start = [], 0, head.end()
    for m in _LIST.finditer(text, head.end()):
        token = m.group(0)
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif depth == 0 and (token == "," or token.upper() == "FROM"):
            columns.append(text[start:m.start()].strip())
            start = m.end()
            if token != ",":
                return columns
    return columns + [text[start:].strip()]


def _kinds(name: str, files: Sequence[FileDesc]) -> set[tuple[int, str]]:
    """(code, kind) of the items of `files` named `name` (`File.Item` as Item)."""
    wanted = fold(name.rpartition(".")[2])
    return {(i.type.code, i.type.kind) for d in files for i in d.items if fold(i.name) == wanted}


def _aggregate(m: re.Match[str], files: Sequence[FileDesc]) -> int | None:
    """`SUM|MIN|MAX(Item) AS alias`: MIN and MAX the item's code, SUM its result's."""
    found = _kinds(m.group("item"), files)
    if len(found) != 1:
        return None
    code, kind = found.pop()
    if m.group("f").upper() != "SUM":
        return code
    return _INT8 if kind in ("int", "autoid") else _SUM_CODES.get(code)


def _expression(expr: str, files: Sequence[FileDesc]) -> int | None:
    """An arithmetic expression (+ - * /, numbers, SUM, MIN, MAX, ABS) on number items:
    a currency when one item is a currency and none a real, as PostgreSQL's numeric
    arithmetic gives; None for anything else (its database's type kept)."""
    kinds: set[str] = set()
    for m in _TOKEN.finditer(expr):
        if m.group("other") is not None or m.group(0)[0] in "'\"":
            return None
        name = m.group("name")
        if name is None or fold(name) in _FUNCTIONS:
            continue
        found = {kind for _, kind in _kinds(name, files)}
        if len(found) != 1 or not found <= NUMBER_KINDS:
            return None
        kinds |= found
    return _CURRENCY if "currency" in kinds and "real" not in kinds else None

