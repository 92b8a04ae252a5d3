"""Writing a .zip member by member (zip_formats.py): the members an archive keeps are
copied byte for byte (in pieces, from the old file), the files added deflated (or stored
at level 0) in pieces as they are read and, with a password, encrypted with zip 2.0
encryption ("traditional PKWARE" encryption, the one zipPassword's
archives use and every zip tool reads), which Python's zipfile reads but cannot write.
Not a family.

The cipher works byte by byte in Python: a few seconds per megabyte of compressed data,
so only the writes with a password pay it. No zip64: members and archives stay under
4 GiB (a larger one is refused with an OSError, which the zip* functions report).
"""
from __future__ import annotations

import contextlib
import os
import struct
import time
import zipfile
import zlib
from typing import BinaryIO, NamedTuple

from .url_crc import reflected_table

_CRC_TABLE = reflected_table(0xEDB88320)

_LOCAL, _CENTRAL, _END, _DESCRIPTOR = 0x04034B50, 0x02014B50, 0x06054B50, 0x08074B50
_LIMIT = 0xFFFFFFFF
_PIECE = 1 << 20  # bytes of a kept member copied at once


class Span(NamedTuple):
    """`length` bytes of the file at `path` from `offset`: a kept member's stored data,
    copied in pieces when the archive is written (never held whole in memory)."""
    path: str
    offset: int
    length: int


class Fresh(NamedTuple):
    """A file on disk to store: compressed at `level` (0 stores) and, with a password,
    encrypted, piece by piece as the archive is written (never held whole in memory)."""
    path: str
    level: int
    password: bytes


class Member(NamedTuple):
    """One member ready to write: its header fields and its (compressed) bytes, or
    where to copy them from, or the file to compress (its `crc` then known beforehand
    only with a password: the encryption header needs it)."""
    name: str
    flags: int
    method: int
    dos_time: int
    dos_date: int
    crc: int
    size: int
    data: Span | Fresh


class _Keys:
    """The three keys of zip 2.0 encryption, updated by each plain byte."""

    def __init__(self, password: bytes) -> None:
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        self.encrypt(password)

    def encrypt(self, plain: bytes) -> bytes:
        """`plain` encrypted, the keys moved on past it (a member is encrypted in
        pieces, one after the other)."""
        k0, k1, k2, table = self.k0, self.k1, self.k2, _CRC_TABLE
        out = bytearray(len(plain))
        for i, byte in enumerate(plain):
            t = (k2 | 2) & 0xFFFF
            out[i] = byte ^ (((t * (t ^ 1)) >> 8) & 0xFF)
            k0 = (k0 >> 8) ^ table[(k0 ^ byte) & 0xFF]
            k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
            k2 = (k2 >> 8) ^ table[(k2 ^ (k1 >> 24)) & 0xFF]
        self.k0, self.k1, self.k2 = k0, k1, k2
        return bytes(out)


_salt = os.urandom  # the encryption header's 11 random bytes (a test fixes them)


