"""Reading e-mail from servers that misbehave over time or break the conversation, against
the real loopback test servers (pop3_server.py, imap_server.py): a server that trickles a
byte at a time is cut at the overall deadline (as SMTP is), and each failure is a failed
call with ErrorInfo, never an internal error or a read that hangs."""
from __future__ import annotations

import time

import pytest

from imap_server import ImapMailbox
from mail_helpers import PASSWORD, USER
from pop3_server import Pop3Mailbox, send_slowly

SLOW = b"From: bob@example.test\r\nSubject: Slow\r\n\r\n" + b"x" * 200 + b"\r\n"


def _box(protocol: str, *messages: bytes, **kwargs):
    if protocol == "POP3":
        return Pop3Mailbox(list(messages), **kwargs)
    return ImapMailbox.with_inbox(*messages, **kwargs)


@pytest.mark.parametrize("protocol", ["POP3", "IMAP"])
def test_a_trickling_read_is_cut_at_the_overall_deadline(mailboxes, wl, protocol):
    box = mailboxes(_box(protocol, SLOW, trickle=0.05))  # 11 s for the whole message
    w = wl(email_timeout=1, email_deadline=1.5)
    assert w(f"EmailStart{protocol}Session", USER, PASSWORD, "127.0.0.1", box.port) is True
    began = time.monotonic()
    assert w("EmailReadFirst", USER) is False
    assert time.monotonic() - began < 5
    assert w.error[0] and "reading message 1" in w.error[1]
    assert "overall limit of 1.5 s" in w.error[1] and w.email.wl_get("out") is True


@pytest.mark.parametrize("protocol", ["POP3", "IMAP"])
def test_a_trickling_greeting_is_cut_at_the_overall_deadline(raw_server, wl, protocol):
    greeting = b"+OK " if protocol == "POP3" else b"* OK "
    server = raw_server(lambda conn, stop: send_slowly(conn, greeting + b"x" * 1000 + b"\r\n",
                                                       stop, 0.05))
    w = wl(email_timeout=1, email_deadline=1.5)
    began = time.monotonic()
    assert w(f"EmailStart{protocol}Session", USER, PASSWORD, "127.0.0.1",
             server.port) is False
    assert time.monotonic() - began < 5
    assert f"{protocol} server 127.0.0.1:{server.port}, connection" in w.error[1]
    assert "overall limit of 1.5 s" in w.error[1]


def test_an_imap_literal_size_of_5000_digits_is_a_failed_read(mailboxes, wl):
    """imaplib turns the size into an int, which Python refuses past 4,300 digits
    (ValueError): that is the server's fault, a failed read, not an internal error."""
    box = mailboxes(ImapMailbox.with_inbox(SLOW, announce="9" * 5000))
    w = wl()
    assert w("EmailStartIMAPSession", USER, PASSWORD, "127.0.0.1", box.port) is True, w.error
    assert w("EmailReadFirst", USER) is False
    assert w.error[0] and "reading message 1" in w.error[1]
    assert "literal size that is not a number" in w.error[1] and len(w.error[1]) < 300
    assert w.email.wl_get("out") is True
