"""Archives, the rest of the family: zipListFile/zipListeFichier,
zipExtractFileList/zipExtraitListeFichier, zipPassword/zipMotDePasse,
zipCompressionLevel/zipNiveauCompression, zipExist/zipExiste, zipInfoFile/zipInfoFichier,
zipCurrentFile/zipFichierEnCours, zipSize/zipTaille, zipFileSize/zipTailleFichier,
zipChangePath/zipChangeChemin, zipDeleteFileList/zipSupprimeListeFichier,
zipDeleteAll/zipSupprimeTout, zipIsMulti/zipEstMulti, zipNbPart/zipNbPartie,
zipNbPartNeeded/zipNbPartieNecessaire, zipSplit/zipDecoupe, zipMerge/zipRegroupe,
zipStartAddFile/zipDébutAjoutFichier and zipEndAddFile/zipFinAjoutFichier
(docs/builtins.md, "Archives").

Same conventions as zip_archives.py: the archive is a name or a zipArchive variable,
the functions that act return 0 or an error code (zipMsgError), nothing raises for a
missing or damaged archive.
"""
from __future__ import annotations

import os
from collections.abc import Callable

from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from . import zip_codes as C
from . import zip_extract as X
from . import zip_formats as F
from . import zip_parts as P
from .paths import native_path
from .zip_archives import (
    bind,
    destination_of,
    file_position,
    opened_archive,
    writable_archive,
)
from .zip_properties import archive_size, level_code, password_code

family = Family("Archives")

ENCRYPTION_NONE, ENCRYPTION_ZIP20 = 0, 1  # zipInfoFile's last field (INFERRED)
_DEFAULT_PART = 1400 * 1024  # zipSplit's default part size (INFERRED: the page's example)


def _lines(text: object) -> list[str]:
    """The paths of a list separated by CR (CR+LF and LF accepted)."""
    raw = V.to_str(text).replace("\r\n", "\r").replace("\n", "\r")
    return [p for p in raw.split("\r") if p]


def _positions(opened: F.Archive, paths: list[str]) -> list[int] | None:
    """The positions of stored paths (any case, `\\` or `/`); None if one is absent."""
    names = opened.names()
    found = [F.find(names, p) for p in paths]
    return None if -1 in found else found


@family.function("zipListFile", "zipListeFichier")
def zip_list_file(rt: Runtime, archive: object, options: object = 0) -> str:
    """The stored paths of the files, `\\`-separated, one per line (CR); "" for an
    archive not opened or unreadable (INFERRED: no stored page; CR is
    CR+LF, as the CR constant)."""
    opened = opened_archive(rt, archive)
    try:
        names = opened.names() if opened else []
    except C.ArchiveError:
        return ""
    return "\r\n".join(n.replace("/", "\\") for n in names)


@family.function("zipExtractFileList", "zipExtraitListeFichier")
def zip_extract_file_list(rt: Runtime, archive: object, paths: object,
                          destination: object = None, options: object = 0,
                          procedure: object = None, progress: object = None) -> int:
    """Extract the files whose stored paths are listed (CR-separated) (?1000017234):
    destinations as zipExtractFile; code 7 and nothing extracted when one is absent;
    the procedure chooses among them (zip_extract.chosen_by)."""
    opened = opened_archive(rt, archive)
    if opened is None:
        return C.NOT_OPENED
    try:
        chosen = _positions(opened, _lines(paths))
        names = opened.names()
    except C.ArchiveError as exc:
        return exc.code
    if chosen is None:
        return C.NO_SUCH_FILE
    chosen = X.chosen_by(rt, "zipExtractFileList", procedure, names, chosen)
    return opened.extract(chosen, *destination_of(destination))


@family.function("zipPassword", "zipMotDePasse")
def zip_password(rt: Runtime, archive: object, password: object) -> int:
    """Set the password that encrypts the files added next (zip_encrypt.py) and
    decrypts the files extracted ("" for none) (?3082053): ASCII 1 to 127, 255
    characters at most; not available for .tar/.tgz (code 5)."""
    return password_code(opened_archive(rt, archive), V.to_str(password))


@family.function("zipCompressionLevel", "zipNiveauCompression")
def zip_compression_level(rt: Runtime, archive: object, level: object) -> int:
    """The level (0 stores, 9 compresses most; 6 by default) of the files added next
    (?3082054); 28 for a level outside 0-9; .tar/.tgz: code 5."""
    return level_code(opened_archive(rt, archive), V.to_int(level))


