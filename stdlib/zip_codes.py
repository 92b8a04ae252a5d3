"""The error codes the zip* functions return (zip_archives.py, zip_more.py) and the
failure that carries one out of the archive code (zip_formats.py, zip_extract.py).
Not a family: no WLanguage names here."""
from __future__ import annotations

import tarfile
import zipfile
import zlib

# Codes 1-3: ?3082044 (VERIFIED); 15, 27, 28: ?3082054 (VERIFIED, zipCompressionLevel's
# list: an archive in CAB format, in WDZ format, an invalid level); the others are
# wlinterp's (UNVERIFIED, docs/builtins.md), 40 kept clear of the pages' numbers.
PATH_NOT_FOUND, ACCESS_DENIED, CORRUPTED = 1, 2, 3
NOT_OPENED, UNSUPPORTED, NO_SUCH_FILE, READ_ONLY, BAD_STORED_PATH = 4, 5, 7, 8, 9
WRONG_PASSWORD, NOT_MULTI, MULTI_PART, BAD_SIZE = 11, 12, 13, 14
CAB_FORMAT, WDZ_FORMAT, BAD_LEVEL = 15, 27, 28
ONE_FILE, TOO_BIG = 40, 41

# what reading or writing an archive raises for a missing, unreadable or damaged one
# (zlib.error: a damaged deflate stream; ValueError: a path holding a NUL character)
FAILURES = (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError, zlib.error,
             ValueError)


class ArchiveError(Exception):
    """A failure carrying the zip* error code the function returns."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def code_of(exc: Exception) -> int:
    """The zip* code of a failure reading or writing an archive."""
    if isinstance(exc, PermissionError):
        return ACCESS_DENIED
    if isinstance(exc, (FileNotFoundError, NotADirectoryError, IsADirectoryError,
                        ValueError)):  # ValueError: no file has a NUL in its path
        return PATH_NOT_FOUND
    if isinstance(exc, NotImplementedError):  # AES or another method zipfile lacks
        return UNSUPPORTED
    if isinstance(exc, RuntimeError):  # zipfile: password missing or wrong
        return WRONG_PASSWORD
    return CORRUPTED
