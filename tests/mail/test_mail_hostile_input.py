"""Hostile or broken servers and messages on the reading side, against the real loopback
test servers (pop3_server.py, imap_server.py): a malformed header, a non-ASCII password,
an absurd LIST line, 8-bit FLAGS, a literal announcing an enormous size. Each must give a
read that works or fails non-fatally (ErrorInfo says why), never an internal error."""
from __future__ import annotations

import pytest

from imap_server import ImapMailbox
from mail_helpers import PASSWORD, USER, run_wl as run
from pop3_server import Pop3Mailbox

MALFORMED = (b"From: :x;[((\r\nTo: a@b, , <>, \"unterminated\r\nCc: :x;[((\r\n"
             b"Reply-To: \"\r\nMessage-ID: <<>>\r\nSubject: Broken\r\n\r\nStill read\r\n")


def test_malformed_headers_read_over_pop3(mailboxes, wl):
    box = mailboxes(Pop3Mailbox([MALFORMED]))
    w = wl()
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", box.port) is True
    assert w("EmailReadFirst", USER) is True, w.error
    e = w.email
    assert e.wl_get("subject") == "Broken" and e.wl_get("message") == "Still read"
    assert e.wl_get("sender") == ":x;[((" and e.wl_get("cc").items == [":x;[(("]
    assert w("EmailReadFirstHeader", USER) is True and e.wl_get("subject") == "Broken"


def test_malformed_headers_read_over_imap(mailboxes, wl):
    box = mailboxes(ImapMailbox.with_inbox(MALFORMED))
    w = wl()
    assert w("EmailStartIMAPSession", USER, PASSWORD, "127.0.0.1", box.port) is True
    assert w("EmailReadFirst", USER) is True, w.error
    assert w.email.wl_get("subject") == "Broken"


def test_malformed_message_id_in_an_imported_source():
    program = ('e is Email\ne.Source = "Message-ID: <<>>" + CR + "Subject: S" + CR + CR + '
               '"x"\nTrace(EmailImportSource(e), e.Subject, e.ID)\n')
    assert run(program) == "1, S, <<>>\n"


@pytest.mark.parametrize("user, password", [(USER, "mot-de-passe-é"), ("élise@example.test",
                                                                         PASSWORD)])
def test_imap_non_ascii_credentials_fail_the_start_not_the_run(mailboxes, wl, user, password):
    box = mailboxes(ImapMailbox.with_inbox(MALFORMED))
    w = wl()
    assert w("EmailStartIMAPSession", user, password, "127.0.0.1", box.port) is False
    assert w.error[0] and "not ASCII" in w.error[1] and "nothing was sent" in w.error[1]
    assert "é" not in w.error[1].replace(user, "")
    assert not any(c.startswith("LOGIN") for c in box.commands)


def test_imap_8bit_flags_are_read(mailboxes, wl):
    box = mailboxes(ImapMailbox.with_inbox(MALFORMED))
    box.folders["INBOX"][0][1].add("\\Tag\udcff")  # the server sends the byte 0xff
    w = wl()
    assert w("EmailStartIMAPSession", USER, PASSWORD, "127.0.0.1", box.port) is True, w.error
    assert w("EmailNbMessage", USER) == 1
    assert w("EmailReadFirst", USER) is True and w.email.wl_get("subject") == "Broken"


def test_pop3_list_numbers_above_what_was_listed_fail_the_start(mailboxes, wl):
    """A LIST line numbering a message far above the count (20000000 of 2) is no memory
    or time hazard: the session holds entries for the listed count only. Since 5 Dec
    2026 (docs/email.md "POP3 numbering") such a listing, where message 2 is missing,
    fails the start in words instead of reading message 2 without its size."""
    second = b"Subject: Two\r\n\r\nsecond\r\n"
    box = mailboxes(Pop3Mailbox([MALFORMED, second], list_lines=[b"1 10", b"20000000 10"]))
    w = wl()
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", box.port) is False
    assert "the server's LIST answer does not number the mailbox's 2 messages 1 to 2: " \
           "message 2 is missing" in w.error[1], w.error


def test_imap_literal_above_the_bound_is_a_failed_read(mailboxes, wl):
    box = mailboxes(ImapMailbox.with_inbox(MALFORMED, announce=99999999999999999))
    w = wl()
    assert w("EmailStartIMAPSession", USER, PASSWORD, "127.0.0.1", box.port) is True, w.error
    assert w("EmailReadFirst", USER) is False
    assert w.error[0] and "99999999999999999 bytes" in w.error[1]
    assert "reading message 1" in w.error[1] and w.email.wl_get("out") is True
    # the refusal is the client's, not a reply of the server's
    assert "the conversation broke off: the server announced" in w.error[1]
    assert "replied" not in w.error[1] and "command: UID" not in w.error[1]
