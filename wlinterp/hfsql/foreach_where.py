"""FOR EACH File WHERE/WITH's condition as SQL: `Item op value` (LIKE, BETWEEN and IN
too, as HFilter's condition takes them) joined by AND, OR, NOT.

The orders and equalities compare as the database does for that item (a text key
without regard to case or accents: "Collation of text keys"). `[=` (starts with) and
`[=]` (contains) are WLanguage's string operators written on an item; they compare as
HFilterStartsWith and HFilterContains do (docs/hfsql.md, "Reading and browsing", FOR
EACH ... WITH: INFERRED, the statement's page is not in the stored help).
"""
from __future__ import annotations

__all__ = ["conditions", "composite_key", "contains_sql"]

from typing import Any

from ..errors import WLRuntimeError
from ..runtime.values import to_str
from . import keyvalues
from .collation import PREFIX_END
from .context import FileContext
from .itemtypes import TEXT_KINDS, to_db
from .like import like_sql
from .schema import PG_COLLATION, is_collated, quote

def conditions(ctx: FileContext, where: list[Any]) -> tuple[list[str], list[Any]]:
    """The conditions (joined by AND) as SQL conditions and their parameters: each a
    comparison (item, operator, value), the value converted to its item's type, or
    ("and" | "or" | "not", [parts]) (the operators and joins are those the compiler
    lets through: compiler/file_conditions.py)."""
    params: list[Any] = []
    return [_part(ctx, part, params) for part in where], params


def _part(ctx: FileContext, part: Any, params: list[Any]) -> str:
    """One part of the condition as SQL, its parameters appended to `params`."""
    if len(part) == 2:
        join, inner = part
        if join == "not":
            return f"NOT ({_part(ctx, inner[0], params)})"
        return "(" + f" {join.upper()} ".join(_part(ctx, x, params) for x in inner) + ")"
    if len(part) == 4:  # (item, op, None, other item)
        return _two_items(ctx, part[0], part[1], part[3])
    name, op, value = part
    key = ctx.desc.key(name)
    if key is not None and len(key.items) > 1:
        return _composite(ctx, name, op, value, params)
    item = ctx.items[ctx.item(name)]
    col = ctx.sql.q(item.name)
    p = ctx.sql.p
    if op == "[=":  # a range under the item's own comparison, as a generic search
        text = _text_operand(ctx, item, op, value)
        end = "\uffff" if ctx.dialect == "postgresql" else PREFIX_END
        params += [text, text + end]
        return f"({col} >= {p} AND {col} < {p})"
    if op == "[=]":
        params.append(_text_operand(ctx, item, op, value))
        return contains_sql(ctx.dialect, col, p)
    if op in ("LIKE", "NOT LIKE"):  # a date or time item too: it holds its digits' text
        if item.type.kind not in _LIKE_KINDS:
            raise WLRuntimeError(f"FOR EACH {ctx.name}: '{op}' compares a text, date or "
                                 f"time item with a pattern; {item.name} is none of them.")
        params.append(to_str(value))
        return like_sql(ctx.dialect, col, op == "NOT LIKE", p)
    kind, size, dialect = item.type.kind, item.size, ctx.dialect
    if op in ("BETWEEN", "NOT BETWEEN"):  # both bounds included, as HFilter's
        params += [to_db(kind, size, v, dialect) for v in value]
        return f"{col} {op} {p} AND {p}"
    if op in ("IN", "NOT IN"):
        values = list(value)
        if not values:  # `IN ()`: no value to be equal to
            return "1 = 0" if op == "IN" else "1 = 1"
        params += [to_db(kind, size, v, dialect) for v in values]
        return f"{col} {op} ({', '.join([p] * len(values))})"
    params.append(to_db(kind, size, value, dialect))
    return f"{col} {op} {p}"


_LIKE_KINDS = TEXT_KINDS | {"date", "time", "datetime"}


