"""Bounds on what an FTP server can make the FTP family wait for or hold (stdlib/ftp_client.py).

The socket's timeout (FTPConnect's, 20 s by default) bounds each single wait, but a
server that trickles a byte just before each timeout, or sends continuation lines
without end, kept FTPConnect (or any FTP function) running for as long as it liked, and
ftplib gathers a multi-line reply in memory whatever its length. As for the e-mail
sessions (wlinterp/mail/watchdog.py): each operation runs under an overall deadline,
three times the timeout plus the time of its bytes at 64 KB/s; when it passes, the
control and data sockets are shut down, which wakes the blocked read, and the function
fails saying so. A reply longer than MAX_REPLY_CHARS is refused, and so is a listing
(LIST, MLSD, NLST) longer than MAX_LISTING_CHARS: a server sending lines without end
filled memory at the speed of the link until the overall limit (decided, docs/builtins.md
"FTP").
"""
from __future__ import annotations

__all__ = ["WatchedFTP", "WatchedFTPTLS", "Deadline", "MAX_REPLY_CHARS", "MAX_LISTING_CHARS",
           "DownloadBound"]

import ftplib
import os
import socket
import time
from collections.abc import Callable
from typing import Any

from wlinterp.mail.options import SLOW_LINK_BYTES_PER_SECOND
from wlinterp.mail.watchdog import WATCHDOG, Alarm

from .ftp_answers import ReadAnswers
from .ftp_text import TextFallback

MAX_REPLY_CHARS = 1 << 20
"""Longest reply (all its lines) taken from a server: a welcome banner is a few lines."""


MAX_LISTING_CHARS = 100 << 20
"""Longest listing taken (about a million files' lines): it is held in memory whole."""


class ReplyTooLong(ftplib.error_proto):
    """A reply of more than MAX_REPLY_CHARS characters, or a listing of more than
    MAX_LISTING_CHARS."""


class BadPassivePort(ftplib.error_proto):
    """A passive-mode reply naming a port outside 1-65535."""


class DownloadTooLarge(ftplib.error_proto):
    """A download past its bound (DownloadBound)."""


class _Watched:
    """What both clients add to ftplib's: the data connection in use is known (so a
    deadline can shut it down), and a reply's length is bounded."""

    data_conn: socket.socket | None = None
    announced: int | None = None  # the size a 150 reply gave the last transfer
    deadline: "Deadline | None" = None
    broken = ""
    """Why the connection was given up ("" while the conversation is in step)."""
    _reply_chars = 0

    def ntransfercmd(self, cmd: str, rest: Any = None) -> tuple[socket.socket, int | None]:
        conn, size = super().ntransfercmd(cmd, rest)  # type: ignore[misc]
        self.data_conn, self.announced = conn, size
        return conn, size

    def makepasv(self) -> tuple[str, int]:
        """ftplib's PASV/EPSV handshake, its port checked: `227 (127,0,0,1,273,112)`
        names port 70000, which the system wrapped to 4464 and tried ("Connection
        refused", naming nothing of the reply). The host is always the control
        connection's (ftplib's default: a reply naming another machine is not followed)."""
        host, port = super().makepasv()  # type: ignore[misc]
        if not 1 <= port <= 65535:
            raise BadPassivePort(f"the server's passive-mode reply names port {port}, "
                                 "not a port number (1 to 65535)")
        return str(host), int(port)

    def getmultiline(self) -> str:
        self._reply_chars = 0
        return str(super().getmultiline())  # type: ignore[misc]

    def getline(self) -> str:
        line = str(super().getline())  # type: ignore[misc]
        self._reply_chars += len(line)
        if self._reply_chars > MAX_REPLY_CHARS:
            raise ReplyTooLong(f"the server's reply is longer than {MAX_REPLY_CHARS} "
                                     "characters")
        return line

    def retrlines(self, cmd: str, callback: Callable[[str], object] | None = None) -> str:
        """A listing's lines (ftp_text.py reads them), their total length bounded."""
        take = callback or print
        total = 0

        def counted(line: str) -> None:
            nonlocal total
            total += len(line) + 2
            if total > MAX_LISTING_CHARS:
                raise ReplyTooLong(f"the server's listing is longer than {MAX_LISTING_CHARS} "
                                   "characters")
            take(line)
        return str(super().retrlines(cmd, counted))  # type: ignore[misc]

    def shut(self) -> None:
        """Shut the control and data sockets down (the watchdog's action)."""
        for sock in (getattr(self, "sock", None), self.data_conn):
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


class WatchedFTP(_Watched, ReadAnswers, TextFallback, ftplib.FTP):
    """Plain FTP, bounded, reading Latin-1 where a server speaks it (ftp_text.py)."""


