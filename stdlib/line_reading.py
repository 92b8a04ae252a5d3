"""The bytes of one line of an open text file, as fReadLine / fLitLigne reads them: up to
its end of line (CR LF or LF, the default), or up to the separator its second parameter
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
    """The bytes of the next line without its end (CR LF or LF); None at end of file."""
    if utf16:
        lf, cr = "\n".encode(encoding), "\r".encode(encoding)
        units = bytearray()
        while len(units) < MAX_LINE:
            unit = stream.read(2)
            if len(unit) < 2:
                return bytes(units) if units else None
            if unit == lf:
                break
            units += unit
        return bytes(units[:-2] if units.endswith(cr) else units)
    line = stream.readline(MAX_LINE)
    if not line:
        return None
    return line.rstrip(b"\n").removesuffix(b"\r")


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
