"""Failure paths: each gives False, ErrorOccurred and an exact ErrorInfo; misuse is fatal."""
from __future__ import annotations

import socket
import threading
import time

import pytest

from mail_helpers import USER, fill_email, free_port
from wlinterp.errors import WLRuntimeError
from wlinterp.runtime.durations import WLDuration


def start(w, server_port: int) -> bool:
    return w("EmailStartSMTPSession", USER, "127.0.0.1", server_port)


def test_closed_port(wl):
    port = free_port()
    w = wl()
    assert start(w, port) is False
    assert w.error == (True, f"SMTP server 127.0.0.1:{port}, connection: connection refused "
                             "(no SMTP server listening on that port).")


def test_stalling_server_times_out(raw_server, wl):
    """The server says nothing for a minute (until the test ends): only the 1 s timeout
    can end the wait with this message; without it the call would end a minute later
    with "closed the connection". (The outcome proves it, not the wall clock, which
    flaked under load.)"""
    def silent(conn: socket.socket, stop: threading.Event) -> None:
        stop.wait(60)

    server = raw_server(silent)
    w = wl()
    w("EmailSetTimeOut", 1)
    assert start(w, server.port) is False
    assert w.error == (True, f"SMTP server 127.0.0.1:{server.port}, waiting for the server "
                             "greeting: no answer from the server within 1 s (see "
                             "EmailSetTimeOut).")


def test_trickling_server_hits_the_overall_deadline(raw_server, wl):
    """Each line arrives before the per-wait timeout, but the greeting does not end for
    a minute: only the 1 s overall limit can end the wait with this message (without it,
    the server's hanging up a minute later would). The outcome proves it, not the wall
    clock, which flaked under load."""
    def trickle(conn: socket.socket, stop: threading.Event) -> None:
        until = time.monotonic() + 60
        while not stop.wait(0.1) and time.monotonic() < until:
            conn.sendall(b"220-still greeting\r\n")

    server = raw_server(trickle)
    w = wl(email_deadline=1.0)
    w("EmailSetTimeOut", 1)
    assert start(w, server.port) is False
    assert w.error[1] == (f"SMTP server 127.0.0.1:{server.port}, waiting for the server "
                          "greeting: the operation did not finish within its overall limit "
                          "of 1 s.")


def test_refusal_at_greeting(raw_server, wl):
    def refuse(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"554 5.3.2 No service for you\r\n")
        stop.wait(1)

    server = raw_server(refuse)
    w = wl()
    assert start(w, server.port) is False
    assert w.error == (True, f"SMTP server 127.0.0.1:{server.port}, server greeting: the "
                             "server replied 554 5.3.2 No service for you.")
    assert w.rt.error_code == 554


@pytest.mark.parametrize("reply", ["550 5.7.1 Sender rejected", "451 4.7.1 Try later"])
def test_refusal_at_mail_from(smtp_server, wl, reply):
    server = smtp_server()
    server.mail_reply = reply
    w = wl()
    start(w, server.port)
    fill_email(w)
    assert w("EmailSendMessage", USER) is False
    assert w.error == (True, f"SMTP server 127.0.0.1:{server.port}, MAIL FROM <{USER}>: the "
                             f"server replied {reply}; the message was not sent.")
    server.mail_reply = None  # the connection was reset and is still usable
    assert w("EmailSendMessage", USER) is True
    assert len(server.messages) == 1


def test_partly_refused_recipients_send_nothing(smtp_server, wl):
    server = smtp_server()
    server.rcpt_replies["nobody@example.test"] = "550 5.1.1 No such user"
    w = wl()
    start(w, server.port)
    fill_email(w, to=("bob@example.test", "nobody@example.test"))
    assert w("EmailSendMessage", USER) is False
    assert w.error == (True, f"SMTP server 127.0.0.1:{server.port}, RCPT TO: 1 of 2 "
                             "recipient(s) refused: <nobody@example.test> (550 5.1.1 No such "
                             "user); the message was not sent, not even to the 1 accepted "
                             "recipient(s).")
    assert server.messages == [] and "DATA" not in server.commands
    assert w("EmailStatus", w.email.wl_get("mailidentifier")) == w.const("emailError")
    assert "No such user" in w.error[1]


def test_all_recipients_refused_temporarily(smtp_server, wl):
    server = smtp_server()
    server.rcpt_replies["bob@example.test"] = "450 4.2.1 Mailbox busy"
    w = wl()
    start(w, server.port)
    fill_email(w)
    assert w("EmailSendMessage", USER) is False
    assert w.error[1].endswith("RCPT TO: 1 of 1 recipient(s) refused: <bob@example.test> "
                               "(450 4.2.1 Mailbox busy); the message was not sent.")


