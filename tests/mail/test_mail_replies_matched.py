"""SMTP replies matched to their commands: a server that sends a second reply where one was
due (a late `554` after its greeting or EHLO's answer, a refusal of the last message held
until the next MAIL FROM) made the client take one for the command's own, and every later
reply was shifted by one. A reply with another already behind it now fails the step, both
quoted (mail/replies.py reply_in_step): the script is told which step met it. A refusal of
EHLO is named in HELO's step when HELO then fails (the server hanging up hid the 554).
Scripted servers on 127.0.0.1, EN and FR scripts (docs/email.md "Network leftovers and
misbehaving servers").
"""
from __future__ import annotations

import io
import socket
import ssl
import threading
from dataclasses import dataclass

import pytest
from loopback import RawServer, read_command
from scripted_smtp import Server, run

from wlinterp.engine import run_source

SCRIPT_FR = """EmailChangeTimeOut(5)
SI EmailOuvreSessionSMTP("u", "127.0.0.1", {port}) ALORS
    Email.Expediteur = "a@example.test"
    Email.Destinataire[1] = "b@example.test"
    Email.Sujet = "s"
    Email.Message = "m"
    Trace("envoi1", EmailEnvoieMessage("u"), ErreurInfo())
    id1 est une chaîne = Email.IdentifiantMail
    Trace("envoi2", EmailEnvoieMessage("u"), ErreurInfo())
    Trace("fermeture", EmailFermeSession("u"), ErreurInfo())
    Trace("etat1", EmailEtat(id1))
SINON
    Trace("ouverture 0", ErreurInfo())
FIN
"""
SCRIPT_EN = """EmailSetTimeOut(5)
IF EmailStartSMTPSession("u", "127.0.0.1", {port}) THEN
    Email.Sender = "a@example.test"
    Email.Recipient[1] = "b@example.test"
    Email.Subject = "s"
    Email.Message = "m"
    Trace("send1", EmailSendMessage("u"), ErrorInfo())
    id1 is string = Email.MailIdentifier
    Trace("send2", EmailSendMessage("u"), ErrorInfo())
    Trace("close", EmailCloseSession("u"), ErrorInfo())
    Trace("status1", EmailStatus(id1))
ELSE
    Trace("start 0", ErrorInfo())
END
"""
UNASKED = ("when no command was waiting for a reply: its replies no longer answer the "
           "commands, so the connection was closed")


def behind(first: str, second: str) -> str:
    """The words of `second` found right behind the reply `first`."""
    return f"the server sent '{second}' {UNASKED} (it came right behind the reply '{first}')."


@pytest.mark.parametrize("replies, step, first, second", [
    ({b"GREET": b"220 hi\r\n554 5.7.1 go away\r\n"}, "waiting for the server greeting",
     "220 hi", "554 5.7.1 go away"),
    ({b"EHLO": b"250-raw.test\r\n250 8BITMIME\r\n554 5.7.1 late refusal\r\n"}, "EHLO",
     "250 8BITMIME", "554 5.7.1 late refusal"),
], ids=["greeting", "EHLO"])
def test_a_554_right_behind_a_reply_fails_the_start_at_that_step(replies, step, first,
                                                                 second) -> None:
    lines, _err = run(Server(replies=replies), timeout="5")
    assert lines[0] == "start 0", lines
    assert lines[1].endswith(f", {step}: {behind(first, second)}"), lines


def test_a_second_reply_to_rcpt_fails_the_message_in_words() -> None:
    server = Server(replies={b"RCPT": b"250 ok\r\n554 5.7.1 late\r\n"})
    lines, _err = run(server, timeout="5")
    assert lines[0] == "send, 0", lines
    assert lines[1].endswith(", RCPT TO: " + behind("250 ok", "554 5.7.1 late")), lines
    assert lines[-1] == "status, 3" and server.received == [], lines


def test_a_refusal_of_ehlo_is_named_when_the_server_then_hangs_up() -> None:
    server = Server(replies={b"EHLO": b"554 5.7.1 no service\r\n"},
                    hang_up_after=frozenset({b"EHLO"}))
    lines, _err = run(server, timeout="5")
    assert lines[0] == "start 0", lines
    assert lines[1].endswith(", HELO, EHLO having been answered 554 5.7.1 no service: the "
                             "server closed the connection."), lines


def test_a_refusal_of_ehlo_and_of_helo_quotes_both() -> None:
    server = Server(replies={b"EHLO": b"554 5.7.1 no service\r\n",
                             b"HELO": b"501 5.5.4 bad name\r\n"})
    lines, _err = run(server, timeout="5")
    assert lines[1].endswith(", EHLO/HELO (EHLO answered 554 5.7.1 no service): the server "
                             "replied 501 5.5.4 bad name."), lines


