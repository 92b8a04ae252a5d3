"""POP3 and IMAP servers that misbehave once the session is open (the SMTP ones are in
test_smtp_hostile_peers.py): a message cut by a close, an answer that is no answer of the
protocol, a refusal, a stall, a BYE in the middle, another message's data, a tag that was
never sent. Each read ends, bounded by EmailSetTimeOut, in False with ErrorOccurred and
ErrorInfo in words naming the server and the step (no library's words: "socket error:
EOF", "UID command error:"), Email.Out True; nothing read is shown as the message asked
for when it is not. A conversation left out of step is given up: the next read says so.
Raw servers on 127.0.0.1 only. EmailSetTimeOut is 1 s (it was 2): the stalled cases wait it
out once, test_net_faults_late's endless RETR its overall limit (3 times it), and a
loopback server in this process answers every other step in milliseconds."""
from __future__ import annotations

import io
import socket
import threading
from collections.abc import Callable

import pytest

from loopback import RawServer, read_command
from wlinterp.engine import run_source

MESSAGE = b"From: compta@example.test\r\nSubject: Facture 42\r\n\r\nBonjour\r\n"
GIVEN_UP = "the connection was given up after an earlier failure"

READ_TWICE = """EmailSetTimeOut(1)
IF EmailStart{protocol}Session("u", "p", "127.0.0.1", {port}) THEN
    ok is boolean = EmailReadFirst("u")
    Trace(ok, ErrorOccurred, Email.Out, "[" + Email.Subject + "]")
    Trace(ErrorInfo(errMessage))
    ok = EmailReadFirst("u")
    Trace(ok, ErrorOccurred, Email.Out)
    Trace(ErrorInfo(errMessage))
    EmailCloseSession("u")
ELSE
    Trace("start failed: " + ErrorInfo(errMessage))
END
"""

LIS_DEUX_FOIS = """EmailChangeTimeOut(1)
SI EmailOuvreSession{protocol}("u", "p", "127.0.0.1", {port}) ALORS
    bOk est un booléen = EmailLitPremier("u")
    Trace(bOk, ErreurDétectée, Email.EnDehors, "[" + Email.Sujet + "]")
    Trace(ErreurInfo(errMessage))
    bOk = EmailLitPremier("u")
    Trace(bOk, ErreurDétectée, Email.EnDehors)
    Trace(ErreurInfo(errMessage))
    EmailFermeSession("u")
SINON
    Trace("échec : " + ErreurInfo(errMessage))
FIN
"""

Peer = Callable[[socket.socket, threading.Event], None]


def _pop3(retr: Callable[[socket.socket, threading.Event], bool]) -> Peer:
    """A POP3 server listing one message, answering RETR with `retr` (False: hang up)."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"+OK ready\r\n")
        while (raw := read_command(conn, stop)):
            verb = raw.split()[0].upper()
            answers = {b"USER": b"+OK\r\n", b"PASS": b"+OK\r\n", b"STAT": b"+OK 1 60\r\n",
                       b"CAPA": b"+OK\r\nUSER\r\nUIDL\r\nTOP\r\n.\r\n",
                       b"LIST": b"+OK\r\n1 60\r\n.\r\n", b"UIDL": b"+OK\r\n1 u1\r\n.\r\n",
                       b"QUIT": b"+OK bye\r\n"}
            if verb == b"RETR":
                if not retr(conn, stop):
                    return
                continue
            conn.sendall(answers.get(verb, b"-ERR unknown\r\n"))
            if verb == b"QUIT":
                return
    return script


def _imap(fetch: Callable[[socket.socket, threading.Event, bytes], bool]) -> Peer:
    """An IMAP server with one message (UID 7), answering its FETCH with `fetch`."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"* OK IMAP4rev1 ready\r\n")
        while (raw := read_command(conn, stop)):
            tag, verb, rest = (raw.strip().split(b" ", 2) + [b"", b""])[:3]
            verb = verb.upper()
            if verb == b"UID" and b"BODY" in rest:
                if not fetch(conn, stop, tag):
                    return
                continue
            untagged = {b"CAPABILITY": b"* CAPABILITY IMAP4rev1\r\n",
                        b"SELECT": b"* 1 EXISTS\r\n",
                        b"UID": b"* 1 FETCH (UID 7 FLAGS () RFC822.SIZE %d)\r\n" % len(MESSAGE),
                        b"LOGOUT": b"* BYE see you\r\n"}.get(verb, b"")
            conn.sendall(untagged + tag + b" OK done\r\n")
            if verb == b"LOGOUT":
                return
    return script


def _run(script: str, protocol: str, peer: Peer) -> list[str]:
    server = RawServer(peer)
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(script.format(protocol=protocol, port=server.port), "read.wl",
                   stdout=out, stderr=err)
    finally:
        server.close()
    assert "Traceback" not in err.getvalue() + out.getvalue()
    return [line.replace(str(server.port), "PORT") for line in out.getvalue().splitlines()]


def _sends(data: bytes, then: str = "stay") -> Callable[..., bool]:
    """An answer: `data`, then stay in the conversation, hang up, or stall."""
    def answer(conn: socket.socket, stop: threading.Event, tag: bytes = b"") -> bool:
        conn.sendall(data.replace(b"TAG", tag))
        if then == "stall":
            stop.wait(30)
        return then == "stay"
    return answer


