"""File pieces: fSplit/fDécoupe cuts a file into numbered pieces, fMerge/fRegroupe joins
them again (docs/builtins.md, "Folders, attributes, pieces, locks").

Pieces are "<name>.001", "<name>.002"... (three digits: at most 999). The options are
the constants of PC SOFT's page of the external file constants (?3036008): fDeleteSource
(fSplit deletes the source once it is cut, fMerge the pieces once joined) and
fDeleteDestination (fMerge replaces a destination that exists; without it such a
destination is left as it is and fMerge fails: decided, nothing is overwritten unasked).
Every failure is non-fatal: the error value (-1 or False), ErrorOccurred, ErrorInfo.
"""
from __future__ import annotations

import os
import re
import shutil

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, TextArg, WholeArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .paths import failure, native_path
from .strings import int_arg, text_arg

family = Family("File pieces")

F_DELETE_SOURCE = family.constant("fDeleteSource", "fSupprimeSource", 1)
F_DELETE_DESTINATION = family.constant("fDeleteDestination", "fSupprimeDestination", 2)

_CHUNK = 1 << 20
_MAX_PARTS = 999


def _part_name(base: str, i: int) -> str:
    return f"{base}.{i:03d}"


def _options(value: object) -> int:
    return 0 if value is None else V.to_int(value)


def _cut(src: str, base: str, n: int, shown: str) -> int:
    """Write the pieces of `src`, `n` bytes each, as "<base>.001"...; their number
    (`shown`: `src` as the program wrote it, for the failure)."""
    size = os.path.getsize(src)
    if size > n * _MAX_PARTS:
        raise BuiltinFailure(f"fSplit: '{shown}' would make more than {_MAX_PARTS} pieces "
                             f"of {n} bytes.", value=-1)
    count = 0
    with open(src, "rb") as f:
        while True:
            # (never more than the file: Python sets the count aside first, and a piece
            # size of 100000000000 stopped the run with "Not enough memory")
            data = f.read(min(n, size))
            if not data and count:
                break
            count += 1
            with open(_part_name(base, count), "wb") as out:
                out.write(data)
            if len(data) < n:
                break
    return count


_SIZE_TEXT = re.compile(r"\s*[-+]?\d+(?:[.,]\d*)?\s*")  # (a size given as a text)


@family.function("fSplit", "fDécoupe", can_fail=True)
def split(rt: Runtime, source: TextArg, part_size: WholeArg, destination: object = None,
          options: object = None) -> int:
    """Cut a file into pieces of `part_size` bytes named "<name>.001", "<name>.002"...
    beside it (or in the folder `destination`); the number of pieces, -1 on failure.
    fDeleteSource (third or fourth parameter) deletes the source once cut."""
    if options is None and destination is not None and not isinstance(destination, str):
        destination, options = None, destination  # fSplit(f, n, fDeleteSource)
    src, n = native_path(text_arg(source, "fSplit")), int_arg(part_size, "fSplit")
    folder = os.path.dirname(src) if destination is None \
        else native_path(text_arg(destination, "fSplit"))
    base = os.path.join(folder, os.path.basename(src))
    if n <= 0 and isinstance(part_size, str) \
            and not _SIZE_TEXT.fullmatch(part_size):  # fSplit(f, "C:\Out\part", 10000)
        raise BuiltinFailure(f"fSplit: the second parameter is the size of a piece in bytes "
                             f"(fSplit(file, size [, folder])), not the text "
                             f"\"{part_size}\".", value=-1)
    if n <= 0:
        raise BuiltinFailure(f"fSplit: a piece must be at least one byte, not {n}.", value=-1)
    try:
        count = _cut(src, base, n, V.to_str(source))
        if _options(options) & F_DELETE_SOURCE:
            os.remove(src)
    except (OSError, ValueError) as exc:
        raise failure("fSplit", "split", V.to_str(source), exc, -1) from None
    return count


def _pieces(base: str) -> list[str]:
    """The pieces "<base>.001", "<base>.002"... up to the first missing number."""
    found: list[str] = []
    while os.path.isfile(_part_name(base, len(found) + 1)):
        found.append(_part_name(base, len(found) + 1))
    if not found:
        raise FileNotFoundError(2, f"no first piece '{_part_name(base, 1)}'")
    return found


@family.function("fMerge", "fRegroupe", can_fail=True)
def merge(rt: Runtime, first: TextArg, destination: TextArg, options: object = None) -> bool:
    """Join the pieces "<name>.001", "<name>.002"... (given as "<name>" or as its first
    piece) into `destination`, in order, up to the first missing number. A destination
    that exists is replaced only with fDeleteDestination; fDeleteSource deletes the
    pieces once joined."""
    base, dst = native_path(text_arg(first, "fMerge")), native_path(text_arg(destination, "fMerge"))
    if re.search(r"\.\d{3}$", base):
        base = base[:-4]
    flags = _options(options)
    try:
        pieces = _pieces(base)
        if os.path.exists(dst) and not flags & F_DELETE_DESTINATION:
            raise FileExistsError(17, "the destination exists (fDeleteDestination "
                                      "replaces it)")
        with open(dst, "wb") as out:
            for piece in pieces:
                with open(piece, "rb") as f:
                    shutil.copyfileobj(f, out, _CHUNK)
        if flags & F_DELETE_SOURCE:
            for piece in pieces:
                os.remove(piece)
    except (OSError, ValueError) as exc:
        raise failure("fMerge", "merge the pieces of", V.to_str(first), exc, False) from None
    return True
