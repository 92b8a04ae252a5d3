"""File maintenance that means something on SQLite and PostgreSQL: HReindex/HRéindexe,
HIndexingInProgress/HRéindexationEnCours and HChangePassword/HChangeMotDePasse.

No help page for either was found; HFSQL's C API header declares `HReindexe(table
[, mode [, gauge]])` returning a boolean. *Decided* (INFERRED): HReindex rebuilds the
table's indexes with the database's own `REINDEX` (HFSQL rebuilds its `.ndx` file), at
once: the call returns when it is done, so a reindexation is never "in progress";
without a file, or with "*", every data file of the analysis (its table created first
when missing, as any H* function on it would). The
statistics are refreshed (ANALYZE) unless the mode has hNdxNoStat; the other modes and
the gauge change nothing. HChangePassword is HPass's companion: a table has
no password of its own (docs/hfsql.md, "Passwords, security, structure checks"), so the
call succeeds and neither password is checked, kept or shown. docs/hfsql.md,
"Maintenance".
"""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql.errors import DATABASE, HFError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import file_arg, h_function
from .hfsql_write import _each_file

family = Family("HFSQL file maintenance")


# HReindex's modes: HFConstant.h's eHNDXMODE (values VERIFIED there, names INFERRED from
# its HNDX... names); WINDEV Mobile's runtime's default is 4, hNdxNormal
H_NDX_NO_STAT = family.constant("hNdxNoStat", "hNdxSansStat", 0x2)
for _en, _fr, _value in (("hNdxCompact", "hNdxCompact", 0x1), ("hNdxNormal", "hNdxNormal", 0x4),
                         ("hNdxSilent", "hNdxSilencieux", 0x8),
                         ("hNdxDelete", "hNdxSupprime", 0x10),
                         ("hNdxMinimal", "hNdxMinimal", 0x20),
                         ("hNdxCheckMemo", "hNdxVérifieMémo", 0x40),
                         ("hNdxFullText", "hNdxFullText", 0x200)):
    family.constant(_en, _fr, _value)
# every bit of eHNDXMODE: those above, HNDXNOCHECKFIC 0x100, HNDXTRYHOT 0x400 and
# HNDXFORCEHOT 0x800 (no names found; a reindexation here is always "hot")
_NDX_MODES = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x40 | 0x100 | 0x200 | 0x400 | 0x800


@h_function(family, "HReindex", "HRéindexe")
def h_reindex(rt: Runtime, file: Any = "*", mode: Any = None, *gauge: Any) -> bool:
    """Rebuild the indexes of the file's table (every file's with "*"), then refresh
    the database's statistics on it (ANALYZE) unless hNdxNoStat is given, as HFSQL's
    normal reindexation recomputes its own. The other modes (compaction, damaged
    records, memos, full text) have nothing more to do on a table."""
    flags = 0 if mode is None else V.to_int(mode)
    if flags & ~_NDX_MODES or flags < 0:
        raise HFError(DATABASE, f"HReindex: {flags} is not a mode of HReindex (hNdxNormal, "
                                f"hNdxNoStat, hNdxCompact... combined with +).")
    for ctx in _each_file(rt, "*" if file in (None, "") else file, "HReindex"):
        ctx.db.touch(ctx)
        table = ctx.sql.table
        sql = [f"REINDEX TABLE {table}" if ctx.dialect == "postgresql" else f"REINDEX {table}"]
        if not flags & H_NDX_NO_STAT:
            sql.append(f"ANALYZE {table}")
        try:
            for statement in sql:
                ctx.db.backend.write(statement, [])
        except ctx.db.backend.errors() as exc:
            raise ctx.failure(exc, "HReindex") from None
    return True


NO_REINDEXING = -1  # HIndexingInProgress: no reindexation in progress (UNVERIFIED)


@h_function(family, "HIndexingInProgress", "HRéindexationEnCours", fail=NO_REINDEXING)
def h_indexing_in_progress(rt: Runtime, file: Any = None, *gauge: Any) -> int:
    """The progress of a reindexation in progress on the file (the C API header: "the
    progress of a reindexation in progress", an integer; arguments file and gauge).
    wlinterp's HReindex is done within its call and another program's REINDEX holds the
    database until it ends, so none is ever seen in progress: -1 (*decided*; that -1
    means "none" is UNVERIFIED, no page was found). An unknown file is an error as for
    any H* function."""
    ctx = file_arg(rt, file, "HIndexingInProgress")
    ctx.db.touch(ctx)
    return NO_REINDEXING


@h_function(family, "HChangePassword", "HChangeMotDePasse")
def h_change_password(rt: Runtime, file: Any, old: Any = None, new: Any = None) -> bool:
    """Accept a data file's new password, as HPass accepts one: nothing is checked or
    kept (the database's login protects the table)."""
    _each_file(rt, file, "HChangePassword")
    return True
