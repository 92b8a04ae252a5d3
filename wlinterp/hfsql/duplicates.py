"""Which key a refused write duplicated, for HErrorInfo(hErrItem) (docs/hfsql.md,
"Errors"): the key's name as the analysis spells it (a simple key is its item; a
composite key is an item of the analysis too).

Found from what the database says: SQLite names the index's columns ("UNIQUE constraint
failed: customer.Email"), PostgreSQL the index (`diag.constraint_name`, wlinterp's
`<table>_<key>`). PostgreSQL's `INSERT ... ON CONFLICT DO NOTHING` (context.py) says
nothing: the unique keys holding the buffer's values are then looked up. Only error
paths come here.
"""
from __future__ import annotations

__all__ = ["duplicate_key"]

from typing import TYPE_CHECKING, Any

from ..syntax.names import fold

if TYPE_CHECKING:
    from .context import FileContext

_SQLITE_MARK = "UNIQUE constraint failed:"


def duplicate_key(ctx: "FileContext", exc: BaseException | None = None) -> str:
    """The unique key of `ctx`'s file that the buffer's values duplicate ("" when it
    cannot be told)."""
    keys = [k for k in ctx.desc.keys if k.unique]
    if exc is None:
        return _looked_up(ctx, keys)
    text = str(exc)
    if _SQLITE_MARK in text:
        columns = {fold(c.strip().rsplit(".", 1)[-1])
                   for c in text.split(_SQLITE_MARK, 1)[1].splitlines()[0].split(",")}
        return next((k.name for k in keys if {fold(i) for i in k.items} == columns), "")
    constraint = getattr(getattr(exc, "diag", None), "constraint_name", None) or ""
    return next((k.name for k in keys
                 if fold(f"{ctx.desc.physical}_{k.name}") == fold(constraint)), "")


def _looked_up(ctx: "FileContext", keys: list[Any]) -> str:
    """The first unique key whose values in the buffer another record already has."""
    for key in keys:
        idx = [ctx.index[fold(n)] for n in key.items]
        values = ctx.stored(tuple(idx))
        if any(v is None for v in values):
            continue  # NULL never duplicates
        cond = " AND ".join(f"{ctx.sql.q(ctx.items[n].name)} = {ctx.sql.p}" for n in idx)
        try:
            row = ctx.db.backend.execute(f"SELECT 1 FROM {ctx.sql.table} WHERE {cond} LIMIT 1",
                                         values).fetchone()
        except ctx.db.backend.errors():
            return ""
        if row is not None:
            return key.name
    return ""
