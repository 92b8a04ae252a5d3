"""HFSQL file protections and checks on an SQL database: HPass/HPasse,
HErrorPassword/HErreurMotDePasse, HSecurity/HSécurité, HFlush/HForceEcriture,
HCheckStructure/HVérifieStructure.

HFSQL's own files carry a password (and an encryption keyed by it), a "security" mode
and a flush-to-disk switch; a table in SQLite or PostgreSQL has none of them: access is
the database's business (the connection's user and password) and every commit is already
written to disk. What each function means here, and why, is in docs/hfsql.md ("Passwords,
security, structure checks").
"""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql.analysis import NOT_KEY
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.errors import DATABASE, HFError
from wlinterp.hfsql.introspect import describe_table
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import h_function
from .hfsql_write import _each_file

family = Family("HFSQL passwords, security and structure checks")


@h_function(family, "HPass", "HPasse")
def h_pass(rt: Runtime, file: Any, password: Any = None) -> bool:
    """Accept the password of a data file: a table has no password of its own (the
    database's user and password protect it), so nothing is checked, and the password
    is neither kept nor shown anywhere."""
    _each_file(rt, file, "HPass")
    return True


@family.function("HErrorPassword", "HErreurMotDePasse")
def h_error_password(rt: Runtime) -> bool:
    """Did the last H* call fail on a data file's password? Never here (no file has a
    password; a refused database login is a connection error)."""
    return False


def _setting(rt: Runtime, what: str, args: tuple[Any, ...], fname: str, initial: int = 1
             ) -> tuple[list[FileContext], int, int]:
    """`([File,] mode)` of a per-file setting: the files concerned ("*" or none: all),
    the new mode and the previous one (of the first file; `initial` before any call)."""
    if not args:
        raise HFError(DATABASE, f"{fname} expects a mode.")
    files = _each_file(rt, args[0] if len(args) > 1 else "*", fname)
    table: dict[str, int] = rt.state.setdefault(what, {})
    previous = table.get(fold(files[0].name), initial) if files else initial
    return files, V.to_int(args[-1]), previous


def _store(rt: Runtime, what: str, files: list[FileContext], mode: int) -> None:
    table: dict[str, int] = rt.state.setdefault(what, {})
    for ctx in files:
        table[fold(ctx.name)] = mode


@h_function(family, "HSecurity", "HSécurité", fail=-1)
def h_security(rt: Runtime, *args: Any) -> int:
    """`([File,] mode)`: HFSQL's protection of writes against crashes, on (1, 2) or off
    (0, the default: ?3044135); returns the previous mode. The databases always write safely (each commit is on
    disk), so the setting is kept and changes nothing."""
    files, mode, previous = _setting(rt, "hfsql_security", args, "HSecurity", initial=0)
    _store(rt, "hfsql_security", files, mode)
    return previous


@h_function(family, "HFlush", "HForceEcriture")
def h_flush(rt: Runtime, file: Any = "*") -> bool:
    """Force what was written onto the disk: already done at each commit (outside a
    transaction every write is one); a transaction in progress stays open."""
    _each_file(rt, file, "HFlush")
    return True


# HCheckStructure's modes: HFConstant.h's eHDESCRIPTION (HSTRICT = HIDENTICAL, then
# HCOMPATIBLE, HNOCHECK; names INFERRED from the header's, as hIdentical is HIDENTICAL);
# the C API's default is HSTRICT
H_STRICT = family.constant("hStrict", "hStrict", 0x80000)
H_COMPATIBLE = family.constant("hCompatible", "hCompatible", 0x80001)
H_NO_CHECK = family.constant("hNoCheck", "hSansVérification", 0x80002)


@h_function(family, "HCheckStructure", "HVérifieStructure", fail=-1)
def h_check_structure(rt: Runtime, *args: Any) -> int:
    """`([File,] mode)`: how a file's table is compared with its description; returns
    the previous mode (hStrict before any call). hNoCheck (or 0) compares nothing; any
    other mode compares now (items, keys), hCompatible letting the table have columns
    the description lacks: a table that differs fails (-1, HError() naming the
    differences, the mode unchanged); a table not created yet matches (it will be
    created from the description)."""
    files, mode, previous = _setting(rt, "hfsql_check_structure", args, "HCheckStructure",
                                     H_STRICT)
    problems: list[str] = []
    if mode not in (0, H_NO_CHECK):
        problems = [p for ctx in files for p in _differences(ctx, mode != H_COMPATIBLE)]
    if problems:
        raise HFError(DATABASE, "HCheckStructure: " + "; ".join(problems) + ".",
                      files[0].name if len(files) == 1 else "")
    _store(rt, "hfsql_check_structure", files, mode)
    return previous


def _differences(ctx: FileContext, strict: bool) -> list[str]:
    """What the table of `ctx` lacks or (`strict`) has more than its description (item
    names and key kinds: SQLite's column types cannot say which HFSQL type was meant)."""
    backend = ctx.db.backend
    if not backend.table_exists(ctx.desc.physical):
        return []
    try:
        found = describe_table(backend, ctx.desc.physical, ctx.name)
    except ValueError as exc:
        return [f"{ctx.name}: {exc}"]
    assert found is not None
    have = {fold(i.name): i for i in found.items}
    want = {fold(i.name): i for i in ctx.desc.items}
    problems = [f"{ctx.name}: the item {i.name} is missing from the table "
                f"{ctx.desc.physical}" for k, i in want.items() if k not in have]
    problems += [f"{ctx.name}: the table {ctx.desc.physical} has a column {i.name} that "
                 f"the description lacks" for k, i in have.items()
                 if strict and k not in want]
    for k, item in want.items():
        if k in have and (item.key != NOT_KEY) != (have[k].key != NOT_KEY):
            what = "is not a key" if item.key == NOT_KEY else "is a key"
            problems.append(f"{ctx.name}: {item.name} {what} in the description, not in "
                            f"the table")
    return problems
