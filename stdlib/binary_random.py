"""Numbers inside buffers and secure randomness: BufferToInteger/BufferVersEntier,
BufferToReal/BufferVersRéel, CryptoRandomInteger/HasardCryptoEntier,
CryptoRandomBuffer/HasardCryptoBuffer, GeneratePassword/GénèreMotDePasse and
GetUUID256/DonneUUID256.

Buffers hold numbers as a C program writes them on the PCs WINDEV runs on: little-endian,
integers signed, reals IEEE 754. Every random value here comes from the operating
system's secure generator (`secrets`), never from Random's reproducible one: these are
for keys, tokens and passwords. Decisions: docs/builtins.md, "Buffers and secure random".
"""
from __future__ import annotations

import secrets
import struct

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, BufferResult, IntArg, NumberArg
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.value_bytes import to_bytes

from .encoding import buffer
from .strings import int_arg

family = Family("Buffers and secure random")

GP_LOWERCASE = family.constant("gpLowercase", "gmdpMinuscule", 1)
GP_UPPERCASE = family.constant("gpUppercase", "gmdpMajuscule", 2)
GP_DIGIT = family.constant("gpDigit", "gmdpChiffre", 4)
GP_SPECIAL = family.constant("gpSpecialCharacter", "gmdpCaractèreSpécial", 8)
GP_ALL = GP_LOWERCASE | GP_UPPERCASE | GP_DIGIT | GP_SPECIAL

_CLASSES = ((GP_LOWERCASE, "abcdefghijklmnopqrstuvwxyz"),
            (GP_UPPERCASE, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
            (GP_DIGIT, "0123456789"),
            (GP_SPECIAL, "!#$%&()*+-./:;<=>?@[]_{}~"))
_MAX_RANDOM_BUFFER = 1 << 24


def _slice(fname: str, data: object, position: object, size: int) -> bytes:
    """`size` bytes of a buffer from 1-based `position`; reading past the end is fatal."""
    raw = to_bytes(data)
    start = int_arg(position, fname)
    if start < 1 or start - 1 + size > len(raw):
        raise WLRuntimeError(f"{fname}: cannot read {size} bytes at position {start} of a "
                             f"buffer of {len(raw)} bytes.")
    return raw[start - 1:start - 1 + size]


@family.function("BufferToInteger", "BufferVersEntier")
def buffer_to_integer(rt: Runtime, data: object, position: IntArg = 1,
                      size: IntArg = 4) -> int:
    """The signed little-endian integer of 1, 2, 4 (default) or 8 bytes found at
    `position` (1 = the first byte) of a buffer."""
    n = int_arg(size, "BufferToInteger")
    if n not in (1, 2, 4, 8):
        raise WLRuntimeError(f"BufferToInteger: an integer is 1, 2, 4 or 8 bytes, not {n}.")
    return int.from_bytes(_slice("BufferToInteger", data, position, n), "little", signed=True)


@family.function("BufferToReal", "BufferVersRéel")
def buffer_to_real(rt: Runtime, data: object, position: IntArg = 1,
                   size: IntArg = 8) -> float:
    """The little-endian IEEE 754 real of 4 or 8 (default) bytes at `position`."""
    n = int_arg(size, "BufferToReal")
    if n not in (4, 8):
        raise WLRuntimeError(f"BufferToReal: a real is 4 or 8 bytes, not {n}.")
    value = struct.unpack("<f" if n == 4 else "<d", _slice("BufferToReal", data, position, n))[0]
    return float(value)


@family.function("CryptoRandomInteger", "HasardCryptoEntier")
def crypto_random_integer(rt: Runtime, a: IntArg = None, b: IntArg = None) -> int:
    """A secure random integer: 0 to 2**31-1 without argument, 1 to n with one, a to b
    with two (as Random's bounds)."""
    if a is None:
        return secrets.randbelow(1 << 31)
    low, high = (1, int_arg(a, "CryptoRandomInteger")) if b is None else \
        (int_arg(a, "CryptoRandomInteger"), int_arg(b, "CryptoRandomInteger"))
    if low > high:
        low, high = high, low
    return low + secrets.randbelow(high - low + 1)


@family.function("CryptoRandomBuffer", "HasardCryptoBuffer")
def crypto_random_buffer(rt: Runtime, size: NumberArg) -> BufferResult:
    """A buffer of `size` secure random bytes."""
    n = int_arg(size, "CryptoRandomBuffer")
    if not 0 <= n <= _MAX_RANDOM_BUFFER:
        raise WLRuntimeError(f"CryptoRandomBuffer: {n} bytes is not a size between 0 and "
                             f"{_MAX_RANDOM_BUFFER}.")
    return buffer(secrets.token_bytes(n))


@family.function("GeneratePassword", "GénèreMotDePasse")
def generate_password(rt: Runtime, length: IntArg = 12, options: NumberArg = GP_ALL) -> str:
    """A password of `length` secure random characters from the classes chosen by the
    gp... options (all four by default), with at least one character of each class."""
    n, opt = int_arg(length, "GeneratePassword"), int_arg(options, "GeneratePassword")
    pools = [chars for flag, chars in _CLASSES if opt & flag]
    if not pools:
        raise WLRuntimeError("GeneratePassword: the options choose no kind of character.")
    if not len(pools) <= n <= 4096:
        raise WLRuntimeError(f"GeneratePassword: a length of {n} cannot hold one character "
                             f"of each of the {len(pools)} kinds chosen (or exceeds 4096).")
    every = "".join(pools)
    chars = [secrets.choice(p) for p in pools]
    chars += [secrets.choice(every) for _ in range(n - len(pools))]
    for i in range(len(chars) - 1, 0, -1):  # Fisher-Yates with the secure generator
        j = secrets.randbelow(i + 1)
        chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)


@family.function("GetUUID256", "DonneUUID256")
def get_uuid_256(rt: Runtime) -> str:
    """A new 256-bit random identifier: 64 upper-case hexadecimal digits."""
    return secrets.token_hex(32).upper()
