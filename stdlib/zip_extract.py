"""Writing an archive's stored files to disk (zip_formats.py's Archive.extract): where
each goes, refused when its stored path is absolute or climbs out with `..` (a hostile
archive cannot write outside its folder); each copied in pieces to a file beside its
target (memory stays bounded whatever the sizes); the targets replaced only once every
file came out whole (a damaged member or a wrong password leaves the files there as
they were); which files a WLanguage procedure lets through (`chosen_by`). Not a family:
no WLanguage names here.
"""
from __future__ import annotations

import os
import secrets
import shutil
import zipfile
import zlib
from typing import IO, Callable, Iterable

from wlinterp.runtime import values as V
from wlinterp.runtime.procrefs import call_with, procedure_arg
from wlinterp.runtime.state import Runtime

from . import zip_codes as C

_PIECE = 1 << 20  # bytes: how much of a member an extraction holds at once


def targets(folder: str, names: list[str], positions: list[int],
            flat: bool) -> list[str] | None:
    """Where the files at `positions` go under `folder` (by name only when `flat`);
    None when one of their stored paths would leave `folder`."""
    found = []
    for p in positions:
        target = _target(folder, names[p], flat)
        if target is None:
            return None
        found.append(target)
    return found


def chosen_by(rt: Runtime, fname: str, procedure: object, names: list[str],
              positions: list[int]) -> list[int]:
    """The positions whose file the procedure given to an extraction (zipExtractAll,
    zipExtractDirectory, zipExtractFileList) lets through: it is called for each with
    the file's stored path, written with `\\`, and a false result leaves that file in the
    archive; True, or no result, extracts it. No procedure: every position. The form is
    INFERRED from the pages' "Filter" remark (docs/builtins.md "Archives")."""
    if procedure is None:
        return positions
    keep = filter_of(rt, fname, procedure)
    return [p for p in positions if keep(names[p].replace("/", "\\"))]


def filter_of(rt: Runtime, fname: str, procedure: object) -> Callable[[str], bool]:
    """The procedure as a filter of paths: called with one, it lets it through when it
    gives no result (a procedure without RESULT) or a true one."""
    ref = procedure_arg(rt, procedure, fname)

    def keep(path: str) -> bool:
        answer = call_with(ref, path)
        return answer is None or V.to_bool(answer)
    return keep


def write_all(members: Iterable[tuple[str, IO[bytes], bool]], paths: list[str],
              note: Callable[[str], None]) -> None:
    """Copy each member (stored path, content, whether encrypted) to its path in
    `paths`, telling `note` each stored path as it starts; the paths are replaced
    only once every member was copied whole, and no piece is left behind."""
    written: list[tuple[str, str]] = []  # (file beside the target, target)
    try:
        for (name, stream, locked), target in zip(members, paths):
            note(name)
            written.append((_copied_beside(stream, target, locked), target))
        for part, target in written:
            os.replace(part, target)
    finally:
        for part, _ in written:
            if os.path.exists(part):
                os.remove(part)


def _copied_beside(stream: IO[bytes], target: str, locked: bool) -> str:
    """Copy `stream` in pieces to a new file beside `target` (its folder made); that
    file's path. A failure removes what was written. An encrypted member (`locked`)
    whose content does not inflate or check is a wrong password (WRONG_PASSWORD): the
    encryption header's check byte lets a wrong password through once in 256 tries,
    and the content read with it is then noise."""
    os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
    part = f"{target}.{secrets.token_hex(4)}.part"
    try:
        with open(part, "xb") as out:
            shutil.copyfileobj(stream, out, _PIECE)
    except BaseException as exc:
        if os.path.exists(part):
            os.remove(part)
        if locked and isinstance(exc, (zlib.error, zipfile.BadZipFile, EOFError)):
            raise C.ArchiveError(C.WRONG_PASSWORD) from None
        raise
    return part


def _target(folder: str, stored: str, flat: bool) -> str | None:
    """Where a stored file goes; None when its path would leave `folder`."""
    parts = stored.replace("\\", "/").split("/")
    if flat:
        parts = parts[-1:]
    if stored.startswith(("/", "\\")) or ".." in parts or not parts[-1]:
        return None
    return os.path.join(folder, *[p for p in parts if p not in ("", ".")])
