"""What a program can ask about its data files: HInfoItem/HInfoRubrique,
HListLink/HListeLiaison, HVersion, HRetrieveRecord/HRécupèreEnregistrement, and the
statistics of the keys (HStatCalculate/HStatCalcule, HStatNbRec/HStatNbEnr,
HStatNbDuplicates/HStatNbDoublon, HStatNbRecRange/HStatNbEnrIntervalle,
HStatDate, HStatTime/HStatHeure).

The argument shapes are those of the HFSQL C API header and WINDEV's runtime; the text
formats of HInfoItem, HListLink and HRetrieveRecord are *decided* (their help pages were
not found) and written in docs/hfsql.md, "File information and statistics".
"""
from __future__ import annotations

import datetime
from typing import Any

from wlinterp.hfsql import versions
from wlinterp.hfsql.analysis import DUPLICATES, NOT_KEY, UNIQUE
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.describe import KEY_TYPE_CONSTANTS
from wlinterp.hfsql.errors import DATABASE, HFError
from wlinterp.hfsql.itemtypes import to_db
from wlinterp.hfsql.schema import quote
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import db_of, file_arg, h_function, name_arg

family = Family("HFSQL file information")



@h_function(family, "HInfoItem", "HInfoRubrique", fail="")
def h_info_item(rt: Runtime, file: Any, item: Any) -> str:
    """An item's description, TAB separated: name, type code (HFConstant.h's, as the
    hItem... constants and ..Type give it), size, key type (hNotAKey, hUniqueKey or
    hDuplicatesKey's value, as ..KeyType takes them), NULL allowed (0/1). The item by name or by its number (1 = the first)."""
    ctx = file_arg(rt, file, "HInfoItem")
    if isinstance(item, (int, float)) and not isinstance(item, bool):
        shown = ctx.desc.shown_items  # an array item counted once
        if not 0 < int(item) <= len(shown):
            raise HFError(DATABASE, f"HInfoItem: {ctx.name} has no item number {int(item)}.",
                          ctx.name)
        n = ctx.index[fold(shown[int(item) - 1].name)]
    else:
        n = ctx.item(name_arg(item))
    it = ctx.items[n]
    key = ctx.desc.key(it.name)
    kind = NOT_KEY if key is None or len(key.items) != 1 else UNIQUE if key.unique else DUPLICATES
    return "\t".join([it.name, str(it.type.hit), str(it.size), str(KEY_TYPE_CONSTANTS[kind]),
                      "1" if it.null_allowed else "0"])


@h_function(family, "HListLink", "HListeLiaison", fail="")
def h_list_link(rt: Runtime, file: Any = None, *options: Any) -> str:
    """The analysis's links, one per line (CR): link name (its two files' names), parent
    file, parent item, child file, child item, TAB separated. With a file: the links it
    takes part in."""
    db = db_of(rt)
    only = ""
    if file is not None and not isinstance(file, (int, float)):
        only = fold(file_arg(rt, file, "HListLink").desc.name)
    lines = []
    for link in db.analysis.links:
        if only and only not in (fold(link.parent_file), fold(link.child_file)):
            continue
        lines.append("\t".join([link.parent_file + link.child_file, link.parent_file,
                                link.parent_item, link.child_file, link.child_item]))
    return "\r\n".join(lines)


@h_function(family, "HVersion", "HVersion", fail=0)
def h_version(rt: Runtime, file: Any = None) -> int:
    """The file's modification counter: 1 at the first call, then one more for each
    record added, modified, deleted or crossed since, by any program."""
    ctx = file_arg(rt, file, "HVersion")
    ctx.db.touch(ctx)
    try:
        return versions.version(ctx)
    except ctx.db.backend.errors() as exc:
        raise ctx.failure(exc, "HVersion") from None


@h_function(family, "HRetrieveRecord", "HRécupèreEnregistrement", fail="")
def h_retrieve_record(rt: Runtime, file: Any = None, separator: Any = None,
                      sub_separator: Any = None) -> str:
    """The buffer's values as text, separated by TAB (or `separator`); binary memos and
    NULL give an empty value."""
    ctx = file_arg(rt, file, "HRetrieveRecord")
    sep = "\t" if separator is None else V.to_str(separator)
    return sep.join("" if v is None or k == "binmemo" else V.to_str(v)
                    for v, k in zip(ctx.buffer, ctx.kinds))