@dataclass
class HeldRefusal(Server):
    """The first message: DATA answered 354, then a stray `250 queued` as its data comes;
    the final dot's real answer, `554 rejected`, held until the next MAIL FROM, and sent
    with that MAIL FROM's own 250 in one write. Well-behaved afterwards."""

    held: bool = False
    said: bool = False

    def _answer(self, conn: socket.socket, verb: bytes, normal: bytes) -> bool:
        if verb == b"DATA" and not self.held:
            conn.sendall(b"354 go\r\n")
            conn.settimeout(5)
            conn.recv(1, socket.MSG_PEEK)  # (after the client's check before the data)
            conn.sendall(b"250 queued\r\n")
            return True
        if verb == b"." and not self.held:
            self.held = True
            return True
        if verb == b"MAIL" and self.held and not self.said:
            self.said = True
            conn.sendall(b"554 5.7.1 rejected\r\n250 ok\r\n")
            return True
        return super()._answer(conn, verb, normal)


@pytest.mark.parametrize("script", [SCRIPT_EN, SCRIPT_FR], ids=["EN", "FR"])
def test_a_refusal_held_until_the_next_mail_from_is_the_last_messages(script: str) -> None:
    """It was read as MAIL FROM's reply: the second message said refused (554), the first
    said sent. Now the first is in doubt (EmailStatus emailError, said at the close) and the
    second goes on a new connection (nothing of it had been sent)."""
    server = HeldRefusal()
    raw = RawServer(server)
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(script.format(port=raw.port), "held.wl", stdout=out, stderr=err)
    finally:
        raw.close()
    lines = out.getvalue().splitlines()
    assert lines[0].split(",")[1].strip() == "1", lines  # (its 250 was the stray one)
    assert lines[1].split(",")[1:] == [" 1", " "], lines
    assert lines[2].split(",")[1].strip() == "0", lines
    assert "may or may not have been delivered" in lines[2], lines
    assert "then sent '554 5.7.1 rejected' when no command was waiting" in lines[2], lines
    assert lines[3].split(",")[1].strip() == "3", lines  # emailError
    assert raw.connections == 2 and len(server.received) == 2, lines


class StartTLSServer:
    """STARTTLS, then EHLO answered `after` on the encrypted connection (the second greeting
    RFC 3207 asks for), HELO then answered 250; `commands` what the client said over TLS."""

    def __init__(self, context: ssl.SSLContext, after: bytes) -> None:
        self.context, self.after = context, after
        self.commands: list[bytes] = []

    def __call__(self, conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"220 raw.test ESMTP\r\n")
        while (line := read_command(conn, stop)):
            if line.upper().startswith(b"STARTTLS"):
                conn.sendall(b"220 go ahead\r\n")
                conn.settimeout(5)
                with self.context.wrap_socket(conn, server_side=True) as tls:
                    self._encrypted(tls, stop)
                return
            conn.sendall(b"250-raw.test\r\n250 STARTTLS\r\n")

    def _encrypted(self, tls: socket.socket, stop: threading.Event) -> None:
        while (line := read_command(tls, stop)):
            verb = line[:4].upper()
            self.commands.append(verb)
            if verb == b"QUIT":
                tls.sendall(b"221 bye\r\n")
                return
            tls.sendall(self.after if verb == b"EHLO" else b"250 ok\r\n")


@pytest.mark.parametrize("after, words", [
    (b"250 raw.test\r\n554 5.7.1 late refusal\r\n",
     ", EHLO after STARTTLS: " + behind("250 raw.test", "554 5.7.1 late refusal")),
    (b"554 5.7.1 not you\r\n", None),
], ids=["second-reply", "refused"])
def test_ehlo_after_starttls(pki, after: bytes, words: str | None) -> None:
    server = StartTLSServer(pki.server_context(), after)
    raw = RawServer(server)
    out, err = io.StringIO(), io.StringIO()
    script = ('EmailSetTimeOut(5)\nTrace(EmailStartSMTPSession("u", "localhost", {port}, '
              'False, emailOptionSecuredTLS), ErrorInfo())\n')
    try:
        run_source(script.format(port=raw.port), "tls.wl", stdout=out, stderr=err,
                   options={"ca_file": pki.ca_file})
    finally:
        raw.close()
    said = out.getvalue()
    if words is None:  # refused, then HELO accepted: the session is open
        assert said.startswith("1, "), said
        assert server.commands[:2] == [b"EHLO", b"HELO"], server.commands
    else:
        assert said.startswith("0, SMTP server localhost:") and words in said, said
