"""HNoModif/HInterditModif and HEndNoModif/HFinInterditModif (?3044053): a data file
nobody may write (its forbidder included) while anyone may read it, until each program
that forbade it ends its forbid. wlinterp/hfsql/nomodif.py keeps the forbids;
docs/hfsql.md, "HNoModif", gives the decisions."""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql import nomodif
from wlinterp.registry import Family
from wlinterp.runtime.state import Runtime

from .hfsql_base import h_function
from .hfsql_write import _each_file

family = Family("HFSQL forbidding writes")


def _files(rt: Runtime, file: Any, fname: str) -> list[Any]:
    """The file's context, or every file of the analysis for "*" (tables made)."""
    ctxs = _each_file(rt, file, fname)
    for ctx in ctxs:
        ctx.db.touch(ctx)
    return ctxs


@h_function(family, "HNoModif", "HInterditModif")
def h_no_modif(rt: Runtime, file: Any = None) -> bool:
    """Forbid every write to the file ("*": every file), this program's included; reads
    stay free. A write then fails with HErrorLock() True."""
    for ctx in _files(rt, file, "HNoModif"):
        nomodif.forbid(ctx.db.locks, ctx.desc.physical, ctx.sql.table)
    return True


@h_function(family, "HEndNoModif", "HFinInterditModif")
def h_end_no_modif(rt: Runtime, file: Any = None) -> bool:
    """End this program's forbid (writes come back once no other program forbids the
    file); True also when it held none."""
    for ctx in _files(rt, file, "HEndNoModif"):
        nomodif.allow(ctx.db.locks, ctx.desc.physical, ctx.sql.table)
    return True
