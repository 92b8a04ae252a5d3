"""HFilter conditions: HFSQL's SQL-like text (`City = 'Paris' AND Balance > 100`)
turned into a parameterised SQL predicate on the file's items.

Accepted (docs/hfsql.md, "Filters"): items of the file, string literals in single or
double quotes (a backslash escapes a quote), numbers, the comparison operators
= <> != < <= > >=, `]=` (starts with) and `]` (contains) before a text, LIKE,
`Item BETWEEN low AND high` (ENTRE ... ET), AND/ET, OR/OU, NOT/PAS and parentheses. Anything else is an error: nothing is passed to the
database unchecked.
"""
from __future__ import annotations

__all__ = ["translate", "FilterError"]

import re
from typing import Any

from ..syntax.names import fold
from .context import FileContext
from .itemtypes import TEXT_KINDS, to_db
from .like import PG_LIKE_COLLATE

_TOKEN = re.compile(r"""\s*(?:(?P<str>'[^'\\]*(?:\\.[^'\\]*)*'|"[^"\\]*(?:\\.[^"\\]*)*")|(?P<num>-?\d+(?:\.\d+)?)
                       |(?P<op><>|!=|<=|>=|=|<|>|\]=|\])|(?P<par>[()])
                       |(?P<word>[^\W\d]\w*(?:\s*\[\s*\d+\s*\])?))""",
                    re.X | re.U)
_WORDS = {"and": "AND", "et": "AND", "or": "OR", "ou": "OR", "not": "NOT", "pas": "NOT",
          "like": "LIKE", "comme": "LIKE", "between": "BETWEEN", "entre": "BETWEEN"}


class FilterError(ValueError):
    """The condition is not one wlinterp understands."""


