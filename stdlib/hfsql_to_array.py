"""FileToArray/FichierVersTableau (the records of a data file or query into an array of
structures or classes) and HSetReplication/HGèreRéplication (accepted: there is no
replication to prepare).

No stored help page for either (searched "FileToArray", "FichierVersTableau",
"HSetReplication", 2026-12-02); both are called by real code (a product catalogue fills
arrays of structures from its queries; a project's start-up code sets heterogeneous
replication). *Decided* (docs/hfsql.md, "FileToArray, HSetReplication"):
- FileToArray(array, file) empties the array, then adds one element per active record of
  the file (record-number order) or row of the query, each member taking the value of
  the item of the same name (ignoring case and accents; members without an item keep
  their default, items without a member are left out), as homonymous assignment between
  a record and a structure does. An array item (docs/hfsql.md "Array items, shown")
  gives an array member its elements (as many as its size holds; declared without a
  size, all of them) and a simple member its element 1, as `File.Item` without a subscript reads. True. The file's buffer and position are left as they
  were. An array of a simple type, or a file that is not one, is a fatal error (a wrong
  call, not a data failure); a database failure is the H* non-fatal one.
- HSetReplication(mode) is accepted and returns True: it only prepares the journal that
  later replication functions (HCreateReplica..., not implemented by wlinterp) would
  read, and no data operation behaves differently with it. The constants' values are
  ours; English name from the real code, French one INFERRED.
"""
from __future__ import annotations

from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.browsing import browse
from wlinterp.hfsql.record_var import Record
from wlinterp.registry import Family
from wlinterp.runtime import types as T
from wlinterp.runtime import values as V
from wlinterp.runtime.containers import WLArray, WLStruct
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import file_arg, h_function
from .hfsql_memory import mapped_items

family = Family("HFSQL arrays and replication")

RPL_NONE = family.constant("rplReplicationNone", "rplRéplicationAucune", 0)
RPL_HETEROGENEOUS = family.constant("rplReplicationHeterogeneous",
                                    "rplRéplicationHétérogène", 1)


def _members(element: Any) -> set[str]:
    """The folded member names an element can take items into."""
    values = getattr(element, "values", None)
    if isinstance(values, dict):
        return {fold(k) for k in values}
    members = getattr(element, "members", None) or getattr(element, "fields", None)
    if isinstance(members, dict):
        return {fold(k) for k in members}
    raise WLRuntimeError("FileToArray: an array of structures or classes is expected (its "
                         "members take the items of the same name).")


@h_function(family, "FileToArray", "FichierVersTableau")
def file_to_array(rt: Runtime, array: Any, file: Any) -> bool:
    """Fill an array of structures with the records of a data file or query."""
    if not isinstance(array, WLArray):
        raise WLRuntimeError(f"FileToArray: an array is expected, not a value of type "
                             f"{V.type_name(array)}.")
    ctx = file_arg(rt, file, "FileToArray")
    ctx.db.touch(ctx)
    probe = T.filled_element(array.elem, array.ctx)
    if isinstance(probe, Record):  # `array of Record of Customer`: whole records
        return _records_to_array(rt, array, ctx, probe)
    if isinstance(probe, WLStruct) and probe.sdef.attributes:  # `<mapping=Item>` members
        pairs = [(n, member) for member, n in mapped_items(probe, ctx)]  # (FileToMemory's)
    else:
        wanted = _members(probe)
        pairs = [(n, fold(item.name)) for n, item in enumerate(ctx.items)
                 if fold(item.name) in wanted]
    saved = (ctx.buffer, ctx.recnum, ctx.pos, ctx.key, ctx.key_name, ctx.out, ctx.found,
             ctx.read_row, ctx.new_record)
    rows = []
    columns = [ctx.elements.get(fold(ctx.items[n].name), [n]) for n, _ in pairs]
    try:
        for _ in browse(ctx, "", [], False):
            rows.append([ctx.buffer[c[0]] if len(c) == 1 else [ctx.buffer[i] for i in c]
                         for c in columns])
    finally:  # the program's buffer and position stay as they were
        (ctx.buffer, ctx.recnum, ctx.pos, ctx.key, ctx.key_name, ctx.out, ctx.found,
         ctx.read_row, ctx.new_record) = saved
    array.clear()
    for row in rows:
        element: Any = T.filled_element(array.elem, array.ctx)
        for (_, member), value in zip(pairs, row):
            if isinstance(value, list):
                _put_elements(element, member, value, array.ctx)
            else:
                element.wl_set(member, value, array.ctx)
        array.append(element)
    return True


def _records_to_array(rt: Runtime, array: WLArray, ctx: FileContext, probe: Record) -> bool:
    """FileToArray into an array of Records: each element a copy of a record (as `r =
    Customer`); a Record declared of another file takes the items of the same names,
    the others keeping its file's defaults (as homonymous assignment does)."""
    records = []
    saved = (ctx.buffer, ctx.recnum, ctx.pos, ctx.key, ctx.key_name, ctx.out, ctx.found,
             ctx.read_row, ctx.new_record)
    try:
        for _ in browse(ctx, "", [], False):
            records.append(ctx.wl_record())
    finally:  # the program's buffer and position stay as they were
        (ctx.buffer, ctx.recnum, ctx.pos, ctx.key, ctx.key_name, ctx.out, ctx.found,
         ctx.read_row, ctx.new_record) = saved
    own = not probe.file or fold(probe.file) == fold(ctx.name)
    defaults = {} if own else file_arg(rt, probe.file, "FileToArray").defaults()
    array.clear()
    for record in records:
        if not own:
            values = dict(defaults)
            values.update((k, v) for k, v in record.values.items() if k in defaults)
            record = Record(probe.file, values)
        array.append(record)
    return True


def _put_elements(element: Any, member: str, values: list[Any], tctx: Any) -> None:
    """An array item's elements into a member: an array takes them in order (as many as
    its size holds; declared without a size, all of them), anything else element 1."""
    held = getattr(element, "values", {}).get(member)
    if not isinstance(held, WLArray):
        element.wl_set(member, values[0], tctx)
        return
    for number, value in enumerate(values, 1):
        if number <= held.count():
            held.set(value, number)
        elif not held.dims:  # declared without a size: it takes them all
            held.append(value)


@family.function("HSetReplication", "HGèreRéplication")
def h_set_replication(rt: Runtime, mode: Any = RPL_HETEROGENEOUS) -> bool:
    """Accepted (see the module docstring): True."""
    V.to_int(mode)
    return True


@family.function("HSetREP", "HGèreREP")
def h_set_rep(rt: Runtime, active: Any = True, folder: Any = None, file: Any = None
              ) -> bool:
    """Accepted as HSetReplication is (docs/hfsql.md "FileToArray, HSetReplication"): the
    .REP file it switches on or off (in the folder and under the name given: HFSQL's C
    interface, bHGereREP) locates data files for the replication functions wlinterp does
    not have, and no data operation behaves differently with it. True."""
    V.to_bool(active)
    return True
