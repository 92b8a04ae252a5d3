"""EmailCloseSession and FTPDisconnect, called by the script, on a server silent after QUIT
(NET, 6-7 Dec 2026 night): QUIT's answer is awaited 1 s at most (wlinterp/goodbyes.py
`part`), as at the end of a run, then the connection is closed. Before, each waited for it
under the session's timeout (EmailSetTimeOut, FTPConnect's), ten minutes by default for
e-mail. The timeout here is 20 s; the server waits 10 s at most for the client to hang up
after QUIT, so its "gone" says the call let go well before the timeout (no tight timing:
one generous bound on the run). EN and FR."""
from __future__ import annotations

import io
import socket
import threading
import time

import pytest

from loopback import RawServer, heard, read_command, silent_after_quit, until_gone
from wlinterp.engine import run_source


SMTP_EN = """EmailSetTimeOut(20)
Trace(EmailStartSMTPSession("s", "127.0.0.1", {port}))
Trace(EmailCloseSession("s"), ErrorOccurred)
Trace(EmailCloseSession("s"))
"""
SMTP_FR = """EmailChangeTimeOut(20)
Trace(EmailOuvreSessionSMTP("s", "127.0.0.1", {port}))
Trace(EmailFermeSession("s"), ErreurDétectée)
Trace(EmailFermeSession("s"))
"""
FTP_EN = """n is int = FTPConnect("127.0.0.1", "ann", "pw", {port}, True, 20)
Trace(n)
Trace(FTPDisconnect(n), ErrorOccurred)
Trace(FTPCurrentDir(n), ErrorOccurred)
"""
FTP_FR = """n est un entier = FTPConnecte("127.0.0.1", "ann", "pw", {port}, Vrai, 20)
Trace(n)
Trace(FTPDéconnecte(n), ErreurDétectée)
Trace(FTPRepEnCours(n), ErreurDétectée)
"""


@pytest.mark.parametrize("code, expected", [
    (SMTP_EN, ["1", "1, 0", "1"]), (SMTP_FR, ["1", "1, 0", "1"]),
    (FTP_EN, ["0", "1, 0", ", 1"]), (FTP_FR, ["0", "1, 0", ", 1"]),
], ids=["smtp-en", "smtp-fr", "ftp-en", "ftp-fr"])
def test_the_scripts_goodbye_waits_a_second_for_a_silent_server(code: str,
                                                                expected: list[str]) -> None:
    """The call returns True, the session is closed (closing again does nothing; the FTP
    number is no longer valid), and the server saw QUIT then the client hang up."""
    said: list[str] = []
    server = RawServer(silent_after_quit(said))
    out, err = io.StringIO(), io.StringIO()
    began = time.monotonic()
    try:
        run_source(code.replace("{port}", str(server.port)), "bye.wl", stdout=out,
                   stderr=err)
        took = time.monotonic() - began
    finally:
        server.close()
    assert out.getvalue().splitlines() == expected
    assert err.getvalue() == ""
    assert heard(said, 2) == ["QUIT", "gone"]
    assert took < 15  # the timeout is 20 s


def _reading_silent_at_the_end(said: list[str], protocol: str):
    """A POP3 or IMAP server with an empty mailbox, answering every command but QUIT and
    LOGOUT, after which it says nothing until the client hangs up."""
    pop3 = {b"STAT": b"+OK 0 0\r\n", b"CAPA": b"+OK\r\nUSER\r\n.\r\n", b"LIST": b"+OK\r\n.\r\n",
            b"UIDL": b"+OK\r\n.\r\n"}
    imap = {b"CAPABILITY": b"* CAPABILITY IMAP4rev1\r\n", b"SELECT": b"* 0 EXISTS\r\n"}

    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"+OK ready\r\n" if protocol == "POP3" else b"* OK IMAP4rev1 ready\r\n")
        while (line := read_command(conn, stop)):
            words = (line.split() + [b"", b""])[:2]
            verb = (words[0] if protocol == "POP3" else words[1]).upper()
            if verb in (b"QUIT", b"LOGOUT"):
                return until_gone(conn, said, verb.decode())
            conn.sendall(pop3.get(verb, b"+OK\r\n") if protocol == "POP3"
                         else imap.get(verb, b"") + words[0] + b" OK done\r\n")
    return script


READ_EN = """EmailSetTimeOut(20)
Trace(EmailStart{protocol}Session("u", "p", "127.0.0.1", {port}))
Trace(EmailCloseSession("u"), ErrorOccurred)
Trace(EmailCloseSession("u"))
"""
READ_FR = """EmailChangeTimeOut(20)
Trace(EmailOuvreSession{protocol}("u", "p", "127.0.0.1", {port}))
Trace(EmailFermeSession("u"), ErreurDétectée)
Trace(EmailFermeSession("u"))
"""


@pytest.mark.parametrize("protocol", ["POP3", "IMAP"])
@pytest.mark.parametrize("code", [READ_EN, READ_FR], ids=["en", "fr"])
def test_a_reading_session_that_deleted_nothing_waits_a_second(code: str,
                                                               protocol: str) -> None:
    """Nothing deleted, so QUIT's (LOGOUT's) answer changes nothing: the call returns
    True within a second of its goodbye, the session closed; under the step's deadline
    it waited the timeout, then returned False ("no answer from the server in time")."""
    said: list[str] = []
    server = RawServer(_reading_silent_at_the_end(said, protocol))
    out, err = io.StringIO(), io.StringIO()
    began = time.monotonic()
    try:
        run_source(code.format(protocol=protocol, port=server.port), "bye.wl", stdout=out,
                   stderr=err)
        took = time.monotonic() - began
    finally:
        server.close()
    assert out.getvalue().splitlines() == ["1", "1, 0", "1"]
    assert err.getvalue() == ""
    assert heard(said, 2) == ["QUIT" if protocol == "POP3" else "LOGOUT", "gone"]
    assert took < 15  # the timeout is 20 s
