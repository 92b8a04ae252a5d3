"""HFSQL records, memos and file information: HAttachMemo/HAttacheMémo (HLinkMemo/HLieMémo),
HExtractMemo/HExtraitMémo, HCopyRecord/HCopieEnreg, HRecordToJSON/HEnregistrementVersJSON,
HRecordToXML/HEnregistrementVersXML, HListKey/HListeClé (HListItem: hfsql_item_lists.py),
HCancelSeek/HAnnuleRecherche, HState/HEtat (also HStatus), HIndex/HIndexe, HOptimize/HOptimise.

Decisions (formats of the exports, what the maintenance functions do on an SQL database)
are in docs/hfsql.md, "Records, memos, file information".
"""
from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from wlinterp.hfsql import crossed, reading
from wlinterp.hfsql.array_views import shown_record, value_of
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.errors import DATABASE, HFError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import H_STATE_ACTIVE, file_arg, h_function, name_arg
from .hfsql_memo_info import memo_bytes
from .hfsql_text_io import _items, xml_fields

family = Family("HFSQL records and memos")
H_STATE_INVALID = family.constant("hStateInvalid", "hEtatInvalide", 0x40)  # HFConstant.h
H_STATE_DEL = family.constant("hStateDel", "hEtatSupprimé", 4, "hEtatSup")  # HEtat ?3044081
H_STATE_CROSSED = family.constant("hStateCrossed", "hEtatRayé", 2)


def _memo_item(ctx: FileContext, item: Any, fname: str) -> int:
    n = ctx.item(name_arg(item))
    if ctx.kinds[n] not in ("memo", "binmemo"):
        raise HFError(DATABASE, f"{fname}: {ctx.name}.{ctx.items[n].name} is not a memo item.",
                      ctx.name, ctx.items[n].name)
    return n


