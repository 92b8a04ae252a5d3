"""The pieces of a WLanguage path as fExtractPath gives them (stdlib/paths.py; URLExtractPath
in url_crc.py for a URL's path): drive, directory, file name, extension. Not a family: no
WLanguage names here.
"""
from __future__ import annotations

__all__ = ["split_path"]

import re

from wlinterp.native_paths import DRIVE

_NETWORK = re.compile(r"[\\/]{2}(?![\\/])[^\\/]+(?:[\\/][^\\/]+)?")  # \\Server\Share


def split_path(path: str, network: bool = True) -> tuple[str, str, str, str]:
    """(drive, directory, name, extension) of a WLanguage path, each as WINDEV shows it.
    A network path's drive is its server and share (`\\\\Server\\Share`), as Windows
    takes it for the path's root (*decided* FS, 7 Dec 2026: docs/builtins.md "fExtractPath
    on a network path"); fDirectory gave the whole `\\\\Server\\Share\\Dir\\`. Without
    `network` (a URL's path: `//a/b.txt` is folders), only a drive letter is a drive."""
    m = DRIVE.match(path) or (_NETWORK.match(path) if network else None)
    drive = m.group(0) if m else ""
    rest = path[len(drive):]
    cut = max(rest.rfind("/"), rest.rfind("\\")) + 1
    directory, base = rest[:cut], rest[cut:]
    dot = base.rfind(".")
    if dot <= 0:
        return drive, directory, base, ""
    return drive, directory, base[:dot], base[dot:]
