"""The bytes a folder's files hold, for fDirectorySize and for FTPSend's transfer limit
when it sends a folder (one walk for both)."""
from __future__ import annotations

__all__ = ["folder_size"]

import os


def folder_size(name: str, recursive: bool = True) -> int:
    """Total size of the files under the native folder `name`, its subfolders too when
    `recursive`; a file that cannot be read (gone, a broken link) counts 0: its own
    operation says so."""
    total = 0
    for root, dirs, files in os.walk(name):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(root, f))
            except OSError:
                continue
        if not recursive:
            dirs.clear()
    return total
