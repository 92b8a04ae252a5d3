"""Settings of HFSQL's own engine: HMode, HSetMemo/HGèreMémo, HSetCache/HGèreCache,
HSetTransaction/HGèreTransaction, HSetServer/HGèreServeur, and its checks HCheckIndex/
HVérifieIndex and HCheckUnalterable/HVérifieInaltéré.

They tune how HFSQL opens its files, caches them, keeps memos or serves clients, which
SQLite and PostgreSQL decide for themselves. Each is accepted with its arguments checked
(a wrong file, item or value fails as an H* function does), the setting is kept for the
run and the former value is returned as documented; what each does here is in
docs/hfsql.md, "Engine settings". The argument shapes are those of the HFSQL C API
header and WINDEV's runtime (its Java API); the constants' values are ours.
"""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql.errors import DATABASE, HFError
from wlinterp.hfsql.schema import quote
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import file_arg, h_function, name_arg
from .hfsql_connection import is_connection

family = Family("HFSQL engine settings")

# HFConstant.h's eHMODE and eHMEMO values
H_MODE_MONO = family.constant("hModeMono", "hModeMono", 1030)
H_MODE_MULTI = family.constant("hModeMulti", "hModeMulti", 1031)
H_MEMO_YES = family.constant("hMemoYes", "hMémoOui", 1001)
H_MEMO_NO = family.constant("hMemoNo", "hMémoNon", 1000)
# HMode's lock methods: HFConstant.h's eHLOCKMETHOD (HLOCKMETHODDIRECT, "blocage direct",
# WINDEV Mobile's runtime's default; HLOCKMETHODRESERVATION, "blocage avec réservation");
# names INFERRED from the header's
H_LOCK_DIRECT = family.constant("hLockDirect", "hBlocageDirect", 1020)
H_LOCK_RESERVATION = family.constant("hLockReservation", "hBlocageRéservation", 1021)


def _settings(rt: Runtime, kind: str) -> dict[Any, Any]:
    table: dict[str, dict[Any, Any]] = rt.state.setdefault("hfsql_engine", {})
    return table.setdefault(kind, {})


def _file_key(rt: Runtime, file: Any, fname: str) -> str:
    """A file argument checked ("*" and "" mean every file)."""
    name = V.to_str(file).strip() if isinstance(file, str) else ""
    if isinstance(file, str) and name in ("", "*"):
        return "*"
    return file_arg(rt, file, fname).name.lower()


def _swap(rt: Runtime, kind: str, key: str, value: Any, default: Any) -> Any:
    """Keep the new setting for `key` ("*": every file); return the former one."""
    table = _settings(rt, kind)
    former = table.get(key, table.get("*", default))
    if key == "*":
        table.clear()
    table[key] = value
    return former


@h_function(family, "HMode", "HMode", fail=-1)
def h_mode(rt: Runtime, *args: Any) -> int:
    """`HMode([file,] mode [, lock method])`: hModeMulti (the default: several programs
    share the file) or hModeMono, locking directly (hLockDirect, the default) or by
    reservation (hLockReservation); returns the former mode. Kept, not enforced: the
    database shares its tables and locks its rows (HLockFile gives a program the file
    to itself)."""
    if not args or len(args) > 3:
        raise HFError(DATABASE, "HMode: expected ([file,] mode [, lock method]).")
    file: Any = "*"
    rest = list(args)
    if isinstance(rest[0], str) or not isinstance(rest[0], (int, float)):
        file = rest.pop(0)
    if not rest:
        raise HFError(DATABASE, "HMode: the mode (hModeMono or hModeMulti) is missing.")
    mode = V.to_int(rest[0])
    if mode not in (H_MODE_MONO, H_MODE_MULTI):
        raise HFError(DATABASE, f"HMode: {mode} is neither hModeMono nor hModeMulti.")
    if len(rest) > 1 and V.to_int(rest[1]) not in (H_LOCK_DIRECT, H_LOCK_RESERVATION):
        raise HFError(DATABASE, f"HMode: {V.to_int(rest[1])} is not a lock method "
                                f"(hLockDirect or hLockReservation).")
    return int(_swap(rt, "mode", _file_key(rt, file, "HMode"), mode, H_MODE_MULTI))


