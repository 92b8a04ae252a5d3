"""What an FTP server tells of one file: FTPFileExist/FTPFichierExiste,
FTPAttribute/FTPAttribut, FTPSize/FTPTaille, FTPDate, FTPTime/FTPHeure and
FTPDateTime/FTPDateHeure
(docs/builtins.md "FTP listings"); the listings themselves are stdlib/ftp_listing.py's.

As their pages say: FTPAttribute (?3040006) gives "ERR" when it fails, and without
parameters the attributes of the file the last FTPDate, FTPTime, FTPSize or FTPListFile
was about (FTPDateTime and FTPAttribute counted with them, INFERRED); FTPSize (?3040007)
without parameters that file's size; FTPDate (?3040015) gives "YYYYMMDD", FTPTime
(?3040013) "HHMMSS" and FTPDateTime (?1000020946) "YYYYMMDDHHMMSS", "" on failure. One
path's entry is asked with MLST where the server offers MLSD's facts (no listing of its
folder), else its folder is listed; a date comes from MDTM.
"""
from __future__ import annotations

import ftplib
import posixpath

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, NumberArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .ftp_client import _is_remote_dir
from .ftp_session import call, connection
from .ftp_listing import (FTP_DIRECTORY, FTP_MODIFICATION, Entry, folder_entries, _modified,
                          _offers_mlsd, attribute_letters, last_file, mlsd_entry,
                          remember_file)
from .strings import text_arg

family = Family("FTP file information")


def _given(rt: Runtime, number: object, fname: str, value: object) -> None:
    """A connection number given without a file must still be one (the last file's
    connection is used)."""
    if number is not None:
        connection(rt, number, fname, value)


def _mlst(ftp: ftplib.FTP, path: str) -> Entry | None:
    """`path`'s entry from MLST (RFC 3659: its facts on the control connection, no
    listing), None when the server has no such path (a refusal)."""
    try:
        reply = ftp.sendcmd(f"MLST {path}")
    except ftplib.error_perm:
        return None
    for line in reply.splitlines()[1:-1]:  # " type=file;size=5;modify=...; /docs/a.txt"
        facts, _, name = line[1:].partition(" ")
        pairs = (fact.partition("=") for fact in facts.rstrip(";").split(";"))
        found = mlsd_entry(posixpath.basename(name.rstrip("/")) or name,
                           {key.lower(): value for key, _, value in pairs})
        if found is not None:
            return found
    return None


def _entry(rt: Runtime, number: object, fname: str, path: str, value: object) -> Entry | None:
    """The entry for `path`: MLST where the server offers MLSD's facts, else its folder
    listed; None when there is none."""
    folder, name = posixpath.split(path.rstrip("/"))

    def find(ftp: ftplib.FTP) -> Entry | None:
        if _offers_mlsd(ftp):
            return _mlst(ftp, path)
        return next((e for e in folder_entries(ftp, folder) if e.name == name), None)
    result: Entry | None = call(rt, number, fname, value, find)
    return result


@family.function("FTPFileExist", "FTPFichierExiste", can_fail=True)
def ftp_file_exist(rt: Runtime, number: NumberArg, path: TextArg, kind: object = None) -> bool:
    """True when the server has the file (ftpDirectory: the folder) `path`; False when
    not, without ErrorOccurred (a connection that fails is one). INFERRED."""
    name = text_arg(path, "FTPFileExist")
    if kind is not None and V.to_int(kind) == FTP_DIRECTORY:
        return bool(call(rt, number, "FTPFileExist", False,
                          lambda ftp: _is_remote_dir(ftp, name)))
    entry = _entry(rt, number, "FTPFileExist", name, False)
    return entry is not None and not entry.folder


@family.function("FTPAttribute", "FTPAttribut", can_fail=True)
def ftp_attribute(rt: Runtime, number: object = None, path: TextArg = None) -> str:
    """The attributes of a file or folder of the server, as fAttribute writes them: "D"
    for a folder, "R" when its owner cannot write it, "" for a plain file; "ERR" on
    failure (?3040006). Without parameters: the file the last FTPDate, FTPTime, FTPSize
    or FTPListFile was about (its entry kept by FTPListFile: nothing asked then)."""
    if path is None:
        _given(rt, number, "FTPAttribute", "ERR")
        number, name, entry = last_file(rt, "FTPAttribute", "ERR")
    else:
        name, entry = text_arg(path, "FTPAttribute"), None
    if entry is None:
        entry = _entry(rt, number, "FTPAttribute", name, "ERR")
    if entry is None:
        raise BuiltinFailure(f"FTPAttribute: the server has no '{name}'.", value="ERR")
    remember_file(rt, number, name, entry)
    return attribute_letters(entry)


def _stamp(rt: Runtime, number: object, fname: str, path: object, kind: object) -> str:
    """The modification moment of a server's file (the last one asked about when no
    path is given, INFERRED from FTPAttribute's syntax), local "YYYYMMDDHHMMSS"; the
    creation and access dates are not given by FTP (a failure)."""
    if kind is not None and V.to_int(kind) != FTP_MODIFICATION:
        raise BuiltinFailure(f"{fname}: an FTP server gives only the modification date "
                             "(FTPModification).", value="")
    if path is None:
        connection(rt, number, fname, "")
        name = last_file(rt, fname, "")[1]
    else:
        name = text_arg(path, fname)
    stamp: str = call(rt, number, fname, "", lambda ftp: _modified(ftp, name))
    if not stamp:
        raise BuiltinFailure(f"{fname}: the server gives no date for '{name}' (MDTM).",
                             value="")
    remember_file(rt, number, name)
    return stamp


@family.function("FTPDate", "FTPDate", can_fail=True)
def ftp_date(rt: Runtime, number: NumberArg, path: TextArg = None, kind: object = None) -> str:
    """The date ("YYYYMMDD") the server's file was last modified (MDTM, local time;
    ?3040015)."""
    return _stamp(rt, number, "FTPDate", path, kind)[:8]


@family.function("FTPTime", "FTPHeure", can_fail=True)
def ftp_time(rt: Runtime, number: NumberArg, path: TextArg = None, kind: object = None) -> str:
    """The time ("HHMMSS", ?3040013) the server's file was last modified."""
    return _stamp(rt, number, "FTPTime", path, kind)[8:]


@family.function("FTPDateTime", "FTPDateHeure", can_fail=True)
def ftp_date_time(rt: Runtime, number: NumberArg, path: TextArg = None,
                  kind: object = None) -> str:
    """The date and time ("YYYYMMDDHHMMSS", ?1000020946) the server's file was last
    modified."""
    return _stamp(rt, number, "FTPDateTime", path, kind)


@family.function("FTPSize", "FTPTaille", can_fail=True)
def ftp_size(rt: Runtime, number: object = None, file: TextArg = None) -> int:
    """A file's size in bytes (SIZE, in binary mode), -1 on failure (?3040007); without
    parameters, the last file's (as FTPAttribute: the size FTPListFile read, nothing
    asked then)."""
    entry = None
    if file is None:
        _given(rt, number, "FTPSize", -1)
        number, path, entry = last_file(rt, "FTPSize", -1)
    else:
        path = text_arg(file, "FTPSize")
    if entry is not None:
        return entry.size

    def job(ftp: ftplib.FTP) -> int:
        ftp.voidcmd("TYPE I")
        size = ftp.size(path)
        return -1 if size is None else int(size)
    size = int(call(rt, number, "FTPSize", -1, job))
    remember_file(rt, number, path)
    return size
