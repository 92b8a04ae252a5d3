"""The archive files behind the zip* functions (zip_archives.py): .zip through Python's
zipfile, .tar and .tgz/.tar.gz through tarfile. Not a family: no WLanguage names here.

Each operation opens the file, works, and closes it. Adding to a zip appends; adding to a
tar, replacing a file or deleting one rewrites the archive (beside it, then moved over
it, so a failure leaves the old archive whole). Extraction refuses a stored path that is
absolute or climbs out with `..`, so a hostile archive cannot write outside its folder.
"""
from __future__ import annotations

import io
import os
import tarfile
import tempfile
import zipfile

# Codes 1-3: ?3082044 (VERIFIED); the others are wlinterp's (UNVERIFIED, docs/builtins.md).
PATH_NOT_FOUND, ACCESS_DENIED, CORRUPTED = 1, 2, 3
NOT_OPENED, UNSUPPORTED, NO_SUCH_FILE, READ_ONLY, BAD_STORED_PATH = 4, 5, 7, 8, 9

_KINDS = ((".tar.gz", "tgz"), (".tgz", "tgz"), (".tar", "tar"), (".zip", "zip"))


# what reading or writing an archive raises for a missing, unreadable or damaged one
_FAILURES = (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError)

class ArchiveError(Exception):
    """A failure carrying the zip* error code the function returns."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _code(exc: Exception) -> int:
    if isinstance(exc, PermissionError):
        return ACCESS_DENIED
    if isinstance(exc, (FileNotFoundError, NotADirectoryError, IsADirectoryError)):
        return PATH_NOT_FOUND
    return CORRUPTED


def kind_of(path: str) -> str | None:
    """'zip', 'tar' or 'tgz' from the extension; None for the formats wlinterp refuses."""
    lower = path.lower()
    for ending, kind in _KINDS:
        if lower.endswith(ending):
            return kind
    return None


class Archive:
    """An opened archive: its file, format and whether it may be written."""

    def __init__(self, path: str, kind: str, writable: bool) -> None:
        self.path, self.kind, self.writable = path, kind, writable

    def names(self) -> list[str]:
        """The stored paths of the files, in archive order (folders left out)."""
        try:
            if self.kind == "zip":
                with zipfile.ZipFile(self.path) as z:
                    return [i.filename for i in z.infolist() if not i.is_dir()]
            with tarfile.open(self.path, "r:*") as t:
                return [m.name for m in t.getmembers() if m.isfile()]
        except _FAILURES as exc:
            raise ArchiveError(_code(exc)) from None

    def _read_all(self) -> list[tuple[str, bytes]]:
        """Every stored file with its content (for a rewrite)."""
        out = []
        if self.kind == "zip":
            with zipfile.ZipFile(self.path) as z:
                for info in z.infolist():
                    if not info.is_dir():
                        out.append((info.filename, z.read(info)))
            return out
        with tarfile.open(self.path, "r:*") as t:
            for m in t.getmembers():
                f = t.extractfile(m) if m.isfile() else None
                if f is not None:
                    out.append((m.name, f.read()))
        return out

    def _write_all(self, entries: list[tuple[str, bytes]]) -> None:
        """Replace the archive by one holding `entries`, written beside it first."""
        folder = os.path.dirname(os.path.abspath(self.path))
        fd, temp = tempfile.mkstemp(dir=folder, suffix=".part")
        os.close(fd)
        try:
            if self.kind == "zip":  # (both open the file afresh: truncated)
                with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as z:
                    for name, data in entries:
                        z.writestr(name, data)
            else:
                with tarfile.open(temp, "w:gz" if self.kind == "tgz" else "w") as t:
                    for name, data in entries:
                        info = tarfile.TarInfo(name)
                        info.size = len(data)
                        t.addfile(info, io.BytesIO(data))
            os.replace(temp, self.path)
        finally:
            if os.path.exists(temp):
                os.remove(temp)

    def add(self, pairs: list[tuple[str, str]]) -> int:
        """Store each (file on disk, stored path); a stored path already there is
        replaced. 0 or an error code."""
        try:
            present = set(self.names())
            if self.kind == "zip" and not present & {s for _, s in pairs}:
                with zipfile.ZipFile(self.path, "a", zipfile.ZIP_DEFLATED) as z:
                    for disk, stored in pairs:
                        z.write(disk, stored)
                return 0
            new = {s: _load(d) for d, s in pairs}
            kept = [(n, b) for n, b in self._read_all() if n not in new]
            self._write_all(kept + list(new.items()))
            return 0
        except ArchiveError as exc:
            return exc.code
        except _FAILURES as exc:
            return _code(exc)

    def delete(self, pos: int) -> int:
        try:
            entries = self._read_all()
            del entries[pos]
            self._write_all(entries)
            return 0
        except _FAILURES as exc:
            return _code(exc)

    def extract(self, positions: list[int], folder: str, flat: bool) -> int:
        """Write the files at `positions` under `folder`: by name only when `flat`, else
        under their stored path (folders made as needed)."""
        try:
            wanted = {self.names()[p] for p in positions}
            for name, data in self._read_all():
                if name not in wanted:
                    continue
                target = _target(folder, name, flat)
                if target is None:
                    return BAD_STORED_PATH
                os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
                with open(target, "wb") as f:
                    f.write(data)
            return 0
        except ArchiveError as exc:
            return exc.code
        except _FAILURES as exc:
            return _code(exc)


def _load(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def _target(folder: str, stored: str, flat: bool) -> str | None:
    """Where a stored file goes; None when its path would leave `folder`."""
    parts = stored.replace("\\", "/").split("/")
    if flat:
        parts = parts[-1:]
    if stored.startswith(("/", "\\")) or ".." in parts or not parts[-1]:
        return None
    return os.path.join(folder, *[p for p in parts if p not in ("", ".")])


def write_empty(path: str, kind: str) -> None:
    """An archive with no file in it."""
    if kind == "zip":
        zipfile.ZipFile(path, "w").close()
    else:
        tarfile.open(path, "w:gz" if kind == "tgz" else "w").close()


def open_archive(path: str, create: bool, writable: bool) -> Archive:
    """The archive at `path`, emptied (or made) first when `create`; its format checked."""
    kind = kind_of(path)
    if kind is None:
        raise ArchiveError(UNSUPPORTED)
    archive = Archive(path, kind, writable)
    try:
        if create:
            write_empty(path, kind)
        elif not os.path.isfile(path):
            raise ArchiveError(PATH_NOT_FOUND)
    except OSError as exc:
        raise ArchiveError(_code(exc)) from None
    archive.names()  # a damaged archive is refused now (CORRUPTED)
    return archive


def find(names: list[str], wanted: str) -> int:
    """The position of a stored path (`\\` or `/`, any case; a leading separator
    ignored), -1 when absent."""
    key = wanted.replace("\\", "/").lstrip("/").casefold()
    for pos, name in enumerate(names):
        if name.lstrip("/").casefold() == key:
            return pos
    return -1
