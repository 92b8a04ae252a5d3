"""Where a data file's records live: HChangeName/HChangeNom (the physical name),
HChangeDir/HChangeRep (the folder), HSubstDir/HSubstRep (a folder for another),
HChangeLocation/HChangeLocalisation (libraries or disk) and HFileExist/HFichierExiste.

In HFSQL a data file's physical name and folder say which `.fic` file on disk holds its
records; both are documented to take effect on the next use (an open file is closed, its
buffer and position start afresh). Here a data file is a table: the physical name is the
table's name, and a folder becomes part of it, so that the same logical file in two
folders is two tables, as it is two files in HFSQL (docs/hfsql.md, "Physical names and
folders").
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from typing import Any

from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.errors import DATABASE, HFError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import db_of, file_arg, h_function
from .hfsql_write import _each_file

family = Family("HFSQL physical names and folders")
# HChangeLocation's search modes: names from its page (?3044167), values VERIFIED equal to
# the HFSQL header's eHLOCATION (HLOCWDL 1, HLOCDISK 2); French hDisque INFERRED
H_WDL = family.constant("hWDL", "hWDL", 1)
H_DISK = family.constant("hDisk", "hDisque", 2)


def _settings(rt: Runtime, ctx: FileContext) -> dict[str, str]:
    """The file's original physical name and the name/folder given to it so far."""
    table: dict[str, dict[str, str]] = rt.state.setdefault("hfsql_physical", {})
    return table.setdefault(fold(ctx.name), {"original": ctx.desc.physical, "name": "",
                                             "dir": ""})


def folder_tag(folder: str) -> str:
    """A short, stable tag for a folder: the same folder (whatever its case, slashes or
    trailing separator) always gives the same tag."""
    return hashlib.sha1(_norm(folder).encode("utf-8")).hexdigest()[:8]


def _norm(folder: str) -> str:
    return re.sub(r"[\\/]+", "/", folder.strip()).rstrip("/").lower() or "."


def _substituted(rt: Runtime, folder: str) -> str:
    """The folder a file really uses: HSubstDir's replacement of its folder ("" and
    "." are the default folder), else the folder itself ("" = the default)."""
    subst: dict[str, str] = rt.state.get("hfsql_subst_dir", {})
    real = subst.get(_norm(folder or "."))
    if real is None:
        return folder
    return "" if _norm(real) == "." else real


def _rebind(rt: Runtime, ctx: FileContext, fname: str) -> None:
    """The file now uses the table its settings name: a fresh context (the file is
    closed: new buffer, no position), on the same database."""
    s = _settings(rt, ctx)
    physical = s["name"] or s["original"]
    folder = _substituted(rt, s["dir"])
    if folder:
        physical = f"{physical}__d{folder_tag(folder)}"
    if len(physical) > 60:  # PostgreSQL cuts identifiers at 63 bytes
        raise HFError(DATABASE, f"{fname}: the physical name {physical} is too long.",
                      ctx.name)
    desc = dataclasses.replace(ctx.desc, physical=physical)
    fresh = FileContext(ctx.db, desc, ctx.name)
    main = db_of(rt)
    main.contexts[fold(ctx.name)] = fresh
    if main.last is ctx:  # "the last file used" is the file, whatever its table
        main.last = fresh


@h_function(family, "HChangeName", "HChangeNom")
def h_change_name(rt: Runtime, file: Any, physical: Any) -> bool:
    """Give the data file another physical name (table): "" goes back to the analysis's.
    The name has no drive and no folder (documented); HChangeDir sets the folder."""
    ctx = file_arg(rt, file, "HChangeName")
    name = V.to_str(physical).strip()
    if re.search(r"[\\/:]", name):
        raise HFError(DATABASE, f"HChangeName: '{name}' is a path; the physical name has no "
                                f"drive and no folder (HChangeDir gives the folder).", ctx.name)
    if name.lower().endswith(".fic"):
        name = name[:-4]
    _settings(rt, ctx)["name"] = name
    _rebind(rt, ctx, "HChangeName")
    return True


@h_function(family, "HChangeDir", "HChangeRep")
def h_change_dir(rt: Runtime, file: Any, folder: Any) -> bool:
    """Make the data file use its records of another folder: a table of its own per
    folder ("" goes back to the default folder, the run's database as it is)."""
    ctx = file_arg(rt, file, "HChangeDir")
    _settings(rt, ctx)["dir"] = V.to_str(folder).strip()
    _rebind(rt, ctx, "HChangeDir")
    return True


@family.function("HSubstDir", "HSubstRep")
def h_subst_dir(rt: Runtime, folder: Any, physical: Any) -> bool:
    """Use the folder `physical` wherever the folder `folder` was meant ("." or "": the
    default folder, that of every file not given one by HChangeDir). Documented: always
    True (the files must be closed first: they start afresh)."""
    subst: dict[str, str] = rt.state.setdefault("hfsql_subst_dir", {})
    subst[_norm(V.to_str(folder))] = V.to_str(physical).strip()
    db = db_of(rt)
    for name in list(db.analysis.files):
        ctx = db.context(name)
        if ctx is not None:
            _rebind(rt, ctx, "HSubstDir")
    return True


@h_function(family, "HChangeLocation", "HChangeLocalisation")
def h_change_location(rt: Runtime, file: Any, mode: Any, *libraries: Any) -> bool:
    """Where HFSQL looks for a data file's physical files: in the WINDEV libraries (WDL)
    then on disk, or on disk only (?3044167). The records are in the run's database,
    never in a library: as the page says of HFSQL Client/Server, True and no effect. The
    file ("*": every one) must be known; an unknown mode is refused."""
    how = V.to_int(mode)
    if how not in (H_WDL, H_DISK):
        raise HFError(DATABASE, f"HChangeLocation: {how} is not a search mode (hWDL or "
                                "hDisk).")
    _each_file(rt, file, "HChangeLocation")
    return True


@h_function(family, "HFileExist", "HFichierExiste")
def h_file_exist(rt: Runtime, file: Any = None) -> bool:
    """Does the data file's table exist in the database (already created)? A query
    result or a data source holding one exists."""
    ctx = file_arg(rt, file, "HFileExist")
    if ctx.is_result:
        return True
    return ctx.db.backend.table_exists(ctx.desc.physical)
