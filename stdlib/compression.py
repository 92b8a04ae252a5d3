"""Compression of strings and buffers: Compress/Compresse and Uncompress/Décompresse,
with the algorithm constants compressLZW/compresseLZW, compressGZIP/compresseGZIP,
compressShortString/compresseChaîneCourte and compressNone/compresseAucun.

compressGZIP writes standard gzip (RFC 1952), which any tool reads, and Uncompress reads
any single-member gzip buffer. PC SOFT does not document the byte format of its other
algorithms, so for them (and by default) wlinterp writes its own format (docs/builtins.md,
"Compression"): zlib (DEFLATE, RFC 1950) behind a small header,

    b"WLZ1"  kind (1 byte: 0 buffer, 1 text, 2 UNICODE string)  original length
             (8 bytes, big-endian)  zlib data

The bytes compressed are the value's bytes by the one rule of every built-in
(`value_bytes.to_bytes`): a buffer's, UTF-8 for text with characters above 255, UTF-16 for a
UNICODE string. The kind makes round trips exact: such text comes back as the same text,
a UNICODE string as a UNICODE string (gzip has no room for it: the text comes back as
its bytes). Uncompress refuses anything else (WINDEV's LZW data, a buffer
that was never compressed, truncated or altered data) with a clear non-fatal error
rather than returning garbage. Decompression is bounded (the stated length, at most
MAX_LENGTH), so a forged header or a gzip bomb cannot exhaust memory.
"""
from __future__ import annotations

import gzip
import zlib

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family, BufferResult
from wlinterp.runtime.ansi_text import held_bytes
from wlinterp.runtime import values as V
from wlinterp.runtime.value_bytes import (BYTES_OF_ANSI, BYTES_OF_BUFFER, BYTES_OF_TEXT,
                                          BYTES_OF_UNICODE, from_kind_and_bytes,
                                          kind_and_bytes)
from wlinterp.runtime.state import Runtime

from .encoding import buffer

family = Family("Compression")

COMPRESS_NONE = family.constant("compressNone", "compresseAucun", 0)
COMPRESS_LZW = family.constant("compressLZW", "compresseLZW", 1)
COMPRESS_GZIP = family.constant("compressGZIP", "compresseGZIP", 2)
COMPRESS_SHORT_STRING = family.constant("compressShortString", "compresseChaîneCourte", 3)

MAGIC = b"WLZ1"
_GZIP_MAGIC = b"\x1f\x8b\x08"
_KINDS = (BYTES_OF_BUFFER, BYTES_OF_TEXT, BYTES_OF_UNICODE, BYTES_OF_ANSI)
_HEADER = len(MAGIC) + 1 + 8
MAX_LENGTH = 1 << 31
"""Largest original size Uncompress accepts (2 GiB), whatever a header says."""


def _refuse(reason: str) -> BuiltinFailure:
    return BuiltinFailure(f"Uncompress: {reason}.", value="")


@family.function("Compress", "Compresse", "Comprime")
def compress(rt: Runtime, data: object, algorithm: object = COMPRESS_LZW) -> BufferResult:
    """A buffer holding `data` (a string or a buffer) compressed: standard gzip with
    compressGZIP, else wlinterp's format (compressNone stores without compressing)."""
    method = V.to_int(algorithm)
    if method not in (COMPRESS_NONE, COMPRESS_LZW, COMPRESS_GZIP, COMPRESS_SHORT_STRING):
        raise WLRuntimeError(f"Compress: unknown compression algorithm {method}.")
    kind, raw = kind_and_bytes(data)
    if method == COMPRESS_GZIP:
        return buffer(gzip.compress(raw, 9, mtime=0))
    header = MAGIC + bytes([kind]) + len(raw).to_bytes(8, "big")
    return buffer(header + zlib.compress(raw, 0 if method == COMPRESS_NONE else 9))


def _inflate(data: bytes, wbits: int, limit: int) -> bytes:
    """At most `limit` bytes of one zlib or gzip stream that must end exactly there."""
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error:
        raise _refuse("the compressed data is damaged") from None
    if len(out) > limit:
        raise _refuse(f"the data would expand beyond {limit} bytes")
    if not inflater.eof or inflater.unused_data:
        raise _refuse("the compressed data is damaged or truncated")
    return out


def _from_gzip(raw: bytes) -> str:
    """The buffer inside a gzip stream, checked against its stated length (mod 2^32)."""
    out = _inflate(raw, 31, MAX_LENGTH)
    if len(out) % (1 << 32) != int.from_bytes(raw[-4:], "little"):
        raise _refuse("the compressed data is damaged or truncated")
    return buffer(out)


@family.function("Uncompress", "Décompresse", "Décomprime", can_fail=True)
def uncompress(rt: Runtime, data: object) -> str:
    """The string or buffer that Compress turned into `data` (or the content of a gzip
    buffer); "" and ErrorOccurred when `data` is in no format it knows or is damaged."""
    raw = held_bytes(V.to_str(data))  # (a Buffer stored into a string: read as ANSI)
    if raw is None:
        raise _refuse("the value is text, not a compressed buffer")
    if raw[:3] == _GZIP_MAGIC:
        return _from_gzip(raw)
    if len(raw) < _HEADER or raw[:len(MAGIC)] != MAGIC or raw[4] not in _KINDS:
        raise _refuse("the buffer was not made by Compress (unknown format; data "
                      "compressed by WINDEV other than with compressGZIP cannot be read)")
    size = int.from_bytes(raw[5:_HEADER], "big")
    if size > MAX_LENGTH:
        raise _refuse(f"the buffer announces {size} bytes, more than allowed")
    out = _inflate(raw[_HEADER:], 15, size)
    if len(out) != size:
        raise _refuse("the compressed data is damaged or truncated")
    try:
        return from_kind_and_bytes(raw[4], out)
    except UnicodeDecodeError:
        raise _refuse("the compressed text is damaged") from None