def test_refusal_of_data_command(smtp_server, wl):
    server = smtp_server(refuse_data_command=True)
    w = wl()
    start(w, server.port)
    fill_email(w)
    assert w("EmailSendMessage", USER) is False
    assert w.error[1] == (f"SMTP server 127.0.0.1:{server.port}, DATA: the server replied "
                          "451 4.3.0 DATA temporarily refused; the message was not sent.")


@pytest.mark.parametrize("reply", ["554 5.6.0 Message rejected", "452 4.3.1 Out of memory"])
def test_refusal_at_end_of_data(smtp_server, wl, reply):
    server = smtp_server()
    server.data_reply = reply
    w = wl()
    start(w, server.port)
    fill_email(w)
    assert w("EmailSendMessage", USER) is False
    assert w.error[1] == (f"SMTP server 127.0.0.1:{server.port}, end of data: the server "
                          f"replied {reply}; the message was not sent.")


def test_disconnect_after_data_is_reported_as_maybe_delivered(smtp_server, wl):
    server = smtp_server()
    server.disconnect_after_data = True
    w = wl()
    start(w, server.port)
    fill_email(w)
    assert w("EmailSendMessage", USER) is False
    assert w.error[1] == (f"SMTP server 127.0.0.1:{server.port}, end of data (the whole message "
                          "was sent and no answer to it came: the server may or may not "
                          "have accepted it): the server closed the connection.")
    # the next message reconnects
    server.disconnect_after_data = False
    assert w("EmailSendMessage", USER) is True


def test_disconnect_while_sending_data(raw_server, wl):
    """The server hangs up right after 354: the message is reported as not delivered."""
    def hang_up_in_data(conn: socket.socket, stop: threading.Event) -> None:
        f = conn.makefile("rb")
        conn.sendall(b"220 ready\r\n")
        for line in iter(f.readline, b""):
            if line.upper().startswith(b"DATA"):
                conn.sendall(b"354 go\r\n")
                conn.shutdown(socket.SHUT_RDWR)
                return
            conn.sendall(b"250 ok\r\n")

    server = raw_server(hang_up_in_data)
    w = wl()
    assert start(w, server.port) is True
    fill_email(w, message="x" * 2_000_000)
    assert w("EmailSendMessage", USER) is False
    assert f"127.0.0.1:{server.port}, " in w.error[1]
    assert ("sending the message data (not delivered)" in w.error[1]
            or "may or may not have accepted" in w.error[1])


# ---------------------------------------------------------------- bad messages

@pytest.mark.parametrize("member,value,label", [
    ("subject", "Hi\r\nBcc: victim@example.test", "Email.Subject"),
    ("sender", "alice@example.test\r\nX-Injected: 1", "Email.Sender"),
    ("sender", "alice@example.test\x00", "Email.Sender"),
])
def test_control_characters_refused(smtp_server, wl, member, value, label):
    server = smtp_server()
    w = wl()
    start(w, server.port)
    fill_email(w).wl_set(member, value)
    assert w("EmailSendMessage", USER) is False
    assert w.error[1].startswith(f"EmailSendMessage: {label} contains a control character")
    assert "MAIL" not in server.commands


def test_injected_recipient_refused(smtp_server, wl):
    server = smtp_server()
    w = wl()
    start(w, server.port)
    fill_email(w, to=("bob@example.test>\r\nRCPT TO:<evil@example.test",))
    assert w("EmailSendMessage", USER) is False
    assert w.error[1].startswith("EmailSendMessage: Email.Recipient[1] contains a control "
                                 "character (CR) at position")
    assert server.messages == []


@pytest.mark.parametrize("sender,to,expected", [
    ("", ("b@example.test",), "Email.Sender is empty"),
    (USER, (), "Email has no recipient"),
    (USER, ("not-an-address",), "Email.Recipient[1] 'not-an-address' is not an e-mail"),
    (USER, ("alice@example.org)<bob@example.org>",), "is not a valid e-mail address"),
])
def test_invalid_messages(smtp_server, wl, sender, to, expected):
    server = smtp_server()
    w = wl()
    start(w, server.port)
    fill_email(w, sender=sender, to=to)
    assert w("EmailSendMessage", USER) is False
    assert expected in w.error[1]
    assert w.email.wl_get("mailidentifier") == ""


def test_missing_attachment(smtp_server, wl, tmp_path):
    server = smtp_server()
    w = wl()
    start(w, server.port)
    fill_email(w).wl_get("attach").set(str(tmp_path / "missing.pdf"), 1)
    assert w("EmailSendMessage", USER) is False
    assert w.error[1] == (f"EmailSendMessage: Email.Attach[1]: cannot read the attached file "
                          f"'{tmp_path / 'missing.pdf'}' (No such file or directory).")


# ---------------------------------------------------------------- misuse (fatal)

