"""HInfoFile/HInfoFichier: the size of a data file's parts.

No help page of the function was found; HFSQL's C API header (`HFConstant.h`, "mode pour
la fonction HInfoFichier") gives its modes: 1 the size of the data (`.FIC`), 2 of the
index (`.NDX`), 4 of the memos (`.MMO`), 8 of the full-text index (`.FTX`), 0xFFFF the
sum of the data, index and memos. Here the parts are the table's storage in the
database (docs/hfsql.md, "File information and statistics"): SQLite counts the pages of
the table and of its indexes (`dbstat`), memos being stored in the table's own pages;
PostgreSQL the table's main fork, its indexes and its TOAST table (where long memos
go). A full-text index does not exist: 0.
"""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.errors import DATABASE, HFError
from wlinterp.hfsql.schema import quote
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import file_arg, h_function

family = Family("HFSQL file sizes")

DATA, INDEX, MEMO, FULL_TEXT, TOTAL = 1, 2, 4, 8, 0xFFFF  # the C API header's modes


@h_function(family, "HInfoFile", "HInfoFichier", fail=-1)
def h_info_file(rt: Runtime, file: Any, mode: Any) -> int:
    """The size in bytes of the parts of the data file that `mode` asks for (the C API
    header's values, added together: 1 data, 2 index, 4 memos, 8 full-text; 0xFFFF data
    + index + memos)."""
    ctx = file_arg(rt, file, "HInfoFile")
    bits = V.to_int(mode)
    if bits <= 0 or bits & ~TOTAL:
        raise HFError(DATABASE, f"HInfoFile: {bits} is not a kind of size (1 data, 2 index, "
                                f"4 memos, 8 full-text, 65535 all).", ctx.name)
    ctx.db.touch(ctx)
    sizes = _sizes(ctx)
    return sum(size for bit, size in zip((DATA, INDEX, MEMO), sizes) if bits & bit)


def _sizes(ctx: FileContext) -> tuple[int, int, int]:
    """(data, index, memos) in bytes, as the database stores the table."""
    backend = ctx.db.backend
    table = ctx.desc.physical
    try:
        if ctx.dialect == "postgresql":
            row = backend.execute(
                "SELECT pg_relation_size(c.oid), pg_indexes_size(c.oid), "
                "coalesce(pg_total_relation_size(nullif(c.reltoastrelid, 0)), 0) "
                "FROM pg_class c WHERE c.oid = to_regclass(%s)",
                [quote(table, "postgresql")]).fetchone()
            return (int(row[0]), int(row[1]), int(row[2])) if row else (0, 0, 0)
        schema = "temp" if ctx.is_result else "main"
        row = backend.execute(
            f"SELECT coalesce(sum(CASE WHEN s.name = m.tbl_name THEN s.pgsize END), 0), "
            f"coalesce(sum(CASE WHEN s.name <> m.tbl_name THEN s.pgsize END), 0) "
            f"FROM dbstat('{schema}') s JOIN {schema}.sqlite_master m ON m.name = s.name "
            f"WHERE m.tbl_name = ? COLLATE NOCASE", [table]).fetchone()
        return int(row[0]), int(row[1]), 0
    except backend.errors() as exc:
        raise HFError(DATABASE, f"HInfoFile on {ctx.name}: the database cannot tell the "
                                f"size ({exc}).", ctx.name) from None