POP3_CASES = [
    ("cut", _sends(b"+OK\r\n" + MESSAGE, "close"),
     f"the server closed the connection after {len(MESSAGE)} bytes of its answer", True),
    ("not-pop3", _sends(b"HELLO there\r\n"),
     "the server did not answer in POP3 (it sent 'HELLO there')", True),
    ("refused", _sends(b"-ERR locked by another session\r\n"),
     "the server replied -ERR locked by another session", False),
    ("stall", _sends(b"+OK\r\nFrom: x\r\n", "stall"),
     "no answer from the server within 1 s (see EmailSetTimeOut)", True),
]


@pytest.mark.parametrize("retr, said, given_up", [c[1:] for c in POP3_CASES],
                         ids=[c[0] for c in POP3_CASES])
def test_a_pop3_read_from_a_misbehaving_server(retr, said: str, given_up: bool) -> None:
    lines = _run(READ_TWICE, "POP3", _pop3(retr))
    step = "POP3 server 127.0.0.1:PORT, reading message 1 (RETR): "
    assert lines[:2] == ["0, 1, 1, []", step + said + "."], lines
    assert lines[2] == "0, 1, 1", lines
    assert lines[3] == step + (f"{GIVEN_UP} (reading message 1 (RETR): {said}); start "
                               "the session again." if given_up else said + "."), lines


IMAP_STEP = "IMAP server 127.0.0.1:PORT, reading message 1 (FETCH BODY[]): "
IMAP_CASES = [
    ("literal-cut", _sends(b"* 1 FETCH (UID 7 BODY[] {%d}\r\n" % len(MESSAGE) + MESSAGE[:10],
                           "close"), "the server closed the connection after 10 of the "
     f"{len(MESSAGE)} bytes its answer announced", True),
    ("bye", _sends(b"* BYE shutting down for maintenance\r\n", "stall"),
     "the server ended the session (BYE shutting down for maintenance)", True),
    ("bad", _sends(b"TAG BAD command unknown\r\n"), "the server replied BAD command unknown",
     False),
    ("no", _sends(b"TAG NO [UNAVAILABLE] try later\r\n"),
     "the server replied NO [UNAVAILABLE] try later", False),
    ("foreign-tag", _sends(b"ZZZ9 OK done\r\n", "stall"),
     "the conversation broke off: unexpected response: ZZZ9 OK done", True),
    ("http", _sends(b"HTTP/1.1 200 OK\r\n\r\n", "stall"),
     "the conversation broke off: unexpected response: HTTP/1.1 200 OK", True),
    ("other-message", _sends(b"* 2 FETCH (UID 8 BODY[] {%d}\r\n" % len(MESSAGE) + MESSAGE
                             + b")\r\nTAG OK done\r\n"),
     "the server sent the message of UID 8 where the message of UID 7 was asked for", False),
    ("stall", _sends(b"* 1 FETCH (UID 7 BODY[] {%d}\r\n" % len(MESSAGE), "stall"),
     "no answer from the server within 1 s (see EmailSetTimeOut)", True),
    # a literal begun and never finished, the connection kept open: bounded the same way
    ("literal-stall", _sends(b"* 1 FETCH (UID 7 BODY[] {%d}\r\n" % len(MESSAGE) + MESSAGE[:10],
                             "stall"), "no answer from the server within 1 s (see EmailSetTimeOut)",
     True),
    # a line of 8 MB: imaplib's bound (it said "the server replied got more than 1000000
    # bytes"), and the rest of that line is still coming: the conversation is given up
    ("8-mb-line", _sends(b"* 1 FETCH (UID 7 X " + b"x" * (8 << 20) + b")\r\nTAG OK done\r\n"),
     "the server sent a line longer than 1,000,000 bytes, the most accepted", True),
]


@pytest.mark.parametrize("fetch, said, given_up", [c[1:] for c in IMAP_CASES],
                         ids=[c[0] for c in IMAP_CASES])
def test_an_imap_read_from_a_misbehaving_server(fetch, said: str, given_up: bool) -> None:
    """Before: a literal cut said "socket error: EOF", a BAD "UID command error: BAD
    ...", and another message's data (UID 8 for UID 7) was shown as the message read."""
    lines = _run(READ_TWICE, "IMAP", _imap(fetch))
    assert lines[:2] == ["0, 1, 1, []", IMAP_STEP + said + "."], lines
    assert lines[2] == "0, 1, 1", lines
    assert lines[3] == IMAP_STEP + (
        f"{GIVEN_UP} (reading message 1 (FETCH BODY[]): {said}); start the session again."
        if given_up else said + "."), lines


@pytest.mark.parametrize("protocol, peer, said", [
    ("POP3", _pop3(_sends(b"HELLO there\r\n")),
     "POP3 server 127.0.0.1:PORT, reading message 1 (RETR): the server did not answer in "
     "POP3 (it sent 'HELLO there')."),
    ("IMAP", _imap(_sends(b"* 2 FETCH (UID 8 BODY[] {%d}\r\n" % len(MESSAGE) + MESSAGE
                          + b")\r\nTAG OK done\r\n")),
     IMAP_STEP + "the server sent the message of UID 8 where the message of UID 7 was "
     "asked for.")], ids=["pop3", "imap"])
def test_en_francais(protocol: str, peer: Peer, said: str) -> None:
    lines = _run(LIS_DEUX_FOIS, protocol, peer)
    assert lines[:2] == ["0, 1, 1, []", said], lines
