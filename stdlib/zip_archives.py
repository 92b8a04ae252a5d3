"""Archives: zipCreate/zipCrée, zipOpen/zipOuvre, zipClose/zipFerme, zipAddFile/
zipAjouteFichier, zipAddFileList/zipAjouteListeFichier, zipAddDirectory/
zipAjouteRépertoire, zipNbFile/zipNbFichier, zipFindFile/zipChercheFichier,
zipExtractPath/zipExtraitChemin, zipExtractFile/zipExtraitFichier, zipExtractAll/
zipExtraitTout, zipExtractDirectory/zipExtraitRépertoire, zipDeleteFile/zipSupprimeFichier,
zipMsgError/zipMsgErreur, and the
zipArchive type (docs/builtins.md, "Archives"; its properties: zip_properties.py); the
rest of the family is zip_more.py,
which uses this module's `opened_archive`, `file_position` and `destination_of`.

An archive is named by a string or held by a zipArchive variable (?3082044). Every
function returns 0 on success and an error code above 0 otherwise, which zipMsgError
turns into a sentence; nothing raises for a missing file or a damaged archive. The
archive is not held open between calls: each call opens the file, does its work and
closes it, so a program that forgets zipClose loses nothing. PC SOFT's pages list .zip,
.wdz, .cab, .rar, .7z, .tar, .tgz/.tar.gz, .gz and self-extracting .exe; wlinterp reads
and writes .zip, .tar and .tgz/.tar.gz (zip_formats.py) and refuses the others with
error code 5 (C.UNSUPPORTED).
"""
from __future__ import annotations

import os

from wlinterp.digits import ascii_digits
from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.containers import WLArray
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from . import zip_codes as C
from . import zip_extract as X
from . import zip_formats as F
from .listed_paths import joined, shown_folder
from .paths import native_path
from .strings import text_arg
from .zip_properties import file_count, read_property, write_property

family = Family("Archives")

# Values UNVERIFIED (the pages give the names only); they combine with +.
ZIP_NONE = family.constant("zipNone", "zipAucun", 0)
ZIP_DRIVE = family.constant("zipDrive", "zipDisque", 1)
ZIP_DIRECTORY = family.constant("zipDirectory", "zipRépertoire", 2)
ZIP_FILE_NAME = family.constant("zipFileName", "zipFichier", 4, "zipNomFichier")
ZIP_EXTENSION = family.constant("zipExtension", "zipExtension", 8)
# zipAddDirectory's storing option (?3082014, VERIFIED name and meaning; French INFERRED)
ZIP_RELATIVE = family.constant("zipRelative", "zipRelatif", 16)
# zipExtractFile's extraction "in memory" (?3082019: the result is then the buffer of
# the file): the names zipMemory / zipMémoire are INFERRED (the stored copy's list of
# destination constants is cut off)
ZIP_MEMORY = family.constant("zipMemory", "zipMémoire", 32)
ZIP_CREATE_IF_NOT_FOUND = family.constant("zipCreateIfNotFound", "zipCréationSiInexistant", 1,
                                          "zipCreationIfNonexistent")
ZIP_READ = family.constant("zipRead", "zipLecture", 2)
ZIP_WRITE = family.constant("zipWrite", "zipEcriture", 4)
ZIP_HEADER64 = family.constant("zipHeader64", "zipEntête64", 8)



class WLZipArchive:
    """A zipArchive variable: the archive it designates once opened (None: none)."""

    wl_type_name = "zipArchive"
    wl_method_kind = "ziparchive"  # a.Open(p) is zipOpen(a, p) (?1000019097, ?1000019160)

    def __init__(self) -> None:
        self.archive: F.Archive | None = None

    def wl_text(self) -> str:
        return self.archive.path if self.archive else ""

    def copy(self) -> WLZipArchive:
        return self  # a second variable designates the same archive (decided)

    def wl_get(self, name: str) -> object:
        """`a..Count`, `a..Size`, `a..Path`, `a..CompressionLevel` (zip_properties.py)."""
        return read_property(self.archive, name)

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        """`a..CompressionLevel = 9`, `a..Password = s`; the others are read only."""
        write_property(self.archive, name, value)


