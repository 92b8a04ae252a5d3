"""Misbehaving POP3 and IMAP servers, a bounded campaign on 127.0.0.1 (the readers' half
of the SMTP fault matrix, tests/hardening/test_smtp_fault_matrix.py): a scripted server
answers normally but at one step, where it refuses (-ERR, NO), hangs up, sends garbage,
cuts its answer's line (no line end, then a close), sends a line past the bounds, or
stays silent past the timeout. A WLanguage script starts a session, reads, deletes and
closes, and prints what it sees. Every case: the script is told (ErrorOccurred, and
ErrorInfo naming the server and the step), no traceback, no wait beyond the timeout's
bounds, and a deletion is never reported done when the server may have kept the message.
"""
from __future__ import annotations

import io
import socket
import threading
import time

import pytest
from imap_server import ImapMailbox, _Conversation, _words
from loopback import RawServer, read_command
from mail_helpers import PASSWORD, USER

from wlinterp.engine import run_source

MESSAGE = b"From: bob@example.test\r\nSubject: Hello\r\n\r\nbody line\r\n"
TIMEOUT = 0.5
"""The script's EmailSetTimeOut, in seconds: a silent server costs it once per case (17
cases: it was 1 s). The server is a thread of this process answering on loopback, so a
step that is not the silent one is answered in milliseconds, far inside it."""
SCRIPT = """EmailSetTimeOut({timeout})
IF EmailStart{protocol}Session("{user}", "{password}", "127.0.0.1", {port}) THEN
    bRead is boolean = EmailReadFirst("{user}")
    Trace("read " + bRead + " " + ErrorOccurred + " [" + Email.Subject + "]")
    Trace(ErrorInfo())
    IF bRead THEN
        Trace("delete " + EmailDeleteMessage("{user}") + " " + ErrorOccurred)
        Trace(ErrorInfo())
    END
    Trace("close " + EmailCloseSession("{user}") + " " + ErrorOccurred)
    Trace(ErrorInfo())
ELSE
    Trace("start 0 " + ErrorOccurred)
    Trace(ErrorInfo())
END
"""
FAULTS = ["refuse", "close", "garbage", "cut", "long", "silent"]
GARBAGE = b"HELLO? this is no mail server"


def _run(protocol: str, port: int) -> list[str]:
    """The script against 127.0.0.1:`port`: its traced lines (no traceback anywhere), in
    the time its timeout allows (three waits at most: the step, its overall limit and the
    goodbye) and some seconds of a loaded machine."""
    out, err = io.StringIO(), io.StringIO()
    began = time.monotonic()
    run_source(SCRIPT.format(timeout=TIMEOUT, protocol=protocol, user=USER,
                             password=PASSWORD, port=port), "reader.wl", stdout=out, stderr=err)
    assert time.monotonic() - began < 4 * TIMEOUT + 10
    assert "Traceback" not in out.getvalue() + err.getvalue(), err.getvalue()
    return out.getvalue().splitlines()


def _fault(conn: socket.socket, stop: threading.Event, fault: str, tag: bytes,
           normal: bytes) -> bool:
    """Misbehave instead of sending `normal` (the answer's lines, each with CRLF);
    False when the conversation is to end."""
    if fault == "refuse":
        conn.sendall(tag + b" injected refusal\r\n")
        return True
    if fault == "garbage":
        conn.sendall(GARBAGE + b"\r\n")
        return True
    if fault == "cut":  # the answer's first line without its end, then a close
        conn.sendall(normal.split(b"\r\n")[0][:-1])
    elif fault == "long":
        conn.sendall(normal[:3] + b"x" * 300_000 + b"\r\n")
        return True
    elif fault == "silent":  # until the client gives up (or the test's end)
        ends = time.monotonic() + 30
        conn.settimeout(0.1)
        while not stop.is_set() and time.monotonic() < ends:
            try:
                if not conn.recv(100):
                    break
            except TimeoutError:
                continue
    return False


# ---------------------------------------------------------------- POP3

