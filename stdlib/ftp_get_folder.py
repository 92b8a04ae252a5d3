"""FTPGet of a folder (?3040002, FTPRécupère: "Si ce paramètre correspond à un
répertoire, tous les fichiers de ce répertoire sont récupérés. Un répertoire de même nom
..." — the stored copy is cut there; FTPSend's page, ?3040014, ends the same sentence
"is created ... at the location specified by <Destination File/Directory>").

The server's folder is brought here whole, as FTPSend sends one (ftp_send_folder.py):
a folder of the same name made in the local destination folder (kept when it is there
already), each file fetched in binary, each subfolder made and filled the same way
(INFERRED, as for FTPSend: "all the files" taken with the subfolders'). Each file goes
to a new file beside it that takes its name once complete, as a single FTPGet does; a
failure part way leaves the files already fetched. It was refused: "550 no such file".

What the server lists is not trusted: a name holding a path separator, a NUL or a line
break, or "." / "..", would write outside the folder, and is refused in words before
anything of it is written; a folder met again (a server listing a folder inside
itself) is not walked twice, and the walk goes at most MAX_DEPTH folders deep.
"""
from __future__ import annotations

__all__ = ["MAX_DEPTH", "get_folder"]

import ftplib
import os
import posixpath
import secrets
from collections.abc import Callable
from typing import Any, BinaryIO

from .ftp_listing import folder_entries

MAX_DEPTH = 64
"""How many folders deep a folder is fetched (a server inventing folders without end)."""


class UnsafeName(Exception):
    """A listed name that would leave the folder being written (its words say which)."""


def _checked(name: str, remote: str) -> str:
    """`name` as listed in `remote`, when it names an entry of that folder only."""
    if name in (".", "..") or any(c in name for c in "/\\\0\r\n") or os.sep in name:
        raise UnsafeName(f"the server listed an entry named {name[:80]!r} in '{remote}', "
                         "which is no file name (it would be written outside the folder): "
                         "nothing more was fetched")
    return name


def get_folder(ftp: ftplib.FTP, remote: str, local: str,
               fetch: Callable[[ftplib.FTP, str, BinaryIO], Any]) -> bool:
    """Make `local`/<the folder's name> and bring the server's tree `remote` into it
    (True); `fetch(ftp, path, out)` writes one file's bytes to `out` (RETR, bounded)."""
    root = os.path.join(local, posixpath.basename(remote.rstrip("/")) or "ftp")
    pending = [(remote.rstrip("/") or "/", root, 0)]
    seen: set[str] = set()
    while pending:
        folder, here, depth = pending.pop()
        if folder in seen:
            continue
        seen.add(folder)
        if depth > MAX_DEPTH:
            raise UnsafeName(f"'{folder}' is more than {MAX_DEPTH} folders deep: nothing "
                             "more was fetched")
        os.makedirs(here, exist_ok=True)
        entries = sorted(folder_entries(ftp, folder), key=lambda e: e.name)
        for entry in entries:
            _checked(entry.name, folder)
        for entry in entries:
            path = posixpath.join(folder, entry.name)
            if entry.folder:
                pending.append((path, os.path.join(here, entry.name), depth + 1))
                continue
            target = os.path.join(here, entry.name)
            part = f"{target}.wl-part-{secrets.token_hex(4)}"
            try:
                with open(part, "xb") as out:
                    fetch(ftp, path, out)
                os.replace(part, target)
            finally:
                if os.path.exists(part):
                    os.remove(part)
    return True
