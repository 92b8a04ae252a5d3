"""A file's dates: fDate, fTime/fHeure, fDateTime/fDateHeure, read or changed.

`fDate(file [, kind])` reads a date; `fDate(file, new date [, kind])` changes it, as PC
SOFT's constants page of the external file functions (?3036008) has fCreation and
fAccess "handle" the date of creation and of last access for fDate and fTime, and as
PC SOFT's runtime takes a string as fDate's second parameter. The kind is fModification
(the default), fCreation or fAccess (docs/builtins.md "fDate's second parameter").

Every failure to read or change a date is non-fatal (the error value, ErrorOccurred,
ErrorInfo), as for the other file functions; a second or third parameter that is neither
a kind nor a date is a fatal error: it is a mistake in the code, not in the disk.
"""
from __future__ import annotations

import datetime
import os
from typing import Callable

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import UNKNOWN, Family, Given, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.datetimes import normalize_datetime, normalize_time
from wlinterp.runtime.state import Runtime

from .paths import failure, native_path

family = Family("File dates")

F_CREATION = family.constant("fCreation", "fCréation", 1)
# fModification 0 INFERRED: WINDEV Mobile's runtime gives fDate's kind the default 0 and
# the help makes fModification the default; fCreation 1 and fAccess 3 are ours
F_MODIFICATION = family.constant("fModification", "fModification", 0)
F_ACCESS = family.constant("fAccess", "fAccès", 3)
_KINDS = (F_CREATION, F_MODIFICATION, F_ACCESS)
_SHAPES = {"date": "YYYYMMDD", "time": "HHMMSSCC", "datetime": "YYYYMMDDHHMMSSCC"}


def _kind(fname: str, kind: object) -> int:
    """The date a call reads or changes; anything but the three constants is refused
    rather than read as one (a date given where the kind goes would read a wrong date)."""
    if isinstance(kind, str) or isinstance(kind, bool) or V.to_int(kind) not in _KINDS:
        raise WLRuntimeError(f"{fname}: the kind of date is fModification, fCreation or "
                             f"fAccess, not {V.to_str(kind)!r}.")
    return V.to_int(kind)


def _is_new_value(fname: str, second: object, kind: object) -> bool:
    """The changing form: a date, time or datetime (a string) as second parameter; a
    third parameter without one is refused, not ignored."""
    if isinstance(second, str):
        return True
    if kind is not None:
        raise WLRuntimeError(f"{fname}: a third parameter (the kind of date) follows a new "
                             f"date to set, not the kind {V.to_str(second)!r}.")
    return False


def _read_form(second: object, kind: object) -> tuple[object, object]:
    """`fDate(f, "", fCreation)`: an empty string where the new date goes sets nothing,
    and the kind is the third parameter (INFERRED: WLanguage code passes "" to skip an
    optional value, and no file can be given an empty date; it was a fatal error)."""
    if isinstance(second, str) and not second.strip():
        return (F_MODIFICATION if kind is None else kind), None
    return second, kind


def _stamp(fname: str, path: object, kind: int, error_value: object = "") -> datetime.datetime:
    """When the file was modified, created or accessed (local time); creation is the
    status-change time where the system keeps no creation date (Linux). A file that
    cannot be read fails with `error_value`."""
    name = native_path(path)
    try:
        st = os.stat(name)
    except (OSError, ValueError) as exc:
        raise failure(fname, "read the date of", V.to_str(path), exc, error_value) from None
    seconds = st.st_atime if kind == F_ACCESS else st.st_ctime if kind == F_CREATION else st.st_mtime
    birth = getattr(st, "st_birthtime", None)  # macOS and BSD only
    if kind == F_CREATION and birth is not None:
        seconds = birth
    return datetime.datetime.fromtimestamp(seconds)


def _moment(fname: str, text: str, shape: str) -> tuple[str, str]:
    """("YYYYMMDD" or "", "HHMMSSCC" or "") of the new value, `shape` "date", "time" or
    "datetime"; a value that names no such moment is a fatal error."""
    s = text.strip()
    if shape == "time":
        t, d = normalize_time(s)[:8], ""
    else:
        digits = normalize_datetime(s) if shape == "datetime" else s
        d, t = digits[:8], (digits[8:16] if shape == "datetime" else "")
    try:
        if d:
            datetime.date(int(d[0:4]), int(d[4:6]), int(d[6:8]))
        if t:
            datetime.time(int(t[0:2]), int(t[2:4]), int(t[4:6]), int(t[6:8] or 0) * 10000)
        ok = (d.isdigit() and len(d) == 8) if shape != "time" else True
        ok = ok and (t.isdigit() and len(t) == 8 if shape != "date" else True)
    except ValueError:
        ok = False
    if not ok:
        raise WLRuntimeError(f"{fname}: {text!r} is not a valid {shape} ({_SHAPES[shape]}).")
    return d, t


