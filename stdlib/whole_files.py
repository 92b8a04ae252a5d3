"""Whole-file reads (fLoadText, fLoadBuffer, ImageInfo, fIsImage, HashFile, XMLOpen, the
file transforms): from a regular file only, and at most --max-string bytes.

A named pipe (FIFO) with no writer made `open` wait for ever, and a device such as
/dev/zero or /dev/urandom has no end: fLoadText read gigabytes before its length check,
fLoadBuffer and HashFile never stopped. Such a path is now refused at once with the
function's non-fatal error, its kind in words ("fLoadBuffer: cannot read '/dev/zero': it
is a character device, not a file..."), *decided* FS 6 Dec 2026 (INFERRED: WINDEV's
pages speak of files on Windows, where devices are not paths; docs/builtins.md "Whole-file
reads"). The file is opened without waiting (O_NONBLOCK) and its kind read from the open
file itself, so no race lets a pipe in.
"""
from __future__ import annotations

__all__ = ["NotAFile", "TooLarge", "open_whole", "read_whole"]

import errno
import os
import stat
from typing import BinaryIO

from wlinterp.runtime.limits import max_string

_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


class NotAFile(OSError):
    """A path that names a pipe, a device or a socket: its words are the error's reason
    (paths.reason reads `strerror`)."""


class TooLarge(OSError):
    """A file past --max-string bytes (read_whole)."""


def open_whole(name: str) -> BinaryIO:
    """`name` opened for reading, when it is a regular file (a folder: IsADirectoryError,
    as open() says; a pipe, a device or a socket: NotAFile), without waiting for a
    pipe's writer."""
    fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "Is a directory")
        if not stat.S_ISREG(mode):
            kind = next((words for test, words in _KINDS if test(mode)), "not a regular file")
            raise NotAFile(errno.EINVAL, f"it is {kind}, not a file (read whole, it would "
                                         f"wait or never end)")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_whole(name: str, limit: int | None = None) -> bytes:
    """The bytes of the regular file `name`, at most `limit` (--max-string: a Buffer is
    a string); TooLarge past it, said in words, rather than reading on."""
    most = max_string() if limit is None else limit
    with open_whole(name) as f:
        data = f.read(most + 1)
    if len(data) > most:
        raise TooLarge(errno.EFBIG, f"the file holds more than {most:,} bytes (see "
                                    f"--max-string)")
    return data
