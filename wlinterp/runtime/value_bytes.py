"""A value's bytes, for the built-ins that read or give back bytes (encoding, hashing,
compression, encryption, an emailAttach's content, Transfer): a buffer's characters
0-255, text ANSI (Windows-1252) can write, other text as UTF-8, a UNICODE string's
UTF-16; and the value back from its bytes and their kind. Apart from values.py, whose
conversions every run needs: a run that reads no bytes does without this module.
"""
from __future__ import annotations

__all__ = ["BYTES_OF_ANSI", "BYTES_OF_BUFFER", "BYTES_OF_TEXT", "BYTES_OF_UNICODE",
           "from_kind_and_bytes", "kind_and_bytes", "to_bytes"]

from .ansi_text import ansi_bytes, ansi_read
from .values import UnicodeText, to_str

BYTES_OF_BUFFER, BYTES_OF_TEXT, BYTES_OF_UNICODE, BYTES_OF_ANSI = 0, 1, 2, 3
"""Which case of `to_bytes` gave a value's bytes (see `kind_and_bytes`)."""


def kind_and_bytes(value: object) -> tuple[int, bytes]:
    """`to_bytes(value)` and which of its three cases gave them, for the built-ins that
    must give the value back as it came (Compress/Uncompress, Crypt/Uncrypt keep the
    kind beside the bytes; `from_kind_and_bytes` reverses it)."""
    if type(value) is UnicodeText:
        return BYTES_OF_UNICODE, value.encode("utf-16-le", errors="surrogatepass")
    text = to_str(value)
    if all(ord(c) < 256 for c in text):
        return BYTES_OF_BUFFER, text.encode("latin-1")
    if (ansi := ansi_bytes(text)) is not None:  # "€" is 0x80 (runtime/ansi_text.py)
        return BYTES_OF_ANSI, ansi
    return BYTES_OF_TEXT, text.encode("utf-8", errors="surrogatepass")


def to_bytes(value: object) -> bytes:
    """The bytes of a buffer (characters 0-255), of text ANSI (Windows-1252) can write,
    or of other text (UTF-8); a UNICODE string
    variable's are UTF-16 (little-endian), as WINDEV holds it. The one rule for every
    place that needs a value's bytes (the encoding and hashing built-ins, an
    emailAttach's content, compression and encryption)."""
    return kind_and_bytes(value)[1]


def from_kind_and_bytes(kind: int, data: bytes) -> str:
    """The value `kind_and_bytes` took apart: a buffer, text, or a UNICODE string.
    Raises UnicodeDecodeError when the bytes are not of their kind (damaged data)."""
    if kind == BYTES_OF_UNICODE:
        return UnicodeText(data.decode("utf-16-le", errors="surrogatepass"))
    if kind == BYTES_OF_TEXT:
        return data.decode("utf-8", errors="surrogatepass")
    return ansi_read(data) if kind == BYTES_OF_ANSI else data.decode("latin-1")
