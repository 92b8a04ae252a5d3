"""Writing a file through its handle: fWrite/fEcrit, fWriteLine/fEcritLigne (the files
fOpen or fCreate opened: file_handles.py, whose docstring says how each encoding is
written).
"""
from __future__ import annotations

from wlinterp.registry import BytesArg, Family
from wlinterp.runtime.ansi_text import held_bytes
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .file_handles import OpenFile, _handle
from .paths import failure
from .text_encodings import UTF16, encoded_text

family = Family("File handles")


def _write(f: OpenFile, data: bytes, fname: str) -> int:
    try:
        f.stream.write(data)
        f.stream.flush()
    except (OSError, ValueError) as exc:
        raise failure(fname, "write to", f.shown, exc, -1) from None
    return len(data)


_TEXT_FILES = ("utf-8", *UTF16)  # fWrite writes a string in these as text


@family.function("fWrite", "fEcrit", can_fail=True)
def f_write(rt: Runtime, handle: object, data: BytesArg, size: object = None) -> int:
    """Write a buffer or a string (its first `size` bytes if given); the number of bytes
    written, -1 on failure. In a UTF-8 or UTF-16 file (foUTF8, foUnicode, or its
    byte-order mark) a string is text, written in the file's encoding as fWriteLine
    writes it: "é" was the byte E9 in a UTF-8 file (*decided*, docs/builtins.md
    "Encodings"). A Buffer (a Buffer variable, member or element: BytesArg) is written
    byte for byte in any file."""
    f = _handle(rt, handle, "fWrite")
    text = V.to_str(data)
    # a string's bytes in an ANSI file: a Buffer stored into it, read as ANSI, too
    held = held_bytes(text) if f.encoding not in _TEXT_FILES else None
    if type(data) is V.BufferText:
        raw = text.encode("latin-1")
    elif held is not None:
        raw = held
    else:
        raw = encoded_text(text, f.encoding or f.written_as)
    if size is not None:
        raw = raw[:max(V.to_int(size), 0)]
    return _write(f, raw, "fWrite")


@family.function("fWriteLine", "fEcritLigne", can_fail=True)
def f_write_line(rt: Runtime, handle: object, line: BytesArg) -> int:
    """Write `line` and CR LF in the file's encoding; the number of bytes written. A
    Buffer's bytes are written as they are, then CR LF."""
    f = _handle(rt, handle, "fWriteLine")
    if type(line) is V.BufferText:
        return _write(f, line.encode("latin-1") + encoded_text("\r\n", f.encoding),
                      "fWriteLine")
    return _write(f, encoded_text(V.to_str(line) + "\r\n", f.encoding or f.written_as),
                  "fWriteLine")