@family.function("zipExist", "zipExiste")
def zip_exist(rt: Runtime, archive: object) -> bool:
    """True when the name or variable designates an opened archive whose file is still
    there (INFERRED: no stored page)."""
    opened = opened_archive(rt, archive)
    return opened is not None and os.path.isfile(opened.path)


def _stamp(when: tuple[int, ...]) -> str:
    year, *rest = when
    return f"{year:04d}" + "".join(f"{n:02d}" for n in rest)


@family.function("zipInfoFile", "zipInfoFichier", "zipFileInfo")
def zip_info_file(rt: Runtime, archive: object, which: object) -> str:
    """A file's stored path, size, compressed size, creation, modification and access
    dates (YYYYMMDDHHmmSS; the zip and tar formats store the modification only, given
    for all three), attributes ("" : none stored portably) and encryption (0 none, 1 zip
    2.0), TAB-separated (?1000019092); "" when the file is not found."""
    opened, pos, code = file_position(rt, archive, which)
    if opened is None or code:
        return ""
    e = opened.entries()[pos]
    stamp = _stamp(e.when)
    return "\t".join([e.name.replace("/", "\\"), str(e.size), str(e.packed), stamp, stamp,
                      stamp, "", str(ENCRYPTION_ZIP20 if e.encrypted else ENCRYPTION_NONE)])


@family.function("zipCurrentFile", "zipFichierEnCours")
def zip_current_file(rt: Runtime, archive: object) -> str:
    """The stored path of the file the archive last added or extracted ("" before any;
    INFERRED: no stored page)."""
    opened = opened_archive(rt, archive)
    return opened.current.replace("/", "\\") if opened else ""


@family.function("zipSize", "zipTaille")
def zip_size(rt: Runtime, archive: object) -> int:
    """The archive's size in bytes, every part counted; -1 when it is not opened
    (INFERRED: no stored page)."""
    return archive_size(opened_archive(rt, archive))


@family.function("zipFileSize", "zipTailleFichier")
def zip_file_size(rt: Runtime, archive: object, which: object = None) -> int:
    """A file's original size (by index or stored path), or without a file the total of
    all; -1 when there is nothing to answer (INFERRED: no stored page)."""
    if which is None:
        opened = opened_archive(rt, archive)
        try:
            return sum(e.size for e in opened.entries()) if opened else -1
        except C.ArchiveError:
            return -1
    opened, pos, code = file_position(rt, archive, which)
    return -1 if opened is None or code else opened.entries()[pos].size


@family.function("zipChangePath", "zipChangeChemin")
def zip_change_path(rt: Runtime, archive: object, which: object, new_path: object) -> int:
    """Store a file (by index or stored path) under another path (?3082027)."""
    opened, code = writable_archive(rt, archive)
    if opened is None or code:
        return code
    found, pos, code = file_position(rt, archive, which)
    if found is None or code:
        return code
    return opened.rename(pos, V.to_str(new_path).replace("\\", "/").lstrip("/"))


@family.function("zipDeleteFileList", "zipSupprimeListeFichier")
def zip_delete_file_list(rt: Runtime, archive: object, paths: object,
                         progress: object = None) -> int:
    """Remove the files whose stored paths are listed (CR-separated) (?3082049); code 7
    and nothing removed when one is absent; a .tar or .tgz: code 5, as zipDeleteFile."""
    opened, code = writable_archive(rt, archive)
    if opened is None or code:
        return code
    if opened.kind in F.TAR_KINDS:
        return C.UNSUPPORTED
    try:
        chosen = _positions(opened, _lines(paths))
    except C.ArchiveError as exc:
        return exc.code
    return C.NO_SUCH_FILE if chosen is None else opened.delete(chosen)


@family.function("zipDeleteAll", "zipSupprimeTout")
def zip_delete_all(rt: Runtime, archive: object, progress: object = None) -> int:
    """Remove every file of the archive (INFERRED: no stored page); a .tar or .tgz:
    code 5, as zipDeleteFile."""
    opened, code = writable_archive(rt, archive)
    if opened is None or code:
        return code
    if opened.kind in F.TAR_KINDS:
        return C.UNSUPPORTED
    try:
        return opened.delete(list(range(len(opened.names()))))
    except C.ArchiveError as exc:
        return exc.code


@family.function("zipIsMulti", "zipEstMulti")
def zip_is_multi(rt: Runtime, archive: object) -> bool:
    """True when the opened archive has several parts (?3082015)."""
    opened = opened_archive(rt, archive)
    return opened is not None and len(opened.parts) > 1


