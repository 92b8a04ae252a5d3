"""The send path against servers that misbehave where the fault matrix
(tests/hardening/test_smtp_fault_matrix.py) does not look: a 1 MB reply line in the middle
of a transaction, binary bytes (NUL, 0xFF) for a greeting, a connection reset on QUIT, and
the same faults on an asynchronous session, whose failures come out at EmailCloseSession.
Each time: a WLanguage outcome in words naming the server and the step, no Python error,
no wait for the timeout, and the message sent or the script told (never silently lost)."""
from __future__ import annotations

import io
import socket
import threading

import pytest

from loopback import RawServer, read_command
from scripted_smtp import SCRIPT, Server, run
from wlinterp.engine import run_source

MEGABYTE_LINE = b"x" * (1 << 20)


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_megabyte_reply_line_to_the_second_rcpt(asynchronous):
    """Refused at once (the line is cut at 8 KB, not read whole), nothing sent, told."""
    server = Server({b"RCPT2": b"550 " + MEGABYTE_LINE + b"\r\n"})
    lines, err = run(server, asynchronous)
    why = "RCPT TO: the server sent a reply line longer than 8192 bytes; stopped reading."
    assert server.received == []
    assert lines[-1] == "status, 3", lines
    if asynchronous:  # queued (True), then reported by the close and on stderr
        assert lines[0] == "send, 1" and lines[2] == "close, 0" and why in lines[3], lines
        assert "was not sent: SMTP server 127.0.0.1:" in err and why in err
    else:
        assert lines[0] == "send, 0" and lines[1].endswith(why), lines
        assert lines[2:4] == ["close, 1", ""] and err == "", lines


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_megabyte_reply_line_after_the_final_dot(asynchronous):
    """The whole message was sent, the answer is unreadable: the server may have it, so
    the script is told "may or may not", never "not sent", and nothing is retried."""
    server = Server({b".": b"250 " + MEGABYTE_LINE + b"\r\n"})
    lines, err = run(server, asynchronous)
    maybe = "the server may or may not have accepted it"
    assert len(server.received) == 1 and lines[-1] == "status, 3", lines
    if asynchronous:
        assert lines[2] == "close, 0" and maybe in lines[3], lines
        assert err.startswith("Email: message <") and maybe in err
        assert "may or may not have been delivered: SMTP server 127.0.0.1:" in err
        assert "was not sent" not in err
    else:
        assert lines[0] == "send, 0" and maybe in lines[1] and err == "", lines


def test_a_greeting_of_binary_bytes_is_shown_escaped():
    """Not UTF-8: read as Latin-1, every byte kept, the C0 and C1 controls escaped."""
    server = Server({b"GREET": b"\xff\xfe\x00\x01garbage\x80\r\n"})
    lines, err = run(server)
    assert lines[0] == "start 0" and err == "", lines
    assert lines[1].endswith("did not answer in SMTP (it sent '\xff\xfe\\x00\\x01garbage\\x80')."), lines
    assert not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f for c in lines[1]), lines


def test_a_refusal_in_latin_1_reads_as_the_server_wrote_it():
    """A French server answering in ISO 8859-1: "refusée", not a replacement character."""
    server = Server({b"RCPT2": b"550 5.1.1 Adresse refus\xe9e\r\n"})
    lines, err = run(server)
    assert lines[0] == "send, 0" and server.received == [], lines
    assert lines[1].endswith("<c@example.test> (550 5.1.1 Adresse refusée); the message was not "
                             "sent, not even to the 1 accepted recipient(s)."), lines


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_connection_reset_on_quit_loses_nothing(asynchronous):
    """The server took the message, then resets the connection at QUIT: sent, the close
    succeeds (nothing was at stake), nothing on stderr."""
    server = Server(reset_on_quit=True)
    lines, err = run(server, asynchronous)
    assert len(server.received) == 1
    assert lines[0] == "send, 1" and lines[2] == "close, 1" and lines[-1] == "status, 1", lines
    assert err == ""


def test_an_asynchronous_message_cut_mid_data_is_reported():
    """The server hangs up right after 354: the queued message fails, EmailCloseSession
    says so (False, ErrorInfo) and stderr lists it; EmailStatus is emailError."""
    def hang_up_after_354(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"220 raw.test\r\n")
        while (line := read_command(conn, stop)):
            if line[:4].upper() == b"DATA":
                conn.sendall(b"354 go\r\n")
                conn.shutdown(socket.SHUT_RDWR)
                return
            conn.sendall(b"250 ok\r\n")

    raw = RawServer(hang_up_after_354)
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(SCRIPT.format(port=raw.port, asynchronous=True, timeout=20), "cut.wl",
                   stdout=out, stderr=err)
    finally:
        raw.close()
    lines = out.getvalue().splitlines()
    assert lines[0] == "send, 1" and lines[2] == "close, 0" and lines[-1] == "status, 3", lines
    assert "SMTP server 127.0.0.1:" in lines[3], lines
    report = err.getvalue()
    assert report.count("Email: message <") == 1 and "Traceback" not in report, report
    # cut while the data was still going ("not sent"), or once it had all gone out
    # (the server may have it): either way said, never both, never silent
    assert ("was not sent: " in report) != ("may or may not have been delivered: " in report)