def _new(rt: Runtime | None) -> WLZipArchive:
    return WLZipArchive()


# (for wl check and the compiler: `a.Taille()` is zipTaille, not Taille (Length) given a,
# which answered the length of the archive's path)
setattr(_new, "wl_method_kind", WLZipArchive.wl_method_kind)  # noqa: B010 (mypy)
family.type("zipArchive", "zipArchive", _new)


def bind(rt: Runtime, archive: object, value: F.Archive | None) -> None:
    """Bind `archive` (a variable or a name) to an opened archive, or unbind it."""
    if isinstance(archive, WLZipArchive):
        archive.archive = value
        return
    table = rt.table("zip_archives")
    if value is None:
        table.pop(fold(V.to_str(archive)), None)
    else:
        table[fold(V.to_str(archive))] = value


def opened_archive(rt: Runtime, archive: object) -> F.Archive | None:
    if isinstance(archive, WLZipArchive):
        return archive.archive
    return rt.table("zip_archives").get(fold(V.to_str(archive)))


def _open(rt: Runtime, archive: object, path: object, create: bool, writable: bool) -> int:
    """Bind `archive` to the file at `path`, made empty first when `create`."""
    try:
        opened = F.open_archive(native_path(path), create, writable)
    except C.ArchiveError as exc:
        return exc.code
    bind(rt, archive, opened)
    return 0


@family.function("zipCreate", "zipCrée")
def zip_create(rt: Runtime, archive: object, path: object, options: object = 0) -> int:
    """Create an empty archive (replacing any file there) and open it in read/write."""
    return _open(rt, archive, path, True, True)


@family.function("zipOpen", "zipOuvre")
def zip_open(rt: Runtime, archive: object, path: TextArg,
             mode: object = ZIP_CREATE_IF_NOT_FOUND + ZIP_WRITE) -> int:
    """Open an archive; with zipCreateIfNotFound (the default) a missing one is created."""
    flags = V.to_int(mode)
    name = native_path(text_arg(path, "zipOpen"))
    if not os.path.exists(name) and not flags & ZIP_CREATE_IF_NOT_FOUND:
        return C.PATH_NOT_FOUND
    writable = bool(flags & ZIP_WRITE) or not flags & ZIP_READ
    return _open(rt, archive, path, not os.path.exists(name), writable)


@family.function("zipClose", "zipFerme")
def zip_close(rt: Runtime, archive: object) -> int:
    """Forget the archive (its file is always up to date: nothing is left to write)."""
    if opened_archive(rt, archive) is None:
        return C.NOT_OPENED
    bind(rt, archive, None)
    return 0


def writable_archive(rt: Runtime, archive: object) -> tuple[F.Archive | None, int]:
    opened = opened_archive(rt, archive)
    if opened is None:
        return None, C.NOT_OPENED
    return opened, 0 if opened.writable else C.READ_ONLY


def stored_name(path: str, keep: int) -> str:
    """The path a file is stored under: its name, with its folders under zipDirectory
    or zipDrive (a drive letter is never stored: zip and tar have no room for it)."""
    folders = os.path.dirname(os.path.normpath(path)).strip(os.sep)
    name = os.path.basename(path)
    if keep & (ZIP_DIRECTORY | ZIP_DRIVE) and folders:
        return folders.replace(os.sep, "/") + "/" + name
    return name


def _add(rt: Runtime, archive: object, files: list[str], keep: object) -> int:
    opened, code = writable_archive(rt, archive)
    if opened is None or code:
        return code
    pairs = []
    for given in files:
        path = native_path(given)
        if not os.path.isfile(path):
            return C.PATH_NOT_FOUND
        pairs.append((path, stored_name(path, V.to_int(keep))))
    return opened.add(pairs)


@family.function("zipAddFile", "zipAjouteFichier")
def zip_add_file(rt: Runtime, archive: object, path: object, keep: object = 0,
                 progress: object = None) -> int:
    """Add a file (replacing one stored under the same path); `keep` says which part of
    its path is stored (zipDirectory, zipDrive; none: its name only)."""
    return _add(rt, archive, [V.to_str(path)], keep)


