"""Operations on an open file (fOpen's handle): fLock/fBloque, fUnlock/fDébloque (with
fLockEmptyFile/fBloqueFichierVide) and fFind/fCherche.

Locks are real operating-system locks, so another program (or another wlinterp) that
locks the same bytes is refused while they are held. On Linux they are "open file
description" locks: they belong to the handle, as WINDEV's do, so a second fOpen of the
same file in the same program cannot lock those bytes either; closing the file (fClose,
or the end of the run) releases them. Elsewhere on POSIX: `fcntl.lockf` (per process);
on Windows: `msvcrt.locking`. Decisions: docs/builtins.md, "Folders, attributes,
pieces, locks".
"""
from __future__ import annotations

import os
import struct
import sys

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, IntArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .file_handles import OpenFile, _handle
from .text_encodings import encoded_text
from .strings import FROM_END, int_arg

family = Family("File locks and search")

F_LOCK_EMPTY_FILE = family.constant("fLockEmptyFile", "fBloqueFichierVide", -1)
_WHOLE = 0  # fcntl: a length of 0 means "to the end, wherever the end goes"
_SEARCH_CHUNK = 1 << 20


def _range(fname: str, first: object, count: object) -> tuple[int, int]:
    start = int_arg(first, fname)
    n = _WHOLE if count is None or int_arg(count, fname) == F_LOCK_EMPTY_FILE \
        else int_arg(count, fname)
    if start < 0 or n < 0:
        raise BuiltinFailure(f"{fname}: a position and a number of bytes cannot be "
                             "negative.", value=False)
    return start, n


def _os_lock(f: OpenFile, start: int, n: int, lock: bool) -> None:
    """Lock or unlock bytes [start, start+n) (n = 0: to the end) without waiting;
    OSError when another handle or program holds them."""
    fd = f.stream.fileno()
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt
        here = f.stream.tell()
        f.stream.seek(start)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK if lock else msvcrt.LK_UNLCK,
                           n or 0x7FFFFFFF)
        finally:
            f.stream.seek(here)
        return
    import fcntl
    kind = fcntl.F_WRLCK if lock else fcntl.F_UNLCK
    ofd = getattr(fcntl, "F_OFD_SETLK", None)
    if ofd is not None and sys.platform.startswith("linux"):
        # struct flock: l_type, l_whence (shorts), l_start, l_len (off_t), l_pid = 0
        record = struct.pack("@hhqqi4x", kind, os.SEEK_SET, start, n, 0)
        fcntl.fcntl(fd, ofd, record)
        return
    fcntl.lockf(fd, (fcntl.LOCK_EX | fcntl.LOCK_NB) if lock else fcntl.LOCK_UN, n, start,
                os.SEEK_SET)


def _lock_call(rt: Runtime, fname: str, handle: object, first: object, count: object,
               lock: bool) -> bool:
    """Lock or unlock; the numbers are read before the handle, so a structure given as
    one is named whatever the handle (what `wl check`'s WL115 says of an IntArg)."""
    start, n = _range(fname, first, count)
    f = _handle(rt, handle, fname)
    try:
        _os_lock(f, start, n, lock)
    except (OSError, ValueError) as exc:
        what = "lock" if lock else "unlock"
        reason = getattr(exc, "strerror", None) or str(exc)
        raise BuiltinFailure(f"{fname}: cannot {what} '{f.shown}': {reason} (another "
                             "handle or program holds a lock on these bytes)." if lock
                             else f"{fname}: cannot {what} '{f.shown}': {reason}.",
                             value=False) from None
    return True


@family.function("fLock", "fBloque", can_fail=True)
def f_lock(rt: Runtime, handle: object, first: IntArg = 0, count: IntArg = None) -> bool:
    """Lock the whole file, or `count` bytes from byte `first` (0 = the first byte), so
    that no other handle or program can lock them; False (and ErrorOccurred) when they
    are locked already."""
    return _lock_call(rt, "fLock", handle, first, count, True)


@family.function("fUnlock", "fDébloque", can_fail=True)
def f_unlock(rt: Runtime, handle: object, first: IntArg = 0, count: IntArg = None) -> bool:
    """Release a lock set by fLock (the same bytes)."""
    return _lock_call(rt, "fUnlock", handle, first, count, False)


@family.function("fFind", "fCherche", can_fail=True)
def f_find(rt: Runtime, handle: object, searched: object, case_sensitive: object = True,
           direction: IntArg = 0, start: IntArg = None) -> int:
    """The position (in bytes, 0 = the first byte, as fSeek counts) of the next
    occurrence of `searched` from the current position (or from `start`), -1 when
    there is none; with FromEnd, the last occurrence before that point (the end by
    default). The text is searched in the file's encoding; the current position is
    left unchanged."""
    backward = int_arg(direction, "fFind") == FROM_END  # (numbers first: _lock_call)
    from_here = None if start is None else int_arg(start, "fFind")
    f = _handle(rt, handle, "fFind")
    needle = encoded_text(V.to_str(searched), f.encoding)
    if not needle:
        return -1
    sensitive = V.to_bool(case_sensitive)
    here = f.stream.tell()
    try:
        f.stream.seek(0)
        data = f.stream.read()
    except (OSError, ValueError) as exc:
        raise BuiltinFailure(f"fFind: cannot read '{f.shown}': {exc}.", value=-1) from None
    finally:
        f.stream.seek(here)
    if not sensitive:
        data, needle = data.lower(), needle.lower()
    if backward:
        end = len(data) if from_here is None else from_here
        return data.rfind(needle, 0, max(end, 0))
    begin = here if from_here is None else from_here
    return data.find(needle, max(begin, 0))
