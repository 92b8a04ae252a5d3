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
# The tests of the overall deadline give each read (the socket's timeout) 5 s, well past
# the deadline they test: with both at 1 s, a loaded machine that ran the deadline's
# watchdog thread late let the socket's timeout end the step first, with its own words
# ("timed out", not "overall limit of 1 s"), and the test failed though both limits
# worked. A step the deadline does not cut still fails them (its words, and the time
# asserted, stay the deadline's).
READ_TIMEOUT = 5


def _box(protocol: str, *messages: bytes, **kwargs):
    if protocol == "POP3":
        return Pop3Mailbox(list(messages), **kwargs)
    return ImapMailbox.with_inbox(*messages, **kwargs)


@pytest.mark.parametrize("protocol", ["POP3", "IMAP"])
def test_a_trickling_read_is_cut_at_the_overall_deadline(mailboxes, wl, protocol):
    box = mailboxes(_box(protocol, SLOW, trickle=0.05))  # 11 s for the whole message
    w = wl(email_timeout=READ_TIMEOUT, email_deadline=1.5)
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
    w = wl(email_timeout=READ_TIMEOUT, email_deadline=1.5)
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


def test_a_refused_imap_literal_gives_the_connection_up_clearly(mailboxes, wl):
    """The literal's bytes are still on the way after the refusal: the conversation is
    out of step, so the connection is dropped and every later call says why (it used to
    read the message's lines as the answers to the next commands)."""
    second = b"Subject: Second\r\n\r\nfine\r\n"
    box = mailboxes(ImapMailbox.with_inbox(SLOW, second, announce=99999999999999999))
    w = wl()
    assert w("EmailStartIMAPSession", USER, PASSWORD, "127.0.0.1", box.port) is True, w.error
    assert w("EmailReadFirst", USER) is False
    box.announce = None
    for call in (("EmailReadMessage", USER, 2), ("EmailChangeFolder", USER, "INBOX")):
        assert w(*call) is False
        assert "the connection was given up after an earlier failure (reading message 1" \
            in w.error[1] and "start the session again" in w.error[1]
    assert w("EmailCloseSession", USER) is True  # nothing was deleted: nothing lost
    assert w("EmailStartIMAPSession", USER, PASSWORD, "127.0.0.1", box.port) is True
    assert w("EmailReadMessage", USER, 2) is True and w.email.wl_get("subject") == "Second"


def test_a_pop3_answer_cut_short_gives_the_connection_up(mailboxes, wl, monkeypatch):
    from wlinterp.mail import reading
    monkeypatch.setattr(reading, "MAX_ANSWER_BYTES", 100)
    box = mailboxes(Pop3Mailbox([b"Subject: Small\r\n\r\nok\r\n", SLOW]))
    w = wl()
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", box.port) is True, w.error
    assert w("EmailReadFirst", USER) is True and w("EmailDeleteMessage", USER) is True
    assert w("EmailReadNext", USER) is False and "exceeds 100 bytes" in w.error[1]
    assert w("EmailReadFirst", USER) is False
    assert "given up after an earlier failure (reading message 2 (RETR)" in w.error[1]
    assert w("EmailCloseSession", USER) is False  # the DELE never took effect: said so
    assert "1 message(s) deleted in this session were not removed" in w.error[1]
    assert len(box.messages) == 2


@pytest.mark.parametrize("protocol", ["POP3", "IMAP"])
def test_after_the_deadline_the_session_says_its_connection_was_given_up(mailboxes, wl,
                                                                          protocol):
    box = mailboxes(_box(protocol, SLOW, trickle=0.05))
    w = wl(email_timeout=READ_TIMEOUT, email_deadline=1)
    assert w(f"EmailStart{protocol}Session", USER, PASSWORD, "127.0.0.1", box.port) is True
    assert w("EmailReadFirst", USER) is False
    began = time.monotonic()
    assert w("EmailReadFirst", USER) is False and time.monotonic() - began < 0.5
    assert "given up after an earlier failure" in w.error[1]
    assert "overall limit of 1 s" in w.error[1]


def test_a_trickling_goodbye_is_cut_at_the_overall_deadline(mailboxes, wl):
    """Its QUIT answer trickling cannot hold the script (the watchdog needs the
    connection while QUIT is read). Nothing was deleted, so the answer changes nothing:
    it is awaited 1 s at most and the close succeeds (NET, 6-7 Dec 2026 night; it was a
    step like the others, failed at its overall limit)."""
    box = mailboxes(Pop3Mailbox([SLOW], trickle=0.05, quit_reply="+OK " + "x" * 300))
    w = wl(email_timeout=READ_TIMEOUT, email_deadline=1)
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", box.port) is True
    began = time.monotonic()
    assert w("EmailCloseSession", USER) is True
    assert time.monotonic() - began < 5
    assert w("EmailCloseSession", USER) is True  # closed: closing again does nothing


def test_an_imap_answer_of_endless_lines_is_cut(mailboxes, wl, monkeypatch):
    """The bound is on the whole answer to a command, not only on one literal: untagged
    lines without end (here: many messages listed) cannot grow the script's memory."""
    from wlinterp.mail import reading
    box = mailboxes(ImapMailbox.with_inbox(*[SLOW] * 200))
    w = wl()
    assert w("EmailStartIMAPSession", USER, PASSWORD, "127.0.0.1", box.port) is True, w.error
    monkeypatch.setattr(reading, "MAX_ANSWER_BYTES", 4000)  # the listing is about 9,000
    assert w("EmailChangeFolder", USER, "INBOX") is False
    assert "the server's answer exceeds 4000 bytes" in w.error[1]
    assert "opening the folder 'INBOX'" in w.error[1]
    assert w("EmailNbMessage", USER) == 0


@pytest.mark.parametrize("protocol", ["POP3", "IMAP"])
def test_email_set_timeout_applies_to_a_session_already_open(mailboxes, wl, protocol):
    """As for sending ("every later send"), a timeout changed after the start bounds the
    session's next waits: here a server that stalls after the first byte of a message."""
    box = mailboxes(_box(protocol, SLOW, trickle=30))
    w = wl(email_timeout=20)
    assert w(f"EmailStart{protocol}Session", USER, PASSWORD, "127.0.0.1", box.port) is True
    w("EmailSetTimeOut", 1)
    began = time.monotonic()
    assert w("EmailReadFirst", USER) is False
    assert time.monotonic() - began < 5
    assert "no answer from the server within 1 s (see EmailSetTimeOut)" in w.error[1]
