"""The archive files behind the zip* functions (zip_archives.py, zip_more.py): .zip
through Python's zipfile, .tar and .tgz/.tar.gz through tarfile, .gz (one file) through
zip_gzip.py. Not a family: no WLanguage names here.

Each operation opens the file, works, and closes it. The listing (stored paths, sizes,
dates) is read once and kept while the file is unchanged (same inode, size and
modification time), so looking a file up and then extracting it reads the archive's
directory once; an extraction opens the archive once and decompresses only the members
asked for, each copied to disk in pieces (zip_extract.py). Adding to a zip appends;
adding to a tar, replacing a file, renaming or deleting one rewrites the archive (beside
it, then moved over it, so a failure leaves the old archive whole). Encrypted zip members (the
zip 2.0 "traditional" encryption) are read with the archive's password (zipPassword) and
written with it by zip_encrypt.py; a .zip written again (a file replaced, renamed or
deleted, or added with a password) copies the members it keeps byte for byte, so an
encrypted member stays encrypted with its own password and nothing is decompressed.
"""
from __future__ import annotations

import contextlib
import io
import os
import tarfile
import tempfile
import time
import zipfile
from typing import IO, Callable, Iterator, NamedTuple

from . import zip_codes as C
from . import zip_encrypt as E
from . import zip_extract as X
from . import zip_gzip as G
from . import zip_parts as P

# the tar kinds, from which no file is deleted (zipDeleteFile ?3082041)
TAR_KINDS = ("tar", "tgz")
_KINDS = ((".tar.gz", "tgz"), (".tgz", "tgz"), (".tar", "tar"), (".zip", "zip"),
          (".gz", "gz"))


class Entry(NamedTuple):
    """One stored file: its stored path, sizes, modification time and encryption."""
    name: str
    size: int
    packed: int
    when: tuple[int, int, int, int, int, int]
    encrypted: bool


def kind_of(path: str) -> str | None:
    """'zip', 'tar', 'tgz' or 'gz' from the extension; None for the formats wlinterp
    refuses."""
    lower = path.lower()
    for ending, kind in _KINDS:
        if lower.endswith(ending):
            return kind
    return None


