"""FTP listings: FTPListFile/FTPListeFichier (a procedure called for each file) and how
a folder's entries are read (docs/builtins.md "FTP"); what one file's entry tells
(FTPFileExist, FTPAttribute, FTPDate...) is stdlib/ftp_file_info.py's.

No stored help page gives these functions' syntax: the parameters follow the family's
(the connection number first, failures non-fatal, as stdlib/ftp_client.py) and
fListFile's callback form; each choice is marked INFERRED in docs/builtins.md. What a
folder holds is read in one listing: MLSD (RFC 3659: type, size, modification moment to
the second in UTC, permissions, in a form meant for programs) where the server offers
it (MLST in its FEAT reply, asked once per connection), else LIST, which every server
answers (vsftpd has no MLSD), in the Unix form or the Windows (IIS) one. LIST gives
minutes at best and sometimes no year, so there a file's moment is asked with MDTM, one
command per file. One path (FTPFileExist, FTPAttribute) is asked with MLST where MLSD is
offered. Moments are given in local time, as fDate gives a local file's.
"""
from __future__ import annotations

import calendar
import datetime
import ftplib
import posixpath
import re
from dataclasses import dataclass

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, NumberArg, ProcArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.procrefs import call_with, procedure_arg
from wlinterp.runtime.state import Runtime

from .ftp_session import call, connection
from .paths import mask_matches
from wlinterp.digits import ascii_digits
from .strings import text_arg

family = Family("FTP listings")

# Which entries (FTPListFile's option, FTPFileExist's kind): PC SOFT's constant names
# ftpFichier and ftpRépertoire; the values and English names ours (INFERRED).
FTP_FILE = family.constant("ftpFile", "ftpFichier", 1)
FTP_DIRECTORY = family.constant("ftpDirectory", "ftpRépertoire", 2)
# Which date (FTPDate, FTPTime, FTPDateTime): PC SOFT's names FTPCréation, FTPModification,
# FTPAccès; the values ours.
FTP_CREATION = family.constant("FTPCreation", "FTPCréation", 1)
FTP_MODIFICATION = family.constant("FTPModification", "FTPModification", 2)
FTP_ACCESS = family.constant("FTPAccess", "FTPAccès", 3)

_UNIX = re.compile(r"^(?P<kind>[-dlcbps])(?P<perm>\S{9})\S*\s+\d+\s+(?:\S+\s+){1,2}?"
                   r"(?P<size>\d+)\s+(?P<month>[A-Za-z]{3})\s+(?P<day>\d{1,2})\s+"
                   r"(?P<when>\d{1,2}:\d{2}|\d{4})\s(?P<name>.+)$")
_WINDOWS = re.compile(r"^(?P<date>\d{2}-\d{2}-\d{2,4})\s+(?P<time>\d{1,2}:\d{2}\s*[AP]M)\s+"
                      r"(?P<size><DIR>|\d+)\s+(?P<name>.+)$", re.IGNORECASE)
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}


@dataclass
class Entry:
    """One line of a listing."""
    name: str
    size: int
    folder: bool
    read_only: bool
    stamp: str  # "YYYYMMDDHHMMSS" as the listing gives it (local), "" when unknown
    exact: bool = False  # the stamp is to the second (MLSD): no MDTM needed


def _number(text: str) -> int:
    """A size of a listing line; 0 when it is not a number one can hold (`size=abc`, 5000
    digits): one odd line failed the whole listing with Python's words ("invalid literal
    for int()", "Exceeds the limit ... for integer string conversion")."""
    text = text.strip()
    return int(text) if ascii_digits(text) and len(text) <= 20 else 0


def _unix_stamp(month: str, day: str, when: str) -> str:
    """`ls -l`'s date: "Dec 03 12:34" (within the last months: this year or the last)
    or "Dec 03 2025" (no time)."""
    m = _MONTHS.get(month.lower())
    if m is None:
        return ""
    if ":" in when:
        now = datetime.datetime.now()
        hour, minute = (int(p) for p in when.split(":"))
        year = now.year - 1 if (m, int(day)) > (now.month, now.day) else now.year
        return f"{year:04d}{m:02d}{int(day):02d}{hour:02d}{minute:02d}00"
    return f"{int(when):04d}{m:02d}{int(day):02d}000000"


