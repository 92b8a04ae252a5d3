"""IMAP answers cut in the middle of a line, and lines ended by a bare LF, against a raw
scripted server on 127.0.0.1. A line the server's close cut was said in imaplib's words,
"the conversation broke off: unterminated line: * OK IMAP4r"; it is now said as the other
cut answers are: "the server closed the connection in the middle of a line of its answer
('* OK IMAP4r' came, with no line end)". A server ending its lines with a bare LF (as
some do; RFC 9051 asks for CRLF) stopped the session with the same words; its lines are
now read, as POP3's and SMTP's readers read them (INFERRED). A cut answer that then stays
silent fails within EmailSetTimeOut; XOAUTH2 challenges that never end give the login up
at the third (they held the start until its overall limit); a continuation no command
awaits is said at once (it waited for the timeout). EN and FR (docs/email.md "Network leftovers and
misbehaving servers").
"""
from __future__ import annotations

import io
import socket
import threading

import pytest
from loopback import RawServer, Script, read_command

from wlinterp.engine import run_source

MESSAGE = b"From: a@example.test\r\nSubject: hi\r\n\r\nbody\r\n"
EN = """EmailSetTimeOut(1)
IF EmailStartIMAPSession("u", "p", "127.0.0.1", {port}) THEN
    Trace("read", EmailReadFirst("u"), ErrorOccurred, Email.Subject)
    Trace(ErrorInfo())
ELSE
    Trace("start 0", ErrorInfo())
END
"""
FR = """EmailChangeTimeOut(1)
SI EmailOuvreSessionIMAP("u", "p", "127.0.0.1", {port}) ALORS
    Trace("lecture", EmailLitPremier("u"), ErreurDétectée, Email.Sujet)
    Trace(ErreurInfo())
SINON
    Trace("ouverture 0", ErreurInfo())
FIN
"""


