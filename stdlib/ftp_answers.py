"""Answers of an FTP server that ftplib reads too trustingly (stdlib/ftp_client.py's
clients take this class): PWD's folder and SIZE's size.

ftplib gives "" for a PWD answer without the quotes RFC 959 puts round the folder
(`257 /home/ann is current`), and FTPCurrentDir then said "" with no error, while
FTPSend and FTPMakeDir, which come back to the folder they started from, went to "."
and left the session in the folder they had visited. It converts SIZE's answer with
int(), and `213 lots` failed with Python's words ("invalid literal for int() with base
10"). Here an unquoted folder is the answer's first word when that is an absolute path
(the server's own words then follow it), and any other answer fails saying what the
server sent (decided: docs/builtins.md "FTP"); the server answered in full, so the
connection stays usable.
"""
from __future__ import annotations

__all__ = ["ReadAnswers"]

import ftplib


class ReadAnswers:
    """PWD and SIZE, read as the module docstring says."""

    def pwd(self) -> str:
        reply = str(self.voidcmd("PWD"))  # type: ignore[attr-defined]
        rest = reply[3:].strip()
        if reply.startswith("257") and rest.startswith('"'):
            return str(ftplib.parse257(reply))
        first = rest.split()[0] if rest.split() else ""
        if reply.startswith("257") and first.startswith("/"):
            return first
        raise ftplib.error_reply(f"the server's answer to PWD names no folder: {reply}")

    def size(self, filename: str) -> int | None:
        reply = str(self.sendcmd("SIZE " + filename))  # type: ignore[attr-defined]
        if not reply.startswith("213"):
            return None
        digits = reply[3:].strip()
        if not (digits.isascii() and digits.isdigit()) or len(digits) > 20:
            raise ftplib.error_reply(f"the server's answer to SIZE is not a size: {reply}")
        return int(digits)