@h_function(family, "HSetMemo", "HGèreMémo", fail=-1)
def h_set_memo(rt: Runtime, *args: Any) -> int:
    """`HSetMemo([file [, item]], mode)`: whether HFSQL reads and writes the memos
    (hMemoYes, the default) or not (hMemoNo); returns the former mode. Kept, not
    enforced: a memo is a column of the record's row, read with it."""
    if not args or len(args) > 3:
        raise HFError(DATABASE, "HSetMemo: expected ([file [, item]], mode).")
    *rest, mode = args
    key = "*"
    if rest:
        key = _file_key(rt, rest[0], "HSetMemo")
        if len(rest) == 2 and key != "*":
            ctx = file_arg(rt, rest[0], "HSetMemo")
            item = ctx.items[ctx.item(name_arg(rest[1]))]
            if "memo" not in item.type.kind:
                raise HFError(DATABASE, f"HSetMemo: {ctx.name}.{item.name} is not a memo.",
                              ctx.name, item.name)
            key += "." + item.name.lower()
    value = V.to_int(mode)
    if value not in (H_MEMO_YES, H_MEMO_NO):
        raise HFError(DATABASE, f"HSetMemo: {value} is neither hMemoYes nor hMemoNo.")
    return int(_swap(rt, "memo", key, value, H_MEMO_YES))


@h_function(family, "HSetCache", "HGèreCache")
def h_set_cache(rt: Runtime, kind: Any, *args: Any) -> bool:
    """`HSetCache(kind, [file, [item,]] size)`: the size of HFSQL's client cache. The
    database has its own cache (SQLite's page cache, PostgreSQL's shared buffers): kept,
    changes nothing. The size must be a number >= 0."""
    if not args:
        raise HFError(DATABASE, "HSetCache: the size is missing.")
    *where, size = args
    if not isinstance(size, (int, float)) or size < 0:
        raise HFError(DATABASE, f"HSetCache: the size must be a number >= 0, not "
                                f"{V.to_str(size)!r}.")
    key = _file_key(rt, where[0], "HSetCache") if where else "*"
    _swap(rt, f"cache {V.to_int(kind)}", key, size, 0)
    return True


@h_function(family, "HSetTransaction", "HGèreTransaction")
def h_set_transaction(rt: Runtime, file: Any, mode: Any = None) -> bool:
    """`HSetTransaction([file,] mode)`: whether HFSQL's transactions cover the file. A
    database transaction covers every table: kept, changes nothing; True."""
    if mode is None:
        file, mode = "*", file
    _swap(rt, "transaction", _file_key(rt, file, "HSetTransaction"), V.to_bool(mode), True)
    return True


@h_function(family, "HSetServer", "HGèreServeur")
def h_set_server(rt: Runtime, connection: Any, option: Any, value: Any = None) -> Any:
    """`HSetServer(connection, option [, value])`: a setting of the HFSQL server; returns
    the former value (the option's value alone: "" when never set). Kept per connection:
    the database server's settings are its administrator's."""
    if connection not in ("", None) and not is_connection(rt, connection):
        raise HFError(DATABASE, f"HSetServer: '{V.to_str(connection)}' is not a connection.")
    key = f"{V.to_str(connection).lower()}|{V.to_int(option)}"
    table = _settings(rt, "server")
    former = table.get(key, "")
    if value is not None:
        table[key] = value
    return former


@h_function(family, "HCheckIndex", "HVérifieIndex", fail=-1)
def h_check_index(rt: Runtime, file: Any = None, key: Any = None, gauge: Any = None) -> int:
    """Check the file's indexes; 0 when they are sound, else how many problems the
    database reports (SQLite's integrity check of the table; PostgreSQL's invalid
    indexes). "*" or nothing: every file."""
    from .hfsql_write import _each_file
    files = _each_file(rt, "*" if file in (None, "") else file, "HCheckIndex")
    problems = 0
    for ctx in files:
        if key not in (None, "") and ctx.desc.key(name_arg(key)) is None:
            raise HFError(DATABASE, f"HCheckIndex: '{name_arg(key)}' is not a key of "
                                    f"{ctx.name}.", ctx.name)
        ctx.db.touch(ctx)
        backend = ctx.db.backend
        if backend.dialect == "sqlite":
            rows = backend.execute(f"PRAGMA integrity_check({quote(ctx.desc.physical)})"
                                   ).fetchall()
            problems += sum(1 for r in rows if r[0] != "ok")
        else:
            row = backend.execute("SELECT count(*) FROM pg_index WHERE indrelid = "
                                  "to_regclass(%s) AND NOT indisvalid",
                                  [ctx.sql.table]).fetchone()
            problems += int(row[0])
    return problems


@h_function(family, "HCheckUnalterable", "HVérifieInaltéré")
def h_check_unalterable(rt: Runtime, file: Any = None, recnum: Any = None,
                        options: Any = None) -> bool:
    """Check an *unalterable* data file's chain of records. wlinterp has no unalterable
    files (the option is not in the analysis export): False, HError() set, rather than
    a check that did not happen."""
    ctx = file_arg(rt, file, "HCheckUnalterable")
    raise HFError(DATABASE, f"HCheckUnalterable: {ctx.name} is not an unalterable data "
                            f"file (wlinterp has none).", ctx.name)