def _zip_entries(z: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    return [i for i in z.infolist() if not i.is_dir()]


def _tar_entries(t: tarfile.TarFile) -> list[tarfile.TarInfo]:
    return [m for m in t.getmembers() if m.isfile()]


MEMORY_LIMIT = 1 << 30  # the largest file zipExtractFile gives in memory (1 GiB)


class Archive:
    """An opened archive: its file, format, whether it may be written, and the settings
    the zip* functions give it (password, compression level, last file processed)."""

    def __init__(self, path: str, kind: str, writable: bool) -> None:
        self.path, self.kind, self.writable = path, kind, writable
        self.password = ""
        self.level = 6  # ?3082054: the default compression level
        self.current = ""
        self.parts = P.parts_of(path) if kind == "zip" else [path]
        self._listing: tuple[tuple[tuple[int, int, int], ...], list[Entry]] | None = None

    @contextlib.contextmanager
    def _zip(self) -> Iterator[zipfile.ZipFile]:
        """The .zip opened by zipfile: its file, or a multi-part archive's parts read as
        one file (closed after)."""
        if len(self.parts) == 1:
            with zipfile.ZipFile(self.path) as z:
                yield z
            return
        with P.joined(self.parts) as source, zipfile.ZipFile(source) as z:
            yield z

    def entries(self) -> list[Entry]:
        """The stored files, in archive order (folders left out); read again only when
        the file changed."""
        try:
            stamp = tuple((st.st_ino, st.st_size, st.st_mtime_ns)
                          for st in map(os.stat, self.parts))
            if self._listing is None or self._listing[0] != stamp:
                self._listing = (stamp, self._read_entries())
            return self._listing[1]
        except C.FAILURES as exc:
            raise C.ArchiveError(C.code_of(exc)) from None

    def _read_entries(self) -> list[Entry]:
        if self.kind == "gz":
            return [Entry(*e, False) for e in G.entries(self.path)]  # type: ignore[arg-type]
        if self.kind == "zip":
            with self._zip() as z:
                return [Entry(i.filename, i.file_size, i.compress_size, i.date_time,
                              bool(i.flag_bits & 1)) for i in _zip_entries(z)]
        with tarfile.open(self.path, "r:*") as t:
            return [Entry(m.name, m.size, m.size, time.localtime(m.mtime)[:6], False)
                    for m in _tar_entries(t)]

    def names(self) -> list[str]:
        """The stored paths of the files, in archive order."""
        return [e.name for e in self.entries()]

    def _members(self, positions: list[int]) -> Iterator[tuple[str, IO[bytes], bool]]:
        """Each file at `positions` as (stored path, a stream of its content, whether
        it is encrypted), the archive opened once and only those members decompressed,
        each as it is read."""
        pwd = self.password.encode("latin-1") or None
        if self.kind == "gz":
            name = self.names()[0] if positions else ""
            with G.opened(self.path) as f:
                for _ in positions:
                    yield name, f, False
            return
        if self.kind == "zip":
            with self._zip() as z:
                infos = _zip_entries(z)
                for p in positions:
                    with z.open(infos[p], pwd=pwd) as f:
                        yield infos[p].filename, f, bool(infos[p].flag_bits & 1)
            return
        with tarfile.open(self.path, "r:*") as t:
            members = _tar_entries(t)
            for p in positions:
                yield members[p].name, t.extractfile(members[p]) or io.BytesIO(), False

    def _replace(self, write: Callable[[str], None]) -> None:
        """Replace the archive by the one `write` makes at a path beside it (a failure
        leaves the old archive whole)."""
        folder = os.path.dirname(os.path.abspath(self.path))
        fd, temp = tempfile.mkstemp(dir=folder, suffix=".part")
        os.close(fd)
        try:
            write(temp)
            os.replace(temp, self.path)
        finally:
            if os.path.exists(temp):
                os.remove(temp)

    def _write_tar(self, keep: Callable[[int, str], str | None],
                   added: list[tuple[str, str]] | None = None) -> None:
        """Write the .tar/.tgz again: each file it holds (by position) under the path
        `keep(position, path)` gives, or left out for None, then the files on disk
        `added` as (stored path, file); every content copied in pieces, in one pass
        over the old archive."""
        def write(temp: str) -> None:
            with tarfile.open(self.path, "r:*") as old, \
                    tarfile.open(temp, "w:gz" if self.kind == "tgz" else "w") as new:
                files = (m for m in old if m.isfile())  # read in order: no seeking back
                for pos, member in enumerate(files):
                    name = keep(pos, member.name)
                    if name is not None:
                        _tar_add(new, name, member.size, old.extractfile(member))
                for path, disk in added or ():
                    with open(disk, "rb") as f:
                        _tar_add(new, path, os.fstat(f.fileno()).st_size, f)
        self._replace(write)

    def _write_zip(self, drop: set[int], renamed: dict[int, str],
                   new: list[E.Member]) -> None:
        """Write the .zip again: its files copied byte for byte (but those at the
        positions in `drop`, and under their new path those in `renamed`), then `new`."""
        with open(self.path, "rb") as f, zipfile.ZipFile(f) as z:
            kept = [E.kept_member(self.path, f, info, renamed.get(pos))
                    for pos, info in enumerate(_zip_entries(z)) if pos not in drop]
        self._replace(lambda temp: E.write(temp, kept + new))

    def _compression(self) -> int:
        """zipfile's method for the level set by zipCompressionLevel (0 stores)."""
        return zipfile.ZIP_STORED if self.level == 0 else zipfile.ZIP_DEFLATED

    def _guarded(self, work: Callable[[], None]) -> int:
        """Run a change of the archive: 0, or the error code of its failure (a
        multi-part archive is never changed: C.MULTI_PART)."""
        if len(self.parts) > 1:
            return C.MULTI_PART
        try:
            work()
            return 0
        except C.ArchiveError as exc:
            return exc.code
        except (*C.FAILURES, RuntimeError, NotImplementedError) as exc:
            return C.code_of(exc)

    def add(self, pairs: list[tuple[str, str]]) -> int:
        """Store each (file on disk, stored path), encrypted when a password is set; a
        stored path already there is replaced. 0 or an error code."""
        def work() -> None:
            stored = dict((s, d) for d, s in pairs)  # a path given twice: the last file
            names = self.names()
            if self.kind == "gz":
                self._add_gzip(stored, names)
                return
            if self.kind == "zip" and not self.password and not set(stored) & set(names):
                with zipfile.ZipFile(self.path, "a", self._compression(),
                                     compresslevel=self.level) as z:
                    for path, disk in stored.items():
                        self.current = path
                        z.write(disk, path)
                return
            if self.kind == "zip":
                new = [E.added_member(path, disk, self.password, self.level)
                       for path, disk in stored.items()]
                self._write_zip({p for p, n in enumerate(names) if n in stored}, {}, new)
            else:
                self._write_tar(lambda pos, name: None if name in stored else name,
                                list(stored.items()))
            self.current = list(stored)[-1] if stored else self.current
        return self._guarded(work)

    def _add_gzip(self, stored: dict[str, str], names: list[str]) -> None:
        """A .gz holds one file (zip_gzip.py), or C.ONE_FILE when it would hold two."""
        if not stored:
            return
        one = G.single(stored, names)
        if one is None:
            raise C.ArchiveError(C.ONE_FILE)
        self.current = one[0]
        with open(one[1], "rb") as source:
            self._replace(lambda temp: G.write_file(temp, one[0], source, self.level))

    def delete(self, positions: list[int]) -> int:
        """Remove the files at `positions` (one rewrite)."""
        gone = set(positions)

        def work() -> None:
            if self.kind == "gz":  # its one file gone: an empty archive
                self._replace(lambda temp: write_empty(temp, "gz"))
                return
            if self.kind == "zip":
                self._write_zip(gone, {}, [])
                return
            self._write_tar(lambda at, name: None if at in gone else name)
        return self._guarded(work)

    def rename(self, pos: int, stored: str) -> int:
        """Store the file at `pos` under another path (zipChangePath)."""
        def work() -> None:
            if self.kind == "gz":
                self._replace(lambda temp: G.write_renamed(self.path, temp, stored,
                                                           self.level))
                return
            if self.kind == "zip":
                self._write_zip(set(), {pos: stored}, [])
                return
            self._write_tar(lambda at, name: stored if at == pos else name)
        return self._guarded(work)

    def extract(self, positions: list[int], folder: str, flat: bool) -> int:
        """Write the files at `positions` under `folder`: by name only when `flat`, else
        under their stored path (zip_extract.py: bounded memory, all or nothing)."""
        try:
            targets = X.targets(folder, self.names(), positions, flat)
            if targets is None:
                return C.BAD_STORED_PATH
            X.write_all(self._members(positions), targets, self._note)
            return 0
        except C.ArchiveError as exc:
            return exc.code
        except (*C.FAILURES, RuntimeError, NotImplementedError) as exc:
            return C.code_of(exc)

    def read(self, pos: int) -> bytes | int:
        """The content of the file at `pos` (zipExtractFile "in memory", ?3082019), or
        an error code; a file over MEMORY_LIMIT bytes is refused (C.TOO_BIG) rather than
        filling the memory (a zip bomb)."""
        try:
            for name, stream, _locked in self._members([pos]):
                data = stream.read(MEMORY_LIMIT + 1)
                if len(data) > MEMORY_LIMIT:
                    return C.TOO_BIG
                self._note(name)
                return data
            return C.NO_SUCH_FILE
        except C.ArchiveError as exc:
            return exc.code
        except (*C.FAILURES, RuntimeError, NotImplementedError) as exc:
            return C.code_of(exc)

    def _note(self, name: str) -> None:
        """The last file processed (zipCurrentFile) is `name`."""
        self.current = name


def _tar_add(tar: tarfile.TarFile, name: str, size: int, data: IO[bytes] | None) -> None:
    """One file stored in `tar` under `name`, its `size` bytes copied from `data`."""
    info = tarfile.TarInfo(name)
    info.size = size
    tar.addfile(info, data or io.BytesIO())


def write_empty(path: str, kind: str) -> None:
    """An archive with no file in it."""
    if kind == "zip":
        zipfile.ZipFile(path, "w").close()
    elif kind == "gz":
        open(path, "wb").close()  # no file in it yet (zip_gzip.py)
    else:
        tarfile.open(path, "w:gz" if kind == "tgz" else "w").close()


def open_archive(path: str, create: bool, writable: bool) -> Archive:
    """The archive at `path`, emptied (or made) first when `create`; its format checked."""
    kind = kind_of(path)
    if kind is None:
        raise C.ArchiveError(C.UNSUPPORTED)
    try:
        if create:
            P.remove_parts(path)
            write_empty(path, kind)
        elif not os.path.isfile(path):
            raise C.ArchiveError(C.PATH_NOT_FOUND)
    except (OSError, ValueError) as exc:
        raise C.ArchiveError(C.code_of(exc)) from None
    archive = Archive(path, kind, writable)
    archive.entries()  # a damaged archive is refused now (C.CORRUPTED)
    return archive


def find(names: list[str], wanted: str) -> int:
    """The position of a stored path (`\\` or `/`, any case; a leading separator
    ignored), -1 when absent."""
    key = wanted.replace("\\", "/").lstrip("/").casefold()
    for pos, name in enumerate(names):
        if name.lstrip("/").casefold() == key:
            return pos
    return -1
