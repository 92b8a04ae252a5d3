"""Multi-part archives behind zipSplit/zipMerge (zip_more.py). Not a family.

PC SOFT's page on single- and multi-part archives (?3082015) names the parts of a
multi-part .zip: the first keeps the archive's name and `.zip`, the next ones end in
`.z01`, `.z02`... wlinterp cuts the archive's bytes into parts of the size asked, so the
parts put back end to end (zipMerge, or `cat` elsewhere) are the original archive; a
multi-part archive opened is read from its parts joined in memory (listing and
extraction work; changing it is refused, as the page reserves that to single-part
archives)."""
from __future__ import annotations

import io
import os


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


def joined(paths: list[str]) -> io.BytesIO:
    """The parts end to end, as one seekable file."""
    buffer = io.BytesIO()
    for path in paths:
        with open(path, "rb") as f:
            buffer.write(f.read())
    buffer.seek(0)
    return buffer


def remove_parts(first: str) -> None:
    """Remove the numbered parts after `first` (a part left from an earlier split would
    otherwise be read as part of the new archive)."""
    for path in parts_of(first)[1:]:
        os.remove(path)


def split(data: bytes, first: str, size: int, reserved: int) -> int:
    """Write `data` as parts of `size` bytes (the first one `reserved` bytes smaller);
    the number of parts written."""
    remove_parts(first)
    head = max(size - reserved, 1)
    chunks = [data[:head]] + [data[i:i + size] for i in range(head, len(data), size)]
    for number, chunk in enumerate(chunks):
        with open(part_name(first, number), "wb") as f:
            f.write(chunk)
    return len(chunks)


def needed(total: int, size: int, reserved: int = 0) -> int:
    """How many parts of `size` bytes an archive of `total` bytes takes."""
    head = max(size - reserved, 1)
    if total <= head:
        return 1
    return 1 + -(-(total - head) // size)