def _key_column(ctx: FileContext, key: Any, fname: str) -> str:
    """The columns of a key (or item) as SQL, for counting."""
    items = ctx.key_items(name_arg(key))
    return ", ".join(quote(i.name, ctx.dialect) for i in items)


def _stats(rt: Runtime) -> dict[str, datetime.datetime]:
    stamps: dict[str, datetime.datetime] = rt.state.setdefault("hfsql_stats", {})
    return stamps


@h_function(family, "HStatCalculate", "HStatCalcule")
def h_stat_calculate(rt: Runtime, file: Any = None, key: Any = None, options: Any = None) -> bool:
    """Compute the keys' statistics: the database's ANALYZE of the table (its planner
    uses them, as HFSQL's optimiser uses its own); HStatDate/HStatTime tell when."""
    ctx = file_arg(rt, file, "HStatCalculate")
    ctx.db.touch(ctx)
    if key not in (None, ""):
        ctx.key_items(name_arg(key))  # an unknown key fails
    try:
        ctx.db.backend.execute(f"ANALYZE {ctx.sql.table}")
    except ctx.db.backend.errors() as exc:
        raise ctx.failure(exc, "HStatCalculate") from None
    _stats(rt)[fold(ctx.name)] = datetime.datetime.now()
    return True


@h_function(family, "HStatNbRec", "HStatNbEnr", fail=-1)
def h_stat_nb_rec(rt: Runtime, file: Any = None, key: Any = None) -> int:
    """Entries of the key (each record is one; with a key, those whose key is not NULL)."""
    ctx = file_arg(rt, file, "HStatNbRec")
    ctx.db.touch(ctx)
    where = ""
    if key not in (None, ""):
        cols = [quote(i.name, ctx.dialect) for i in ctx.key_items(name_arg(key))]
        where = " WHERE " + " AND ".join(f"{c} IS NOT NULL" for c in cols)
    return int(ctx.db.fetchone(ctx, f"SELECT COUNT(*) FROM {ctx.sql.table}{where}", [])[0])


@h_function(family, "HStatNbDuplicates", "HStatNbDoublon", fail=-1)
def h_stat_nb_duplicates(rt: Runtime, file: Any, key: Any) -> int:
    """Records of the key whose value another record already has (values compared as
    the key compares them: text keys without regard to case or accents)."""
    ctx = file_arg(rt, file, "HStatNbDuplicates")
    ctx.db.touch(ctx)
    cols = _key_column(ctx, key, "HStatNbDuplicates")
    sql = (f"SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM {ctx.sql.table} "
           f"GROUP BY {cols}) AS g")
    return int(ctx.db.fetchone(ctx, sql, [])[0])


@h_function(family, "HStatNbRecRange", "HStatNbEnrIntervalle", fail=-1)
def h_stat_nb_rec_range(rt: Runtime, file: Any, key: Any, low: Any, high: Any) -> int:
    """Records whose key (one item) lies between `low` and `high`, both included."""
    ctx = file_arg(rt, file, "HStatNbRecRange")
    ctx.db.touch(ctx)
    items = ctx.key_items(name_arg(key))
    if len(items) != 1:
        raise HFError(DATABASE, "HStatNbRecRange: a key of one item is expected.", ctx.name)
    it = items[0]
    col, p = quote(it.name, ctx.dialect), ctx.sql.p
    bounds = [to_db(it.type.kind, it.size, ctx.coercers[ctx.item(it.name)](v), ctx.dialect)
              for v in (low, high)]
    sql = f"SELECT COUNT(*) FROM {ctx.sql.table} WHERE {col} >= {p} AND {col} <= {p}"
    return int(ctx.db.fetchone(ctx, sql, bounds)[0])


@h_function(family, "HStatDate", "HStatDate", fail="")
def h_stat_date(rt: Runtime, file: Any = None, key: Any = None) -> str:
    """The date (YYYYMMDD) of the file's last HStatCalculate in this run; "" if none."""
    stamp = _stats(rt).get(fold(file_arg(rt, file, "HStatDate").name))
    return stamp.strftime("%Y%m%d") if stamp else ""


@h_function(family, "HStatTime", "HStatHeure", fail="")
def h_stat_time(rt: Runtime, file: Any = None, key: Any = None) -> str:
    """The time (HHMMSSCC) of the file's last HStatCalculate in this run; "" if none."""
    stamp = _stats(rt).get(fold(file_arg(rt, file, "HStatTime").name))
    return stamp.strftime("%H%M%S") + f"{stamp.microsecond // 10000:02d}" if stamp else ""
