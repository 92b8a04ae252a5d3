"""What a POP3 or IMAP server says is quoted in ErrorInfo at a bounded length, and the
password it may echo is masked before the cut (docs/email.md, "Errors"): a server
answering with a line of garbage used to have it quoted whole."""
from __future__ import annotations

import socket
import threading

import pytest

from loopback import read_command
from mail_helpers import PASSWORD, USER
from wlinterp.mail.reading import QUOTED_REPLY

# The password starts where a cut made before masking would have left its first letters.
ECHO = b"x" * (QUOTED_REPLY - 30) + PASSWORD.encode() + b" " + b"y" * 1500


def pop3_refusing_pass(reply: bytes):
    """+OK greeting and USER, then `reply` to PASS."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"+OK ready\r\n")
        while (line := read_command(conn, stop)):
            if line.upper().startswith(b"PASS"):
                conn.sendall(reply + b"\r\n")
                return
            conn.sendall(b"+OK\r\n")
    return script


def imap_refusing_login(reply: bytes):
    """An IMAP greeting and CAPABILITY, then `reply` (with the command's tag) to LOGIN."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"* OK ready\r\n")
        while (line := read_command(conn, stop)):
            tag, _, command = line.partition(b" ")
            if command.upper().startswith(b"CAPABILITY"):
                conn.sendall(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + b" OK done\r\n")
            else:
                conn.sendall(reply.replace(b"TAG", tag) + b"\r\n")
                return
    return script


def check_quoted(message: str) -> None:
    assert len(message) < QUOTED_REPLY + 200, message
    assert "characters in all" in message, message
    assert PASSWORD not in message and PASSWORD[:4] not in message, message


def test_a_pop3_refusal_of_garbage_is_cut_and_the_echoed_password_masked(raw_server, wl):
    server = raw_server(pop3_refusing_pass(b"-ERR " + ECHO))
    w = wl(email_timeout=5)
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", server.port) is False
    assert "POP3 server 127.0.0.1" in w.error[1] and "the server replied -ERR xxx" in w.error[1]
    check_quoted(w.error[1])


def test_a_pop3_greeting_of_garbage_is_cut(raw_server, wl):
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"\x1b[2J" + b"garbage " * 250 + b"\r\n")
        read_command(conn, stop)
    server = raw_server(script)
    w = wl(email_timeout=5)
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", server.port) is False
    assert "\\x1b[2J" in w.error[1] and "\x1b" not in w.error[1]
    check_quoted(w.error[1])


@pytest.mark.parametrize("reply", [b"TAG NO " + ECHO, b"TAG BAD " + ECHO, ECHO],
                         ids=["NO", "BAD", "not IMAP"])
def test_an_imap_login_answered_with_garbage_is_cut_and_masked(raw_server, wl, reply):
    server = raw_server(imap_refusing_login(reply))
    w = wl(email_timeout=5)
    assert w("EmailStartIMAPSession", USER, PASSWORD, "127.0.0.1", server.port) is False
    assert "IMAP server 127.0.0.1" in w.error[1] and "login" in w.error[1]
    check_quoted(w.error[1])
