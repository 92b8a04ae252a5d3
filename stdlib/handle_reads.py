"""Reading a file through its handle: fReadLine/fLitLigne, fRead/fLit, and moving in it,
fSeek/fPositionne (the files fOpen or fCreate opened: file_handles.py, whose docstring
says how each encoding is read).
"""
from __future__ import annotations

import io
import os
import stat
from typing import BinaryIO

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, IntArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .int_args import int_arg
from .file_handles import EOT, FP_BEGINNING, FP_CURRENT, FP_END, _handle
from .line_reading import raw_line, raw_until
from .paths import failure
from .text_encodings import UTF16, decoded, encoded_text

family = Family("File handles")


@family.function("fReadLine", "fLitLigne", can_fail=True)
def f_read_line(rt: Runtime, handle: object, separator: object = None) -> str:
    """The next line, without its end-of-line characters; EOT at the end of the file.
    With a separator (?3036031: "Separator used between the lines. The default separator
    is the Carriage Return"), the text up to it, in the file's encoding; RC (CR LF) is the
    default reading, which takes a lone LF too. It was refused ("expects 1 parameter(s)")."""
    f = _handle(rt, handle, "fReadLine")
    sep = "" if separator is None else V.to_str(separator)
    utf16 = f.encoding in UTF16
    try:
        if sep in ("", "\r\n", "\n"):
            raw = raw_line(f.stream, f.encoding, utf16)
        else:
            raw = raw_until(f.stream, encoded_text(sep, f.encoding or f.written_as),
                            2 if utf16 else 1)
    except OSError as exc:
        raise failure("fReadLine", "read", f.shown, exc, -1) from None
    return EOT if raw is None else decoded(raw, f.encoding)


@family.function("fRead", "fLit", can_fail=True)
def f_read(rt: Runtime, handle: object, size: IntArg, into: object = None) -> str:
    """Up to `size` bytes as a buffer (one character per byte); "" at the end. In a file
    of a known encoding the bytes are its text, decoded: UTF-16 (foUnicode, or its
    byte-order mark) came back as "h\\x00é\\x00", UTF-8 (foUTF8, or its mark) as "Ã©",
    ANSI (foAnsi) gave "\\x80" for "€" (INFERRED, docs/builtins.md "Encodings").
    `fRead(h, n, &buf)` (the bytes into buf, their count returned) is compiled apart
    (compiler/builtin_calls.py `read_into`); `into` given otherwise is refused."""
    if into is not None:
        raise WLRuntimeError("fRead: its third parameter is the address of the string or "
                             "Buffer that receives the bytes: fRead(h, n, &buf).")
    count = max(int_arg(size, "fRead"), 0)  # (before the handle: file_locks.py _lock_call)
    f = _handle(rt, handle, "fRead")
    try:
        count = _at_most_left(f.stream, count)
        if f.encoding in UTF16:
            return _read_utf16(f.stream, count, f.encoding)
        if f.encoding == "utf-8":
            return _read_utf8(f.stream, count)
        raw = f.stream.read(count)
    except OSError as exc:
        raise failure("fRead", "read", f.shown, exc, -1) from None
    return raw.decode(f.encoding or "latin-1", errors="replace")


_LARGE_READ = 1 << 20


def _at_most_left(stream: BinaryIO, count: int) -> int:
    """`count`, or the bytes left in a regular file when fewer: Python's read(n) sets n
    bytes aside first, so `fRead(h, 100000000000)` on a 6-byte file stopped the run with
    "Not enough memory" where it reads the bytes left. (A pipe or a device: `count`.)"""
    if count <= _LARGE_READ:
        return count
    try:
        stream.flush()  # (a file open for writing too: its pending bytes are in the size)
        status = os.fstat(stream.fileno())
    except (OSError, ValueError):  # no file behind the stream: read as asked
        return count
    if not stat.S_ISREG(status.st_mode):
        return count
    return min(count, max(status.st_size - stream.tell(), 0))


def _read_utf8(stream: BinaryIO, size: int) -> str:
    """`size` bytes of UTF-8 text, never ending inside a character: a count that stops
    after a character's first bytes reads the rest of it (3 more at most), so the next
    fRead starts on a character and no character is cut in two."""
    raw = stream.read(size)
    back = 1
    while back <= min(3, len(raw)) and raw[-back] & 0xC0 == 0x80:
        back += 1  # continuation bytes at the end: look for their lead byte
    if back <= len(raw):
        lead = raw[-back]
        length = 2 if lead >> 5 == 6 else 3 if lead >> 4 == 14 else 4 if lead >> 3 == 30 else 1
        if length > back:
            raw += stream.read(length - back)
    return raw.decode("utf-8", errors="replace")


def _read_utf16(stream: BinaryIO, size: int, encoding: str) -> str:
    """`size` bytes of UTF-16 text (LE or BE), never ending inside a character: an odd
    count takes the unit's second byte, a high surrogate its low half, so the next fRead
    starts on a character and no character is cut in two (lost as U+FFFD)."""
    raw = stream.read(size + size % 2)
    high = raw[-1 if encoding == "utf-16-le" else -2] if len(raw) >= 2 else 0
    if 0xD8 <= high <= 0xDB:
        raw += stream.read(2)
    return raw.decode(encoding, errors="replace")


@family.function("fSeek", "fPositionne", can_fail=True)
def f_seek(rt: Runtime, handle: object, offset: IntArg, origin: IntArg = FP_BEGINNING) -> int:
    """Move to `offset` bytes from fpBeginning, fpCurrent or fpEnd; the new position."""
    whence = {FP_BEGINNING: io.SEEK_SET, FP_CURRENT: io.SEEK_CUR, FP_END: io.SEEK_END}.get(
        int_arg(origin, "fSeek"), io.SEEK_SET)
    moved = int_arg(offset, "fSeek")  # (before the handle: file_locks.py _lock_call)
    f = _handle(rt, handle, "fSeek")
    try:
        return f.stream.seek(moved, whence)
    except (OSError, ValueError) as exc:
        raise failure("fSeek", "move in", f.shown, exc, -1) from None
