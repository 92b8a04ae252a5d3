"""Crossed records: HCross/HRaye and HFree/HLibère (wlinterp/hfsql/crossed.py keeps them).

Verified against HCross's help page (doc.windev.com ?3044121): the record is deleted
logically and can be retrieved; its data and memos are kept; it leaves the indexes;
`HCross([File [, RecNum [, Options]]])` returns a Boolean, False on a locked record or an
integrity error; RecNum 0 (or omitted) is the current record; "" is the last file used.
HFree's arguments (the file, or none) are those of the HFSQL C API header and WINDEV's
runtime.
"""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql import crossed
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import file_arg, h_function

family = Family("HFSQL crossed records")


@h_function(family, "HCross", "HRaye")
def h_cross(rt: Runtime, file: Any = None, recnum: Any = None, options: Any = None) -> bool:
    """Cross the current record (or record `recnum`): it is no longer read, browsed nor
    counted by HNbRec, HState says hStateCrossed, HNbRec(File, hStateCrossed) counts it,
    and HFree turns it into a deleted record."""
    ctx = file_arg(rt, file, "HCross")
    ctx.db.touch(ctx)
    target = V.to_int(recnum) if recnum is not None else 0
    crossed.cross(ctx, ctx._target(target))  # noqa: SLF001 - the current record's rule
    if ctx.dialect == "sqlite":  # it may hold the largest number: free ones read again
        ctx.db.freed.forget(ctx.desc.physical)
    return True


@h_function(family, "HFree", "HLibère")
def h_free(rt: Runtime, file: Any = None) -> bool:
    """The file's crossed records become deleted records: gone for good."""
    ctx = file_arg(rt, file, "HFree")
    ctx.db.touch(ctx)
    highest = crossed.highest(ctx)
    crossed.free(ctx)
    if highest:  # their numbers are free now: HAdd reuses them (free_recnums.py)
        ctx.db.freed.freed(ctx.desc.physical, highest)
        ctx.db.freed.forget(ctx.desc.physical)
    return True
