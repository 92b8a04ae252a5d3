"""Who gives a new record its automatic identifier, for the two ways HAdd inserts
(the numbering itself: auto_ids.py).

HAdd inserts either at a fresh record number (context.py `add`) or at a deleted record's
number given again (free_recnums.py). Both decide the same way who numbers the automatic
identifier, and give a drawn number back when the insert adds nothing; that decision lives
here once.
"""
from __future__ import annotations

__all__ = ["IdPlan", "draw_id", "give_back_id", "put_back"]

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .context import FileContext


class IdPlan(NamedTuple):
    """`db_computes`: the database numbers it (PostgreSQL's identity); `given`: wlinterp
    drew it and wrote it in the buffer (SQLite). Neither: no automatic item, or forced.
    `before`: the buffer's identifier before it was drawn, put back if the add fails."""
    db_computes: bool
    given: bool
    before: object = None


def draw_id(ctx: "FileContext", force_id: bool) -> IdPlan:
    """Decide who numbers the automatic identifier; draw it into the buffer when it is
    wlinterp's to give (hForceIdAuto keeps the buffer's value)."""
    auto = ctx.auto_index
    db_computes = auto >= 0 and ctx.dialect != "sqlite" and not force_id
    given = auto >= 0 and not db_computes and not force_id
    before = None
    if given:
        before, ctx.buffer[auto] = ctx.buffer[auto], ctx.db.next_id(ctx)
    return IdPlan(db_computes, given, before)


def give_back_id(ctx: "FileContext", plan: IdPlan, release: bool = True) -> None:
    """The insert added nothing: the number drawn (or the database's) is not used
    (`release`: given back to the numbering; not when the transaction was aborted), and
    the buffer's identifier is the one it held before HAdd (put_back)."""
    if release and (plan.given or plan.db_computes):
        ctx.db.release_id(ctx, ctx.buffer[ctx.auto_index] if plan.given else None)
    if plan.given:
        put_back(ctx, plan.before)


def put_back(ctx: "FileContext", before: object) -> None:
    """A refused HAdd (a duplicate, an integrity error...) leaves the buffer's automatic
    identifier as the program had it: HAdd's page (?3044147) fills it as "the added
    record becomes the current record", and no record was added; the number drawn is
    given to the next record (docs/hfsql.md "Automatic identifiers"; *decided*,
    INFERRED: it was the refused number on SQLite, the buffer's own on PostgreSQL)."""
    ctx.buffer[ctx.auto_index] = before
