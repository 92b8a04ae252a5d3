"""File access inside a capture directory that never follows a symbolic link.

Why: `wl mailbox list/show/clear` run on folders that other programs (or
other people) can change. If `cur/` or `wl-index/` is replaced by a link to
another directory, a path-based `unlink("DIR/cur/x")` would delete files
there. Every operation here goes through a file descriptor of the real
sub-directory, opened with ``O_NOFOLLOW``, and names relative to it
(``dir_fd=``), so a link swapped in after the check is still not followed
(OWASP's advice on symlink following; the same idea as Postfix's "never act
outside its queue").

Only names shaped like a Maildir unique name (``<digits>.<rest>``, no leading
dot, optional ``:2,FLAGS``) count as messages; anything else in the folder —
dotfiles, a README, a sub-directory — is never read or removed.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass

__all__ = ["DirEntryKind", "LinkRefusedError", "is_message_name", "open_real_dir", "read_file",
           "scan", "size_of", "unlink_file"]

_MESSAGE_NAME = re.compile(r"\d+\.[^/\x00]+\Z")
_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
_FILE_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)


class LinkRefusedError(OSError):
    """A path that must be a real directory or file is a symbolic link (or not a directory)."""


@dataclass(frozen=True)
class DirEntryKind:
    """One candidate message name in new/ or cur/ and what it is on disk."""

    name: str
    is_file: bool
    is_link: bool


def is_message_name(name: str) -> bool:
    """True for a Maildir unique name (what we deliver, and what mail tools deliver)."""
    return not name.startswith(".") and bool(_MESSAGE_NAME.match(name))


def open_real_dir(path: str) -> int:
    """A descriptor of `path`, which must be a directory and not a symbolic link."""
    mode = os.lstat(path).st_mode
    if stat.S_ISLNK(mode) or not stat.S_ISDIR(mode):
        raise LinkRefusedError(errno.ENOTDIR, "not a directory (or a symbolic link)", path)
    try:
        return os.open(path, _DIR_FLAGS)
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.ENOTDIR):
            raise LinkRefusedError(errno.ENOTDIR, "not a directory (or a symbolic link)", path) from None
        raise


def scan(dir_fd: int) -> list[DirEntryKind]:
    """Message-shaped names in the directory; other names are not reported at all."""
    found: list[DirEntryKind] = []
    for name in os.listdir(dir_fd):
        if not is_message_name(name):
            continue
        try:
            mode = os.stat(name, dir_fd=dir_fd, follow_symlinks=False).st_mode
        except FileNotFoundError:
            continue
        found.append(DirEntryKind(name, stat.S_ISREG(mode), stat.S_ISLNK(mode)))
    return found


def read_file(dir_fd: int, name: str) -> bytes:
    """The bytes of a regular file in the directory; a link raises ELOOP instead of being followed."""
    fd = os.open(name, _FILE_FLAGS, dir_fd=dir_fd)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        chunks: list[bytes] = []
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
    finally:
        os.close(fd)


def read_head(dir_fd: int, name: str, limit: int) -> tuple[bytes, int]:
    """(at most `limit` first bytes, whole size) of a regular file; a link raises ELOOP."""
    fd = os.open(name, _FILE_FLAGS, dir_fd=dir_fd)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        chunks: list[bytes] = []
        left = min(limit, info.st_size)
        while left > 0 and (chunk := os.read(fd, left)):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks), int(info.st_size)
    finally:
        os.close(fd)


def size_of(dir_fd: int, name: str) -> int:
    """Size of a regular file, without following a link."""
    info = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.ELOOP if stat.S_ISLNK(info.st_mode) else errno.EINVAL,
                      "a symbolic link is never followed" if stat.S_ISLNK(info.st_mode)
                      else "not a regular file")
    return int(info.st_size)


def unlink_file(dir_fd: int, name: str) -> bool:
    """Remove `name` if it is a regular file in the directory; True if removed."""
    try:
        mode = os.stat(name, dir_fd=dir_fd, follow_symlinks=False).st_mode
    except FileNotFoundError:
        return False
    if not stat.S_ISREG(mode):
        return False
    try:
        os.unlink(name, dir_fd=dir_fd)
    except FileNotFoundError:
        return False
    return True
