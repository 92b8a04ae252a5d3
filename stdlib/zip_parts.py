"""Multi-part archives behind zipSplit/zipMerge (zip_more.py). Not a family.

PC SOFT's page on single- and multi-part archives (?3082015) names the parts of a
multi-part .zip: the first keeps the archive's name and `.zip`, the next ones end in
`.z01`, `.z02`... wlinterp cuts the archive's bytes into parts of the size asked, so the
parts put back end to end (zipMerge, or `cat` elsewhere) are the original archive; a
multi-part archive opened is read through its parts seen as one file (listing and
extraction work; changing it is refused, as the page reserves that to single-part
archives). Splitting, joining and reading copy in pieces: memory stays bounded whatever
the archive's size."""
from __future__ import annotations

import io
import os
import tempfile

_PIECE = 1 << 20  # bytes copied at once


def part_name(first: str, number: int) -> str:
    """The path of part `number` (0 is the first: the archive's own path)."""
    if number == 0:
        return first
    stem, ext = os.path.splitext(first)
    return f"{stem}.{(ext[1:2] or 'z').lower()}{number:02d}"


def parts_of(first: str) -> list[str]:
    """The paths of the parts present: the archive, then `.z01`, `.z02`... while they
    exist."""
    found = [first]
    while os.path.isfile(part_name(first, len(found))):
        found.append(part_name(first, len(found)))
    return found


class Joined(io.RawIOBase):
    """The parts end to end, read as one seekable file (what zipfile reads), one part
    open at a time; each part's size is taken when it is made."""

    def __init__(self, paths: list[str]) -> None:
        super().__init__()
        self._paths = paths
        self._starts = [0]
        for path in paths:
            self._starts.append(self._starts[-1] + os.path.getsize(path))
        self._pos = 0
        self._open: tuple[int, io.BufferedReader] | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = (0, self._pos, self._starts[-1])[whence]
        self._pos = max(base + offset, 0)
        return self._pos

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        """Fill `buffer` from the part holding the position (never across two parts:
        readers ask again for the rest)."""
        index = next((i for i in range(len(self._paths)) if self._pos < self._starts[i + 1]),
                     None)
        if index is None:
            return 0
        if self._open is None or self._open[0] != index:
            self._close_part()
            self._open = (index, open(self._paths[index], "rb"))
        f = self._open[1]
        f.seek(self._pos - self._starts[index])
        size = min(len(buffer), self._starts[index + 1] - self._pos)
        count = f.readinto(memoryview(buffer)[:size]) or 0
        self._pos += count
        return count

    def _close_part(self) -> None:
        if self._open is not None:
            self._open[1].close()
            self._open = None

    def close(self) -> None:
        self._close_part()
        super().close()


def joined(paths: list[str]) -> io.BufferedReader:
    """The parts end to end, as one seekable file."""
    return io.BufferedReader(Joined(paths), _PIECE)


def merge(paths: list[str], target: str) -> None:
    """Write the parts end to end at `target`, through a file beside it (so `target`
    may be the first part itself); the numbered parts after `target` are removed."""
    folder = os.path.dirname(os.path.abspath(target))
    fd, temp = tempfile.mkstemp(dir=folder, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            for path in paths:
                with open(path, "rb") as f:
                    while piece := f.read(_PIECE):
                        out.write(piece)
        remove_parts(target)  # the parts of a split archive written over are gone
        os.replace(temp, target)
    finally:
        if os.path.exists(temp):
            os.remove(temp)


def remove_parts(first: str) -> None:
    """Remove the numbered parts after `first` (a part left from an earlier split would
    otherwise be read as part of the new archive)."""
    for path in parts_of(first)[1:]:
        os.remove(path)


def split(source: str, first: str, size: int, reserved: int) -> int:
    """Write the file at `source` as parts of `size` bytes (the first one `reserved`
    bytes smaller), copied in pieces; the number of parts written. `first` may be
    `source` itself: the source is then read from a file beside it, removed after."""
    if os.path.exists(first) and os.path.samefile(first, source):
        fd, aside = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(first)),
                                     suffix=".part")
        os.close(fd)
        os.replace(source, aside)
        try:
            return split(aside, first, size, reserved)
        finally:
            os.remove(aside)
    remove_parts(first)
    head = max(size - reserved, 1)
    count = 0
    with open(source, "rb") as f:
        while True:
            wanted = head if count == 0 else size
            piece = f.read(min(wanted, _PIECE))
            if not piece and count > 0:
                return count
            with open(part_name(first, count), "wb") as out:
                left = wanted
                while piece:
                    out.write(piece)
                    left -= len(piece)
                    piece = f.read(min(left, _PIECE)) if left > 0 else b""
            count += 1


def needed(total: int, size: int, reserved: int = 0) -> int:
    """How many parts of `size` bytes an archive of `total` bytes takes."""
    head = max(size - reserved, 1)
    if total <= head:
        return 1
    return 1 + -(-(total - head) // size)
