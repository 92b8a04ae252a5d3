"""Reading one SMTP reply with bounded memory.

Why not smtplib's `getreply`: it bounds each line (8 KB) but collects continuation lines
(`220-...`) without end, so a server that sends an endless multi-line greeting makes the
client grow until memory runs out (issue 12 measured ~250 MB/s) long before any deadline.
RFC 5321 §4.5.3.1.5 limits a reply line to 512 octets and real multi-line replies (EHLO)
are a few dozen lines; we allow far more than any real server sends and stop there,
closing the connection, as aiosmtplib does.
"""
from __future__ import annotations

__all__ = ["MAX_LINE", "MAX_LINES", "MAX_REPLY", "MixedCodes", "ReplyCut", "ReplyTooLong",
           "Unasked", "check_in_step", "quit_reply", "read_reply", "reply_in_step", "unasked"]

import smtplib
import time
from typing import Any

from ..goodbyes import GOODBYE_WAIT, await_closes, send_goodbye

MAX_LINE = 8192
"""Longest reply line accepted (bytes, with CRLF); RFC 5321 asks for 512."""
MAX_LINES = 256
"""Most lines in one multi-line reply."""
MAX_REPLY = 64 * 1024
"""Most bytes in one reply, all lines together."""


class ReplyTooLong(smtplib.SMTPResponseException):
    """The server's reply went past our bounds: not an SMTP reply we will keep reading."""

    def __init__(self, what: str) -> None:
        super().__init__(-1, what)
        self.what = what


class MixedCodes(bytes):
    """The text of a multi-line reply whose lines carry different codes (`250-a` then
    `550 b`, against RFC 5321 4.2.1), read as smtplib reads any reply (the lines' texts),
    with `lines`: each line as the server sent it, code and all, for the error message
    to quote line by line (run together, "550 a b" hid that the server said 250 first)."""

    lines: tuple[bytes, ...] = ()

    @classmethod
    def of(cls, texts: list[bytes], lines: list[bytes]) -> "MixedCodes":
        made = cls(b"\n".join(texts))
        made.lines = tuple(lines)
        return made


class ReplyCut(smtplib.SMTPServerDisconnected):
    """The connection ended inside a reply line (no line end): no reply was given."""


_AFTER_CODE = (b" ", b"-", b"\r", b"\n")
"""What may follow a reply code (RFC 5321, 4.2: `Reply-code [ SP textstring ] CRLF`, a
continuation's `-`): a fourth digit or a letter makes the line no SMTP reply."""


def read_reply(client: Any) -> tuple[int, bytes]:
    """(code, text) of the next reply on an smtplib.SMTP; -1 for a line that is not SMTP.

    Raises SMTPServerDisconnected at end of input and ReplyTooLong past the bounds
    (both close the connection, as smtplib does for its own errors).
    """
    if client.file is None:
        client.file = client.sock.makefile("rb")
    texts: list[bytes] = []
    lines: list[bytes] = []
    total = 0
    while True:
        line = _read_line(client)
        total += len(line)
        if len(line) > MAX_LINE:
            client.close()
            raise ReplyTooLong(f"the server sent a reply line longer than {MAX_LINE} bytes; "
                               "stopped reading")
        if not line[:3].isdigit() or line[3:4] not in _AFTER_CODE:  # not SMTP (`2500 ok`,
            # `250ok` were read as 250): keep the whole line, so the report quotes it
            texts.append(line.strip(b" \t\r\n"))
            return -1, b"\n".join(texts)
        code = int(line[:3])
        texts.append(line[4:].strip(b" \t\r\n"))
        lines.append(line.rstrip(b"\r\n"))
        if line[3:4] != b"-":
            if any(seen[:3] != line[:3] for seen in lines):
                return code, MixedCodes.of(texts, lines)
            return code, b"\n".join(texts)
        if len(texts) >= MAX_LINES or total > MAX_REPLY:
            client.close()
            raise ReplyTooLong(f"the server's reply did not end within {MAX_LINES} lines or "
                               f"{MAX_REPLY // 1024} KB; stopped reading")