def _two_items(ctx: FileContext, name: str, op: str, other: str) -> str:
    """`Item op OtherItem` (`WHERE Price > Stock`): the two items of each record compared
    (docs/hfsql.md FOR EACH ... WHERE, *decided*). Two texts compare as the first item
    compares (a text key without regard to case or accents), as SQLite reads a comparison
    of two columns; PostgreSQL is told so (two columns of different collations are no
    comparison there). A text with an item that is no text is refused in words: the
    databases would answer differently (SQLite compares, PostgreSQL refuses)."""
    for n in (name, other):
        key = ctx.desc.key(n)
        if key is not None and len(key.items) > 1:
            raise WLRuntimeError(f"FOR EACH {ctx.name}: the composite key {key.name} is "
                                 f"compared with '=' and its components' values, not with "
                                 f"another item.")
    items = [ctx.items[ctx.item(n)] for n in (name, other)]
    texts = [i.type.kind in TEXT_KINDS for i in items]
    if texts[0] != texts[1]:
        raise WLRuntimeError(f"FOR EACH {ctx.name}: {items[0].name} and {items[1].name} "
                             f"are compared, a text item with an item that is no text.")
    left, right = (ctx.sql.q(i.name) for i in items)
    if texts[0] and ctx.dialect == "postgresql":
        collation = PG_COLLATION if is_collated(ctx.desc, items[0]) else "default"
        right += " COLLATE " + quote(collation, "postgresql")
    return f"{left} {op} {right}"


def contains_sql(dialect: str, col: str, mark: str) -> str:
    """`col` contains the text of the parameter `mark`, case ignored, accents not ([=],
    HFilterContains). PostgreSQL: the substring search refuses the text keys'
    non-deterministic collation, so it runs under "C", but on texts lowered under the
    ICU one: lowered under "C" only ASCII letters changed, and "Émile" did not contain
    "émi" there (SQLite's lower is made Unicode too: backends.py)."""
    if dialect == "sqlite":
        return f"instr(lower({col}), lower({mark})) > 0"
    ci = quote(PG_COLLATION, "postgresql")
    return (f'strpos(lower(({col}) COLLATE {ci}) COLLATE "C", '
            f'lower(CAST({mark} AS text) COLLATE {ci}) COLLATE "C") > 0')


def _composite(ctx: FileContext, name: str, op: str, value: Any, params: list[Any]) -> str:
    """`CompositeKey = [v1, v2]` (FOR EACH on a composite key, "syntax 5" of the
    statement's page, which HBuildKeyValue's page ?3044258 names): each component given
    equal to its value, the first ones only when fewer are given, as HReadSeekFirst
    seeks them; an HBuildKeyValue value is taken apart the same way."""
    if op != "=":
        raise WLRuntimeError(f"FOR EACH {ctx.name}: the composite key {name} is compared "
                             f"with '=' and its components' values ([v1, v2]), not with "
                             f"'{op}'.")
    items = ctx.key_items(name)
    tests = []
    for item, v in zip(items, keyvalues.components(items, value)):
        params.append(to_db(item.type.kind, item.size, v, ctx.dialect))
        tests.append(f"{ctx.sql.q(item.name)} = {ctx.sql.p}")
    return "(" + " AND ".join(tests) + ")"


def composite_key(ctx: FileContext, where: list[Any]) -> str:
    """The composite key a FOR EACH's condition compares (`CustomerDate = [n, d]`),
    which the loop then browses on when it names no key; "" when none."""
    for part in where:
        if len(part) == 3 and (key := ctx.desc.key(part[0])) is not None \
                and len(key.items) > 1:
            return str(part[0])
    return ""


def _text_operand(ctx: FileContext, item: Any, op: str, value: Any) -> str:
    """The text `[=`/`[=]` looks for; they compare a text item only (a number's digits
    are no prefix the database could search on its column)."""
    if item.type.kind not in TEXT_KINDS:
        raise WLRuntimeError(f"FOR EACH {ctx.name}: '{op}' compares a text item with a "
                             f"text; {item.name} is no text item.")
    return to_str(value)