@family.function("zipAddFileList", "zipAjouteListeFichier")
def zip_add_file_list(rt: Runtime, archive: object, paths: object, keep: object = 0,
                      progress: object = None) -> int:
    """Add files given one per line (CR), or as an array of paths."""
    if isinstance(paths, WLArray):  # the page's second syntax (INFERRED: an array)
        files = [V.to_str(p) for p in paths.items]
    else:
        files = [p for p in V.to_str(paths).replace("\r\n", "\r").replace("\n", "\r")
                 .split("\r") if p]
    return _add(rt, archive, files, keep)


@family.function("zipAddDirectory", "zipAjouteRépertoire")
def zip_add_directory(rt: Runtime, archive: object, directory: TextArg,
                      subdirectories: object = True, keep: object = ZIP_DIRECTORY,
                      procedure: object = None, progress: object = None) -> int:
    """Add the files of a folder, and of its subfolders unless `subdirectories` is False
    (?3082014). Each is stored under its folders and name (zipDirectory, the default;
    zipDrive the same, no drive letter being stored), or under its path inside the
    folder (zipRelative: the folder is the archive's root). The procedure chooses the
    files: called with each one's path as the folder was written, a false result leaves
    it out (zip_extract.filter_of, docs/builtins.md "Archives")."""
    text = text_arg(directory, "zipAddDirectory")
    root = native_path(text).rstrip(os.sep) or os.sep
    if text == "" or not os.path.isdir(root):
        return C.PATH_NOT_FOUND
    opened, code = writable_archive(rt, archive)
    if opened is None or code:
        return code
    mode = V.to_int(keep)
    pairs = []
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        if not V.to_bool(subdirectories):
            dirs.clear()
        for name in sorted(names):
            full = os.path.join(folder, name)
            inside = (os.path.relpath(full, root).replace(os.sep, "/")
                      if mode & ZIP_RELATIVE else stored_name(full, mode))
            pairs.append((full, inside))
    if procedure is not None:
        keep, show = X.filter_of(rt, "zipAddDirectory", procedure), shown_folder(text, root)
        pairs = [(full, inside) for full, inside in pairs
                 if keep(joined(show(os.path.dirname(full)), os.path.basename(full)))]
    return opened.add(pairs)


@family.function("zipNbFile", "zipNbFichier")
def zip_nb_file(rt: Runtime, archive: object) -> int:
    """How many files the archive holds (-1 when it is not opened: INFERRED)."""
    return file_count(opened_archive(rt, archive))


def file_position(rt: Runtime, archive: object,
                  which: object) -> tuple[F.Archive | None, int, int]:
    """(archive, 0-based position, error code) of a file given by its index (from 1) or
    by its stored path."""
    opened = opened_archive(rt, archive)
    if opened is None:
        return None, -1, C.NOT_OPENED
    try:
        names = opened.names()
    except C.ArchiveError as exc:
        return None, -1, exc.code
    if isinstance(which, str) and not ascii_digits(which.strip().lstrip("-")):
        pos = F.find(names, which)
    else:
        pos = V.to_int(which) - 1
    if not 0 <= pos < len(names):
        return None, -1, C.NO_SUCH_FILE
    return opened, pos, 0


@family.function("zipFindFile", "zipChercheFichier")
def zip_find_file(rt: Runtime, archive: object, stored: object) -> int:
    """The index (from 1) of the file stored under this path (`\\` or `/`, any case),
    -1 when there is none (INFERRED)."""
    _, pos, code = file_position(rt, archive, V.to_str(stored))
    return -1 if code else pos + 1


@family.function("zipExtractPath", "zipExtraitChemin")
def zip_extract_path(rt: Runtime, archive: object, index: object, parts: object = 0) -> str:
    """The stored path of a file, Windows style, or the parts asked (zipDirectory,
    zipFileName, zipExtension; zipDrive gives nothing: no drive is stored)."""
    opened, pos, code = file_position(rt, archive, V.to_int(index))
    if opened is None or code:
        return ""
    stored = opened.names()[pos].replace("/", "\\")
    flags = V.to_int(parts)
    if not flags:
        return stored
    folder, _, file = stored.rpartition("\\")
    stem, dot, ext = file.rpartition(".")
    stem, ext = (stem, dot + ext) if dot and stem else (file, "")
    return ((folder + "\\" if flags & ZIP_DIRECTORY and folder else "")
            + (stem if flags & ZIP_FILE_NAME else "") + (ext if flags & ZIP_EXTENSION else ""))


