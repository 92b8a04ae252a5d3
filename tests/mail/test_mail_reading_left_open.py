"""POP3 sessions the script leaves open are ended at the end of the run all at once, each
in a thread of its own under its step's deadline (wlinterp/mail/reading.py
`ReadState.shutdown`; NET, 6 Dec 2026 evening): one after another, n sessions to a server
silent after QUIT held the end of the run n deadlines. Their QUIT still counts (the
deleted messages go then), so each is still awaited, only together. A loopback server
silent after QUIT; EN and FR; nothing timed: the order of what the server saw says it."""
from __future__ import annotations

import socket
import threading

import pytest

from loopback import heard, read_command, traced_against, until_gone


def _silent_after_quit(said: list[str]):
    """A POP3 server with an empty mailbox that hears QUIT and never answers it."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"+OK ready\r\n")
        while (line := read_command(conn, stop)):
            verb = line[:4].upper()
            if verb == b"QUIT":
                return until_gone(conn, said, "QUIT")
            conn.sendall({b"CAPA": b"-ERR no\r\n", b"STAT": b"+OK 0 0\r\n",
                          b"LIST": b"+OK\r\n.\r\n", b"UIDL": b"+OK\r\n.\r\n"}
                         .get(verb, b"+OK\r\n"))
    return script


@pytest.mark.parametrize("code", [
    "EmailSetTimeOut(5)\n" + "".join(
        f'Trace(EmailStartPOP3Session("u{i}", "pw", "127.0.0.1", {{port}}))\n'
        for i in range(3)),
    "EmailChangeTimeOut(5)\n" + "".join(
        f'Trace(EmailOuvreSessionPOP3("u{i}", "pw", "127.0.0.1", {{port}}))\n'
        for i in range(3))], ids=["en", "fr"])
def test_sessions_left_open_end_together(code: str) -> None:
    """The three QUITs are sent before any connection is dropped (one after another, the
    second came only once the first had waited its 5 s and gone)."""
    said: list[str] = []
    assert traced_against(_silent_after_quit(said), code) == ["1", "1", "1"]
    assert heard(said, 6) == ["QUIT"] * 3 + ["gone"] * 3
