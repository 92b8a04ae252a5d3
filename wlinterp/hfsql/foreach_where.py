"""FOR EACH File WHERE/WITH's condition as SQL: `Item op value` joined by AND.

The orders and equalities compare as the database does for that item (a text key
without regard to case or accents: "Collation of text keys"). `[=` (starts with) and
`[=]` (contains) are WLanguage's string operators written on an item; they compare as
HFilterStartsWith and HFilterContains do (docs/hfsql.md, "Reading and browsing", FOR
EACH ... WITH: INFERRED, the statement's page is not in the stored help).
"""
from __future__ import annotations

__all__ = ["conditions"]

from typing import Any

from ..errors import WLRuntimeError
from ..runtime.values import to_str
from .collation import PREFIX_END
from .context import FileContext
from .itemtypes import TEXT_KINDS, to_db

def conditions(ctx: FileContext, where: list[tuple[str, str, Any]]
               ) -> tuple[list[str], list[Any]]:
    """The conditions (item, operator, value) as SQL conditions and their parameters,
    each value converted to its item's type (the operators are those the compiler lets
    through: compiler/loops.py FILE_OPERATORS)."""
    base: list[str] = []
    params: list[Any] = []
    p = ctx.sql.p
    for name, op, value in where:
        item = ctx.items[ctx.item(name)]
        col = ctx.sql.q(item.name)
        if op in ("[=", "[=]"):
            text = _text_operand(ctx, item, op, value)
            if op == "[=":  # a range under the item's own comparison, as a generic search
                end = "\uffff" if ctx.dialect == "postgresql" else PREFIX_END
                base.append(f"({col} >= {p} AND {col} < {p})")
                params += [text, text + end]
            else:  # substring searches refuse PostgreSQL's non-deterministic collation
                seen = f'{col} COLLATE "C"' if ctx.dialect == "postgresql" else col
                found = "strpos" if ctx.dialect == "postgresql" else "instr"
                base.append(f"{found}(lower({seen}), lower({p})) > 0")
                params.append(text)
            continue
        base.append(f"{col} {op} {p}")
        params.append(to_db(item.type.kind, item.size, value, ctx.dialect))
    return base, params


def _text_operand(ctx: FileContext, item: Any, op: str, value: Any) -> str:
    """The text `[=`/`[=]` looks for; they compare a text item only (a number's digits
    are no prefix the database could search on its column)."""
    if item.type.kind not in TEXT_KINDS:
        raise WLRuntimeError(f"FOR EACH {ctx.name}: '{op}' compares a text item with a "
                             f"text; {item.name} is no text item.")
    return to_str(value)
