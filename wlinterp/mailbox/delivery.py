"""Maildir delivery with one wait for the disk per message, and a 250 that stays honest.

Storing a new file durably takes two flushes on POSIX: the file's data, and the folder
that names it (a new directory entry is not durable until its folder is flushed). A
capture does the second one ahead of time, for many messages at once: `Reserve` creates
empty files in ``tmp/`` by batches of RESERVE_BATCH and flushes ``tmp/`` once per batch.
A message is then written into one of those already-durable files and the file is
`fsync`ed — the one wait a 250 needs: from then on the message, with its envelope line,
survives a crash or a power cut under a name in ``tmp/``. It is renamed into ``new/``
at once (readers see it immediately, and after kill -9, whose writes the kernel keeps);
``new/`` itself is flushed later (`sync_renames`: when the capture is idle and at close).

If the power fails before that flush, the rename may be lost and the message is back in
``tmp/``, complete. `recover`, run when a capture starts, finishes the job for every
capture of this host that is no longer running: a complete message (its envelope line
gives its size) goes to ``new/``, an empty reserved file or a message cut short (never
acknowledged) is removed. So an acknowledged message is never lost; at worst a message
that was stored but not yet answered when the power failed appears once more than the
client thinks (it will send it again), never less — the rule of SMTP and of Postfix.

Nothing half written is ever in ``new/`` (readers only look at ``new/`` and ``cur/``).
Anything that fails (ENOSPC, EIO...) removes the file and raises, so the server answers
451. Files are opened without following links and must be the empty regular files the
reserve made (one link, size 0), so a file swapped into ``tmp/`` is never written.

The unique names follow the Maildir convention (``time.M<µs>P<pid>Q<n>.host``) with a
per-process counter under a lock, so threads and processes delivering into one folder at
once never pick the same name; the pid and host tell `recover` whose file it is.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import socket
import stat
import threading
import time

from . import envelope
from ..process_state import process_running

__all__ = ["NOFOLLOW", "RESERVE_BATCH", "Reserve", "deliver_durably", "fsync_dir", "is_complete",
           "left_by_a_stopped_capture", "recover", "sync_renames", "unique_name", "write_all"]

RESERVE_BATCH = 64
NOFOLLOW = _NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_COUNTER = itertools.count(1)
_LOCK = threading.Lock()
_HOST = socket.gethostname().replace("/", r"\057").replace(":", r"\072") or "localhost"
_NAME = re.compile(r"\d+\.M\d+P(\d+)Q\d+\.(.+)")


def fsync_dir(path: str) -> None:
    """Make the names in folder `path` (creations, renames, removals) durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_PID = [os.getpid()]  # asked once (a system call), not for every message; a fork asks again
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=lambda: _PID.__setitem__(0, os.getpid()))


def unique_name() -> str:
    """A Maildir unique name no other delivery (thread or process) can produce."""
    now = time.time()
    with _LOCK:
        n = next(_COUNTER)
    return f"{int(now)}.M{int(now % 1 * 1e6)}P{_PID[0]}Q{n}.{_HOST}"


class Reserve:
    """Empty files in ``tmp/`` whose names are already durable, handed out one per message."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self._names: list[str] = []
        self._lock = threading.Lock()

    def take(self) -> str:
        """The name of a reserved empty file in tmp/ (a new batch is made when none is left)."""
        with self._lock:
            if not self._names:
                self._refill()
            return self._names.pop()

    def _refill(self) -> None:
        tmp = os.path.join(self.folder, "tmp")
        made: list[str] = []
        try:
            for _ in range(RESERVE_BATCH):
                name = unique_name()
                try:
                    os.close(os.open(os.path.join(tmp, name),
                                     os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600))
                except OSError:
                    if not made:  # not even one (no inode left...): this message gets 451
                        raise
                    break  # a smaller batch will do
                made.append(name)
            fsync_dir(tmp)
        except OSError:
            for name in made:
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(tmp, name))
            raise
        self._names.extend(reversed(made))  # handed out oldest first

    def release(self) -> None:
        """Remove the files not used (when the capture stops); not flushed: `recover`
        removes any that come back after a crash."""
        with self._lock:
            names, self._names = self._names, []
        for name in names:
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(self.folder, "tmp", name))


def deliver_durably(folder: str, reserve: Reserve, data: bytes) -> str:
    """Store `data` as a new message of the Maildir `folder`; returns its name once it is
    on disk (see the module's docstring for the rename into new/). Raises OSError
    (nothing left behind) when it cannot be stored."""
    name = reserve.take()
    temp = os.path.join(folder, "tmp", name)
    try:
        fd = os.open(temp, os.O_WRONLY | _NOFOLLOW)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1 or info.st_size:
                raise OSError(f"tmp/{name} is not the empty file the capture reserved")
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.rename(temp, os.path.join(folder, "new", name))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return name


def sync_renames(folder: str) -> None:
    """Flush new/, making the renames of the messages delivered so far durable (until then
    `recover` would redo them after a power cut)."""
    fsync_dir(os.path.join(folder, "new"))


def recover(folder: str) -> int:
    """Finish what captures of this host that are no longer running left in tmp/: complete
    messages go to new/, reserved or cut-short files are removed. Returns how many
    messages were moved. Files of running captures and of other hosts are left alone."""
    tmp = os.path.join(folder, "tmp")
    moved = changed = 0
    with os.scandir(tmp) as entries:
        for entry in entries:
            if not left_by_a_stopped_capture(entry.name) or not entry.is_file(follow_symlinks=False):
                continue
            if is_complete(entry.path):
                os.rename(entry.path, os.path.join(folder, "new", entry.name))
                moved += 1
            else:
                os.unlink(entry.path)
            changed += 1
    if moved:
        sync_renames(folder)
    if changed:
        fsync_dir(tmp)
    return moved


def write_all(fd: int, data: bytes) -> None:
    """Write every byte of `data` (os.write may write less than asked)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def left_by_a_stopped_capture(name: str) -> bool:
    """Is `name` (a unique name, see `unique_name`) a file of a capture of this host that
    is no longer running? Only those are finished or removed by another capture."""
    match = _NAME.fullmatch(name)
    return match is not None and match.group(2) == _HOST \
        and not process_running(int(match.group(1)))


def is_complete(path: str) -> bool:
    """Does the file hold a whole message: an envelope line and as many bytes as it says?
    (OSError if it cannot be opened; a link is never followed.)"""
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
    try:
        size = os.fstat(fd).st_size
        head = os.read(fd, envelope.MAX_LINE)
    finally:
        os.close(fd)
    stored, rest = envelope.split(head)
    return stored is not None and stored.get("size") == size - (len(head) - len(rest))