def test_unknown_session_is_fatal(wl):
    w = wl()
    with pytest.raises(WLRuntimeError, match="no e-mail session 'ghost' is open"):
        w("EmailSendMessage", "ghost")
    with pytest.raises(WLRuntimeError, match="no e-mail session 'ghost' is open"):
        w("EmailCloseSession", "ghost")


def test_closed_session_send_is_fatal_close_is_idempotent(smtp_server, wl):
    server = smtp_server()
    w = wl()
    start(w, server.port)
    assert w("EmailCloseSession", USER) is True
    assert w("EmailCloseSession", USER) is True
    with pytest.raises(WLRuntimeError, match="was closed by EmailCloseSession"):
        w("EmailSendMessage", USER)


def test_session_whose_start_failed_is_not_fatal(wl):
    port = free_port()
    w = wl()
    assert start(w, port) is False
    fill_email(w)
    assert w("EmailSendMessage", USER) is False
    assert w.error[1].startswith(f"EmailSendMessage: the e-mail session '{USER}' is not "
                                 "open: starting it failed")


@pytest.mark.parametrize("args,match", [
    ((USER,), "expects 2 to 6 parameters"),
    ((USER, "pw", "host", 25, False, 0, "extra"), "expects 2 to 6 parameters"),
    ((USER, "host", 25, False, 0, 1), "too many parameters"),
    ((USER, "host", 25, False, 99), "99 is not an SMTP session option"),
    ((USER, "host", 70000), "70000 is not a port number"),
    ((USER, "host", 25, "yes"), "cannot be used as a boolean"),
])
def test_bad_parameters_are_fatal(wl, args, match):
    w = wl()
    with pytest.raises(WLRuntimeError, match=match):
        w("EmailStartSMTPSession", *args)


def test_empty_server_address_is_a_failure(wl):
    w = wl()
    assert w("EmailStartSMTPSession", USER, "pw", "") is False
    assert w.error == (True, "EmailStartSMTPSession: no SMTP server address was given.")


def test_reading_on_smtp_session_is_the_documented_fatal_error(smtp_server, wl):
    server = smtp_server()
    w = wl()
    start(w, server.port)
    with pytest.raises(WLRuntimeError, match="can only send e-mails"):
        w("EmailReadFirst", USER)
    with pytest.raises(WLRuntimeError, match="can only send e-mails"):
        w("EmailLitSuivant", USER)
    for name in ("EmailReadLast", "EmailLitDernier", "EmailReadPrevious", "EmailLitPrécédent"):
        with pytest.raises(WLRuntimeError, match="can only send e-mails"):
            w(name, USER)


def test_pop3_start_failure_names_the_pop3_server(wl):
    """POP3 is supported now (tests/mail/test_mail_pop3.py); a server that is not there
    is a non-fatal failure naming it, through both syntaxes."""
    port = free_port()
    w = wl()
    assert w("EmailStartPOP3Session", USER, "pw", "127.0.0.1", port) is False
    assert w.error[1].startswith(f"POP3 server 127.0.0.1:{port}, connection")
    assert w("EmailStartSession", USER, "pw", "127.0.0.1", "127.0.0.1", port) is False
    assert w.error[1].startswith(f"POP3 server 127.0.0.1:{port}, connection")


def test_bad_timeout_is_fatal(wl):
    w = wl()
    with pytest.raises(WLRuntimeError, match="must be positive"):
        w("EmailSetTimeOut", 0)
    with pytest.raises(WLRuntimeError, match="is not a duration"):
        w("EmailSetTimeOut", "soon")


def test_timeout_in_each_form_of_its_page(wl):
    """EmailSetTimeOut takes seconds, a Duration or a readable duration (?3032001): a
    Duration was read as milliseconds (90 s waited 25 hours) and "1 min 30 s" as 1 s; a
    timeout past what the system can wait stopped the next session with a watchdog
    traceback and "Numeric overflow": it is 30 days; Null is named so, not "None"."""
    w = wl()
    for given, seconds in [(WLDuration(90_000), 90), ("1 min 30 s", 90), ("500 ms", 1),
                           ("20", 20), (45, 45), (10 ** 12, 30 * 24 * 3600)]:
        w("EmailSetTimeOut", given)
        assert w("EmailGetTimeOut") == seconds, given
    assert w("EmailStartSMTPSession", USER, "127.0.0.1", free_port()) is False
    assert "connection refused" in w.error[1]
    with pytest.raises(WLRuntimeError, match="must be positive, not Null"):
        w("EmailSetTimeOut", None)


def test_status_of_unknown_identifier(wl):
    w = wl()
    assert w("EmailStatus", "<nope@example.test>") == w.const("emailError")
    assert w.error == (True, "EmailStatus: no message sent in this run has the identifier "
                             "'<nope@example.test>' (the statuses of the 10,000 most recent "
                             "finished sends are kept).")
