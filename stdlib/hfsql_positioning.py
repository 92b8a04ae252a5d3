"""HFSQL positioning without reading: HFirst/HPremier, HLast/HDernier, HNext/HSuivant,
HPrevious/HPrécédent, HSeekFirst/HRecherchePremier, HSeekLast/HRechercheDernier,
HSeek/HRecherche; HCancelAlias/HAnnuleAlias.

As documented, these move the browse position (HFound, HOut and HRecNum() tell where)
but read nothing: the buffer and `File.Item` keep their values, and the functions that
work on "the current record" (HModify, HDelete, HRead without a number) still see the
record read before (pass HRecNum() to them). docs/hfsql.md, "Reading and browsing".
"""
from __future__ import annotations

from typing import Any, Callable

from wlinterp.hfsql import reading
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.errors import FILE_MISSING, HFError
from wlinterp.registry import Family, ItemArg
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import db_of, file_arg, h_function, name_arg
from .hfsql_read import seek as read_seek

family = Family("HFSQL positioning")


def _positioned(ctx: FileContext, move: Callable[[], bool]) -> bool:
    """Run a read for its position only: the buffer, the current record and what the
    conflict check compares are put back; HRecNum() shows the record positioned on."""
    kept = (ctx.buffer, ctx.recnum, ctx.new_record, ctx.read_row)
    ctx.positioned = 0
    try:
        result = move()
        reached = ctx.recnum if not ctx.out else 0
    finally:
        ctx.buffer, ctx.recnum, ctx.new_record, ctx.read_row = kept
    ctx.positioned = reached
    return result


@h_function(family, "HFirst", "HPremier")
def h_first(rt: Runtime, file: Any = None, key: ItemArg = None, options: Any = None) -> bool:
    """Position on the first record in the order of `key` (nothing read)."""
    ctx = file_arg(rt, file, "HFirst")
    return _positioned(ctx, lambda: reading.read_first(ctx, name_arg(key)))


@h_function(family, "HLast", "HDernier")
def h_last(rt: Runtime, file: Any = None, key: ItemArg = None, options: Any = None) -> bool:
    """Position on the last record in the order of `key` (nothing read)."""
    ctx = file_arg(rt, file, "HLast")
    return _positioned(ctx, lambda: reading.read_first(ctx, name_arg(key), last=True))


@h_function(family, "HNext", "HSuivant")
def h_next(rt: Runtime, file: Any = None, key: ItemArg = None, options: Any = None) -> bool:
    """Position on the next record (nothing read); in a search HFound tells if it
    still matches."""
    ctx = file_arg(rt, file, "HNext")
    return _positioned(ctx, lambda: reading.read_next(ctx, name_arg(key)))


@h_function(family, "HPrevious", "HPrécédent")
def h_previous(rt: Runtime, file: Any = None, key: ItemArg = None, options: Any = None) -> bool:
    """Position on the previous record (nothing read)."""
    ctx = file_arg(rt, file, "HPrevious")
    return _positioned(ctx, lambda: reading.read_next(ctx, name_arg(key), previous=True))


def _seek(rt: Runtime, fname: str, file: Any, key: Any, value: Any, options: Any,
          mode: str, generic_default: bool) -> bool:
    ctx = file_arg(rt, file, fname)
    return _positioned(ctx, lambda: read_seek(rt, fname, ctx, key, value, options, mode,
                                              generic_default, 0))  # (no HStartLock lock)


@h_function(family, "HSeekFirst", "HRecherchePremier")
def h_seek_first(rt: Runtime, file: Any, key: ItemArg, value: Any, options: Any = None) -> bool:
    """Position on the first record whose key equals `value` (exact unless hGeneric)."""
    return _seek(rt, "HSeekFirst", file, key, value, options, "first", False)


@h_function(family, "HSeekLast", "HRechercheDernier")
def h_seek_last(rt: Runtime, file: Any, key: ItemArg, value: Any, options: Any = None) -> bool:
    """Position on the last record whose key equals `value`."""
    return _seek(rt, "HSeekLast", file, key, value, options, "last", False)


@h_function(family, "HSeek", "HRecherche")
def h_seek(rt: Runtime, file: Any, key: ItemArg, value: Any, options: Any = None) -> bool:
    """Position on the first record whose key starts with `value` (generic on text
    unless hIdentical)."""
    return _seek(rt, "HSeek", file, key, value, options, "seek", True)


@h_function(family, "HCancelAlias", "HAnnuleAlias")
def h_cancel_alias(rt: Runtime, alias: Any = "*") -> bool:
    """Forget an alias made by HAlias ("*": every alias); the data file itself stays."""
    db = db_of(rt)
    files = {fold(d.name) for d in db.analysis.files.values()}
    if isinstance(alias, str) and alias.strip() == "*":
        names = [k for k, c in db.contexts.items()
                 if k not in files and not c.is_result and fold(c.desc.name) != k]
    else:  # an alias unknown: "a non-fatal WLanguage error" (?3044149; it stopped the run)
        if isinstance(alias, str) and fold(alias) not in db.contexts \
                and fold(alias) not in files:
            raise HFError(FILE_MISSING, f"HCancelAlias: no alias named '{alias}'.", alias)
        ctx = file_arg(rt, alias, "HCancelAlias")
        names = [fold(ctx.name)] if fold(ctx.name) not in files else []
    for name in names:
        db.contexts.pop(name, None)
    return True
