"""SMTP sessions the script leaves open are closed at the end of the run (NET, 6 Dec 2026
evening): every queue first (an asynchronous session's messages all sent), then QUIT on
every connection, the answers awaited together, 1 s at most for all (wlinterp/goodbyes.py,
mail/transport.py `quit_all`). Each session said QUIT and waited for its answer under
EmailSetTimeOut's timeout (ten minutes by default), one after another. A loopback server
silent after QUIT; EN and FR; nothing timed: the order of what the server saw says it."""
from __future__ import annotations

import io
import socket
import threading

import pytest

from loopback import RawServer, heard, read_command, until_gone
from wlinterp.engine import run_source


def _silent_after_quit(said: list[str]):
    """A plain SMTP server that takes messages and says so, hears QUIT and never answers
    it, then says when the client hung up."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"220 raw.test ESMTP\r\n")
        while (line := read_command(conn, stop)):
            verb = line[:4].upper()
            if verb == b"QUIT":
                return until_gone(conn, said, "QUIT")
            if verb == b"DATA":
                conn.sendall(b"354 go\r\n")
                while (line := read_command(conn, stop)) and line != b".\r\n":
                    pass
                said.append("message")
                conn.sendall(b"250 queued\r\n")
                continue
            conn.sendall(b"250 ok\r\n")
    return script


EN = """EmailSetTimeOut(5)
Trace(EmailStartSMTPSession("s1", "127.0.0.1", {port}))
Trace(EmailStartSMTPSession("s2", "127.0.0.1", {port}))
Trace(EmailStartSMTPSession("a", "127.0.0.1", {port}, emailAsynchronous))
Email.Sender = "shop@example.test"
Email.Recipient[1] = "client@example.test"
Email.Subject = "Order"
Email.Message = "Thank you"
Trace(EmailSendMessage("a"))
"""
FR = """EmailChangeTimeOut(5)
Trace(EmailOuvreSessionSMTP("s1", "127.0.0.1", {port}))
Trace(EmailOuvreSessionSMTP("s2", "127.0.0.1", {port}))
Trace(EmailOuvreSessionSMTP("a", "127.0.0.1", {port}, emailAsynchrone))
Email.Expéditeur = "boutique@exemple.test"
Email.Destinataire[1] = "client@exemple.test"
Email.Sujet = "Commande"
Email.Message = "Merci"
Trace(EmailEnvoieMessage("a"))
"""


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_sessions_left_open_say_quit_together_once_their_queues_are_done(code: str) -> None:
    """The queued message goes first; then the three connections get QUIT, all three
    before any is closed (one after another, the second QUIT came only once the first
    connection had gone, 5 s later)."""
    said: list[str] = []
    server = RawServer(_silent_after_quit(said))
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(code.replace("{port}", str(server.port)), "left_open.wl", stdout=out,
                   stderr=err)
    finally:
        server.close()
    assert out.getvalue().splitlines() == ["1", "1", "1", "1"]
    assert err.getvalue() == ""
    assert heard(said, 7) == ["message"] + ["QUIT"] * 3 + ["gone"] * 3
