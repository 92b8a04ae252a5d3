"""Whole-file transformations: fCompare, fCrypt/fCrypte, fDecrypt/fDécrypte,
fCompress/fCompacte, fUncompress/fDécompacte, fShortPath/fCheminCourt and
fLongPath/fCheminLong.

Each reads and writes through `paths.native_path` and reports a failure (a file that
cannot be read or written, data that cannot be decrypted or uncompressed) as a non-fatal
error: False (or "") and ErrorOccurred, with ErrorInfo saying why. fCrypt/fDecrypt use
Crypt's format (stdlib/crypt.py) on the file's bytes; fCompress writes standard gzip, so
the result can be opened by any tool (and fUncompress also reads Compress's own format).
POSIX has no short (8.3) names: fShortPath and fLongPath give the path of an existing
file back unchanged.
"""
from __future__ import annotations

import os

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, TextArg
from .strings import text_arg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.value_bytes import to_bytes

from .compression import COMPRESS_GZIP, compress, uncompress
from .crypt import CRYPT_SECURE, ENCODE_NONE, crypt, uncrypt
from .encoding import buffer
from .file_more import write_file
from .paths import failure, native_path
from .whole_files import read_whole

family = Family("Files (transformations)")

_CHUNK = 1 << 16


def _read(fname: str, path: object, value: object) -> bytes:
    name = native_path(path)
    try:
        return read_whole(name)
    except (OSError, ValueError) as exc:
        raise failure(fname, "read", V.to_str(path), exc, value) from None


def _renamed(fname: str, exc: BuiltinFailure) -> BuiltinFailure:
    """A failure of the function this one is built on, reported under `fname`."""
    message = exc.message.split(": ", 1)[-1]
    return BuiltinFailure(f"{fname}: {message}", value=False)


@family.function("fCompare", "fCompare", can_fail=True)
def file_compare(rt: Runtime, first: TextArg, second: TextArg) -> int:
    """0 when the two files have the same bytes (read piece by piece), 1 when they
    differ; -1 or -2 (and ErrorOccurred) when the first or the second cannot be read."""
    given = text_arg(first, "fCompare"), text_arg(second, "fCompare")
    names = native_path(given[0]), native_path(given[1])
    for code, shown, name in zip((-1, -2), given, names):
        if not os.path.isfile(name):
            raise failure("fCompare", "read", shown, FileNotFoundError(2, "No such file"), code)
    try:
        if os.path.getsize(names[0]) != os.path.getsize(names[1]):
            return 1
        with open(names[0], "rb") as a, open(names[1], "rb") as b:
            while True:
                x, y = a.read(_CHUNK), b.read(_CHUNK)
                if x != y:
                    return 1
                if not x:
                    return 0
    except (OSError, ValueError) as exc:
        raise failure("fCompare", "read", V.to_str(first), exc, -3) from None


@family.function("fCrypt", "fCrypte", can_fail=True)
def file_crypt(rt: Runtime, source: object, destination: object, password: object,
               mode: object = CRYPT_SECURE) -> bool:
    """Write `destination`: `source`'s bytes encrypted with `password` (Crypt's
    format)."""
    data = buffer(_read("fCrypt", source, False))
    encrypted = crypt(rt, data, password, mode, ENCODE_NONE)
    return write_file("fCrypt", destination, to_bytes(encrypted))


@family.function("fDecrypt", "fDécrypte", can_fail=True)
def file_decrypt(rt: Runtime, source: object, destination: object, password: object,
                 mode: object = CRYPT_SECURE) -> bool:
    """Write `destination`: what fCrypt encrypted into `source`. A wrong password or a
    file fCrypt did not write fails (nothing is written)."""
    data = buffer(_read("fDecrypt", source, False))
    try:
        plain = uncrypt(rt, data, password, mode, ENCODE_NONE)
    except BuiltinFailure as exc:
        raise _renamed("fDecrypt", exc) from None
    return write_file("fDecrypt", destination, to_bytes(plain))


@family.function("fCompress", "fCompacte", can_fail=True)
def file_compress(rt: Runtime, source: object, destination: object) -> bool:
    """Write `destination`: `source` compressed as standard gzip."""
    data = buffer(_read("fCompress", source, False))
    return write_file("fCompress", destination, to_bytes(compress(rt, data, COMPRESS_GZIP)))


@family.function("fUncompress", "fDécompacte", can_fail=True)
def file_uncompress(rt: Runtime, source: object, destination: object) -> bool:
    """Write `destination`: the content of the gzip file (or Compress buffer) `source`."""
    data = buffer(_read("fUncompress", source, False))
    try:
        plain = uncompress(rt, data)
    except BuiltinFailure as exc:
        raise _renamed("fUncompress", exc) from None
    return write_file("fUncompress", destination, to_bytes(plain))


def _existing(fname: str, path: object) -> str:
    text = V.to_str(path)
    name = native_path(text)
    if not os.path.exists(name):
        raise failure(fname, "find", text, FileNotFoundError(2, "No such file or folder"),
                      "")
    return text


@family.function("fShortPath", "fCheminCourt", can_fail=True)
def short_path(rt: Runtime, path: object) -> str:
    """The path of an existing file or folder, unchanged (no 8.3 names here)."""
    return _existing("fShortPath", path)


@family.function("fLongPath", "fCheminLong", can_fail=True)
def long_path(rt: Runtime, path: object) -> str:
    """The path of an existing file or folder, unchanged (no 8.3 names here)."""
    return _existing("fLongPath", path)


@family.function("fShortName", "fNomCourt", can_fail=True)
def short_name(rt: Runtime, path: object) -> str:
    """The short (8.3) name of an existing file or folder: POSIX has none, so the path
    unchanged, as fShortPath."""
    return _existing("fShortName", path)


@family.function("fLongName", "fNomLong", can_fail=True)
def long_name(rt: Runtime, path: object) -> str:
    """The long name of an existing file or folder: the path unchanged on POSIX."""
    return _existing("fLongName", path)
