"""Misbehaving servers not yet in docs/email.md's fault catalogue (NET, 6 Dec 2026 late
morning): an SMTP server whose EHLO lists AUTH but that answers 504 to each mechanism;
one that answers the first RCPT and sends a 421 to the second; a POP3 server whose RETR
never ends with "." (lines for ever); an HTTP server whose chunked body breaks off inside
a chunk; one that answers "100 Continue" to a POST and then nothing. Each against a
scripted socket on 127.0.0.1: ErrorOccurred and words naming the step, nothing hangs
(every wait bounded by the script's timeout), nothing silently lost (a message is sent
exactly when the server has it)."""
from __future__ import annotations

import io
import socket
import threading

import pytest

from loopback import RawServer, read_command
from smtp_matrix import ERROR, SCRIPT
from test_http_misbehaving import _send, _then_silent
from test_reading_hostile_peers import LIS_DEUX_FOIS, READ_TWICE, _pop3, _run
from wlinterp.engine import run_source

EHLO = b"250-raw.test\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n"


class SMTP:
    """A scripted SMTP server: `reply(verb, nth)` gives the reply to the nth (from 1)
    command of that verb, None for the normal one; a reply starting "421" closes."""

    def __init__(self, reply) -> None:
        self.reply = reply
        self.commands: list[bytes] = []
        self.received: list[bytes] = []

    def __call__(self, conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"220 raw.test ESMTP\r\n")
        asked = 0  # AUTH LOGIN's questions answered so far (user, then password)
        while (line := read_command(conn, stop)):
            if asked:  # an answer to a 334: the password asked next, then accepted
                asked = (asked + 1) % 3
                conn.sendall(b"334 UGFzc3dvcmQ6\r\n" if asked else b"235 ok\r\n")
                continue
            verb = line[:4].upper()
            self.commands.append(verb)
            normal = {b"EHLO": EHLO, b"AUTH": b"235 ok\r\n", b"MAIL": b"250 ok\r\n", b"RCPT": b"250 ok\r\n",
                      b"DATA": b"354 go\r\n", b"QUIT": b"221 bye\r\n",
                      b"RSET": b"250 ok\r\n", b"NOOP": b"250 ok\r\n"}.get(verb, b"504 what\r\n")
            answer = self.reply(verb, self.commands.count(verb)) or normal
            conn.sendall(answer)
            asked = 1 if answer.startswith(b"334") else 0
            if answer.startswith(b"421") or verb == b"QUIT":
                return
            if verb == b"DATA" and answer.startswith(b"354"):
                body = bytearray()
                while not body.endswith(b"\r\n.\r\n"):
                    piece = conn.recv(65536)
                    if not piece:
                        return
                    body += piece
                self.received.append(bytes(body))
                conn.sendall(b"250 queued\r\n")


def _smtp(server: SMTP, timeout: str = "3 s") -> list[str]:
    raw = RawServer(server)
    source = SCRIPT.format(timeout=timeout, host="127.0.0.1", port=raw.port,
                           option="emailOptionDefault")
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(source, "late.wl", stdout=out, stderr=err)
    finally:
        raw.close()
    assert err.getvalue() == "", err.getvalue()
    return out.getvalue().splitlines()


def test_auth_listed_but_every_mechanism_answered_504() -> None:
    server = SMTP(lambda verb, nth: b"504 5.5.4 mechanism not supported\r\n"
                  if verb == b"AUTH" else None)
    lines = _smtp(server)
    assert lines == ["start 0", f"SMTP server 127.0.0.1:{lines[1].split(':')[1].split(',')[0]}, "
                     "authentication (AUTH PLAIN, then AUTH LOGIN): the server replied 504 "
                     "5.5.4 mechanism not supported to AUTH PLAIN, then the server replied "
                     "504 5.5.4 mechanism not supported to AUTH LOGIN."], lines
    assert server.commands == [b"EHLO", b"AUTH", b"AUTH", b"QUIT"][:len(server.commands)] \
        and b"MAIL" not in server.commands, server.commands


def test_a_421_to_the_second_rcpt() -> None:
    server = SMTP(lambda verb, nth: b"421 4.3.2 shutting down\r\n"
                  if verb == b"RCPT" and nth == 2 else None)
    lines = _smtp(server)
    assert lines[0].split() == ["send", "0", ERROR], lines
    assert lines[1].endswith("RCPT TO <c@example.org>: the server replied 421 4.3.2 shutting "
                             "down; the message was not sent; the server is closing the "
                             "connection (421), so nothing more was sent to it."), lines
    assert b"DATA" not in server.commands and server.received == [], server.commands


def test_504_to_plain_then_login_accepted_sends() -> None:
    """A server listing PLAIN that knows only LOGIN: the start went no further than
    PLAIN's 504; the next mechanism it lists is tried, and the message goes."""
    server = SMTP(lambda verb, nth: b"504 5.5.4 unrecognized\r\n"
                  if verb == b"AUTH" and nth == 1 else b"334 VXNlcm5hbWU6\r\n"
                  if verb == b"AUTH" else None)
    lines = _smtp(server)
    assert lines[0].split()[:2] == ["send", "1"], lines
    assert len(server.received) == 1 and server.commands.count(b"AUTH") == 2, server.commands


MID_CHUNK = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\na\r\nhello"


@pytest.mark.parametrize("answer, words", [
    (MID_CHUNK, "the answer was cut short: the connection ended before the end of its body"),
    (_then_silent(MID_CHUNK), "nothing more of it came for 0.5 s"),
    (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhelloXX\r\n0\r\n\r\n",
     "the size of one of its chunks could not be read")],
    ids=["close", "stall", "overrun"])
def test_a_chunked_body_broken_inside_a_chunk(http_server, answer, words) -> None:
    """A chunk of 10 bytes of which 5 come, then a close or silence; a chunk longer than
    its size: a failed call within the Timeout, the 5 bytes never given as the answer."""
    srv = http_server(answer)
    lines = _send(srv.port)
    assert lines[0] == "1, 0, 0", lines
    assert words in lines[1] and "http://127.0.0.1:" in lines[1], lines


def _endless_retr(conn: socket.socket, stop: threading.Event) -> bool:
    """+OK, then header lines for ever, never the final "."."""
    conn.sendall(b"+OK\r\nFrom: a@example.test\r\n")
    try:
        while not stop.wait(0.01):
            conn.sendall(b"X-Filler: " + b"f" * 1000 + b"\r\n")
    except OSError:  # (the client gave up)
        pass
    return False


@pytest.mark.parametrize("script", [READ_TWICE, LIS_DEUX_FOIS], ids=["en", "fr"])
def test_a_pop3_retr_that_never_ends(script: str) -> None:
    """RETR answered with lines that never stop (no final "."): the read fails within
    EmailSetTimeOut's overall limit, in words, the session given up; nothing read is
    shown as the message."""
    lines = _run(script, "POP3", _pop3(_endless_retr))
    assert lines[0] == "0, 1, 1, []" and lines[2] == "0, 1, 1", lines
    assert "reading message 1 (RETR): the step did not finish within its overall limit" \
        in lines[1] and "start the session again" in lines[3], lines