POP3_ANSWERS = {
    "USER": [b"+OK"], "PASS": [b"+OK logged in"],
    "LIST": [b"+OK 1 message", b"1 %d" % len(MESSAGE), b"."],
    "UIDL": [b"+OK", b"1 uid-1", b"."],
    "RETR": [b"+OK"] + MESSAGE.rstrip(b"\r\n").split(b"\r\n") + [b"."],
    "DELE": [b"+OK deleted"], "QUIT": [b"+OK bye"],
}
POP3_STEPS = ["greeting", "USER", "PASS", "LIST", "UIDL", "RETR", "DELE", "QUIT"]
POP3_WORDS = {"greeting": "connection", "USER": "login (USER/PASS)",
              "PASS": "login (USER/PASS)", "LIST": "listing the messages (LIST, UIDL)",
              "UIDL": "listing the messages (LIST, UIDL)",
              "RETR": "reading message 1 (RETR)", "DELE": "deleting message 1 (DELE)",
              "QUIT": "closing the session (QUIT)"}


class Pop3Script:
    """A POP3 server for one message, misbehaving with `fault` at `step`."""

    def __init__(self, step: str, fault: str) -> None:
        self.step, self.fault, self.verbs = step, fault, []

    def __call__(self, conn: socket.socket, stop: threading.Event) -> None:
        if not self._answer(conn, stop, "greeting", [b"+OK ready"]):
            return
        while (line := read_command(conn, stop)):
            verb = line.split(b" ")[0].strip().upper().decode("ascii", "replace")
            self.verbs.append(verb)
            if not self._answer(conn, stop, verb, POP3_ANSWERS.get(verb, [b"-ERR unknown"])) \
                    or verb == "QUIT":
                return

    def _answer(self, conn: socket.socket, stop: threading.Event, verb: str,
                lines: list[bytes]) -> bool:
        normal = b"".join(line + b"\r\n" for line in lines)
        if verb != self.step:
            conn.sendall(normal)
            return True
        return _fault(conn, stop, self.fault, b"-ERR", normal)


def _pop3_outcome(lines: list[str], step: str, fault: str) -> None:
    """What the script must have seen: the failed function False with ErrorOccurred, its
    ErrorInfo naming the server and the step; the functions before it True."""
    said = "POP3 server 127.0.0.1:"
    if step in ("greeting", "USER", "PASS", "LIST", "UIDL"):
        if step == "UIDL" and fault == "refuse":  # UIDL is optional (RFC 1939): read on
            assert lines[0] == "read 1 0 [Hello]", lines
            return
        assert lines[0] == "start 0 1", lines  # a start that cannot go on says so
        info = lines[1]
    elif step == "RETR":
        assert lines[0] == "read 0 1 []" and lines[2] == "close 1 0", lines
        info = lines[1]
    else:
        assert lines[0] == "read 1 0 [Hello]", lines
        if step == "DELE":  # not deleted, and not said to be
            assert lines[2] == "delete 0 1" and lines[4] == "close 1 0", lines
            info = lines[3]
        else:  # QUIT: the deletion is committed by QUIT's answer, which never came
            assert lines[2] == "delete 1 0" and lines[4] == "close 0 1", lines
            info = lines[5]
            assert "the 1 message(s) deleted in this session may not have been removed" \
                   in info, info
    assert info.startswith(said) and POP3_WORDS[step] in info, (step, info)
    _words_of(fault, info)


def _words_of(fault: str, info: str) -> None:
    """ErrorInfo says what the server did, in words (the server's own text quoted)."""
    expected = {"refuse": "injected refusal", "close": "the server closed the connection",
                "garbage": GARBAGE.decode(), "cut": "the server closed the connection",
                "long": "longer than", "silent": f"within {TIMEOUT:g} s"}[fault]
    assert expected in info, (fault, info)


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("step", POP3_STEPS)
def test_a_pop3_server_misbehaving_at_each_step(step, fault):
    script = Pop3Script(step, fault)
    server = RawServer(script)
    try:
        lines = _run("POP3", server.port)
    finally:
        server.close()
    _pop3_outcome(lines, step, fault)


def test_a_dele_answer_cut_short_is_no_deletion():
    """`+OK dele` then a close: poplib read it as a whole +OK, so EmailDeleteMessage said
    True; the message stays on the server (no QUIT), and the script is told."""
    script = Pop3Script("DELE", "cut")
    server = RawServer(script)
    try:
        lines = _run("POP3", server.port)
    finally:
        server.close()
    said = (f"POP3 server 127.0.0.1:{server.port}, deleting message 1 (DELE): the server "
            "closed the connection after 10 bytes of its answer.")
    assert lines[2:4] == ["delete 0 1", said], lines
    assert "QUIT" not in script.verbs


