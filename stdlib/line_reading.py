"""The bytes of one line of an open text file, as fReadLine / fLitLigne reads them: up to
its end of line (CR LF, LF or a lone CR, the default), or up to the separator its second parameter
names (fReadLine's page ?3036031 and `<DiskFile>.ReadLine` ?1410089045: "<Separator>:
separator used between the lines. The default separator is the Carriage Return (CR)").
UTF-16 files are read by code units, so a separator or a line end is found only where a
character starts. file_handles.py decodes what this module returns.
"""
from __future__ import annotations

__all__ = ["MAX_LINE", "raw_line", "raw_until"]

from typing import BinaryIO

MAX_LINE = 1 << 24  # a "line" longer than 16 MiB is cut there (no file is one line)


def raw_line(stream: BinaryIO, encoding: str, utf16: bool) -> bytes | None:
    """The bytes of the next line without its end (CR LF, LF, or a lone CR: the page's
    default separator is the Carriage Return, so a file written with CR alone, as old
    Mac OS wrote them, has its lines; it was read as one line); None at end of file."""
    if utf16:
        return _utf16_line(stream, "\n".encode(encoding), "\r".encode(encoding))
    if not stream.seekable():
        line = stream.readline(MAX_LINE)
        return line.rstrip(b"\n").removesuffix(b"\r") if line else None
    line = stream.readline(_CHUNK)  # the usual line, ending in LF or CR LF, at C speed
    if not line:
        return None
    if line[-1] == 10:
        body = line[:-2] if line[-2:] == b"\r\n" else line[:-1]
        if b"\r" not in body:
            return body
    stream.seek(-len(line), 1)  # a lone CR, a long line, the last one: read as below
    return _line_by_chunks(stream)


def _line_by_chunks(stream: BinaryIO) -> bytes | None:
    """raw_line for any line: up to the first CR LF, LF or lone CR, however long."""
    found = bytearray()
    while len(found) < MAX_LINE:
        chunk = stream.read(_CHUNK)
        if not chunk:
            break
        cr, lf = chunk.find(b"\r"), chunk.find(b"\n")
        end = lf if cr < 0 else cr if lf < 0 else min(cr, lf)
        if end < 0:
            found += chunk
            continue
        found += chunk[:end]
        after = end + 1
        if chunk[end] == 13 and after == len(chunk):  # a CR ending the chunk: LF next?
            following = stream.read(1)
            if following and following != b"\n":
                stream.seek(-1, 1)
            return bytes(found)
        if chunk[end] == 13 and chunk[after] == 10:
            after += 1
        stream.seek(after - len(chunk), 1)  # the bytes read past the line's end
        return bytes(found)
    return bytes(found) if found else None


_CHUNK = 4096


def _utf16_line(stream: BinaryIO, lf: bytes, cr: bytes) -> bytes | None:
    """raw_line in UTF-16, read by code units: a CR unit followed by another than LF is
    a line end too (that unit is put back)."""
    units = bytearray()
    while len(units) < MAX_LINE:
        unit = stream.read(2)
        if len(unit) < 2:
            return bytes(units) if units else None
        if unit == lf:
            break
        if unit == cr:
            following = stream.read(2)
            if following != lf and len(following) == 2:
                stream.seek(-2, 1)
            break
        units += unit
    return bytes(units)


def raw_until(stream: BinaryIO, separator: bytes, unit: int) -> bytes | None:
    """The bytes up to the next `separator` (not included; the separator is read), or to
    the end of the file; None at the end of the file. `unit` is 2 in a UTF-16 file, so
    the separator is matched on whole code units only, else 1."""
    found = bytearray()
    while len(found) < MAX_LINE:
        piece = stream.read(unit)
        if len(piece) < unit:
            return bytes(found) if found else None
        found += piece
        if found.endswith(separator) and (len(found) - len(separator)) % unit == 0:
            return bytes(found[:-len(separator)])
    return bytes(found)
