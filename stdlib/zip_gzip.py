"""gzip archives (.gz) behind the zip* functions (zip_formats.py's Archive): WINDEV 2025
creates and fills them with zipCreate, zipAddFile and zipAddFileList (?3082003,
?3082008, ?1000019159: "gzip (.gz extension) is now supported"). Not a family: no
WLanguage names here.

A gzip file (RFC 1952) holds one file: its content, with the file's name and date in
the header. *Decided* (docs/builtins.md "Archives"): an archive just created is an empty
file (no file in it); the stored name is the file's name without its folders (the
header has no place for them; a .gz written by another tool without a name holds the
archive's name less `.gz`, as gunzip names it); a second file with another name is
refused (ONE_FILE), a file of the same name replaces the first; the password of
zipPassword does not apply (gzip has no encryption).
"""
from __future__ import annotations

__all__ = ["entries", "opened", "single", "write_file", "write_renamed"]

import contextlib
import gzip
import os
import shutil
import time
from typing import IO, Iterator, cast

_PIECE = 1 << 20  # bytes copied at once
_FEXTRA, _FNAME = 4, 8  # header flags (RFC 1952 2.3.1)


def entries(path: str) -> list[tuple[str, int, int, tuple[int, ...]]]:
    """(stored name, size, packed size, date and time) of the file a .gz holds; [] for
    an empty archive. A file that is no gzip raises gzip.BadGzipFile (an OSError)."""
    packed = os.path.getsize(path)
    if packed == 0:
        return []
    with open(path, "rb") as f:
        head = f.read(10)
        if len(head) < 10 or head[:2] != b"\x1f\x8b":
            raise gzip.BadGzipFile(f"{path} is not a gzip file")
        flags, stamp = head[3], int.from_bytes(head[4:8], "little")
        if flags & _FEXTRA:
            f.read(int.from_bytes(f.read(2), "little"))
        name = _zero_ended(f) if flags & _FNAME else b""
        f.seek(-4, os.SEEK_END)
        size = int.from_bytes(f.read(4), "little")  # modulo 4 GiB, as gzip keeps it
    shown = name.decode("latin-1") or _bare_name(path)
    when = time.localtime(stamp or os.path.getmtime(path))[:6]
    return [(shown, size, packed, when)]


def _zero_ended(f: IO[bytes]) -> bytes:
    """The header's name: bytes up to a zero byte (at most 64 KiB read)."""
    out = bytearray()
    while len(out) < 65536:
        byte = f.read(1)
        if byte in (b"", b"\x00"):
            break
        out += byte
    return bytes(out)


def _bare_name(path: str) -> str:
    """archive.txt.gz -> archive.txt (gunzip's name for a file stored without one)."""
    base = os.path.basename(path)
    return base[:-3] if base.lower().endswith(".gz") else base


def single(stored: dict[str, str], names: list[str]) -> tuple[str, str] | None:
    """The (stored name, file on disk) of a .gz holding `names` given the files
    `stored` ({stored path: file}); None when it would hold two files."""
    bare = {s.replace("\\", "/").rsplit("/", 1)[-1]: d for s, d in stored.items()}
    if len(bare) != 1 or len(set(bare) | set(names)) > 1:
        return None
    return next(iter(bare.items()))


@contextlib.contextmanager
def opened(path: str) -> Iterator[IO[bytes]]:
    """The stored file's content, decompressed as it is read."""
    with gzip.open(path, "rb") as f:
        yield cast(IO[bytes], f)


def write_file(target: str, name: str, source: IO[bytes], level: int,
               stamp: float | None = None) -> None:
    """Write `target` as a gzip file holding `source`'s bytes under `name` (its folders
    dropped), compressed at `level` (0 to 9)."""
    bare = name.replace("\\", "/").rsplit("/", 1)[-1]
    with open(target, "wb") as raw, gzip.GzipFile(bare, "wb", min(max(level, 0), 9), raw,
                                                  stamp) as out:
        shutil.copyfileobj(source, out, _PIECE)


def write_renamed(path: str, target: str, name: str, level: int) -> None:
    """Write the .gz `path` again into `target`, its file stored under `name`."""
    with opened(path) as source:
        write_file(target, name, source, level, os.path.getmtime(path))