# ---------------------------------------------------------------- IMAP

IMAP_STEPS = ["greeting", "CAPABILITY", "LOGIN", "SELECT", "UID FETCH", "UID STORE", "CLOSE",
              "LOGOUT"]
IMAP_WORDS = {"greeting": "connection", "CAPABILITY": "connection", "LOGIN": "login (LOGIN)",
              "SELECT": "(SELECT)", "UID FETCH": "(SELECT)",
              "UID STORE": "deleting message 1 (STORE \\Deleted)",
              "CLOSE": "(CLOSE"}


def _imap_box(step: str, fault: str) -> ImapMailbox:
    """A one-message IMAP test server (imap_server.py) misbehaving at `step`."""

    class Misbehaving(_Conversation):
        def run(self) -> None:
            if step == "greeting":
                _fault(self.conn, self.stop, fault, b"* NO", b"* OK ready\r\n")
                return
            self.send("* OK test IMAP server ready")
            while (raw := read_command(self.conn, self.stop)):
                tag, _, rest = raw.decode("utf-8", "replace").rstrip("\r\n").partition(" ")
                words = _words(rest)
                verb = words[0].upper() if words else ""
                if verb == "UID" and len(words) > 1:
                    verb += " " + words[1].upper()
                self.box.commands.append(verb)
                if verb == step:
                    if not _fault(self.conn, self.stop, fault, tag.encode() + b" NO",
                                  tag.encode() + b" OK done\r\n"):
                        return
                elif verb == "LOGOUT":
                    self.send("* BYE")
                    self.send(f"{tag} OK LOGOUT done")
                    return
                else:
                    self.answer(tag, words[0].upper(), words[1:])

    box = ImapMailbox.with_inbox(MESSAGE)
    box.conversation = Misbehaving
    return box


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("step", IMAP_STEPS)
def test_an_imap_server_misbehaving_at_each_step(step, fault):
    box = _imap_box(step, fault).start()
    try:
        lines = _run("IMAP", box.port)
    finally:
        box.close()
    if step == "LOGOUT":  # CLOSE answered OK: the message is gone, and never said to stay
        assert lines[:4] == ["read 1 0 [Hello]", "", "delete 1 0", ""], lines
        assert box.folders["INBOX"] == [] and "may not have been removed" not in lines[5]
        if fault != "refuse":  # (a NO to LOGOUT is imaplib's answer like any other)
            assert lines[4] == "close 0 1" and "(CLOSE, LOGOUT)" in lines[5], lines
        return
    if step in ("greeting", "CAPABILITY", "LOGIN", "SELECT", "UID FETCH"):
        assert lines[0] == "start 0 1", lines
        info = lines[1]
    elif step == "UID STORE":
        assert lines[2] == "delete 0 1" and lines[4] == "close 1 0", lines
        info = lines[3]
    else:  # CLOSE: the deleted message may still be there, and the script is told
        assert lines[2] == "delete 1 0" and lines[4] == "close 0 1", lines
        info = lines[5]
        assert "the 1 message(s) deleted in this session may not have been removed" in info
    assert info.startswith("IMAP server 127.0.0.1:") and IMAP_WORDS[step] in info, \
        (step, info)
    if (step, fault) == ("CAPABILITY", "refuse"):  # imaplib's complaint, in words (it was
        # quoted as the server's reply: "the server replied server not IMAP4 compliant")
        assert "the server's CAPABILITY answer does not name IMAP4rev1" in info, info
        assert "replied" not in info, info
    else:
        _imap_words_of(fault, info)


def _imap_words_of(fault: str, info: str) -> None:
    """As _words_of, in imaplib's cases' words: a line of 300 KB (within imaplib's bound)
    is quoted shortened, its length said."""
    expected = {"refuse": "injected refusal", "close": "closed the connection",
                "garbage": GARBAGE.decode(), "cut": "",
                "long": "characters in all", "silent": f"within {TIMEOUT:g} s"}[fault]
    assert expected in info and len(info) < 1000, (fault, info)