def _tokens(text: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            raise FilterError(f"unexpected text in the filter at '{text[pos:pos + 15]}'")
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


def translate(ctx: FileContext, text: str) -> tuple[str, list[Any], str]:
    """(SQL predicate, parameters, the first key item named — the key to browse on)."""
    sql: list[str] = []
    params: list[Any] = []
    key = ""
    last_item: Any = None
    match = ""  # `]=` / `]` just read: the text that follows is a LIKE pattern
    between = 0  # BETWEEN's parts still expected: 3 low value, 2 AND, 1 high value
    tokens = _tokens(text)
    _check_shape(tokens)
    for kind, value in tokens:
        column = ctx.sql.q(last_item.name) if last_item is not None else None
        between = _between_step(between, kind, value, sql, column)
        if match and kind != "str":
            raise FilterError(f"'{match}' must be followed by a text in quotes")
        if kind == "word" and fold(value) in _WORDS:
            word = _WORDS[fold(value)]
            if word == "LIKE" and ctx.dialect == "postgresql":
                word = _pg_like(sql, last_item)
            sql.append(word)
        elif kind == "word":
            n = _column(ctx, value)
            last_item = ctx.items[n]
            if not key and ctx.desc.key(last_item.name) is not None:
                key = last_item.name
            sql.append(ctx.sql.q(last_item.name))
        elif kind in ("str", "num"):
            lit: Any = re.sub(r"\\(.)", r"\1", value[1:-1]) if kind == "str" else (
                float(value) if "." in value else int(value))
            if match:  # the text itself, its LIKE wildcards escaped
                lit = ("%" if match == "]" else "") + re.sub(r"([\\%_])", r"\\\1", lit) + "%"
                params.append(lit)
                sql.append(f"{ctx.sql.p} ESCAPE '\\'")
                match = ""
                continue
            if last_item is not None:
                lit = to_db(last_item.type.kind, 0, lit, ctx.dialect)
            params.append(lit)
            sql.append(ctx.sql.p)
        elif value in ("]=", "]"):
            if last_item is None or sql[-1] != ctx.sql.q(last_item.name) \
                    or last_item.type.kind not in TEXT_KINDS:  # (it failed at the read)
                raise FilterError(f"'{value}' compares a text item with a text")
            match = value
            sql.append(_pg_like(sql, last_item) if ctx.dialect == "postgresql" else "LIKE")
        else:
            sql.append(value if value != "!=" else "<>")
    # (a trailing `]=`, an unfinished BETWEEN and an empty condition never get here:
    # _check_shape refused them)
    return "(" + " ".join(sql) + ")", params, key


_COMPARE = frozenset(("=", "<>", "!=", "<", "<=", ">", ">=", "]=", "]"))


def _check_shape(tokens: list[tuple[str, str]]) -> None:
    """Each condition is `operand operator operand` (`[NOT] LIKE`, `[NOT] BETWEEN low AND
    high` too), joined by AND/OR, under NOT and parentheses: a half-written one (`Name =
    `, `Name = 'A' AND`, `Name 'A'`, `Name` alone) is HFilter's error, nothing sent to the
    database. It returned the key and HError 0, and the next read failed with the
    database's words ("near ')': syntax error"): docs/hfsql.md "Filters". A parenthesis
    holds conditions or one operand (`(N) = 1`, refused after 69f7144d): `outer` keeps,
    for each one open, the state before it, so that one closed over an operand is an
    operand of the comparison around it."""
    operand, compared, joined, between = True, False, False, 0  # operand: one expected
    outer: list[tuple[bool, bool]] = []  # (compared, joined) before each open parenthesis
    for kind, value in tokens:
        word = _WORDS.get(fold(value), "") if kind == "word" else ""
        if between == 2 and word == "AND":  # BETWEEN's own AND
            operand, between = True, 1
            continue
        if word in ("AND", "OR"):
            if operand or not compared:
                break
            operand, compared, joined = True, False, True
        elif word == "NOT":
            continue  # (before a condition, LIKE or BETWEEN: their own checks follow)
        elif word in ("LIKE", "BETWEEN") or (kind == "op" and value in _COMPARE):
            if operand or compared:
                break
            operand, compared, between = True, True, 3 if word == "BETWEEN" else 0
        elif kind == "par" and value == "(":
            if not operand:
                break
            outer.append((compared, joined))
            compared, joined = False, False
        elif kind == "par":
            if operand or not outer or (joined and not compared):
                break
            before, joined = outer.pop()
            if compared and before:  # conditions as a comparison's operand
                break
            compared = compared or before  # (conditions inside: the group is one)
        else:  # an item, a text, a number
            if not operand:
                break
            operand, between = False, max(between - 1, 0)
    else:
        if not operand and compared and not outer and not between:
            return
    raise FilterError("each condition is written 'Item operator value' (=, <>, <, <=, >, "
                      ">=, LIKE, BETWEEN ... AND ...), joined by AND or OR")


def _between_step(between: int, kind: str, value: str, sql: list[str],
                  column: str | None) -> int:
    """Check `Item [NOT] BETWEEN low AND high` one token at a time, so that a half-written
    BETWEEN is HFilter's error, not the database's (docs/hfsql.md "Filters"); returns the
    parts still expected after this token."""
    word = _WORDS.get(fold(value), "") if kind == "word" else ""
    if word == "BETWEEN":
        at = len(sql) - (2 if sql[-1:] == ["NOT"] else 1)
        if between or column is None or at < 0 or sql[at] != column:
            raise FilterError("BETWEEN expects 'Item BETWEEN low AND high'")
        return 3
    if between == 0:
        return 0
    if (between == 2) == (word == "AND") and (between == 2 or kind in ("str", "num")):
        return between - 1
    raise FilterError("BETWEEN expects 'Item BETWEEN low AND high'")


def _column(ctx: FileContext, name: str) -> int:
    """The column an item name designates: an item, or one element of an array item
    (`Phone[2]`: docs/hfsql.md "Array items")."""
    n = ctx.index.get(fold(name))
    if n is None and "[" in name:
        from ..errors import WLRuntimeError
        from .array_items import element_item
        try:
            n = element_item(ctx, name)
        except WLRuntimeError as exc:
            raise FilterError(str(exc).rstrip(".")) from None
    if n is None:
        raise FilterError(f"'{name}' is not an item of {ctx.name}")
    return n


def _pg_like(sql: list[str], item: Any) -> str:
    """PostgreSQL: LIKE refuses the non-deterministic collation of text keys and query
    results, so a text item before it is compared as like.py's like_sql compares it:
    under ICU's deterministic collation, case ignored (ILIKE; docs/hfsql.md, "Filters")."""
    at = len(sql) - (2 if sql[-1:] == ["NOT"] else 1)  # `Item NOT LIKE ...`
    if item is None or item.type.kind not in TEXT_KINDS or at < 0 or sql[at] in _WORDS.values():
        return "LIKE"
    sql[at] += " " + PG_LIKE_COLLATE
    return "ILIKE"