@h_function(family, "HAttachMemo", "HAttacheMémo", "HLinkMemo", "HLieMémo")
def h_attach_memo(rt: Runtime, file: Any, item: Any, path: Any = "", memo_type: Any = None,
                  info: Any = None) -> bool:
    """Put a file's content in a memo item of the buffer (written by the next HAdd or
    HModify); "" or no file empties the memo. A binary memo keeps the bytes, a text memo
    the text (UTF-8, else Latin-1). HLinkMemo/HLieMémo is its earlier name (decided,
    docs/hfsql.md)."""
    ctx = file_arg(rt, file, "HAttachMemo")
    n = _memo_item(ctx, item, "HAttachMemo")
    name = V.to_str(path)
    if name == "":
        ctx.buffer[n] = ""
        return True
    try:
        with open(name, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise HFError(DATABASE, f"HAttachMemo: cannot read '{name}': {exc.strerror}.",
                      ctx.name, ctx.items[n].name) from None
    if ctx.kinds[n] == "binmemo":
        ctx.buffer[n] = data.decode("latin-1")  # a Buffer: one character per byte
    else:
        try:
            ctx.buffer[n] = data.decode("utf-8")
        except UnicodeDecodeError:
            ctx.buffer[n] = data.decode("latin-1")
    from .hfsql_memo_info import remember_attached  # what HInfoMemo reports
    remember_attached(rt, ctx, n, name, memo_type, info)
    return True


@h_function(family, "HExtractMemo", "HExtraitMémo")
def h_extract_memo(rt: Runtime, file: Any, item: Any, path: Any, options: Any = None) -> bool:
    """Write a memo item of the buffer to a file (created or replaced). An empty or NULL
    memo writes nothing and fails."""
    ctx = file_arg(rt, file, "HExtractMemo")
    n = _memo_item(ctx, item, "HExtractMemo")
    value = ctx.buffer[n]
    if not value:
        raise HFError(DATABASE, f"HExtractMemo: the memo {ctx.name}.{ctx.items[n].name} is "
                                f"empty.", ctx.name, ctx.items[n].name)
    data = memo_bytes(value, ctx.kinds[n])
    name = V.to_str(path)
    try:
        with open(name, "wb") as handle:
            handle.write(data)
    except OSError as exc:
        raise HFError(DATABASE, f"HExtractMemo: cannot write '{name}': {exc.strerror}.",
                      ctx.name, ctx.items[n].name) from None
    return True


# HCopyRecord's options: HFConstant.h's HCOPYAUTOID ("copier l'ID auto", name INFERRED)
# and HCOPYRECORDDEFAULT (0x1000, "the default value of HCopieEnreg's flags", no name
# found); WINDEV Mobile's runtime passes 0 when none is given (api/WDAPIHF.java)
H_COPY_AUTO_ID = family.constant("hCopyAutoID", "hCopieIdAuto", 0x800)
_COPY_RECORD_DEFAULT = 0x1000
_H_DEFAULT = 0x80


@h_function(family, "HCopyRecord", "HCopieEnreg")
def h_copy_record(rt: Runtime, target: Any, source: Any, options: Any = None) -> bool:
    """Copy the source file's buffer into the target's: the items of the same name,
    converted; the other items of the target are left as they are, and so is its
    automatic identifier unless hCopyAutoID is given (a copy meant to be added gets
    an identifier of its own)."""
    flags = 0 if options is None else V.to_int(options)
    if flags & ~(H_COPY_AUTO_ID | _COPY_RECORD_DEFAULT | _H_DEFAULT):
        raise HFError(DATABASE, f"HCopyRecord: {flags} is not an option of HCopyRecord "
                                f"(hCopyAutoID, or none).")
    dest = file_arg(rt, target, "HCopyRecord")
    kept = {n: dest.buffer[n] for n, item in enumerate(dest.items) if item.auto_id}
    dest.assign_record(file_arg(rt, source, "HCopyRecord"))
    if not flags & H_COPY_AUTO_ID:
        for n, value in kept.items():
            dest.buffer[n] = value
    return True


def _plain(value: Any) -> Any:
    """An item value as JSON has it: numbers stay numbers (currencies exact as text
    would lose nothing, but JSON readers expect numbers), a whole one without a
    fraction, as WLanguage writes a real (`7`, not `7.0`: a query's `ROUND(x, 2)` column
    was `7.0` on SQLite, a real, and `7` on PostgreSQL, a numeric); an array item's
    elements an array."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if type(value) is float and value.is_integer() and abs(value) < 2 ** 53:
        return int(value)
    return value


@h_function(family, "HRecordToJSON", "HEnregistrementVersJSON", fail="")
def h_record_to_json(rt: Runtime, file: Any = None, items: Any = None) -> str:
    """The buffer as a JSON object {"Item": value, ...} (the items listed, separated by
    commas, or all of them; binary memos left out; an array item once, its elements an
    array: docs/hfsql.md "Array items, shown"); a Data Source's record one level down,
    under `_SOURCE_<its name>_1`, as WINDEV writes it (code that reads its output
    unwraps that level: docs/hfsql.md "HRecordToJSON on a Data Source")."""
    ctx = file_arg(rt, file, "HRecordToJSON")
    record = shown_record(ctx, ctx.buffer)
    fields = {n: _plain(value_of(ctx, record, n)) for n in _items(ctx, items, "HRecordToJSON")}
    if getattr(file, "hf_context", None) is not None and not isinstance(file, FileContext):
        fields = {f"_SOURCE_{file.name}_1": fields}  # (a Data Source variable)
    return json.dumps(fields, ensure_ascii=False)


@h_function(family, "HRecordToXML", "HEnregistrementVersXML", fail="")
def h_record_to_xml(rt: Runtime, file: Any = None, items: Any = None) -> str:
    """The buffer as XML: <File><Item>value</Item>...</File> (an empty element for
    NULL; binary memos left out; an array item's element once per element)."""
    ctx = file_arg(rt, file, "HRecordToXML")
    record = shown_record(ctx, ctx.buffer)
    fields = xml_fields(ctx, record, _items(ctx, items, "HRecordToXML"), "HRecordToXML")
    return f"<{ctx.name}>{fields}</{ctx.name}>"


@h_function(family, "HListKey", "HListeClé", fail="")
def h_list_key(rt: Runtime, file: Any, options: Any = None) -> str:
    """The file's keys (key items and composite keys), one per line, in the analysis's
    order."""
    ctx = file_arg(rt, file, "HListKey")
    return "\r\n".join(k.name for k in ctx.desc.keys)


@h_function(family, "HCancelSeek", "HAnnuleRecherche")
def h_cancel_seek(rt: Runtime, file: Any = None) -> bool:
    """End the search in progress: HReadNext goes on in key order without HFound's test
    nor hLimitParsing's end."""
    ctx = file_arg(rt, file, "HCancelSeek")
    ctx.search = None
    return True


@h_function(family, "HState", "HEtat", "HStatus", fail=0)
def h_status(rt: Runtime, file: Any = None, recnum: Any = None) -> int:
    """The state of a record (the current one by default): hStateActive when it exists,
    hStateCrossed when HCross crossed it, hStateDel for a number below the highest one
    that is gone (deleted, or crossed then freed), hStateInvalid otherwise."""
    ctx = file_arg(rt, file, "HStatus")
    target = V.to_int(recnum) if recnum is not None else ctx.recnum
    state = record_state(ctx, target, H_STATE_INVALID)
    if state == H_STATE_INVALID and 0 < target <= reading.highest_recnum(ctx):
        return H_STATE_DEL
    return state


def record_state(ctx: FileContext, recnum: int, missing: int) -> int:
    """hStateActive when record `recnum` is in the file's table, hStateCrossed when HCross
    moved it aside, else `missing`: HState and HErrorStatusModification differ only in
    what a record that is gone is called (hStateInvalid / hStateDel)."""
    ctx.db.touch(ctx)
    row = ctx.db.backend.execute(f"SELECT 1 FROM {ctx.sql.table} WHERE _hrec = {ctx.sql.p}",
                                 [recnum]).fetchone()
    if row is not None:
        return H_STATE_ACTIVE
    return H_STATE_CROSSED if crossed.is_crossed(ctx, recnum) else missing


def _maintain(rt: Runtime, file: Any, fname: str, statement: str) -> bool:
    """Run a maintenance statement on the file's table (or every file's for "*")."""
    from .hfsql_write import _each_file
    for ctx in _each_file(rt, file, fname):
        ctx.db.touch(ctx)
        backend = ctx.db.backend
        try:
            pg_table = "TABLE " if statement == "REINDEX" and ctx.dialect == "postgresql" else ""
            backend.execute(f"{statement} {pg_table}{ctx.sql.table}")
        except backend.errors() as exc:
            raise ctx.failure(exc, fname) from None
    return True


@h_function(family, "HIndex", "HIndexe")
def h_index(rt: Runtime, file: Any = "*", *options: Any) -> bool:
    """Rebuild the file's indexes (REINDEX): the database keeps them up to date anyway,
    so this is only worth it after damage."""
    return _maintain(rt, file, "HIndex", "REINDEX")


@h_function(family, "HOptimize", "HOptimise")
def h_optimize(rt: Runtime, file: Any = "*", *options: Any) -> bool:
    """Refresh the database's statistics on the file (ANALYZE), what HFSQL's
    optimisation of the index statistics does."""
    return _maintain(rt, file, "HOptimize", "ANALYZE")