def _windows_stamp(date: str, time: str) -> str:
    """IIS's "12-03-25 01:34PM" (month first)."""
    month, day, year = (int(p) for p in date.split("-"))
    year += 2000 if year < 70 else 1900 if year < 100 else 0
    try:
        clock = datetime.datetime.strptime(time.replace(" ", "").upper(), "%I:%M%p")
    except ValueError:  # ("13:99PM": the entry without its moment)
        return ""
    return f"{year:04d}{month:02d}{day:02d}{clock:%H%M}00"


def parse_line(line: str) -> Entry | None:
    """An entry of a LIST line (Unix or Windows form), None for the others ("total 12",
    ".", "..")."""
    m = _UNIX.match(line)
    if m is not None:
        name = m["name"].split(" -> ")[0] if m["kind"] == "l" else m["name"]
        entry = Entry(name, _number(m["size"]), m["kind"] == "d", m["perm"][1] != "w",
                      _unix_stamp(m["month"], m["day"], m["when"]))
    elif (m := _WINDOWS.match(line)) is not None:
        folder = m["size"].upper() == "<DIR>"
        entry = Entry(m["name"], 0 if folder else _number(m["size"]), folder, False,
                      _windows_stamp(m["date"], m["time"]))
    else:
        return None
    return None if entry.name in (".", "..") else entry


def mlsd_entry(name: str, facts: dict[str, str]) -> Entry | None:
    """An entry of an MLSD line's facts (ftplib gives their names in lower case), None
    for the folder itself and its parent (types cdir, pdir). Read-only: a file whose
    permissions lack "w" (RFC 3659: it cannot be written to)."""
    kind = facts.get("type", "").lower()
    if kind in ("cdir", "pdir") or name in ("", ".", ".."):  # ("": a line of no name)
        return None
    folder = kind == "dir"
    perm = facts.get("perm")
    stamp = _local(facts.get("modify", ""))
    return Entry(name, _number(facts.get("size", "0")) if not folder else 0, folder,
                 not folder and perm is not None and "w" not in perm.lower(), stamp,
                 bool(stamp))


def _offers_mlsd(ftp: ftplib.FTP) -> bool:
    """Does the server list folders with MLSD (MLST among its FEAT lines)? Asked once
    per connection; a server without FEAT offers nothing."""
    known = getattr(ftp, "wl_mlsd", None)
    if known is None:
        try:
            lines = ftp.sendcmd("FEAT").splitlines()[1:]
        except ftplib.error_perm:
            lines = []
        known = any(line.strip().upper().startswith("MLST") for line in lines)
        setattr(ftp, "wl_mlsd", known)
    return bool(known)


def folder_entries(ftp: ftplib.FTP, folder: str) -> list[Entry]:
    """What `folder` holds, in one listing (MLSD where offered, else LIST)."""
    if _offers_mlsd(ftp):
        try:
            found = [mlsd_entry(name, facts) for name, facts in ftp.mlsd(folder)]
            return [e for e in found if e is not None]
        except ftplib.error_perm:  # offered but refused here: LIST, as elsewhere
            setattr(ftp, "wl_mlsd", False)
    lines: list[str] = []
    ftp.retrlines(f"LIST {folder}" if folder else "LIST", lines.append)
    return [e for e in map(parse_line, lines) if e is not None]


def _local(utc_digits: str) -> str:
    """A moment written "YYYYMMDDHHMMSS[.sss]" in UTC (MDTM, MLSD's modify), as local
    time "YYYYMMDDHHMMSS"; "" when it is not one."""
    digits = utc_digits.strip()[:14]
    if len(digits) != 14 or not ascii_digits(digits):
        return ""
    try:  # ("20241399999999": a listing's line, or MDTM, without its moment)
        utc = datetime.datetime.strptime(digits, "%Y%m%d%H%M%S")
        local = datetime.datetime.fromtimestamp(calendar.timegm(utc.timetuple()))
    except (ValueError, OverflowError, OSError):
        return ""
    return local.strftime("%Y%m%d%H%M%S")


def _modified(ftp: ftplib.FTP, path: str) -> str:
    """The file's modification moment, local time "YYYYMMDDHHMMSS" (MDTM is in UTC);
    "" when the server does not give it."""
    try:
        reply = ftp.sendcmd(f"MDTM {path}")
    except ftplib.error_perm:
        return ""
    return _local(reply[4:])