class Imap:
    """A minimal IMAP server: the answer of step `cut` ("greeting", "select", "index",
    "fetch") cut in its middle, then the connection closed (or left silent, `stall`);
    `bare_lf`: every line ended by LF alone (the message's own CRLF kept)."""

    def __init__(self, cut: str = "", stall: bool = False, bare_lf: bool = False) -> None:
        self.cut, self.stall, self.bare_lf = cut, stall, bare_lf

    def _send(self, conn: socket.socket, stop: threading.Event, data: bytes,
              step: str) -> bool:
        if self.bare_lf:
            data = data.replace(b"\r\n", b"\n").replace(MESSAGE.replace(b"\r\n", b"\n"),
                                                        MESSAGE)
        if step != self.cut:
            conn.sendall(data)
            return True
        conn.sendall(data[:len(data) // 2])
        if self.stall:
            stop.wait(5)
        return False

    def __call__(self, conn: socket.socket, stop: threading.Event) -> None:
        if not self._send(conn, stop, b"* OK IMAP4rev1 ready\r\n", "greeting"):
            return
        while line := read_command(conn, stop):
            tag, _, rest = line.partition(b" ")
            verb = rest.split(b" ")[0].strip().upper()
            answer, step = {
                b"CAPABILITY": (b"* CAPABILITY IMAP4rev1\r\n", "capability"),
                b"SELECT": (b"* 1 EXISTS\r\n* FLAGS (\\Seen)\r\n", "select"),
                b"LOGOUT": (b"* BYE bye\r\n", "logout"),
            }.get(verb, (b"", verb.decode()))
            if b"1:*" in rest:
                answer, step = (b"* 1 FETCH (UID 7 FLAGS () RFC822.SIZE %d)\r\n"
                                % len(MESSAGE), "index")
            elif verb == b"UID":
                answer, step = (b"* 1 FETCH (UID 7 BODY[] {%d}\r\n%s)\r\n"
                                % (len(MESSAGE), MESSAGE), "fetch")
            if not self._send(conn, stop, answer + tag + b" OK done\r\n", step) \
                    or verb == b"LOGOUT":
                return


def _run(script: str, server: Script) -> list[str]:
    raw = RawServer(server)
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(script.format(port=raw.port), "cut.wl", stdout=out, stderr=err,
                   options={"allow_cleartext_auth": True})
    finally:
        raw.close()
    assert "Traceback" not in out.getvalue() + err.getvalue()
    return out.getvalue().splitlines()


@pytest.mark.parametrize("script", [EN, FR], ids=["EN", "FR"])
@pytest.mark.parametrize("cut, step, came", [
    ("greeting", "connection", "* OK IMAP4r"),
    ("select", "opening the folder 'INBOX' (SELECT)", "* FLAGS (\\"),
    ("index", "opening the folder 'INBOX' (SELECT)", "* 1 FETCH (UID 7 FLAGS () RFC"),
])
def test_a_line_cut_by_a_close_is_said_in_words(script: str, cut: str, step: str,
                                                came: str) -> None:
    lines = _run(script, Imap(cut))
    assert lines[0].split(",")[0] in ("start 0", "ouverture 0"), lines
    assert lines[0].endswith(f", {step}: the server closed the connection in the middle of "
                             f"a line of its answer ('{came}' came, with no line end)."), lines
    assert "unterminated" not in lines[0], lines


@pytest.mark.parametrize("script", [EN, FR], ids=["EN", "FR"])
def test_lines_ended_by_a_bare_lf_are_read(script: str) -> None:
    lines = _run(script, Imap(bare_lf=True))
    assert lines[0].split(", ")[1:] == ["1", "0", "hi"], lines


def test_a_literal_cut_then_silent_fails_within_the_timeout() -> None:
    lines = _run(EN, Imap("fetch", stall=True))
    assert lines[0] == "read, 0, 1, ", lines
    assert lines[1].endswith(", reading message 1 (FETCH BODY[]): no answer from the server "
                             "within 1 s (see EmailSetTimeOut)."), lines


def endless_challenges(conn: socket.socket, stop: threading.Event) -> None:
    """AUTHENTICATE answered by `+ ` challenges for as long as the client answers them."""
    conn.sendall(b"* OK IMAP4rev1 ready\r\n")
    while line := read_command(conn, stop):
        tag, _, rest = line.partition(b" ")
        if rest.upper().startswith(b"CAPABILITY"):
            conn.sendall(b"* CAPABILITY IMAP4rev1 AUTH=XOAUTH2\r\n" + tag + b" OK done\r\n")
            continue
        if rest.upper().startswith(b"AUTHENTICATE"):
            conn.sendall(b"+ \r\n")
            while read_command(conn, stop):  # each answer asked again
                conn.sendall(b"+ \r\n")
        return


TOKEN_EN = """EmailSetTimeOut(5)
s is emailIMAPSession
s.ServerAddress = "127.0.0.1"
s.Port = {port}
s.Name = "u"
s.AuthToken = "ya29.a0-example-access-value"
Trace(EmailStartSession(s), ErrorInfo(errMessage))
"""
TOKEN_FR = """EmailChangeTimeOut(5)
s est un emailSessionIMAP
s.AdresseServeur = "127.0.0.1"
s.Port = {port}
s.Nom = "u"
s.AuthToken = "ya29.a0-example-access-value"
Trace(EmailOuvreSession(s), ErreurInfo(errMessage))
"""


@pytest.mark.parametrize("script", [TOKEN_EN, TOKEN_FR], ids=["EN", "FR"])
def test_xoauth2_challenges_that_never_end_give_the_login_up_at_once(script: str) -> None:
    """imaplib answered each `+` with an empty line for as long as the server asked: the
    start ended only at its overall limit (three times EmailSetTimeOut)."""
    raw = RawServer(endless_challenges)
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(script.format(port=raw.port), "oauth.wl", stdout=out, stderr=err,
                   options={"allow_cleartext_auth": True})
    finally:
        raw.close()
    said = out.getvalue()
    assert said.startswith("0, IMAP server 127.0.0.1:"), said
    assert said.endswith(", login (AUTHENTICATE XOAUTH2): the server asked for more after "
                         "the refusal of the token was answered (a third AUTHENTICATE "
                         "challenge), so the login was given up.\n"), said
    assert "within its overall limit" not in said and "Traceback" not in err.getvalue()



def plus_for_login(conn: socket.socket, stop: threading.Event) -> None:
    """LOGIN (sent whole: no literal) answered by a continuation, then nothing."""
    conn.sendall(b"* OK IMAP4rev1 ready\r\n")
    while line := read_command(conn, stop):
        tag, _, rest = line.partition(b" ")
        if rest.upper().startswith(b"CAPABILITY"):
            conn.sendall(b"* CAPABILITY IMAP4rev1\r\n" + tag + b" OK done\r\n")
        else:
            conn.sendall(b"+ go on\r\n")


@pytest.mark.parametrize("script", [EN, FR], ids=["EN", "FR"])
def test_a_continuation_no_command_awaits_is_said_at_once(script: str) -> None:
    """imaplib read on, waiting for LOGIN's tagged answer, until EmailSetTimeOut: said as
    "no answer from the server within 1 s" though the server had answered."""
    lines = _run(script, plus_for_login)
    assert lines[0].endswith(", login (LOGIN): the server asked for more where the command "
                             "was whole ('+ go on')."), lines
