"""The properties of a zipArchive variable (zip_archives.py WLZipArchive), and the facts
they share with the zip* functions that give the same ones (zipNbFile, zipSize,
zipCompressionLevel, zipPassword: one computation for both ways of asking).

The type's help page is not in the stored help (searched again 7 Dec 2026 evening by
"zipArchive type WLanguage properties", "Variable de type zipArchive propriétés" and the
page's likely opening sentence): which properties it has is *decided*
(docs/builtins.md "zipArchive properties"). Each property is one of the family's
functions that takes only the archive, so a program reads the same fact either way:
- Count / Occurrence: zipNbFile (-1 before the archive is opened), read only;
- Size / Taille: zipSize (bytes, every part counted; -1 before), read only;
- Path / Chemin: the path the archive was opened or created on ("" before), read only;
- CompressionLevel / NiveauCompression: zipCompressionLevel's level (6 by default, -1
  before), given a value as the function is;
- Password / MotDePasse: zipPassword, given a value only: a password is never read
  back (the developers' brief: passwords are never printed).
A value the function would refuse (a level outside 0-9, a password that is not ASCII,
an archive not opened) stops the run with zipMsgError's sentence: an assignment has no
error code to return, and the value must not be silently dropped.
"""
from __future__ import annotations

__all__ = ["archive_size", "file_count", "level_code", "password_code", "read_property",
           "write_property"]

import os

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime import values as V
from wlinterp.runtime.access import READ_ONLY_REFUSAL
from wlinterp.syntax.names import fold

from . import zip_codes as C
from . import zip_formats as F

# each name as written in its language, and the property it is (its English name)
_NAMES = {fold(shown): (shown, meaning) for shown, meaning in (
    ("Count", "Count"), ("Occurrence", "Count"), ("Size", "Size"), ("Taille", "Size"),
    ("Path", "Path"), ("Chemin", "Path"), ("CompressionLevel", "CompressionLevel"),
    ("NiveauCompression", "CompressionLevel"), ("Password", "Password"),
    ("MotDePasse", "Password"))}
_LISTED = "Count / Occurrence, Size, Path, CompressionLevel, Password"


def file_count(opened: F.Archive | None) -> int:
    """How many files the archive holds; -1 when it is not opened or cannot be read."""
    if opened is None:
        return -1
    try:
        return len(opened.names())
    except C.ArchiveError:
        return -1


def archive_size(opened: F.Archive | None) -> int:
    """The archive's size in bytes, every part counted; -1 when it is not opened."""
    if opened is None:
        return -1
    try:
        return sum(os.path.getsize(p) for p in opened.parts)
    except OSError:
        return -1


def password_code(opened: F.Archive | None, text: str) -> int:
    """Sets the password of the files added and extracted next: 0, or the error code
    (?3082053: ASCII 1 to 127, 255 characters at most; .tar/.tgz take none)."""
    if opened is None:
        return C.NOT_OPENED
    if opened.kind != "zip":
        return C.UNSUPPORTED
    if len(text) > 255 or any(not 1 <= ord(c) <= 127 for c in text):
        return C.WRONG_PASSWORD
    opened.password = text
    return 0


def level_code(opened: F.Archive | None, number: int) -> int:
    """Sets the compression level of the files added next: 0, or the error code
    (?3082054: 0 stores, 9 compresses most; 28 outside 0-9; .tar/.tgz: 5)."""
    if opened is None:
        return C.NOT_OPENED
    if not 0 <= number <= 9:
        return C.BAD_LEVEL
    if opened.kind != "zip":
        return C.UNSUPPORTED
    opened.level = number
    return 0


def _known(name: str) -> tuple[str, str]:
    """(the name as its language writes it, the property's English name); a name the
    type does not have is refused."""
    known = _NAMES.get(fold(name))
    if known is None:
        raise WLRuntimeError(f"A value of type zipArchive has no property '{name}' "
                             f"(wlinterp has {_LISTED}).")
    return known


def read_property(opened: F.Archive | None, name: str) -> object:
    """`a..Name` read."""
    shown, known = _known(name)
    if known == "Count":
        return file_count(opened)
    if known == "Size":
        return archive_size(opened)
    if known == "Path":
        return opened.path if opened is not None else ""
    if known == "CompressionLevel":
        return opened.level if opened is not None else -1
    raise WLRuntimeError(f"A zipArchive's {shown} is given a value, never read: a "
                         "password is not read back (zipPassword sets it too).")


def write_property(opened: F.Archive | None, name: str, value: object) -> None:
    """`a..Name = value`: the level and the password, as their functions set them."""
    shown, known = _known(name)
    if known == "CompressionLevel":
        code = level_code(opened, V.to_int(value))
    elif known == "Password":
        code = password_code(opened, V.to_str(value))
    else:
        why = {"Count": "it is how many files the archive holds (zipAddFile, "
                        "zipDeleteFile change it)",
               "Size": "it is the archive file's length in bytes",
               "Path": "it is the file the archive was opened or created on (zipOpen, "
                       "zipCreate)"}[known]
        raise WLRuntimeError(f"A zipArchive's {shown} {READ_ONLY_REFUSAL}: {why}.")
    if code:
        raise WLRuntimeError(f"A zipArchive's {shown} cannot be given this value: "
                             f"{C.MESSAGES[code]}")
