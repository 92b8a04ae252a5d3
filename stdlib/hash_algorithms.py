"""The HashString/HashFile algorithms that Python's hashlib does not give everywhere:
MD4 (RFC 1320; OpenSSL 3 builds leave it out, so hashlib.new("md4") cannot be relied on)
and Bernstein's DJB2 in 32 and 64 bits. Each is a small hashlib-like object (update,
digest) so HashFile can feed it a file block by block.
"""
from __future__ import annotations

import struct

_MASK32 = 0xFFFFFFFF

# RFC 1320 section 3.4: the word order and the shifts of rounds 2 and 3
_ROUND2_WORDS = (0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15)
_ROUND3_WORDS = (0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15)
_SHIFTS = ((3, 7, 11, 19), (3, 5, 9, 13), (3, 9, 11, 15))


def _rotl(x: int, s: int) -> int:
    return ((x << s) | (x >> (32 - s))) & _MASK32


class Md4:
    """MD4 as RFC 1320 defines it (16-byte digest); its test vectors pin it."""

    def __init__(self) -> None:
        self._state = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476]
        self._pending = b""
        self._length = 0

    def update(self, data: bytes) -> None:
        self._length += len(data)
        data = self._pending + data
        full = len(data) - len(data) % 64
        for start in range(0, full, 64):
            self._block(data[start:start + 64])
        self._pending = data[full:]

    def digest(self) -> bytes:
        """The digest of what was given so far (the object can still be fed after)."""
        saved = (list(self._state), self._pending, self._length)
        bits = (self._length * 8) & 0xFFFFFFFFFFFFFFFF
        padding = b"\x80" + b"\0" * ((55 - self._length) % 64) + struct.pack("<Q", bits)
        self.update(padding)
        out = struct.pack("<4I", *self._state)
        self._state, self._pending, self._length = saved
        return out

    def _block(self, block: bytes) -> None:
        x = struct.unpack("<16I", block)
        a, b, c, d = self._state
        for i in range(16):  # round 1: F(b, c, d) = (b AND c) OR (NOT b AND d)
            f = (b & c) | (~b & d)
            a, b, c, d = d, _rotl((a + f + x[i]) & _MASK32, _SHIFTS[0][i % 4]), b, c
        for i, k in enumerate(_ROUND2_WORDS):  # round 2: the majority function
            g = (b & c) | (b & d) | (c & d)
            a, b, c, d = d, _rotl((a + g + x[k] + 0x5A827999) & _MASK32, _SHIFTS[1][i % 4]), b, c
        for i, k in enumerate(_ROUND3_WORDS):  # round 3: parity
            h = b ^ c ^ d
            a, b, c, d = d, _rotl((a + h + x[k] + 0x6ED9EBA1) & _MASK32, _SHIFTS[2][i % 4]), b, c
        self._state = [(s + v) & _MASK32 for s, v in zip(self._state, (a, b, c, d))]


class Djb2:
    """Bernstein's hash: h = 5381, then h = h * 33 + byte for each byte, modulo 2**bits.
    The digest is the number's bytes, most significant first (as HA_CRC32's: the
    hexadecimal BufferToHexa shows is the number's usual one; docs/builtins.md)."""

    def __init__(self, bits: int) -> None:
        self._bits = bits
        self._mask = (1 << bits) - 1
        self.value = 5381

    def update(self, data: bytes) -> None:
        h, mask = self.value, self._mask
        for byte in data:
            h = (h * 33 + byte) & mask
        self.value = h

    def digest(self) -> bytes:
        return self.value.to_bytes(self._bits // 8, "big")
