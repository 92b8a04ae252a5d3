"""Who gives a new record its automatic identifier, for the two ways HAdd inserts
(the numbering itself: auto_ids.py).

HAdd inserts either at a fresh record number (context.py `add`) or at a deleted record's
number given again (free_recnums.py). Both decide the same way who numbers the automatic
identifier, and give a drawn number back when the insert adds nothing; that decision lives
here once.
"""
from __future__ import annotations

__all__ = ["IdPlan", "draw_id", "give_back_id"]

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .context import FileContext


class IdPlan(NamedTuple):
    """`db_computes`: the database numbers it (PostgreSQL's identity); `given`: wlinterp
    drew it and wrote it in the buffer (SQLite). Neither: no automatic item, or forced."""
    db_computes: bool
    given: bool


def draw_id(ctx: "FileContext", force_id: bool) -> IdPlan:
    """Decide who numbers the automatic identifier; draw it into the buffer when it is
    wlinterp's to give (hForceIdAuto keeps the buffer's value)."""
    auto = ctx.auto_index
    db_computes = auto >= 0 and ctx.dialect != "sqlite" and not force_id
    given = auto >= 0 and not db_computes and not force_id
    if given:
        ctx.buffer[auto] = ctx.db.next_id(ctx)
    return IdPlan(db_computes, given)


def give_back_id(ctx: "FileContext", plan: IdPlan) -> None:
    """The insert added nothing: the number drawn (or the database's) is not used."""
    if plan.given or plan.db_computes:
        ctx.db.release_id(ctx, ctx.buffer[ctx.auto_index] if plan.given else None)
