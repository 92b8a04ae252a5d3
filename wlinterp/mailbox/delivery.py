"""Maildir delivery with the fewest waits for the disk that still make a 250 honest.

A message is written to ``tmp/<unique>`` (created exclusively, never through a link),
`fsync`ed, renamed into ``new/``, and ``new/`` is `fsync`ed: two waits for the disk per
message. When this returns the message survives a crash or a power cut; before it
returns nothing in ``new/`` can be half written (readers only look at ``new/`` and
``cur/``). Anything that fails (ENOSPC, EIO...) removes the temporary file and raises,
so the server answers 451 and nothing is lost silently.

Sessions that store at the same moment share the wait for ``new/`` (group commit,
`GroupSync`): a directory flush that starts after a message's rename makes that rename
durable, so every message renamed while one flush runs is covered by the next one —
four sessions pay for about two directory flushes, not four.

The unique names follow the Maildir convention (``time.M<µs>P<pid>Q<n>.host``) with a
per-process counter under a lock, so threads and processes delivering into one folder at
once never pick the same name (the rename would otherwise replace a message).
"""

from __future__ import annotations

import itertools
import os
import socket
import threading
import time

from typing import Callable

__all__ = ["GroupSync", "deliver_durably", "fsync_dir", "unique_name"]

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_COUNTER = itertools.count(1)
_LOCK = threading.Lock()
_HOST = socket.gethostname().replace("/", r"\057").replace(":", r"\072") or "localhost"


def fsync_dir(path: str) -> None:
    """Make a rename into `path` durable: a 250 reply promises the message is kept."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class GroupSync:
    """Flush one directory for every caller waiting at once (group commit).

    `sync()` returns once a flush that *started after the call* has succeeded, so a
    rename done before calling it is durable. Callers that arrive while a flush runs
    wait for it to end and are all covered by the next single flush; a caller alone
    flushes at once (no waiting, no thread). A failed flush raises in every caller it
    was meant to cover (the server answers them 451).
    """

    def __init__(self, path: str, flush: Callable[[str], None] = fsync_dir) -> None:
        self.path = path
        self._flush = flush
        self._changed = threading.Condition()
        self._tickets = 0  # callers so far, numbered from 1
        self._synced = 0  # every caller up to this number is durable
        self._failure: tuple[int, OSError] | None = None  # (last caller it covered, error)
        self._busy = False

    def sync(self) -> None:
        """Wait until a flush of the directory started after this call has ended."""
        with self._changed:
            self._tickets += 1
            ticket = self._tickets
            while True:
                if self._synced >= ticket:
                    return
                if self._failure is not None and self._failure[0] >= ticket:
                    raise self._failure[1]
                if not self._busy:
                    break
                self._changed.wait()
            self._busy = True
            covers = self._tickets
        error: OSError | None = None
        try:
            self._flush(self.path)
        except OSError as failed:
            error = failed
        with self._changed:
            self._busy = False
            if error is None:
                self._synced = covers
            else:
                self._failure = (covers, error)
            self._changed.notify_all()
        if error is not None:
            raise error


def unique_name() -> str:
    """A Maildir unique name no other delivery (thread or process) can produce."""
    now = time.time()
    with _LOCK:
        n = next(_COUNTER)
    return f"{int(now)}.M{int(now % 1 * 1e6)}P{os.getpid()}Q{n}.{_HOST}"


def deliver_durably(folder: str, name: str, data: bytes, new_dir: GroupSync | None = None) -> None:
    """Store `data` as message `name` (from unique_name) of the Maildir `folder`; returns
    once it is on disk. Raises OSError (nothing left behind) when it cannot be stored.
    `new_dir` shares the flush of ``new/`` with concurrent deliveries (a plain flush
    without it)."""
    temp = os.path.join(folder, "tmp", name)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.rename(temp, os.path.join(folder, "new", name))
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
    if new_dir is None:
        fsync_dir(os.path.join(folder, "new"))
    else:
        new_dir.sync()