def _read_line(client: Any) -> bytes:
    """One reply line with its line end. A line cut by the end of the connection (no LF:
    `250 ok` then a close) is no reply: the server went away before saying it, so after
    the final dot the message's fate is unknown, not "sent" (docs/email.md, "Decisions")."""
    try:
        line: bytes = client.file.readline(MAX_LINE + 1)
    except OSError as exc:
        client.close()
        raise smtplib.SMTPServerDisconnected(f"Connection unexpectedly closed: {exc}") from exc
    if not line:
        client.close()
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
    if not line.endswith(b"\n") and len(line) <= MAX_LINE:  # short read without LF: end of input
        client.close()
        raise ReplyCut("Connection closed in the middle of a reply line")
    return line


class Unasked(smtplib.SMTPServerDisconnected):
    """The server sent a reply (`stray`) while no command was waiting for one: its replies
    no longer answer the commands they seem to, so the connection is given up. Read as the
    next command's reply, a DATA answered `354` then `250` took that 250 for the final
    dot's acceptance, and a message the server then refused (554) was reported sent. A
    disconnection for the rest: before MAIL FROM the message is tried on a new connection
    (transport.py's `stale`), as over a connection found closed. `after`: the reply just
    read, when the stray was already there behind it (reply_in_step): one of the two
    answered no command, so neither can be taken for the command's own."""

    def __init__(self, stray: bytes, after: bytes = b"") -> None:
        super().__init__("a reply no command asked for")
        self.stray = stray
        self.after = after


def unasked(client: Any) -> bytes:
    """What the server has sent that no command asked for: the reply reader's buffer, or
    what has arrived on the socket, read without waiting; b"" when nothing (a TLS record of
    the server's own, a session ticket, is nothing: SSLWantReadError)."""
    sock = client.sock
    if sock is None:
        return b""
    if client.file is None:
        client.file = sock.makefile("rb")
    timeout = sock.gettimeout()
    try:
        sock.setblocking(False)
        return bytes(client.file.peek(1))
    except OSError:  # nothing now, or a reset: the command's own send or read says so
        return b""
    finally:
        try:
            sock.settimeout(timeout)
        except OSError:
            pass


def check_in_step(client: Any) -> None:
    """Raise Unasked, the connection closed, when the server has spoken unasked. A 421 is
    left for the next command to read: a server may send it at any time before it closes
    the connection (RFC 5321, 3.8), and it is said as the server closing."""
    stray = unasked(client)
    if stray and not stray.startswith(b"421"):
        client.close()
        raise Unasked(stray)


def reply_in_step(client: Any, code: int, text: bytes) -> tuple[int, bytes]:
    """The reply just read, (`code`, `text`), once sure no other reply is already waiting
    behind it: a server answers each command with one reply (RFC 5321, 4.1.1), so a
    second one there means one of the two answered no command. A 554 the server sent
    unasked just as the next command went out (a late refusal after the greeting, of the
    last message, or before EHLO's answer) was read as that command's reply, MAIL FROM's
    "554" said the message refused, and every later reply was shifted by one. Raises
    Unasked (both quoted, the connection closed); a 421 behind it is left to be read, as
    check_in_step leaves it."""
    stray = unasked(client) if code >= 0 else b""  # (no SMTP at all: said as such)
    if stray and not stray.startswith(b"421"):
        client.close()
        lines = bytes(text).split(b"\n")
        raise Unasked(stray, b"%03d %s" % (code, lines[-1]))
    return code, text


def quit_reply(client: Any) -> tuple[int, bytes]:
    """QUIT said, the first reply after it read, then what follows read and dropped until
    the server closes, GOODBYE_WAIT at most for all (as goodbyes.part: a server silent after
    QUIT no longer holds EmailCloseSession its timeout). The reply is (0, b"") when none
    came. Why read it: the server answers in order, so a reply read here that is not
    QUIT's (a `554` where `221` was due) answered an earlier command, the last message's
    end of data, whose acceptance the client had read from a stray `250` (transport.py
    `Link.close`). The connection is left for the caller to close."""
    sock = client.sock
    ends = time.monotonic() + GOODBYE_WAIT
    if sock is None or not send_goodbye(sock, b"QUIT\r\n", ends):
        return 0, b""
    try:
        sock.settimeout(max(ends - time.monotonic(), 0.001))
        said = read_reply(client)
    except (smtplib.SMTPException, OSError, ValueError):  # none in time, or a close
        return 0, b""
    if client.sock is not None:
        await_closes([client.sock], ends)
    return said
