"""The error codes the zip* functions return (zip_archives.py, zip_more.py), the
sentence zipMsgError gives each, and the failure that carries one out of the archive
code (zip_formats.py, zip_extract.py).
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

# zipMsgError's sentences, by code (the pages name the codes 1-3, 15, 27, 28)
MESSAGES = {
    PATH_NOT_FOUND: "The path passed as parameter does not exist.",
    ACCESS_DENIED: "Access denied: the user has no sufficient rights.",
    CORRUPTED: "The archive is corrupted.",
    NOT_OPENED: "The archive is not opened.",
    UNSUPPORTED: "This archive format is not supported, or not for this operation "
                   "(wlinterp handles .zip, .tar, .tgz/.tar.gz and .gz; a .tar or .tgz "
                   "takes no password, compression level, split or file deletion).",
    NO_SUCH_FILE: "The file was not found in the archive.",
    READ_ONLY: "The archive is opened in read-only mode.",
    BAD_STORED_PATH: "A path stored in the archive leaves the extraction folder.",
    WRONG_PASSWORD: "The password is missing, wrong or not valid.",
    NOT_MULTI: "The archive is not a multi-part archive.",
    MULTI_PART: "A multi-part archive cannot be changed: merge it first (zipMerge).",
    BAD_SIZE: "Invalid part size.",
    CAB_FORMAT: "Archive in CAB format.",
    WDZ_FORMAT: "Archive in WDZ format.",
    BAD_LEVEL: "Invalid compression level.",
    ONE_FILE: "A gzip archive (.gz) holds one file.",
    TOO_BIG: "The file is too large to be extracted in memory (over 1 GiB).",
}

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
