"""An HTTP answer's Content-Encoding the script did not ask for (stdlib/http_exchange.py).

A script that sends no Accept-Encoding asked for the body as it is; a server that
compresses it anyway (gzip or deflate, RFC 9110 8.4) handed the compressed bytes over as
the answer's text without a word. Such a body is decoded, and at most the longest string
of the run (`--max-string`) comes out of it, so a gzip bomb (a few KB expanding to GB)
fails in words instead of filling memory; a body that does not decode, or an encoding
that cannot be decoded here (br, compress), fails the call in words too. A script that
sends its own Accept-Encoding asked for the encoded bytes and gets them as they came
(it decodes them itself, e.g. with Uncompress). Decided, UNVERIFIED for WINDEV
(docs/builtins.md, "Misbehaving servers").
"""
from __future__ import annotations

__all__ = ["decoded"]

import zlib
from typing import Any

from wlinterp.errors import BuiltinFailure

_WBITS = {"gzip": (31,), "x-gzip": (31,), "deflate": (15, -15)}
"""zlib's window bits per encoding; deflate as RFC 9110 means it (zlib-wrapped), then the
raw deflate some servers send under that name."""


def decoded(data: bytes, headers: Any, asked: bool, longest: int, what: str) -> bytes:
    """The body the script asked for: `data` decoded from each Content-Encoding in turn
    (the last applied first), unless the script `asked` for an encoding itself; a
    BuiltinFailure naming `what` when one cannot be decoded within `longest` bytes."""
    codings = [c.strip().lower() for line in headers.get_all("Content-Encoding") or []
               for c in line.split(",") if c.strip()]
    if asked:
        return data
    for coding in reversed(codings):
        if coding == "identity":
            continue
        if coding not in _WBITS:
            raise BuiltinFailure(f"{what} failed: the server sent the answer encoded as "
                                 f"'{coding[:40]}', which the request did not ask for and "
                                 "which cannot be decoded here (gzip and deflate can).")
        data = _inflated(data, coding, longest, what)
    return data


def _inflated(data: bytes, coding: str, longest: int, what: str) -> bytes:
    """`data` inflated as `coding`, at most `longest` bytes (the output is bounded before
    it is made, never after)."""
    for wbits in _WBITS[coding]:
        inflater = zlib.decompressobj(wbits)
        try:
            out = inflater.decompress(data, longest + 1)
        except zlib.error:
            continue  # (deflate: try the raw form next)
        if len(out) > longest:
            raise BuiltinFailure(f"{what} failed: the answer, sent compressed ({coding}), "
                                 f"would expand beyond {longest} bytes, the longest string "
                                 "of the run (--max-string).")
        if inflater.eof and not inflater.unused_data:
            return out
    raise BuiltinFailure(f"{what} failed: the answer says it is compressed ({coding}) but "
                         "its body is damaged or truncated and does not decode.")
