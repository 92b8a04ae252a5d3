"""Hashing: HashString/HashChaîne, HashFile/HashFichier, HashCheckString/
HashVérifieChaîne, HashCheckFile/HashVérifieFichier with the HA_* algorithms, and CRC32
(sComputeCrc32/sCalculeCrc32).

A hash is returned as a buffer (its raw bytes), as in PC SOFT's examples, which show it
with BufferToHexa. The HA_HMAC_* algorithms take the key as a third parameter. An
unknown algorithm is fatal; a file that cannot be read is a non-fatal error ("" returned).
"""
from __future__ import annotations

import hashlib
import hmac
import zlib

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, BufferResult, TextArg
from .strings import text_arg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.value_bytes import to_bytes

from .encoding import buffer
from .hash_algorithms import Djb2, Md4
from .paths import failure, native_path
from .whole_files import open_whole

family = Family("Hashing")

_ALGORITHMS: dict[int, tuple[str, bool]] = {}


def _algorithm(en: str, fr: str, value: int, name: str, keyed: bool = False) -> None:
    family.constant(en, fr, value)
    _ALGORITHMS[value] = (name, keyed)


_algorithm("HA_MD5", "HA_MD5", 1, "md5")
_algorithm("HA_MD5_128", "HA_MD5_128", 1, "md5")  # the name in the CryptStandard help example
_algorithm("HA_SHA_160", "HA_SHA_160", 2, "sha1")
_algorithm("HA_SHA_224", "HA_SHA_224", 3, "sha224")
_algorithm("HA_SHA_256", "HA_SHA_256", 4, "sha256")
_algorithm("HA_SHA_384", "HA_SHA_384", 5, "sha384")
_algorithm("HA_SHA_512", "HA_SHA_512", 6, "sha512")
_algorithm("HA_SHA3_224", "HA_SHA3_224", 7, "sha3_224")
_algorithm("HA_SHA3_256", "HA_SHA3_256", 8, "sha3_256")
_algorithm("HA_SHA3_384", "HA_SHA3_384", 9, "sha3_384")
_algorithm("HA_SHA3_512", "HA_SHA3_512", 10, "sha3_512")
_algorithm("HA_HMAC_MD5", "HA_HMAC_MD5", 21, "md5", keyed=True)
_algorithm("HA_HMAC_SHA_160", "HA_HMAC_SHA_160", 22, "sha1", keyed=True)
_algorithm("HA_HMAC_SHA_224", "HA_HMAC_SHA_224", 23, "sha224", keyed=True)
_algorithm("HA_HMAC_SHA_256", "HA_HMAC_SHA_256", 24, "sha256", keyed=True)
_algorithm("HA_HMAC_SHA_384", "HA_HMAC_SHA_384", 25, "sha384", keyed=True)
_algorithm("HA_HMAC_SHA_512", "HA_HMAC_SHA_512", 26, "sha512", keyed=True)
# INFERRED (no stored page lists the HMAC names): HA_HMAC_MD5_128 as HA_MD5_128 names
# MD5, and the keyed SHA-3 beside the SHA-3 hashes; values ours
_algorithm("HA_HMAC_MD5_128", "HA_HMAC_MD5_128", 21, "md5", keyed=True)
_algorithm("HA_HMAC_SHA3_224", "HA_HMAC_SHA3_224", 27, "sha3_224", keyed=True)
_algorithm("HA_HMAC_SHA3_256", "HA_HMAC_SHA3_256", 28, "sha3_256", keyed=True)
_algorithm("HA_HMAC_SHA3_384", "HA_HMAC_SHA3_384", 29, "sha3_384", keyed=True)
_algorithm("HA_HMAC_SHA3_512", "HA_HMAC_SHA3_512", 30, "sha3_512", keyed=True)
_algorithm("HA_CRC32", "HA_CRC32", 31, "crc32")
_algorithm("HA_MD4", "HA_MD4", 11, "md4")
_algorithm("HA_DJB2_32", "HA_DJB2_32", 12, "djb2_32")
_algorithm("HA_DJB2_64", "HA_DJB2_64", 13, "djb2_64")
# Named by PC SOFT's page (?1000007111) but not built: it gives neither the seed nor the
# byte order of the result, so a value computed here could differ from WINDEV's.
_REFUSED = {family.constant("HA_MURMUR_1", "HA_MURMUR_1", 14): "HA_MURMUR_1",
            family.constant("HA_MURMUR_2", "HA_MURMUR_2", 15): "HA_MURMUR_2"}


