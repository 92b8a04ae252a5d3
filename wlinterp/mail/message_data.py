"""The message's data as the SMTP client sends it after DATA's 354 (RFC 5321 4.5.2):
dot-stuffed, ended by a line holding a dot, handed to the socket a piece at a time; and
a reply the server sent before the data's end, read when the sending fails.

RFC 5321 gives the server no reply before the final dot, but servers refusing a message
(too big, a virus, a quota) answer 552 or 554 at once and stop reading, or close the
connection. The client then met a send that did not move for EmailSetTimeOut, or a reset,
and said "the server took no more of the message data" or "the server closed the
connection": the server's reason, waiting in the socket, was lost. `send_data` reads what
has arrived (without waiting) when a send fails, and a 4xx/5xx reply found there is
raised as `EarlyReply`, its words kept.
"""
from __future__ import annotations

__all__ = ["EarlyReply", "dot_stuff", "send_data"]

import re
import select
import smtplib
import socket
from typing import Any

from .replies import Unasked, unasked

_LEADING_DOT = re.compile(rb"(?m)^\.")

_PIECE = 64 * 1024
"""Bytes handed to the socket at a time when sending a message's data."""

_EARLY_MOST = 64 * 1024
"""The most bytes read looking for a reply sent before the data's end (a reply of 256
lines of 256 bytes, the most an SMTP reply is read to elsewhere)."""

_REPLY_LINE = re.compile(rb"([0-9]{3})(?:([ -])(.*))?")


class EarlyReply(Exception):
    """The server spoke before the message data's end: a refusal's code and words (code 0:
    what it sent is no SMTP reply, quoted in `text`). The connection is closed (what the
    server took of the data is unknown)."""

    def __init__(self, code: int, text: bytes) -> None:
        super().__init__(code, text)
        self.code, self.text = code, text


def dot_stuff(data: bytes) -> bytes:
    """Transparency (RFC 5321 §4.5.2) plus the terminating `.` line."""
    body = _LEADING_DOT.sub(b"..", data)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return body + b".\r\n"


def send_data(client: smtplib.SMTP, data: bytes) -> None:
    """Send `data` dot-stuffed, a piece at a time, so that EmailSetTimeOut bounds each wait
    for the server to take more (no progress), not the whole transfer: one `sendall` of a
    big message counts the timeout over all of it (Python >= 3.5) and failed a server that
    read steadily over a slow link. The message's overall deadline still bounds the sum.
    Before each piece, whether the server spoke: a refusal then stops the sending at once
    (a server that stops reading held the send EmailSetTimeOut, ten minutes by default).
    A failed send closes the connection, as smtplib's own send does: EarlyReply when the
    server had answered, else smtplib's SMTPServerDisconnected (its cause, a timeout or a
    reset, kept as the context the failure's words look at)."""
    sock: Any = client.sock
    if sock is None:
        raise smtplib.SMTPServerDisconnected("please run connect() first")
    stray = unasked(client)  # a second reply to DATA, after its 354: no data then
    if stray:
        client.close()
        code, text = _reply_in(stray)
        if code:  # a refusal: said in its words
            raise EarlyReply(code, text)
        raise Unasked(stray)
    view = memoryview(dot_stuff(data))
    try:
        for start in range(0, len(view), _PIECE):
            spoken = _spoken(sock)
            if spoken:
                spoken = _rest_of_reply(sock, spoken)
                client.close()
                raise EarlyReply(*_reply_in(spoken))
            sock.sendall(view[start:start + _PIECE])
    except OSError as exc:
        came = _read_now(sock)
        client.close()
        if _reply_in(came)[0]:
            raise EarlyReply(*_reply_in(came)) from None
        raise smtplib.SMTPServerDisconnected("Server not connected") from exc


def _spoken(sock: socket.socket) -> bytes:
    """What the server sent so far, read without waiting: b"" when nothing (a TLS record of
    its own, a session ticket, is no reply) or when it closed (the next send says so)."""
    if not select.select([sock], [], [], 0)[0]:
        return b""
    return _read_now(sock)


def _read_now(sock: socket.socket) -> bytes:
    """The bytes that have arrived, at most _EARLY_MOST, read without waiting; the
    socket's timeout put back."""
    came, timeout = b"", sock.gettimeout()
    try:
        sock.setblocking(False)
        while len(came) < _EARLY_MOST:
            piece = sock.recv(4096)
            if not piece:
                break
            came += piece
    except OSError:  # nothing more now (BlockingIOError, SSLWantReadError), or a reset
        pass
    finally:
        try:
            sock.settimeout(timeout)
        except OSError:
            pass
    return came


def _rest_of_reply(sock: socket.socket, came: bytes) -> bytes:
    """`came` and what follows it until its last line ends (within the socket's timeout
    for each wait, _EARLY_MOST bytes at most): a reply the server is still sending."""
    try:
        while not _finished(came) and len(came) < _EARLY_MOST:
            piece = sock.recv(4096)
            if not piece:
                break
            came += piece
    except OSError:
        pass
    return came


def _finished(came: bytes) -> bool:
    """Whether `came` holds a reply's last line, or a line that is no reply line."""
    for line in came.split(b"\r\n")[:-1]:
        m = _REPLY_LINE.fullmatch(line)
        if m is None or m.group(2) != b"-":
            return True
    return False


def _reply_in(came: bytes) -> tuple[int, bytes]:
    """The 4xx/5xx reply `came` holds (whole lines only): its code and its lines' words;
    (0, came) when it holds none (nothing, part of one, or words that are no reply)."""
    texts: list[bytes] = []
    for line in came.split(b"\r\n")[:-1]:
        m = _REPLY_LINE.fullmatch(line)
        if m is None:
            return 0, came
        texts.append(m.group(3) or b"")
        if m.group(2) != b"-":
            code = int(m.group(1))
            return (code, b"\n".join(texts)) if 400 <= code < 600 else (0, came)
    return 0, came