class WatchedFTPTLS(_Watched, ReadAnswers, TextFallback, ftplib.FTP_TLS):
    """FTP over TLS (ftpes://), bounded, reading Latin-1 where a server speaks it."""


class Deadline:
    """The overall limit of one operation on `ftp`: three times its timeout, plus the
    time of `size` bytes at the slowest accepted rate; `extend` adds the time of bytes
    received since (a download's size is not known beforehand)."""

    def __init__(self, ftp: ftplib.FTP, size: int = 0) -> None:
        self.ftp = ftp
        timeout = ftp.timeout if isinstance(ftp.timeout, (int, float)) else 20.0
        self.seconds = 3 * timeout + size / SLOW_LINK_BYTES_PER_SECOND
        self.ends = time.monotonic() + self.seconds
        self.fired = False
        self._alarm: Alarm | None = None

    def __enter__(self) -> "Deadline":
        setattr(self.ftp, "deadline", self)
        self._arm()
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        self._disarm()
        setattr(self.ftp, "deadline", None)
        if kind is None and self.fired:  # the shut socket ended a read "normally": a
            raise EOFError("cut by the overall limit")  # reply cut (`213 1234` of
            # `213 1234567890`) read as a whole one; the caller says the limit's words

    def words(self) -> str:
        """Why the operation stopped, when the limit cut it."""
        return f"the server did not finish within the overall limit of {round(self.seconds, 1):g} s"

    def extend(self, size: int) -> None:
        """`size` more bytes came: their time is added to the limit."""
        more = size / SLOW_LINK_BYTES_PER_SECOND
        self.seconds += more
        self.ends += more
        self._disarm()
        if not self.fired:
            self._arm()

    def _arm(self) -> None:
        self._alarm = WATCHDOG.arm(max(0.0, self.ends - time.monotonic()), self._fire)

    def _disarm(self) -> None:
        if self._alarm is not None:
            WATCHDOG.disarm(self._alarm)
            self.fired = self.fired or self._alarm.fired
            self._alarm = None

    def _fire(self) -> None:
        self.fired = True
        shut = getattr(self.ftp, "shut", None)
        if shut is not None:
            shut()


DISK_CHECK_BYTES = 4 << 20
"""A download checks the local disk's free space again after this many bytes."""
MAX_RESERVE = 256 << 20
"""The free space a download leaves on the local disk: 1% of the disk, at most this."""


def env_bytes(name: str) -> int | None:
    """A number of bytes set in the environment variable `name` (None when not set);
    anything but digits is a ValueError naming it."""
    text = os.environ.get(name, "").strip()
    if not text:
        return None
    if not text.isdigit() or not text.isascii():
        raise ValueError(f"the environment variable {name} is not a number of bytes "
                         f"('{text[:40]}')")
    return int(text)


class DownloadBound:
    """What one download may bring (FTPGet): an endless stream from the server was
    bounded only by the disk, and the overall limit grows with the bytes received.
    It stops at the first of: more bytes than the server's 150 reply announced; more
    than WL_FTP_MAX_DOWNLOAD bytes (a documented option, unset by default); the local
    disk's free space falling under its reserve (WL_FTP_DISK_RESERVE bytes, else 1% of
    the disk, at most 256 MiB), checked every 4 MiB (decided, docs/builtins.md "FTP")."""

    def __init__(self, ftp: ftplib.FTP, folder: str) -> None:
        self.ftp, self.folder = ftp, folder
        self.cap = env_bytes("WL_FTP_MAX_DOWNLOAD")
        self.reserve = env_bytes("WL_FTP_DISK_RESERVE")
        self.got = 0
        self.check_at = 0

    def take(self, size: int) -> None:
        """`size` more bytes came; DownloadTooLarge when they pass a bound."""
        self.got += size
        announced = getattr(self.ftp, "announced", None)
        if announced is not None and self.got > announced:
            raise DownloadTooLarge(f"the server sent more than the {announced} bytes it "
                                   "announced")
        if self.cap is not None and self.got > self.cap:
            raise DownloadTooLarge(f"the file is larger than WL_FTP_MAX_DOWNLOAD "
                                   f"({self.cap} bytes)")
        if self.got >= self.check_at:
            self.check_at = self.got + DISK_CHECK_BYTES
            self._check_disk()

    def _check_disk(self) -> None:
        try:
            disk = os.statvfs(self.folder)
        except (OSError, AttributeError):  # (no statvfs on Windows: the cap alone)
            return
        free = disk.f_bavail * disk.f_frsize
        reserve = self.reserve if self.reserve is not None else \
            min(disk.f_blocks * disk.f_frsize // 100, MAX_RESERVE)
        if free < reserve:
            raise DownloadTooLarge(f"the local disk would be left with less than {reserve} "
                                   f"bytes free (WL_FTP_DISK_RESERVE)")
