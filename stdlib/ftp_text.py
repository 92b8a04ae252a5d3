"""The text of an FTP conversation (stdlib/ftp_client.py): replies and listings read as
UTF-8 where they are, as Latin-1 where they are not.

ftplib reads the control connection and LIST/MLSD listings as UTF-8 text and fails on
the first other byte: a server on a Windows machine answering in its ANSI code page
(`550 Fichier introuvable : r\xe9sum\xe9.txt`, a listing of `Caf\xe9.txt`) made every FTP
function fail with "the server's reply is not UTF-8 text". Here each line is read as
bytes and decoded as UTF-8, else as Latin-1 (every byte is a character, so nothing is
lost). Once a server has sent a line that is not UTF-8, what the client sends it is
encoded in Latin-1 too, so that a name read from its listing goes back as the same bytes
(`FTPGet(n, "/Caf\xe9.txt", ...)` finds the file); a name with a character Latin-1 has
not then fails in words, with nothing sent (decided: docs/builtins.md "FTP").
"""
from __future__ import annotations

__all__ = ["TextFallback", "LATIN_1"]

import ftplib
import ssl
from collections.abc import Callable
from typing import Any, BinaryIO

LATIN_1 = "latin-1"


class _Lines:
    """The control connection's reader: lines of bytes, each decoded as UTF-8, else as
    Latin-1 (its owner then speaks Latin-1)."""

    def __init__(self, raw: BinaryIO, owner: "TextFallback") -> None:
        self.raw, self.owner = raw, owner

    def readline(self, size: int = -1) -> str:
        return self.owner.decode(self.raw.readline(size))

    def close(self) -> None:
        self.raw.close()


class TextFallback:
    """What both FTP clients add to ftplib's text handling (see the module docstring)."""

    encoding = "utf-8"
    file: Any
    sock: Any
    maxline: int

    def decode(self, data: bytes) -> str:
        """A line the server sent, as text; a line that is not UTF-8 is Latin-1, and the
        client answers in Latin-1 from then on."""
        try:
            return data.decode(self.encoding)
        except UnicodeDecodeError:
            self.encoding = LATIN_1
            return data.decode(LATIN_1)

    def getline(self) -> str:
        """ftplib's, on a reader of bytes (set again after AUTH TLS replaced ftplib's
        text reader)."""
        if not isinstance(self.file, _Lines) and self.sock is not None:
            old, self.file = self.file, _Lines(self.sock.makefile("rb"), self)
            old.close()
        return str(super().getline())  # type: ignore[misc]

    def retrlines(self, cmd: str, callback: Callable[[str], object] | None = None) -> str:
        """ftplib's line transfer (LIST, NLST, MLSD), each line decoded as `decode`
        does."""
        take = callback or print
        self.sendcmd("TYPE A")  # type: ignore[attr-defined]
        with self.transfercmd(cmd) as conn, conn.makefile("rb") as data:  # type: ignore[attr-defined]
            while line := data.readline(self.maxline + 1):
                if len(line) > self.maxline:
                    raise ftplib.Error(f"got more than {self.maxline} bytes")
                take(self.decode(line[:-2] if line.endswith(b"\r\n") else line.rstrip(b"\n")))
            if isinstance(conn, ssl.SSLSocket):
                conn.unwrap()
        return str(self.voidresp())  # type: ignore[attr-defined]