TWO_QUEUED = """EmailSetTimeOut(20)
EmailStartSMTPSession("u", "127.0.0.1", {port}, emailAsynchronous)
Email.Sender = "a@example.test"
Email.Recipient[1] = "refused@example.test"
Email.Subject = "one"
EmailSendMessage("u")
first is string = Email.MailIdentifier
Email.Recipient[1] = "b@example.test"
Email.Subject = "two"
EmailSendMessage("u")
second is string = Email.MailIdentifier
Trace(EmailCloseSession("u"))
Trace(ErrorInfo())
Trace(EmailStatus(first), EmailStatus(second))
"""


@pytest.mark.parametrize("fault", ["rcpt 550", "mail 451", "mail 421"])
def test_a_queued_message_refused_does_not_take_the_next_one_down(fault):
    """On an asynchronous session the first message is refused (its recipient, or MAIL
    FROM; 421: the server hangs up): it is reported, and the second is still sent (on a
    new connection after the 421), each with its own outcome."""
    verb, code = fault.split()
    received: list[bytes] = []
    mails = iter(range(1, 100))

    def server(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"220 raw.test\r\n")
        while (line := read_command(conn, stop)):
            word = line[:4].upper()
            refused = (verb == "rcpt" and word == b"RCPT" and b"refused@" in line
                       or verb == "mail" and word == b"MAIL" and next(mails) == 1)
            if refused:
                conn.sendall(code.encode() + b" injected\r\n")
                if code == "421":
                    return
            elif word == b"DATA":
                conn.sendall(b"354 go\r\n")
                body = b""
                while (line := read_command(conn, stop)) and line != b".\r\n":
                    body += line
                received.append(body)
                conn.sendall(b"250 queued\r\n")
            elif word == b"QUIT":
                conn.sendall(b"221 bye\r\n")
                return
            else:
                conn.sendall(b"250 ok\r\n")

    raw = RawServer(server)
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(TWO_QUEUED.format(port=raw.port), "two.wl", stdout=out, stderr=err,
                   options={"email_async_connections": 1})  # one connection: in order
    finally:
        raw.close()
    lines = out.getvalue().splitlines()
    assert lines[0] == "0" and lines[2] == "3, 1", lines
    assert lines[1].startswith("1 queued message(s) of the e-mail session 'u' failed: ")
    assert f"{code} injected" in lines[1] and "was not sent" in lines[1], lines
    assert len(received) == 1 and b"Subject: two" in received[0]
    assert err.getvalue().count("Email: message <") == 1


def test_a_refusal_carrying_a_terminal_escape_is_shown_escaped():
    """The refusals of several recipients are quoted one by one: their control characters
    (an ANSI escape sequence) are shown as \\xNN, as in every other reply."""
    server = Server({b"RCPT2": b"550 \x1b[31mred\x1b[0m \x9b2J\r\n"})
    lines, err = run(server)
    assert lines[0] == "send, 0", lines
    assert "(550 \\x1b[31mred\\x1b[0m \\x9b2J)" in lines[1], lines
    assert "\x1b" not in lines[1] and "\x9b" not in lines[1]


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_reply_cut_by_a_close_after_the_final_dot_is_not_sent(asynchronous):
    """`250 ok` with no line end, then the close: no reply was given (docs/email.md,
    "Hostile servers"), so the message may or may not have been delivered: never sent.
    It was reported sent. Asynchronous: queued (True), reported by EmailCloseSession."""
    server = Server({b".": b"250 ok"}, hang_up_after=frozenset({b"."}))
    lines, err = run(server, asynchronous)
    maybe = "the server may or may not have accepted it"
    assert len(server.received) == 1 and lines[-1] == "status, 3", lines
    if asynchronous:
        assert lines[0] == "send, 1" and lines[2] == "close, 0" and maybe in lines[3], lines
        assert "may or may not have been delivered: SMTP server 127.0.0.1:" in err, err
    else:
        assert lines[0] == "send, 0" and maybe in lines[1] and err == "", lines
    assert "in the middle of its reply" in "\n".join(lines), lines
