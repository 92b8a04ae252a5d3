"""Compression of strings and buffers: Compress/Compresse and Uncompress/Décompresse.

PC SOFT does not document the byte format of WINDEV's Compress, so data compressed by
WINDEV cannot be read here, nor the reverse. wlinterp's format (docs/builtins.md,
"Compression") is zlib (DEFLATE, RFC 1950) behind a small header:

    b"WLZ1"  kind (1 byte: 0 buffer, 1 text)  original length (8 bytes, big-endian)  zlib data

The kind makes round trips exact: text with characters above 255 is compressed as its
UTF-8 bytes and comes back as the same text; a buffer comes back as the same buffer.
Uncompress recognises its own header and refuses anything else (WINDEV's data, a buffer
that was never compressed, truncated or altered data) with a clear non-fatal error rather
than returning garbage. The stated length bounds the decompression, so a forged header
cannot make it allocate more than it announces.
"""
from __future__ import annotations

import zlib

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .encoding import buffer

family = Family("Compression")

MAGIC = b"WLZ1"
_BYTES, _TEXT = 0, 1
_HEADER = len(MAGIC) + 1 + 8
MAX_LENGTH = 1 << 31
"""Largest original size Uncompress accepts (2 GiB), whatever a header says."""


def _refuse(reason: str) -> BuiltinFailure:
    return BuiltinFailure(f"Uncompress: {reason}.", value="")


@family.function("Compress", "Compresse", "Comprime")
def compress(rt: Runtime, data: object) -> str:
    """A buffer holding `data` (a string or a buffer) compressed in wlinterp's format."""
    text = V.to_str(data)
    if all(ord(c) < 256 for c in text):
        kind, raw = _BYTES, text.encode("latin-1")
    else:
        kind, raw = _TEXT, text.encode("utf-8", errors="surrogatepass")
    header = MAGIC + bytes([kind]) + len(raw).to_bytes(8, "big")
    return buffer(header + zlib.compress(raw, 9))


@family.function("Uncompress", "Décompresse", "Décomprime", can_fail=True)
def uncompress(rt: Runtime, data: object) -> str:
    """The string or buffer that Compress turned into `data`; "" and ErrorOccurred when
    `data` is not wlinterp's compressed format or is damaged."""
    text = V.to_str(data)
    if any(ord(c) > 255 for c in text):
        raise _refuse("the value is text, not a compressed buffer")
    raw = text.encode("latin-1")
    if len(raw) < _HEADER or raw[:len(MAGIC)] != MAGIC or raw[4] not in (_BYTES, _TEXT):
        raise _refuse("the buffer was not made by Compress (unknown format; data "
                      "compressed by WINDEV cannot be read)")
    size = int.from_bytes(raw[5:_HEADER], "big")
    if size > MAX_LENGTH:
        raise _refuse(f"the buffer announces {size} bytes, more than allowed")
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(raw[_HEADER:], size + 1)
    except zlib.error:
        raise _refuse("the compressed data is damaged") from None
    if len(out) != size or not inflater.eof or inflater.unused_data:
        raise _refuse("the compressed data is damaged or truncated")
    if raw[4] == _TEXT:
        try:
            return out.decode("utf-8", errors="surrogatepass")
        except UnicodeDecodeError:
            raise _refuse("the compressed text is damaged") from None
    return buffer(out)