@family.function("zipExtractFile", "zipExtraitFichier")
def zip_extract_file(rt: Runtime, archive: object, which: object, destination: object = None,
                     progress: object = None) -> object:
    """Extract one file (by index or stored path): into the current folder under its
    name by default, into a folder given as text under its stored path, with zipDrive
    at its stored path from the root; with zipMemory, the file's content as a buffer
    (an error code when it cannot be read)."""
    opened, pos, code = file_position(rt, archive, which)
    if opened is None or code:
        return code
    if not isinstance(destination, str) and destination is not None \
            and V.to_int(destination) & ZIP_MEMORY:
        data = opened.read(pos)
        return data if isinstance(data, int) else V.BufferText(data.decode("latin-1"))
    return opened.extract([pos], *destination_of(destination))


@family.function("zipExtractAll", "zipExtraitTout")
def zip_extract_all(rt: Runtime, archive: object, destination: object = None,
                    options: object = 0, procedure: object = None,
                    progress: object = None) -> int:
    """Extract every file under its stored path, into a folder (default: the current
    one). The parameters are the page's (?3082011, ?1000019085); the procedure chooses
    the files (zip_extract.chosen_by); `options` is accepted and not used (docs/
    builtins.md, "Archives")."""
    opened = opened_archive(rt, archive)
    if opened is None:
        return C.NOT_OPENED
    try:
        names = opened.names()
    except C.ArchiveError as exc:
        return exc.code
    chosen = X.chosen_by(rt, "zipExtractAll", procedure, names, list(range(len(names))))
    return opened.extract(chosen, destination_of(destination)[0], False)


@family.function("zipExtractDirectory", "zipExtraitRépertoire")
def zip_extract_directory(rt: Runtime, archive: object, directory: object,
                          destination: object = None, options: object = 0,
                          procedure: object = None, progress: object = None) -> int:
    """Extract the files stored below a folder of the archive (?1000025518): into a
    folder given as text under their stored path, by default into the current folder
    under their names, with zipDrive under their stored path from the root; the procedure
    chooses among them (zip_extract.chosen_by), `options` is not used; no file there:
    code 7 (INFERRED)."""
    opened = opened_archive(rt, archive)
    if opened is None:
        return C.NOT_OPENED
    try:
        names = opened.names()
    except C.ArchiveError as exc:
        return exc.code
    prefix = V.to_str(directory).replace("\\", "/").strip("/").casefold() + "/"
    chosen = [pos for pos, name in enumerate(names)
              if name.lstrip("/").casefold().startswith(prefix) or prefix == "/"]
    if not chosen:
        return C.NO_SUCH_FILE
    chosen = X.chosen_by(rt, "zipExtractDirectory", procedure, names, chosen)
    return opened.extract(chosen, *destination_of(destination))


def destination_of(destination: object) -> tuple[str, bool]:
    """(folder, store flat) for a destination: text is a folder keeping stored paths;
    zipDrive is the root keeping them; none is the current folder, names only."""
    if destination is None:
        return os.getcwd(), True
    if isinstance(destination, str):
        return native_path(destination), False
    if V.to_int(destination) & ZIP_DRIVE:
        return native_path("\\"), False
    return os.getcwd(), True


@family.function("zipDeleteFile", "zipSupprimeFichier")
def zip_delete_file(rt: Runtime, archive: object, which: object) -> int:
    """Remove one file (by index or stored path) from the archive; a .tar or .tgz is
    refused with code 5, as its page says (?3082041)."""
    opened, pos, code = file_position(rt, archive, which)
    if opened is None or code:
        return code
    if not opened.writable:
        return C.READ_ONLY
    return C.UNSUPPORTED if opened.kind in F.TAR_KINDS else opened.delete([pos])


@family.function("zipMsgError", "zipMsgErreur")
def zip_msg_error(rt: Runtime, code: object) -> str:
    """The sentence for an error code of the zip functions ("" for 0)."""
    number = V.to_int(code)
    if number == 0:
        return ""
    return C.MESSAGES.get(number, f"Unknown archive error {number}.")
