"""POP3 answers that are odd but must be read, or told in the right words (issue 8, area
F, misbehaving servers), against the loopback test server (pop3_server.py).

- A LIST line may carry words after the size (RFC 1939, 5: "no requirement on what
  follows the message size"): read as all digits after the number, such a server showed
  an empty mailbox, silently. A line that is no listing at all fails the start.
- poplib's own complaints were quoted as the server's reply: "the server replied -ERR
  EOF" of a server that hung up, "replied line too long" (a status line; a message line
  past poplib's 2048 bytes is now read whole).
"""
from __future__ import annotations

import pytest

from mail_helpers import PASSWORD, USER
from pop3_server import Pop3Mailbox

MESSAGE = b"From: bob@example.test\r\nSubject: Listed\r\n\r\nhello\r\n"


def test_words_after_the_size_in_a_listing_are_allowed(mailboxes, wl):
    box = mailboxes(Pop3Mailbox([MESSAGE], list_lines=[b"1 %d flagged" % len(MESSAGE)]))
    w = wl()
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", box.port) is True, w.error
    assert w("EmailNbMessage", USER) == 1
    assert w("EmailReadFirst", USER) is True and w.email.wl_get("subject") == "Listed"


def test_a_listing_line_that_is_no_listing_fails_the_start(mailboxes, wl):
    box = mailboxes(Pop3Mailbox([MESSAGE], list_lines=[b"1 10", b"abc \x1b[2J def"]))
    w = wl()
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", box.port) is False
    occurred, info = w.error
    assert occurred and f"POP3 server 127.0.0.1:{box.port}, listing the messages" in info, info
    assert "a line of the server's LIST answer is not a message number and its size: " \
           "'abc \\x1b[2J def'" in info and "replied" not in info, info


@pytest.mark.parametrize("line", [b"1", b"one uid-1", b"1 uid \x1b[2J", b"3 uid-3",
                                  b"0 uid-0", b"1 " + b"u" * 600])
def test_a_uidl_line_that_is_no_unique_id_fails_the_start(mailboxes, wl, line):
    """Decided (docs/email.md, "POP3 unique ids"): a garbage UIDL line, or one naming a
    message LIST did not give, is an error quoting it; it was skipped, and the message's
    Email.ID silently became its Message-ID."""
    box = mailboxes(Pop3Mailbox([MESSAGE, MESSAGE], uidl_lines=[b"1 uid-1", line]))
    w = wl()
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", box.port) is False
    occurred, info = w.error
    assert occurred and f"POP3 server 127.0.0.1:{box.port}, listing the messages" in info, info
    shown = line[:80].decode("ascii", "replace").replace("\x1b", "\\x1b")
    assert "a line of the server's UIDL answer is not a listed message's number and its " \
           f"unique id: '{shown}" in info and "replied" not in info, info


def test_unique_ids_are_the_messages_ids(mailboxes, wl):
    """Well-formed UIDL lines (trailing blanks allowed) give Email.ID; a server without
    UIDL gives the Message-ID."""
    box = mailboxes(Pop3Mailbox([MESSAGE, MESSAGE], uidl_lines=[b"1 a!~z", b"2 Q-2  "]))
    w = wl()
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", box.port) is True, w.error
    assert w("EmailReadFirst", USER) is True and w.email.wl_get("id") == "a!~z"
    assert w("EmailReadNext", USER) is True and w.email.wl_get("id") == "Q-2"
    plain = mailboxes(Pop3Mailbox([b"Message-ID: <m1@x>\r\n" + MESSAGE], uidl=False))
    w = wl()
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", plain.port) is True
    assert w("EmailReadFirst", USER) is True and w.email.wl_get("id") == "<m1@x>", w.email


def test_a_server_hanging_up_is_said_so(mailboxes, wl):
    box = mailboxes(Pop3Mailbox([MESSAGE], hang_up_on="RETR"))
    w = wl()
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", box.port) is True, w.error
    assert w("EmailReadFirst", USER) is False
    assert "reading message 1 (RETR): the server closed the connection" in w.error[1], w.error
    assert "-ERR EOF" not in w.error[1]


def test_a_message_line_past_poplibs_bound_is_read_whole(mailboxes, wl):
    """poplib refuses any line over 2048 bytes; a message line may be longer (an HTML part
    on one line), and such a message could not be read at all. Each line of a message is
    now bounded only by the whole answer's bound (reading.MAX_ANSWER_BYTES)."""
    long_line, longer = b"x" * 3000, b"y" * 200_000
    source = b"Subject: Long\r\n\r\n" + long_line + b"\r\n.." + longer + b"\r\nend\r\n"
    box = mailboxes(Pop3Mailbox([source]))
    w = wl()
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", box.port) is True, w.error
    assert w("EmailReadFirst", USER) is True, w.error
    assert w.email.wl_get("subject") == "Long"
    message = w.email.wl_get("message")
    assert long_line.decode() in message
    # the line starts with two dots: sent dot-stuffed (three), read back with two
    assert ".." + longer.decode() in message and "..." + longer.decode() not in message
    assert message.rstrip().endswith("end")


def test_a_status_line_past_poplibs_bound_is_said_so(raw_server, wl):
    """A +OK/-ERR line keeps poplib's bound, said in words (not as the server's reply)."""
    server = raw_server(lambda conn, stop: conn.sendall(b"+OK " + b"x" * 3000 + b"\r\n"))
    w = wl()
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", server.port) is False
    assert "the server sent a line longer than 2048 bytes" in w.error[1], w.error
    assert "replied" not in w.error[1]


@pytest.mark.parametrize("list_lines,uidl_lines,said", [
    ([b"1 10", b"3 10"], None, "the server's LIST answer does not number the mailbox's 2 "
                               "messages 1 to 2: message 2 is missing (RFC 1939)"),
    ([b"1 10", b"1 10"], None, "the server's LIST answer gives message 1 twice"),
    (None, [b"1 uid-1"], "the server's UIDL answer does not number the mailbox's 2 "
                         "messages 1 to 2: message 2 is missing (RFC 1939)"),
    (None, [b"1 uid-1", b"1 uid-2"], "the server's UIDL answer gives message 1 twice")],
    ids=["list-gap", "list-twice", "uidl-fewer", "uidl-twice"])
def test_a_listing_that_lies_fails_the_start(mailboxes, wl, list_lines, uidl_lines, said):
    """Decided (docs/email.md, "POP3 numbering"): LIST and UIDL must number the messages 1
    to N once each. A gap let message 2 be read as a message the server does not have, a
    number twice or a UIDL for fewer messages gave a message another's ID or none."""
    box = mailboxes(Pop3Mailbox([MESSAGE, MESSAGE], list_lines=list_lines,
                                uidl_lines=uidl_lines))
    w = wl()
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", box.port) is False
    occurred, info = w.error
    assert occurred and f"POP3 server 127.0.0.1:{box.port}, listing the messages" in info, info
    assert said in info and "replied" not in info, info
