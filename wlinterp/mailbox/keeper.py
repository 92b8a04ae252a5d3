"""Writing the message files of journal records: the keeper's share of the work (journal.py).

A message acknowledged through the journal is durable in its segment; its file in the
Maildir is written afterwards, off the reply path, by the journal's keeper thread with a
`FileWriter` (a file with no name in new/, named once whole, where the system allows;
else through tmp/ and a rename), and a segment is removed only once every message it
holds is durable as a file. Also used by replay.py (`cur_names`).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
from typing import Any, Callable

from .delivery import NOFOLLOW, fsync_dir, write_all

__all__ = ["FileWriter", "Item", "cur_names", "sync_filesystem"]

Item = tuple[Any, "str | None", "bytes | None"]
"""A stored message for the keeper: its segment, its key (None: refused) and its bytes
(None: its file is in new/ already)."""

_log = logging.getLogger(__name__)
_UNNAMED = getattr(os, "O_TMPFILE", 0)  # Linux: a file with no name yet, in a folder
_PROC_FD = "/proc/self/fd"
_CANNOT_UNNAMED = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT, errno.EPERM,
                   errno.EACCES, errno.EXDEV}


class FileWriter:
    """Writes message files into the Maildir `folder` and makes them durable."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self._tmp = os.path.join(folder, "tmp") + os.sep
        self._new = os.path.join(folder, "new") + os.sep
        self._new_fd: int | None = None  # new/, opened once, for the unnamed way
        self.unnamed = bool(_UNNAMED) and os.path.isdir(_PROC_FD)

    def close(self) -> None:
        """Let go of new/ (the capture stops)."""
        if self._new_fd is not None:
            os.close(self._new_fd)
            self._new_fd = None

    def write(self, chunk: list[Item]) -> list[Item]:
        """Write each file of the chunk into new/ (through tmp/), not flushed yet (see
        `make_durable`); the items written, with the refused records and the files the
        reply path wrote already, leaving out a file that cannot be written (a full disk:
        it stays in the journal, see journal.py)."""
        done: list[Item] = []
        for item in chunk:
            key, data = item[1], item[2]
            if key is not None and data is not None and not self._write(key, data):
                continue
            done.append(item)
        return done

    def make_durable(self, items: list[Item]) -> None:
        """Make the files of `items` durable with the folders naming them (OSError when
        the disk refuses): one flush of the whole file system where the system has one
        (`sync_filesystem`), else each file and then new/ (and cur/, for a file a mail
        client moved there meanwhile)."""
        if sync_filesystem(self.folder):
            return
        moved = False
        for _, key, _ in items:
            if key is not None and not _fsync_file(self._new + key):
                moved = _fsync_moved(self.folder, key) or moved
        if items:
            fsync_dir(self._new[:-1])
        if moved:
            fsync_dir(os.path.join(self.folder, "cur"))

    def _write(self, key: str, data: bytes) -> bool:
        """Write message `key` into new/ whole (readers never see half a message): the
        unnamed way where the system has one, else through tmp/; False, leaving nothing
        behind, when it cannot be written."""
        if self.unnamed:
            written = self._write_unnamed(key, data)
            if written is not None:
                return written
        fd = None
        try:
            fd = os.open(self._tmp + key, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, 0o600)
            write_all(fd, data)
            os.rename(self._tmp + key, self._new + key)
        except OSError as error:
            _log.debug("capture journal: %s stays in the journal: %r", key, error)
            with contextlib.suppress(OSError):
                os.unlink(self._tmp + key)
            return False
        finally:
            if fd is not None:
                os.close(fd)
        return True


    def _write_unnamed(self, key: str, data: bytes) -> bool | None:
        """Write message `key` as a file with no name yet in new/ (`O_TMPFILE`), then give
        it its name there (`linkat` through /proc/self/fd): None, and never again, when
        this system or file system cannot (the caller goes through tmp/).

        Why: a file made in tmp/ and renamed into new/ changes two folders three times
        (an entry made in tmp/, removed, made in new/); an unnamed one, only new/, once.
        Measured on this project's ext4 at load 7, 1500 files of 900 bytes in a row:
        0.13 ms a file against 0.17-0.19 ms, of which 0.04-0.05 ms of system time against
        0.06-0.07 ms. A crash before the name is given leaves nothing at all (the system
        frees a file that has no name), where a tmp/ file waits for `delivery.recover`."""
        fd = None
        try:
            if self._new_fd is None:
                self._new_fd = os.open(self._new[:-1], os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
                                       | NOFOLLOW)
            fd = os.open(".", os.O_WRONLY | _UNNAMED, 0o600, dir_fd=self._new_fd)
            write_all(fd, data)
            os.link(f"{_PROC_FD}/{fd}", key, dst_dir_fd=self._new_fd)
        except OSError as error:
            if error.errno in _CANNOT_UNNAMED:
                _log.debug("capture journal: files through tmp/ from now on: %r", error)
                self.unnamed = False
                return None
            _log.debug("capture journal: %s stays in the journal: %r", key, error)
            return False
        finally:
            if fd is not None:
                os.close(fd)
        return True


def sync_filesystem(folder: str) -> bool:
    """Flush the whole file system holding `folder` (Linux `syncfs`): True once every file
    written into it so far is durable, with the folder entries naming it; False where
    the system has no such call or it failed (the caller flushes file by file).

    Why: flushing files one by one costs one flush of the disk each, even when the file
    system has committed them all at once already (ext4 sends the disk a flush for every
    `fsync`), and those flushes compete with the reply path's own (one a message) for
    the disk. Measured on this project's machine (ext4 on a virtual disk, busy): 64 small
    files flushed one by one took 230-460 ms, the same files and one `syncfs` 5-20 ms."""
    call = _syncfs()
    if call is None:
        return False
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | NOFOLLOW)
    except OSError:
        return False
    try:
        return call(fd) == 0
    finally:
        os.close(fd)


_SYNCFS: list[Callable[[int], int] | None] = []


def _syncfs() -> Callable[[int], int] | None:
    """libc's syncfs, looked up once (the keeper's thread, off every reply path)."""
    if not _SYNCFS:
        call = None
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                call = ctypes.CDLL(None, use_errno=True).syncfs
                call.argtypes, call.restype = [ctypes.c_int], ctypes.c_int
            except (OSError, AttributeError):
                call = None
        _SYNCFS.append(call)
    return _SYNCFS[0]


def _fsync_file(path: str) -> bool:
    """Flush one file; False when it is not there (moved or removed meanwhile)."""
    try:
        fd = os.open(path, os.O_RDONLY | NOFOLLOW)
    except OSError:
        return False
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return True


def _fsync_moved(folder: str, key: str) -> bool:
    """Flush message `key` that left new/ before its flush: a mail client moved it into
    cur/ (adding ':2,FLAGS'); its segment is retired afterwards, so its bytes must be
    durable there. False when it is nowhere (removed: nothing left to keep)."""
    name = cur_names(folder).get(key)
    return name is not None and _fsync_file(os.path.join(folder, "cur", name))


def cur_names(folder: str) -> dict[str, str]:
    """key -> file name of the messages in cur/ (a mail client adds ':2,FLAGS')."""
    try:
        return {name.split(":", 1)[0]: name for name in os.listdir(os.path.join(folder, "cur"))}
    except OSError:
        return {}
