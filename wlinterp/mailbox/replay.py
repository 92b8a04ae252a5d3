"""Replaying the journal of a capture that stopped without finishing it (journal.py).

After a crash or a power cut, a capture's segments in ``wl-journal/`` may hold messages
that were acknowledged (their record was flushed before the 250) but whose message files
were never made durable. The next capture into DIR calls `replay` before it starts: every
record whose file is missing or incomplete in ``new/`` and ``cur/`` is written again,
durably, under its own key; then the segment is removed. Only segments of captures of
this host that are no longer running are touched (the pid in the segment's name).
"""

from __future__ import annotations

import os

from .delivery import NOFOLLOW, fsync_dir, is_complete, write_all
from .segments import JOURNAL_DIR, is_stale_segment, records
from .keeper import cur_names, sync_filesystem

__all__ = ["replay"]


def replay(folder: str) -> int:
    """Finish what captures of this host that are no longer running left in wl-journal/:
    every recorded message whose file is missing or incomplete in new/ and cur/ is
    written again, durably; then the segment is removed. Returns how many were written.
    Segments of running captures and of other hosts are left alone."""
    journal_dir = os.path.join(folder, JOURNAL_DIR)
    try:
        names = os.listdir(journal_dir)
    except FileNotFoundError:
        return 0
    written = removed = 0
    cur = cur_names(folder)
    for name in sorted(names):
        if not is_stale_segment(name):
            continue
        path = os.path.join(journal_dir, name)
        fd = os.open(path, os.O_RDONLY | NOFOLLOW)
        try:
            blob = b"".join(iter(lambda: os.read(fd, 1 << 20), b""))
        finally:
            os.close(fd)
        found: list[str] = []
        for key, data in records(blob):
            if _stored_whole(folder, key, cur):
                found.append(key)
            else:
                _write_durably(folder, key, data)
                written += 1
        if written:
            fsync_dir(os.path.join(folder, "new"))
        if found:  # whole, but maybe not yet durable (a kill -9, not a power cut, stopped it)
            _make_durable(folder, found, cur)
        os.unlink(path)
        removed += 1
    if removed:
        fsync_dir(journal_dir)
    return written


def _stored_whole(folder: str, key: str, cur: dict[str, str]) -> bool:
    """Is message `key` in new/ or cur/ (with any flags) with all its bytes?"""
    candidates = [os.path.join(folder, "new", key)]
    if key in cur:
        candidates.append(os.path.join(folder, "cur", cur[key]))
    for path in candidates:
        try:
            if is_complete(path):
                return True
        except OSError:
            continue
    return False


def _make_durable(folder: str, keys: list[str], cur: dict[str, str]) -> None:
    """Flush the files of `keys` found whole: their capture wrote them just before it was
    killed, and its segment, about to be removed, is the only durable copy until then."""
    if sync_filesystem(folder):
        return
    for key in keys:
        name = os.path.join("cur", cur[key]) if key in cur and not os.path.lexists(
            os.path.join(folder, "new", key)) else os.path.join("new", key)
        fd = os.open(os.path.join(folder, name), os.O_RDONLY | NOFOLLOW)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    for sub in ("new", "cur"):
        fsync_dir(os.path.join(folder, sub))


def _write_durably(folder: str, key: str, data: bytes) -> None:
    """Write message `key` into new/ (replacing an incomplete copy), flushed."""
    temp = os.path.join(folder, "tmp", key)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | NOFOLLOW, 0o600)
    try:
        write_all(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temp, os.path.join(folder, "new", key))
