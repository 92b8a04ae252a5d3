"""A message the server refused, said sent: DATA answered `354`, then `250 queued` in a
write of its own (the stray, after the client's check before the data), then the final
dot answered `554`. The client read the stray 250 as the dot's acceptance: EmailSendMessage
True, EmailCloseSession True with ErrorInfo empty, EmailStatus emailSent, and the 554 was
dropped at QUIT (docs/email.md, "A refusal read where QUIT's answer was due"). The server
answers in order, so the 554 is read where QUIT's 221 was due: the message's status is now
an error that "may or may not have been delivered", and EmailCloseSession says it (False,
ErrorInfo, stderr). A 2xx or a 421 there leaves the message sent. English and French
scripts, synchronous and asynchronous sessions, against a scripted server on 127.0.0.1.
"""
from __future__ import annotations

import io
import socket
import time
from dataclasses import dataclass

import pytest
from loopback import RawServer
from scripted_smtp import Server, run

from wlinterp.engine import run_source

DOUBT = ("SMTP server 127.0.0.1:{port}, end of data: the "
         "server answered 250 to it, then sent '554 5.7.1 rejected' when no command was "
         "waiting for a reply")

SCRIPT_FR = """EmailChangeTimeOut(20)
SI EmailOuvreSessionSMTP("u", "127.0.0.1", {port}, {asynchronous}) ALORS
    Email.Expediteur = "a@example.test"
    Email.Destinataire[1] = "b@example.test"
    Email.Sujet = "s"
    Email.Message = "m"
    Trace("envoi", EmailEnvoieMessage("u"))
    Trace("fermeture", EmailFermeSession("u"))
    Trace(ErreurInfo())
    Trace("etat", EmailEtat(Email.IdentifiantMail))
    Trace(ErreurInfo())
FIN
"""


@dataclass
class LateStray(Server):
    """354 for DATA, then `250 queued` `delay` seconds later in a write of its own, then
    the dot's reply (554 unless `replies` says otherwise): the stray 250 comes after the
    client's check before the data."""

    delay: float = 0.0

    def _answer(self, conn: socket.socket, verb: bytes, normal: bytes) -> bool:
        goes_on = super()._answer(conn, verb, normal)
        if verb == b"DATA":
            if self.delay:
                time.sleep(self.delay)
            else:  # no pause, yet after the check: as soon as the data begins to come (the
                # two writes back to back raced the check once the server's replies were
                # no longer held back by Nagle's algorithm, tests/loopback.py)
                conn.settimeout(5)
                conn.recv(1, socket.MSG_PEEK)
            conn.sendall(b"250 2.0.0 queued as 1\r\n")
        return goes_on


def late_stray(delay: float, after_dot: bytes = b"554 5.7.1 rejected\r\n") -> LateStray:
    return LateStray({b".": after_dot}, delay=delay)


@pytest.mark.parametrize("delay", [0, 0.05])
@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_refusal_after_a_stray_acceptance_is_not_sent(delay, asynchronous):
    """The 554 read where QUIT's 221 was due: the message is in doubt, never emailSent,
    and the close says so."""
    server = late_stray(delay)
    lines, err = run(server, asynchronous)
    assert len(server.received) == 1 and lines[-1] == "status, 3", lines
    if lines[0] == "send, 0":  # the 554 had come right behind the stray 250 when that was
        assert not asynchronous  # read (replies.reply_in_step): said by the send itself
        said = lines[1]
        assert said.startswith("SMTP server 127.0.0.1:") and "end of data: " in said, lines
        assert "the 250 may have answered an earlier command" in said, lines
    else:  # it came later: read where QUIT's 221 was due
        close = lines.index("close, 0")
        said = lines[close + 1]
        assert "message(s) of the e-mail session 'u' failed" in said, lines
        assert ("queued message(s)" in said) is asynchronous, lines
        assert "may or may not have been delivered" in said, lines
        assert "'554 5.7.1 rejected'" in err, err
    assert "when no command was waiting for a reply" in said, lines
    assert "Traceback" not in err, err


@pytest.mark.parametrize("asynchronous", [False, True])
def test_french_script_is_told_the_same(asynchronous):
    """The same server, the script in French: EmailFermeSession Faux with ErreurInfo,
    EmailEtat emailErreur (3) with the reason."""
    server = late_stray(0.05)
    raw = RawServer(server)
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(SCRIPT_FR.format(port=raw.port, asynchronous="Vrai" if asynchronous
                                    else "Faux"), "fr.wl", stdout=out, stderr=err)
    finally:
        raw.close()
    lines = out.getvalue().splitlines()
    if lines[0] == "envoi, 0":  # (the 554 right behind the stray 250: said by the send)
        assert not asynchronous and lines[1:3] == ["fermeture, 1", ""], lines
    else:
        assert lines[0] == "envoi, 1" and lines[1] == "fermeture, 0", lines
        assert ("may or may not have been delivered: " + DOUBT.format(port=raw.port)) \
            in lines[2], lines
    assert lines[-2] == "etat, 3" and DOUBT.format(port=raw.port) in lines[-1], lines
    assert len(server.received) == 1 and "Traceback" not in err.getvalue()


@pytest.mark.parametrize("after_dot", [b"250 2.0.0 ok\r\n", b"421 4.3.2 bye\r\n"])
def test_an_acceptance_or_a_closing_there_leaves_the_message_sent(after_dot):
    """A 250 read where QUIT's answer was due: whichever 250 answered the dot, both were
    acceptances. A 421 is the server closing (RFC 5321, 3.8), nothing about the message."""
    lines, err = run(late_stray(0.05, after_dot))
    assert lines[0] == "send, 1" and lines[2] == "close, 1" and lines[-1] == "status, 1", lines
    assert "Email:" not in err, err


def test_a_quit_answered_in_step_leaves_the_message_sent():
    """An ordinary server: QUIT's own 221 is read, nothing changes."""
    server = Server()
    lines, err = run(server)
    assert len(server.received) == 1 and lines[-1] == "status, 1", lines
    assert lines[2] == "close, 1" and lines[3] == "" and "Email:" not in err, (lines, err)


def test_an_empty_line_sent_unasked_is_said_to_be_one():
    """`250 ok` then an empty line after MAIL FROM: the message quoted `''`."""
    lines, _ = run(Server({b"MAIL": b"250 ok\r\n\r\n"}))
    assert lines[0] == "send, 0", lines
    assert "the server sent an empty line when no command was waiting" in lines[1], lines