def _change(fname: str, path: object, new: str, kind: object, shape: str) -> bool:
    """Give the file a new date, time or both (the other part kept) of modification or
    access; the creation date cannot be set on Linux: False and ErrorOccurred, saying so."""
    k = _kind(fname, F_MODIFICATION if kind is None else kind)
    d, t = _moment(fname, new, shape)
    name = native_path(path)
    if k == F_CREATION:
        raise BuiltinFailure(f"{fname}: cannot change the creation date of '{V.to_str(path)}': this "
                             "system keeps no creation date that can be set.", value=False)
    old = _stamp(fname, path, k, False)
    when = old.replace(year=int(d[0:4]), month=int(d[4:6]), day=int(d[6:8])) if d else old
    if t:
        when = when.replace(hour=int(t[0:2]), minute=int(t[2:4]), second=int(t[4:6]),
                            microsecond=int(t[6:8]) * 10000)
    try:
        st = os.stat(name)
        stamp = when.timestamp()
        os.utime(name, (stamp, st.st_mtime) if k == F_ACCESS else (st.st_atime, stamp))
    except (OSError, ValueError, OverflowError) as exc:
        raise failure(fname, "change the date of", V.to_str(path), exc, False) from None
    return True


def _known_check(fname: str, shape: str) -> Callable[[list[Given]], str | None]:
    """`wl check`'s `declared_check` of fDate, fTime and fDateTime: second and third
    parameters given as literals or constants (`fDate(f, fModification, fAccess)`, a
    kind where the new date goes) are refused in the run's words (WL115 at the call),
    by the rules the run applies; any value only the run knows is left to it."""
    def check(given: list[Given]) -> str | None:
        values = [g.value for g in given[1:3]]
        if not values or any(v is UNKNOWN or v is None for v in values):
            return None
        second, kind = _read_form(values[0], values[1] if len(values) == 2 else None)
        try:
            if _is_new_value(fname, second, kind):
                _kind(fname, F_MODIFICATION if kind is None else kind)
                _moment(fname, V.to_str(second), shape)
            else:
                _kind(fname, second)
        except WLRuntimeError as exc:
            return str(exc)
        return None
    return check


def _hundredths(t: datetime.datetime) -> str:
    return f"{t.microsecond // 10000:02d}"


@family.function("fDate", "fDate", can_fail=True,
                 declared_check=_known_check("fDate", "date"))
def file_date(rt: Runtime, path: TextArg, second: object = F_MODIFICATION,
              kind: object = None) -> object:
    """The date ("YYYYMMDD") a file was last modified, or created/accessed (the kind);
    given a date ("YYYYMMDD") second, sets that date of the file instead: True."""
    second, kind = _read_form(second, kind)
    if _is_new_value("fDate", second, kind):
        return _change("fDate", path, V.to_str(second), kind, "date")
    return _stamp("fDate", path, _kind("fDate", second)).strftime("%Y%m%d")


@family.function("fTime", "fHeure", can_fail=True,
                 declared_check=_known_check("fTime", "time"))
def file_time(rt: Runtime, path: TextArg, second: object = F_MODIFICATION,
              kind: object = None) -> object:
    """The time ("HHMMSSCC") a file was last modified (or created/accessed); given a
    time second, sets it (the date kept): True."""
    second, kind = _read_form(second, kind)
    if _is_new_value("fTime", second, kind):
        return _change("fTime", path, V.to_str(second), kind, "time")
    t = _stamp("fTime", path, _kind("fTime", second))
    return t.strftime("%H%M%S") + _hundredths(t)


@family.function("fDateTime", "fDateHeure", can_fail=True,
                 declared_check=_known_check("fDateTime", "datetime"))
def file_date_time(rt: Runtime, path: TextArg, second: object = F_MODIFICATION,
                   kind: object = None) -> object:
    """The date and time ("YYYYMMDDHHMMSSCC") a file was last modified; given a
    datetime second, sets both: True."""
    second, kind = _read_form(second, kind)
    if _is_new_value("fDateTime", second, kind):
        return _change("fDateTime", path, V.to_str(second), kind, "datetime")
    t = _stamp("fDateTime", path, _kind("fDateTime", second))
    return t.strftime("%Y%m%d%H%M%S") + _hundredths(t)