class _Crc32:
    """hashlib-like CRC32 (4 bytes, big-endian, as its hexadecimal is usually shown)."""

    def __init__(self) -> None:
        self.value = 0

    def update(self, data: bytes) -> None:
        self.value = zlib.crc32(data, self.value)

    def digest(self) -> bytes:
        return self.value.to_bytes(4, "big")


_OWN = {"crc32": _Crc32, "md4": Md4, "djb2_32": lambda: Djb2(32), "djb2_64": lambda: Djb2(64)}


def _hasher(fname: str, algo: object, key: object):
    number = V.to_int(algo)
    found = _ALGORITHMS.get(number)
    if found is None:
        if number in _REFUSED:
            raise WLRuntimeError(
                f"{fname}: {_REFUSED[number]} is not available: PC SOFT's help does not say "
                f"which seed and byte order WINDEV uses, so its hashes could not be matched.")
        raise WLRuntimeError(f"{fname}: unknown hash algorithm {V.to_str(algo)}.")
    name, keyed = found
    if keyed:
        if key is None:
            raise WLRuntimeError(f"{fname}: an HMAC algorithm needs a key.")
        return hmac.new(to_bytes(key), digestmod=name)
    own = _OWN.get(name)
    return own() if own is not None else hashlib.new(name)


@family.function("HashString", "HashChaîne")
def hash_string(rt: Runtime, algo: object, value: object, secret_key: object = None) -> BufferResult:
    """The hash of a string or buffer (a string beyond Latin-1 is hashed as UTF-8)."""
    h = _hasher("HashString", algo, secret_key)
    h.update(to_bytes(value))
    return buffer(h.digest())


@family.function("HashFile", "HashFichier", can_fail=True)
def hash_file(rt: Runtime, algo: object, path: TextArg, secret_key: object = None) -> BufferResult:
    """The hash of a file's content; "" and ErrorOccurred if it cannot be read."""
    name = native_path(text_arg(path, "HashFile"))
    h = _hasher("HashFile", algo, secret_key)
    try:
        with open_whole(name) as f:
            for block in iter(lambda: f.read(1 << 16), b""):
                h.update(block)
    except (OSError, ValueError) as exc:
        raise failure("HashFile", "read", V.to_str(path), exc, "") from None
    return buffer(h.digest())


@family.function("HashCheckString", "HashVérifieChaîne")
def hash_check_string(rt: Runtime, algo: object, value: object, expected: object,
                      secret_key: object = None) -> bool:
    """True when `value` has the hash `expected` (compared in constant time)."""
    got = hash_string(rt, algo, value, secret_key)
    return hmac.compare_digest(to_bytes(got), to_bytes(expected))


@family.function("HashCheckFile", "HashVérifieFichier", can_fail=True)
def hash_check_file(rt: Runtime, algo: object, path: object, expected: object,
                    secret_key: object = None) -> bool:
    """True when the file has the hash `expected`."""
    got = hash_file(rt, algo, path, secret_key)  # a BuiltinFailure goes up to our own wrapper
    return hmac.compare_digest(to_bytes(got), to_bytes(expected))


@family.function("sComputeCrc32", "sCalculeCrc32", "CRC32")
def crc32(rt: Runtime, value: object) -> int:
    """The CRC-32 (as zip and PNG compute it) of a string or buffer, a positive integer."""
    return zlib.crc32(to_bytes(value))