@family.function("zipNbPart", "zipNbPartie")
def zip_nb_part(rt: Runtime, archive: object) -> int:
    """How many parts the archive has (1 single-part); -1 when it is not opened."""
    opened = opened_archive(rt, archive)
    return len(opened.parts) if opened else -1


@family.function("zipNbPartNeeded", "zipNbPartieNécessaire")
def zip_nb_part_needed(rt: Runtime, archive: object, size: object,
                       reserved: object = 0) -> int:
    """How many parts of `size` bytes zipSplit would write (INFERRED: no stored page);
    -1 when the archive is not opened or the size is not positive."""
    opened, number = opened_archive(rt, archive), V.to_int(size)
    if opened is None or number <= 0:
        return -1
    return P.needed(zip_size(rt, archive), number, V.to_int(reserved))


@family.function("zipSplit", "zipDécoupe")
def zip_split(rt: Runtime, archive: object, destination: object, size: object = _DEFAULT_PART,
              delete_source: object = False, reserved: object = 0,
              progress: object = None) -> int:
    """Cut a single-part .zip into parts of `size` bytes (?3082020): the first at
    `destination`, the next ones `.z01`, `.z02`...; the first part is `reserved` bytes
    smaller; with `delete_source` the source archive is removed. The archive then
    designates the multi-part one."""
    opened = opened_archive(rt, archive)
    if opened is None:
        return C.NOT_OPENED
    if opened.kind != "zip":
        return C.UNSUPPORTED
    if len(opened.parts) > 1:
        return C.MULTI_PART
    target, number = _named_like(destination, opened.path), V.to_int(size)
    if number <= 0:
        return C.BAD_SIZE
    if F.kind_of(target) != "zip":
        return C.UNSUPPORTED  # refused before any part is written

    def write() -> None:
        P.split(opened.path, target, number, V.to_int(reserved))
        if V.to_bool(delete_source) and not os.path.samefile(target, opened.path):
            os.remove(opened.path)
    return _write_then_open(rt, archive, opened, target, write)


@family.function("zipMerge", "zipRegroupe")
def zip_merge(rt: Runtime, archive: object, destination: object,
              progress: object = None) -> int:
    """Join the parts of a multi-part archive into the single-part archive
    `destination` (?3082046; without extension, the archive's own); the archive then
    designates it. Code 12 when the archive has one part."""
    opened = opened_archive(rt, archive)
    if opened is None:
        return C.NOT_OPENED
    if len(opened.parts) < 2:
        return C.NOT_MULTI
    target = _named_like(destination, opened.path)

    def write() -> None:
        P.merge(opened.parts, target)
    return _write_then_open(rt, archive, opened, target, write)


def _named_like(destination: object, source: str) -> str:
    """The path of a new archive: `destination`, with `source`'s extension when it has
    none (zipMerge's page ?3082046 says so; zipSplit's page is cut before it says, so
    zipSplit does the same: INFERRED)."""
    target = native_path(destination)
    if not os.path.splitext(target)[1]:
        target += os.path.splitext(source)[1]
    return target


def _write_then_open(rt: Runtime, archive: object, opened: F.Archive, target: str,
                     write: Callable[[], None]) -> int:
    """Run `write` (which makes the archive at `target`), then let `archive` designate
    it: 0, or the error code of the failure."""
    try:
        write()
        bind(rt, archive, F.open_archive(target, False, opened.writable))
    except C.ArchiveError as exc:
        return exc.code
    except OSError as exc:
        return C.ACCESS_DENIED if isinstance(exc, PermissionError) else C.PATH_NOT_FOUND
    return 0


@family.function("zipStartAddFile", "zipDébutAjoutFichier")
def zip_start_add_file(rt: Runtime, archive: object) -> int:
    """Starts a series of optimised additions (?1410091114, WINDEV SaaS 2025: WINDEV
    rewrites a .zip's directory once, at zipEndAddFile). wlinterp writes each addition
    whole as it comes, so there is nothing to defer: 0 for an archive opened for
    writing, else its code (4 not opened, 8 read-only), as zipAddFile would answer.
    French name VERIFIED, English INFERRED (the English page is not stored)."""
    return writable_archive(rt, archive)[1]


@family.function("zipEndAddFile", "zipFinAjoutFichier")
def zip_end_add_file(rt: Runtime, archive: object) -> int:
    """Ends a series of optimised additions (named by ?1410091114's example): 0 for an
    archive opened for writing, else its code (4 not opened, 8 read-only); the files
    added are in the archive already. Names INFERRED beside zipStartAddFile's."""
    return writable_archive(rt, archive)[1]
