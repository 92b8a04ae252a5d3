"""HErrorStatusModification/HErreurEtatModification: after a modification conflict
(docs/hfsql.md, "Modification conflicts"), what became of the record the program wanted
to write.

The help page's `hRec...` constants were not in the material found; *decided*: the
answer uses HState's constants — hStateActive (another program modified the record),
hStateCrossed (it crossed it), hStateDel (it deleted it).
"""
from __future__ import annotations

from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import db_of, empty_source, file_arg, holds_nothing
from .hfsql_records import H_STATE_DEL, record_state

family = Family("HFSQL modification conflicts")


@family.function("HErrorStatusModification", "HErreurEtatModification")
def h_error_status_modification(rt: Runtime, file: Any = None, recnum: Any = None) -> int:
    """The state of the record of the last modification conflict (of `file`, by default
    the file of the last HFSQL error; of record `recnum`, by default the record that file
    last read): hStateActive, hStateCrossed or hStateDel. Like HError, it keeps the
    error state as it is."""
    db = db_of(rt)
    if file is None and db.errors.file and db.context(db.errors.file) is not None:
        file = db.errors.file
    if holds_nothing(file):
        raise WLRuntimeError(empty_source(file, "HErrorStatusModification"))
    ctx = file_arg(rt, file, "HErrorStatusModification")
    if recnum is not None:
        target = V.to_int(recnum)
    else:
        target = ctx.read_row[0] if ctx.read_row is not None else ctx.recnum
    return record_state(ctx, target, H_STATE_DEL)
