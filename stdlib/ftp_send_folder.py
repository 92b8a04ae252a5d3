"""FTPSend of a folder (?3040014: "If this parameter corresponds to a directory, all the
files found in this directory are transferred. A directory with the same name is
created on the FTP server at the location specified by <Destination file/directory>").

The folder's tree is sent as it is: a folder of the same name made under the
destination (kept when it is already there), each file stored in binary, each
subfolder made and filled the same way (INFERRED: the page says "all the files found in
this directory"; a tree's subfolders are taken as part of it, as fCopyDir copies them).
Symbolic links to folders are not followed (a link to a parent would never end); a
link to a file sends the file's bytes. It was refused: "sending a folder is not
available".
"""
from __future__ import annotations

__all__ = ["send_folder"]

import ftplib
import os
import posixpath
from collections.abc import Callable


def send_folder(ftp: ftplib.FTP, path: str, target: str,
                is_dir: Callable[[ftplib.FTP, str], bool]) -> bool:
    """Make `target`/<the folder's name> and send the tree into it (True); `is_dir(ftp,
    p)` tells a folder the server already has."""
    root = posixpath.join(target, os.path.basename(os.path.normpath(path)))
    for top, folders, files in os.walk(path):
        folders.sort()
        here = os.path.relpath(top, path)
        remote = root if here == "." else posixpath.join(root, *here.split(os.sep))
        if not is_dir(ftp, remote):
            ftp.mkd(remote)
        for name in sorted(files):
            with open(os.path.join(top, name), "rb") as source:
                ftp.storbinary(f"STOR {posixpath.join(remote, name)}", source)
    return True
