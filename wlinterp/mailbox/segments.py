"""The journal's segment files (journal.py): the record format, and a segment made ready
ahead of time (zeros, flushed) or removed once every message it holds is durable as a file.

A record is a header (magic, payload length, CRC-32 of the payload), then the message's
key, a NUL and the stored bytes; a segment's records end at the first one that is not
whole (the zeros after the last record, or a record a crash cut short).
"""
from __future__ import annotations

import contextlib
import os
import struct
import threading
import zlib
from dataclasses import dataclass, field

from .delivery import NOFOLLOW, fsync_dir, left_by_a_stopped_capture, unique_name
from .safedir import is_message_name

__all__ = ["JOURNAL_DIR", "MAX_RECORD", "SEGMENT_BYTES", "Segment", "encode", "is_stale_segment",
           "prepare", "records", "retire"]

JOURNAL_DIR = "wl-journal"
SEGMENT_BYTES = 256 << 10
MAX_RECORD = SEGMENT_BYTES // 4
_HEAD = struct.Struct("<4sII")  # magic, payload length, CRC-32 of the payload
_MAGIC = b"WLJ1"
_ZEROS = bytes(64 << 10)


def encode(key: str, data: bytes) -> bytes:
    """One journal record: header, then the key, a NUL and the stored bytes."""
    payload = key.encode("ascii") + b"\0" + data
    return _HEAD.pack(_MAGIC, len(payload), zlib.crc32(payload)) + payload


def records(blob: bytes) -> list[tuple[str, bytes]]:
    """The (key, stored bytes) of a segment's records, in order, up to the first one that
    is not whole (the zeros after the last record, or a record cut by a crash)."""
    found: list[tuple[str, bytes]] = []
    offset = 0
    while offset + _HEAD.size <= len(blob):
        magic, length, crc = _HEAD.unpack_from(blob, offset)
        start, end = offset + _HEAD.size, offset + _HEAD.size + length
        if magic != _MAGIC or end > len(blob) or zlib.crc32(blob[start:end]) != crc:
            break
        key, sep, data = blob[start:end].partition(b"\0")
        name = key.decode("ascii", "replace")
        if not sep or not is_message_name(name):  # a key never names a path elsewhere
            break
        found.append((name, data))
        offset = end
    return found


@dataclass(eq=False)
class Segment:
    """One journal file being filled: where the next record goes, what is flushed."""

    path: str
    fd: int
    used: int = 0  # bytes written (records lie in [0, used))
    flushed: int = 0  # bytes known durable
    keys: int = 0  # records written
    settled: int = 0  # records whose message file is durable (or that were refused)
    full: bool = False
    flush_lock: threading.Lock = field(default_factory=threading.Lock)


def prepare(folder: str) -> Segment:
    """A new segment: SEGMENT_BYTES of zeros, flushed, under a name made durable."""
    path = os.path.join(folder, unique_name())
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | NOFOLLOW, 0o600)
    try:
        left = SEGMENT_BYTES
        while left:
            left -= os.write(fd, _ZEROS[:min(left, len(_ZEROS))])
        os.fsync(fd)
        fsync_dir(folder)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    return Segment(path, fd)


def retire(segment: Segment) -> None:
    """Remove a segment whose messages are all durable as files."""
    os.close(segment.fd)
    with contextlib.suppress(OSError):
        os.unlink(segment.path)


def is_stale_segment(name: str) -> bool:
    """Is `name` the segment of a capture of this host that is no longer running?"""
    return left_by_a_stopped_capture(name)