def _dos_stamp(when: float | None) -> tuple[int, int]:
    """(DOS time, DOS date) of a timestamp (now for None)."""
    t = time.localtime(when)
    return ((t.tm_hour << 11) | (t.tm_min << 5) | (t.tm_sec // 2),
            ((max(t.tm_year, 1980) - 1980) << 9) | (t.tm_mon << 5) | t.tm_mday)


def _file_crc(path: str) -> tuple[int, int]:
    """(CRC-32, size) of the file at `path`, read in pieces."""
    crc = size = 0
    with open(path, "rb") as f:
        while piece := f.read(_PIECE):
            crc, size = zlib.crc32(piece, crc), size + len(piece)
    return crc & 0xFFFFFFFF, size


def added_member(name: str, path: str, password: str, level: int) -> Member:
    """A member holding the file at `path` (dated by its modification time), compressed
    at `level` (0 stores) and encrypted when a password is given, as the archive is
    written. With a password the file is read once beforehand for its CRC, which the
    encryption header holds (its last byte, which readers check)."""
    stat = os.stat(path)
    crc, size = _file_crc(path) if password else (0, stat.st_size)
    dos_time, dos_date = _dos_stamp(stat.st_mtime)
    flags = (0x1 if password else 0) | (0 if name.isascii() else 0x800)
    method = zipfile.ZIP_STORED if level == 0 else zipfile.ZIP_DEFLATED
    return Member(name, flags, method, dos_time, dos_date, crc, size,
                  Fresh(path, level, password.encode("latin-1")))


def kept_member(path: str, f: BinaryIO, info: zipfile.ZipInfo,
                name: str | None = None) -> Member:
    """A member of the archive at `path` (open as `f`), its stored bytes to be copied as
    they are, under its own path or `name`."""
    f.seek(info.header_offset)
    header = f.read(30)
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    start = info.header_offset + 30 + name_len + extra_len
    y, mo, d, h, mi, s = info.date_time
    name = info.filename if name is None else name
    # bit 3 (sizes after the data) stays on an encrypted member: its check byte was
    # made from the time instead of the CRC then, and readers look for it there
    descriptor = info.flag_bits & 0x8 if info.flag_bits & 0x1 else 0
    flags = (info.flag_bits & ~0x808) | descriptor | (0 if name.isascii() else 0x800)
    return Member(name, flags, info.compress_type,
                  (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d,
                  info.CRC, info.file_size, Span(path, start, info.compress_size))


def _copy_span(out: BinaryIO, span: Span, sources: contextlib.ExitStack,
               opened: dict[str, BinaryIO]) -> int:
    """Copy a kept member's stored bytes in pieces (each source file opened once per
    write); how many were copied."""
    src = opened.get(span.path)
    if src is None:
        src = opened[span.path] = sources.enter_context(open(span.path, "rb"))
    src.seek(span.offset)
    left = span.length
    while left > 0:
        piece = src.read(min(left, _PIECE))
        if not piece:
            raise OSError(f"{span.path} ended before the member it holds")
        out.write(piece)
        left -= len(piece)
    return span.length


def _write_fresh(out: BinaryIO, m: Member, fresh: Fresh) -> tuple[int, int, int]:
    """Compress (and with a password encrypt) the file, one piece at a time, into
    `out`: (CRC, bytes written, size read). A file that changed since its CRC was taken
    for the encryption header is an error (the member would not read back)."""
    keys = _Keys(fresh.password) if fresh.password else None
    squeezer = zlib.compressobj(fresh.level, zlib.DEFLATED, -15) if fresh.level else None
    packed = crc = size = 0

    def put(data: bytes) -> None:
        nonlocal packed
        data = keys.encrypt(data) if keys is not None else data
        out.write(data)
        packed += len(data)
    if keys is not None:
        put(_salt(11) + bytes([m.crc >> 24]))
    with open(fresh.path, "rb") as f:
        while piece := f.read(_PIECE):
            crc, size = zlib.crc32(piece, crc), size + len(piece)
            if size >= _LIMIT:
                raise OSError("a member of 4 GiB or more (no zip64 here)")
            put(squeezer.compress(piece) if squeezer is not None else piece)
    if squeezer is not None:
        put(squeezer.flush())
    crc &= 0xFFFFFFFF
    if keys is not None and (crc, size) != (m.crc, m.size):
        raise OSError(f"{fresh.path} changed while it was added")
    return crc, packed, size


def write(target: str, members: list[Member]) -> None:
    """A zip file holding `members` (local headers, data, central directory). A fresh
    member's local header is written before its data and completed after it (its
    compressed size known then)."""
    central = bytearray()
    opened: dict[str, BinaryIO] = {}
    with open(target, "wb") as out, contextlib.ExitStack() as sources:
        for m in members:
            offset = out.tell()
            if max(m.size, offset) >= _LIMIT:
                raise OSError("a member or the archive is 4 GiB or more (no zip64 here)")
            name = m.name.encode("utf-8" if m.flags & 0x800 else "cp437", "replace")
            head = (20, m.flags, m.method, m.dos_time, m.dos_date)
            known = m.data.length if isinstance(m.data, Span) else 0
            out.write(struct.pack("<IHHHHHIIIHH", _LOCAL, *head, m.crc, known, m.size,
                                  len(name), 0) + name)
            if isinstance(m.data, Span):
                crc, packed, size = m.crc, _copy_span(out, m.data, sources, opened), m.size
            else:
                crc, packed, size = _write_fresh(out, m, m.data)
                end = out.tell()
                out.seek(offset + 14)
                out.write(struct.pack("<III", crc, packed, size))
                out.seek(end)
            if max(packed, out.tell()) >= _LIMIT:
                raise OSError("a member or the archive is 4 GiB or more (no zip64 here)")
            if m.flags & 0x8:  # the data descriptor that bit announces
                out.write(struct.pack("<IIII", _DESCRIPTOR, crc, packed, size))
            central += struct.pack("<IHHHHHHIIIHHHHHII", _CENTRAL, 20, *head, crc, packed,
                                   size, len(name), 0, 0, 0, 0, 0o100644 << 16,
                                   offset) + name
        start = out.tell()
        out.write(bytes(central) + struct.pack("<IHHHHIIH", _END, 0, 0, len(members),
                                               len(members), len(central), start, 0))
