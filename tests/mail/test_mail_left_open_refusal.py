"""A session the script never closes is closed by the run's end, which says QUIT with the
run's other goodbyes. Its replies went unread: a server that had answered the message's
end of data with a stray `250` and sent its real answer, `554`, where QUIT's 221 was due
had the message said sent, and nothing said. The first reply after that QUIT is now judged
as EmailCloseSession judges it: a refusal makes the last message "may or may not have been
delivered", said on stderr (`Email: message <id> ...`); a 221 says nothing. Synchronous
and asynchronous sessions, EN and FR scripts, a scripted server on 127.0.0.1
(docs/email.md "Network leftovers and misbehaving servers").
"""
from __future__ import annotations

import io
import socket
from dataclasses import dataclass

import pytest
from loopback import RawServer
from scripted_smtp import Server

from wlinterp.engine import run_source

EN = """EmailSetTimeOut(5)
IF EmailStartSMTPSession("u", "127.0.0.1", {port}, {asynchronous}) THEN
    Email.Sender = "a@example.test"
    Email.Recipient[1] = "b@example.test"
    Email.Subject = "s"
    Email.Message = "m"
    Trace("send", EmailSendMessage("u"), ErrorInfo())
END
"""
FR = """EmailChangeTimeOut(5)
SI EmailOuvreSessionSMTP("u", "127.0.0.1", {port}, {asynchronous}) ALORS
    Email.Expediteur = "a@example.test"
    Email.Destinataire[1] = "b@example.test"
    Email.Sujet = "s"
    Email.Message = "m"
    Trace("envoi", EmailEnvoieMessage("u"), ErreurInfo())
FIN
"""


@dataclass
class HeldToQuit(Server):
    """DATA answered 354, then a stray `250 queued` as the data comes in; the final dot's
    answer held until QUIT, then said before QUIT's own (`quit`)."""

    quit: bytes = b"554 5.7.1 rejected\r\n221 bye\r\n"

    def _answer(self, conn: socket.socket, verb: bytes, normal: bytes) -> bool:
        if verb == b"DATA":
            conn.sendall(b"354 go\r\n")
            conn.settimeout(5)
            conn.recv(1, socket.MSG_PEEK)  # (after the client's check before the data)
            conn.sendall(b"250 queued\r\n")
            return True
        if verb == b".":
            return True
        return super()._answer(conn, verb, normal)

    def __post_init__(self) -> None:
        self.replies[b"QUIT"] = self.quit


def _run(script: str, server: Server, asynchronous: str) -> tuple[str, str]:
    raw = RawServer(server)
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(script.format(port=raw.port, asynchronous=asynchronous), "open.wl",
                   stdout=out, stderr=err)
    finally:
        raw.close()
    assert "Traceback" not in out.getvalue() + err.getvalue()
    return out.getvalue(), err.getvalue()


@pytest.mark.parametrize("script, flags", [(EN, ("False", "True")), (FR, ("Faux", "Vrai"))],
                         ids=["EN", "FR"])
@pytest.mark.parametrize("asynchronous", [0, 1], ids=["sync", "async"])
def test_a_refusal_read_at_the_runs_quit_is_said(script: str, flags: tuple[str, str],
                                                 asynchronous: int) -> None:
    server = HeldToQuit()
    out, err = _run(script, server, flags[asynchronous])
    assert out.split(",")[1].strip() == "1", out  # (the stray 250 read as the dot's)
    assert len(server.received) == 1, out
    assert err.startswith("Email: message <"), err
    assert "(session 'u') may or may not have been delivered: SMTP server 127.0.0.1:" in err
    assert ", end of data: the server answered 250 to it, then sent '554 5.7.1 rejected' " \
           "when no command was waiting for a reply" in err, err


@pytest.mark.parametrize("quit", [b"221 bye\r\n", b"421 4.3.2 closing\r\n", b""],
                         ids=["221", "421", "silent"])
def test_an_answer_that_is_no_refusal_leaves_the_message_sent(quit: bytes) -> None:
    """QUIT's own 221, a 421 (the server closing, RFC 5321, 3.8), or nothing: sent, and
    nothing said."""
    out, err = _run(EN, HeldToQuit(quit=quit), "False")
    assert out.startswith("send, 1"), out
    assert "Email:" not in err, err
