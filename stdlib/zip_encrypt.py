"""Writing a .zip member by member (zip_formats.py): the members an archive keeps are
copied byte for byte (in pieces, from the old file), the new ones deflated (or stored at level 0) and, with a password,
encrypted with zip 2.0 encryption ("traditional PKWARE" encryption, the one zipPassword's
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


class Member(NamedTuple):
    """One member ready to write: its header fields and its (compressed) bytes, or
    where to copy them from."""
    name: str
    flags: int
    method: int
    dos_time: int
    dos_date: int
    crc: int
    size: int
    data: bytes | Span

    @property
    def packed(self) -> int:
        """How many bytes its data takes in the archive."""
        return self.data.length if isinstance(self.data, Span) else len(self.data)


def _cipher(password: bytes, crc: int, plain: bytes) -> bytes:
    """The 12-byte encryption header (its last byte the CRC's high byte, which readers
    check) and `plain`, encrypted with the password's keys."""
    k0, k1, k2 = 0x12345678, 0x23456789, 0x34567890
    table = _CRC_TABLE

    out = bytearray()
    for i, byte in enumerate(password + os.urandom(11) + bytes([crc >> 24]) + plain):
        if i >= len(password):
            t = (k2 | 2) & 0xFFFF
            out.append(byte ^ (((t * (t ^ 1)) >> 8) & 0xFF))
        k0 = (k0 >> 8) ^ table[(k0 ^ byte) & 0xFF]
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = (k2 >> 8) ^ table[(k2 ^ (k1 >> 24)) & 0xFF]
    return bytes(out)


def new_member(name: str, plain: bytes, password: str, level: int,
               when: float | None = None) -> Member:
    """A member holding `plain`, compressed at `level` (0 stores), encrypted when a
    password is given, dated `when` (a timestamp; now by default)."""
    crc = zlib.crc32(plain) & 0xFFFFFFFF
    if level == 0:
        method, packed = zipfile.ZIP_STORED, plain
    else:
        squeezer = zlib.compressobj(level, zlib.DEFLATED, -15)
        method, packed = zipfile.ZIP_DEFLATED, squeezer.compress(plain) + squeezer.flush()
    t = time.localtime(when)
    dos_time = (t.tm_hour << 11) | (t.tm_min << 5) | (t.tm_sec // 2)
    dos_date = ((max(t.tm_year, 1980) - 1980) << 9) | (t.tm_mon << 5) | t.tm_mday
    flags = (0x1 if password else 0) | (0 if name.isascii() else 0x800)
    data = _cipher(password.encode("latin-1"), crc, packed) if password else packed
    return Member(name, flags, method, dos_time, dos_date, crc, len(plain), data)


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


def _write_data(out: BinaryIO, data: bytes | Span, sources: contextlib.ExitStack,
                opened: dict[str, BinaryIO]) -> None:
    """A member's data: its bytes, or a span of another file (opened once per write)
    copied in pieces."""
    if not isinstance(data, Span):
        out.write(data)
        return
    src = opened.get(data.path)
    if src is None:
        src = opened[data.path] = sources.enter_context(open(data.path, "rb"))
    src.seek(data.offset)
    left = data.length
    while left > 0:
        piece = src.read(min(left, _PIECE))
        if not piece:
            raise OSError(f"{data.path} ended before the member it holds")
        out.write(piece)
        left -= len(piece)


def write(target: str, members: list[Member]) -> None:
    """A zip file holding `members` (local headers, data, central directory)."""
    central = bytearray()
    opened: dict[str, BinaryIO] = {}
    with open(target, "wb") as out, contextlib.ExitStack() as sources:
        for m in members:
            if max(m.packed, m.size, out.tell()) >= _LIMIT:
                raise OSError("a member or the archive is 4 GiB or more (no zip64 here)")
            name = m.name.encode("utf-8" if m.flags & 0x800 else "cp437", "replace")
            fields = (20, m.flags, m.method, m.dos_time, m.dos_date, m.crc, m.packed,
                      m.size, len(name))
            offset = out.tell()
            out.write(struct.pack("<IHHHHHIIIHH", _LOCAL, *fields, 0) + name)
            _write_data(out, m.data, sources, opened)
            if m.flags & 0x8:  # the data descriptor that bit announces
                out.write(struct.pack("<IIII", _DESCRIPTOR, m.crc, m.packed, m.size))
            central += struct.pack("<IHHHHHHIIIHHHHHII", _CENTRAL, 20, *fields, 0, 0, 0, 0,
                                   0o100644 << 16, offset) + name
        start = out.tell()
        out.write(bytes(central) + struct.pack("<IHHHHIIH", _END, 0, 0, len(members),
                                               len(members), len(central), start, 0))
