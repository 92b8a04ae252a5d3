"""An IMAP server answering garbage to LIST or FETCH (issue 8, area F, misbehaving
servers), against the loopback test server (imap_server.py `untagged`): each answer line
that is not what the command asked for was skipped, so a garbage listing read as no
folder and a garbage FETCH as an empty mailbox, silently. Now the call fails with
ErrorInfo quoting the server's line (escaped, cut), and the session stays usable."""
from __future__ import annotations

from imap_server import ImapMailbox
from mail_helpers import PASSWORD, USER

MESSAGE = b"From: bob@example.test\r\nSubject: Kept\r\n\r\nhello\r\n"


def _start(w, box) -> bool:
    return w("EmailStartIMAPSession", USER, PASSWORD, "127.0.0.1", box.port)


def test_a_garbage_folder_listing_is_a_failure_quoting_it(mailboxes, wl):
    box = mailboxes(ImapMailbox.with_inbox(MESSAGE, untagged={
        "LIST": [b'LIST (\\HasNoChildren) "/" "INBOX"', b"LIST \x1b[2Jgarbage here"]}))
    w = wl()
    assert _start(w, box) is True, w.error
    assert w("EmailListFolder", USER).items == []
    occurred, info = w.error
    assert occurred and f"IMAP server 127.0.0.1:{box.port}, listing the folders (LIST): " \
        "the server's answer is not a LIST line (attributes, delimiter, name): " \
        "'\\x1b[2Jgarbage here'" in info, info
    box.untagged.clear()  # the session is still in step
    assert [str(n) for n in w("EmailListFolder", USER).items] == ["INBOX"]


def test_a_garbage_fetch_is_not_an_empty_mailbox(mailboxes, wl):
    box = mailboxes(ImapMailbox.with_inbox(MESSAGE, untagged={
        "UID FETCH": [b"1 FETCH garbage \x07" + b"z" * 500]}))
    w = wl()
    assert _start(w, box) is False
    occurred, info = w.error
    assert occurred and "opening the folder 'INBOX' (SELECT): the server's answer is not a " \
        "message's UID, flags and size (FETCH): '1 garbage \\x07zzz" in info, info
    assert "characters in all)" in info and len(info) < 400


def test_a_fetch_answering_nothing_for_a_full_folder_is_not_an_empty_mailbox(mailboxes, wl):
    """SELECT said 2 messages exist (EXISTS); a FETCH answering no line, or only items
    the client cannot use, left the folder empty."""
    for lines in ([], [b"1 FETCH (FOO BAR)"]):
        box = mailboxes(ImapMailbox.with_inbox(MESSAGE, MESSAGE,
                                               untagged={"UID FETCH": lines}))
        w = wl()
        assert _start(w, box) is False
        assert "the server said the folder holds 2 message(s) (EXISTS), but its FETCH " \
            "answer listed none" in w.error[1], w.error


def test_a_truly_empty_folder_and_flag_updates_are_still_read(mailboxes, wl):
    box = mailboxes(ImapMailbox.with_inbox())
    w = wl()
    assert _start(w, box) is True, w.error
    assert w("EmailNbMessage", USER) == 0
    box = mailboxes(ImapMailbox.with_inbox(MESSAGE, untagged={"UID FETCH": [
        b"1 FETCH (UID 7 FLAGS () RFC822.SIZE 40)", b"1 FETCH (FLAGS (\\Seen))"]}))
    w = wl()
    assert _start(w, box) is True, w.error
    assert w("EmailNbMessage", USER) == 1


def test_a_fetch_without_the_message_quotes_what_came(mailboxes, wl):
    box = mailboxes(ImapMailbox.with_inbox(MESSAGE))
    w = wl()
    assert _start(w, box) is True, w.error
    box.untagged["UID FETCH"] = [b"1 FETCH (UID 1 \x1b]0;title\x07)"]
    assert w("EmailReadFirst", USER) is False
    assert "reading message 1 (FETCH BODY[]): the server sent no message: " \
        "'1 (UID 1 \\x1b]0;title\\x07)'" in w.error[1], w.error


def test_a_folder_name_sent_as_a_literal_is_listed(mailboxes, wl):
    """RFC 3501 4.3 lets a server send a name as a literal (`{9}` then its bytes: a name
    holding a quote, or 8-bit bytes); the garbage rule refused the whole listing."""
    name = "Envoyés \"2026\"".encode()
    box = mailboxes(ImapMailbox.with_inbox(MESSAGE, untagged={"LIST": [
        b'LIST (\\HasNoChildren) "/" "INBOX"',
        b'LIST () "/" {%d}\r\n' % len(name) + name, b'LIST () "/" Archive']}))
    w = wl()
    assert _start(w, box) is True, w.error
    assert [str(n) for n in w("EmailListFolder", USER).items] == [
        "INBOX", 'Envoyés "2026"', "Archive"], w.error
    box.untagged["LIST"] = [b'LIST () "/" "x" {3}\r\nabc']  # a literal that is no name
    assert w("EmailListFolder", USER).items == []
    assert "is not a LIST line" in w.error[1], w.error
