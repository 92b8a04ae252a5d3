"""POP3 sessions the script leaves open are ended at the end of the run all at once, each
in a thread of its own, 1 s at most for all (wlinterp/mail/read_state.py `ReadState.shutdown`;
NET, 6 Dec 2026 evening): one after another, n sessions to a server silent after QUIT held
the end of the run n deadlines. Their QUIT still counts (the deleted messages go then), so
a session that deleted messages and got no answer says so on stderr. A loopback server
silent after QUIT; EN and FR."""
from __future__ import annotations

import io
import socket
import threading
import time

import pytest

from loopback import RawServer, heard, read_command, traced_against, until_gone


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


def _pop3_one_message_silent_after_quit(said: list[str]):
    """A POP3 server holding one message that hears QUIT and never answers it."""
    message = b"+OK\r\nSubject: hello\r\n\r\nbody\r\n.\r\n"

    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"+OK ready\r\n")
        while (line := read_command(conn, stop)):
            verb, _, rest = line.strip().partition(b" ")
            verb = verb.upper()
            if verb == b"QUIT":
                return until_gone(conn, said, "QUIT")
            said.append(verb.decode())
            conn.sendall({b"CAPA": b"-ERR no\r\n", b"STAT": b"+OK 1 30\r\n",
                          b"LIST": b"+OK 1 30\r\n" if rest else b"+OK\r\n1 30\r\n.\r\n",
                          b"UIDL": b"+OK 1 a1\r\n" if rest else b"+OK\r\n1 a1\r\n.\r\n",
                          b"RETR": message, b"TOP": message}.get(verb, b"+OK\r\n"))
    return script


def _run_bounded(script, code: str) -> tuple[list[str], str, float]:
    """`code` run in process (in a thread, 30 s at most) against a RawServer running
    `script`: its traced lines, what it wrote to stderr, and how long it took."""
    from wlinterp.engine import run_source
    server = RawServer(script)
    out, err = io.StringIO(), io.StringIO()
    started = time.monotonic()
    runner = threading.Thread(target=run_source, daemon=True, args=(
        code.replace("{port}", str(server.port)), "t.wl"),
        kwargs={"stdout": out, "stderr": err})
    try:
        runner.start()
        runner.join(30)
        took = time.monotonic() - started
        assert not runner.is_alive(), "the end of the run still waits after 30 s"
    finally:
        server.close()
    return out.getvalue().splitlines(), err.getvalue(), took


@pytest.mark.parametrize("code", [
    'EmailStartPOP3Session("u", "pw", "127.0.0.1", {port})\nEmailReadFirst("u")\n'
    'Trace(Email.Subject)\nEmailDeleteMessage("u")\n'
    'EmailStartPOP3Session("v", "pw", "127.0.0.1", {port})\n',
    'EmailOuvreSessionPOP3("u", "pw", "127.0.0.1", {port})\nEmailLitPremier("u")\n'
    'Trace(Email.Sujet)\nEmailSupprimeMessage("u")\n'
    'EmailOuvreSessionPOP3("v", "pw", "127.0.0.1", {port})\n'], ids=["en", "fr"])
def test_a_silent_server_holds_the_end_of_the_run_a_second(code: str) -> None:
    """Two sessions left open, the default timeout (600 s): the end of the run waits
    1 s for both, then drops them; the session that deleted a message says it may not
    have been removed (the other, having deleted nothing, stays quiet)."""
    said: list[str] = []
    lines, err, took = _run_bounded(_pop3_one_message_silent_after_quit(said), code)
    assert lines == ["hello"]
    assert took < 5  # (the server itself hangs up after 10 s)
    assert err == ("Email: closing the session 'u' at the end of the run failed: the "
                   "server did not answer within 1 s, so the 1 message(s) deleted in this "
                   "session may not have been removed from the server\n")
    for _ in range(50):  # (the server's threads record what they hear a moment later)
        if said.count("QUIT") == 2:
            break
        threading.Event().wait(0.1)
    assert "DELE" in said and said.count("QUIT") == 2
