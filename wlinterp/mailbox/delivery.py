"""Maildir delivery with the fewest waits for the disk that still make a 250 honest.

A message is written to ``tmp/<unique>`` (created exclusively, never through a link),
`fsync`ed, renamed into ``new/``, and ``new/`` is `fsync`ed: two waits for the disk per
message. When this returns the message survives a crash or a power cut; before it
returns nothing in ``new/`` can be half written (readers only look at ``new/`` and
``cur/``). Anything that fails (ENOSPC, EIO...) removes the temporary file and raises,
so the server answers 451 and nothing is lost silently.

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

__all__ = ["deliver_durably", "fsync_dir", "unique_name"]

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


def unique_name() -> str:
    """A Maildir unique name no other delivery (thread or process) can produce."""
    now = time.time()
    with _LOCK:
        n = next(_COUNTER)
    return f"{int(now)}.M{int(now % 1 * 1e6)}P{os.getpid()}Q{n}.{_HOST}"


def deliver_durably(folder: str, name: str, data: bytes) -> None:
    """Store `data` as message `name` (from unique_name) of the Maildir `folder`; returns
    once it is on disk. Raises OSError (nothing left behind) when it cannot be stored."""
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
    fsync_dir(os.path.join(folder, "new"))
