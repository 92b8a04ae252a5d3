"""fOpen / fOuvre on a named pipe (FIFO): a stream, one direction at a time.

fOpen sniffed a byte-order mark and moved back to the start of what it opened, and a
FIFO cannot move: `fOpen(fifo, foRead)` stopped the run with "internal error: Illegal
seek". Decided (INFERRED, docs/builtins.md "fOpen on a named pipe"): a FIFO opened with
foRead is read as a stream (no mark sniffed: the mode's encoding, or each line's);
opened with foWrite or
foAdd it is written as a stream, and with no program reading it fOpen fails at once in
words (never waits); foReadWrite (fOpen's default) is refused in words, since a FIFO
opened both ways reads back what it writes. fSeek on it is fSeek's non-fatal error.

Its read end is opened without waiting (O_NONBLOCK) and each read waits for a writer's
bytes in slices (runtime/thread_gate.py SLICE): a blocking open waited for a writer
inside one C call, which neither ThreadStop, the end of the run (its "still waited"
rule for a thread waiting with no limit) nor Ctrl-C could reach.
"""
from __future__ import annotations

__all__ = ["is_fifo", "open_fifo"]

import errno
import io
import os
import select
import stat
from typing import BinaryIO, cast

from wlinterp.runtime.thread_gate import SLICE, waiting_forever


def is_fifo(name: str) -> bool:
    """True when `name` is a named pipe (not followed when missing or invalid)."""
    try:
        return stat.S_ISFIFO(os.stat(name).st_mode)
    except (OSError, ValueError):
        return False


class _SlicedReader(io.RawIOBase):
    """A FIFO's read end, opened without waiting: a read waits for bytes, or for the end
    a writer leaving gives, in slices of SLICE seconds, marked as a wait with no limit.
    (Before any writer came, Linux's poll reports neither bytes nor a hang-up, so the
    read waits; once one came and left, it reports the hang-up: the end, EOT.)"""

    def __init__(self, fd: int, shown: str) -> None:
        super().__init__()
        self._fd = fd
        self._what = f"a writer of the named pipe '{shown}'"
        self._poll = select.poll()
        self._poll.register(fd, select.POLLIN)

    def readable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def readinto(self, buffer: "memoryview | bytearray") -> int:  # type: ignore[override]
        with waiting_forever(self._what):
            while True:
                if self._poll.poll(SLICE * 1000):
                    try:
                        return os.readv(self._fd, [buffer])
                    except BlockingIOError:  # (another reader took the bytes)
                        continue

    def close(self) -> None:
        if not self.closed:
            os.close(self._fd)
        super().close()


def open_fifo(name: str, reads: bool, writes: bool, shown: str = "") -> BinaryIO:
    """The FIFO opened as a stream in the direction fOpen's mode asks; an OSError in
    words for both directions or a FIFO that no program reads. Read, it is opened at
    once, writer or not; its reads wait (_SlicedReader)."""
    if writes and reads:
        raise OSError(errno.EINVAL, "it is a named pipe: open it with foRead or foWrite, "
                                    "one direction at a time")
    if not writes:
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK)
        return cast(BinaryIO, io.BufferedReader(_SlicedReader(fd, shown or name)))
    try:
        fd = os.open(name, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise OSError(errno.ENXIO, "it is a named pipe that no program reads") from None
        raise
    os.set_blocking(fd, True)  # a full pipe waits for its reader, as a write to it does
    return cast(BinaryIO, os.fdopen(fd, "wb"))