def _split(files: str) -> tuple[str, str]:
    """(folder, mask) of FTPListFile's <files>: "/docs/*.txt", "/docs" (a folder: all);
    the mask matched as paths.mask_matches does ("*.*" every name, case ignored)."""
    folder, mask = posixpath.split(files)
    if not any(c in mask for c in "*?"):
        folder, mask = files, "*"
    return folder, mask


def _is_the_file(ftp: ftplib.FTP, path: str, listed: list[Entry]) -> bool:
    """Did listing `path` (no mask) give the file `path` itself, as LIST does for a file
    ("/docs/a.txt" was listed as "/docs/a.txt/a.txt", its date not found)? One entry of
    its name, and `path` no folder (a folder holding one file of its own name)."""
    if len(listed) != 1 or listed[0].folder or not path.strip("/"):
        return False
    if listed[0].name not in (posixpath.basename(path.rstrip("/")), path):
        return False
    from .ftp_client import _is_remote_dir  # (ftp_client's: asked only in this case)
    return not _is_remote_dir(ftp, path)


def _wanted(entry: Entry, kinds: int) -> bool:
    return bool(kinds & (FTP_DIRECTORY if entry.folder else FTP_FILE))


def remember_file(rt: Runtime, number: object, path: str, entry: Entry | None = None) -> None:
    """The file the last FTPDate, FTPTime, FTPSize or FTPListFile was about (and its
    listing entry when one was read): what FTPAttribute() without parameters tells of
    (?3040006)."""
    rt.state["ftp:last"] = (number, path, entry)


def last_file(rt: Runtime, fname: str, value: object) -> tuple[object, str, Entry | None]:
    """(connection number, path, entry or None) of `remember_file`; a failure giving
    `value` when no FTP function has been about a file yet."""
    last: tuple[object, str, Entry | None] | None = rt.state.get("ftp:last")
    if last is None:
        raise BuiltinFailure(f"{fname}: no file given, and no FTPDate, FTPTime, FTPSize or "
                             "FTPListFile was about one before.", value=value)
    return last


_OFFERED = ("FTPListFile gives its procedure 6: the name, the size, the attribute, the "
            "modification date, its time and the custom parameter")


@family.function("FTPListFile", "FTPListeFichier", can_fail=True)
def ftp_list_file(rt: Runtime, number: NumberArg, files: TextArg, procedure: ProcArg,
                  param: object = None, option: object = 0) -> int:
    """Call `procedure` for each entry of the server's folder that matches `files`
    ("/docs/*.txt"), with (name, size, attribute ("D" for a folder, "R" read-only, ""),
    modification date "YYYYMMDD", time "HHMMSS" as FTPTime gives it (?3040013), the
    custom parameter); it stops when
    the procedure returns False. The number of entries given to it; -1 on failure.
    ftpFile / ftpDirectory keep only files / folders (both by default). INFERRED."""
    folder, mask = _split(text_arg(files, "FTPListFile"))
    connection(rt, number, "FTPListFile", -1)
    ref = procedure_arg(rt, procedure, "FTPListFile")
    kinds = V.to_int(option) if option else FTP_FILE | FTP_DIRECTORY

    def matching(ftp: ftplib.FTP) -> list[tuple[Entry, str]]:
        listed = folder_entries(ftp, folder)
        if _is_the_file(ftp, folder, listed):
            return [(listed[0], folder)] if _wanted(listed[0], kinds) else []
        found = [e for e in listed if _wanted(e, kinds) and mask_matches(e.name, mask)]
        return [(e, posixpath.join(folder, e.name) if folder else e.name) for e in found]
    entries = call(rt, number, "FTPListFile", -1, matching)
    count = 0
    for entry, path in entries:
        stamp = "" if entry.folder or entry.exact else call(
            rt, number, "FTPListFile", -1, lambda ftp, p=path: _modified(ftp, p))
        stamp = stamp or entry.stamp
        count += 1
        remember_file(rt, number, path, entry)
        result = call_with(ref, path, entry.size, attribute_letters(entry), stamp[:8],
                           stamp[8:14], "" if param is None else param, offered=_OFFERED)
        if result is False:
            break
    return count


def attribute_letters(entry: Entry) -> str:
    """FTPAttribute's letters for an entry: "D" a folder, "R" read-only."""
    return ("D" if entry.folder else "") + ("R" if entry.read_only else "")
