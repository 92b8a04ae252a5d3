"""A message read that the server cuts by closing the connection (NET mend, 7 Dec 2026):
POP3's RETR and IMAP's FETCH say how many bytes of the answer had come, with the same
words from one place (mail/read_failures.py closed_after); POP3's said "the server closed the
connection" alone, IMAP's the same, though its literal had announced a size. Loopback,
EN and FR."""
from __future__ import annotations

import io

import pytest

from imap_server import ImapMailbox
from pop3_server import Pop3Mailbox
from wlinterp.engine import run_source

USER, PASSWORD = "alice@example.test", "s3cr3t-Pa55"
MESSAGE = b"From: a@example.test\r\nSubject: cut\r\n\r\n" + b"x" * 200 + b"\r\n"
EN = """IF EmailStart{kind}Session("{user}", "{password}", "127.0.0.1", {port}) THEN
    Trace(EmailReadFirst("{user}"), ErrorOccurred)
    Trace(ErrorInfo(errMessage))
END
"""
FR = """SI EmailOuvreSession{kind}("{user}", "{password}", "127.0.0.1", {port}) ALORS
    Trace(EmailLitPremier("{user}"), ErreurDétectée)
    Trace(ErreurInfo(errMessage))
FIN
"""


def _read(code: str, kind: str, port: int) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(code.format(kind=kind, user=USER, password=PASSWORD, port=port), "cut.wl",
               stdout=out, stderr=err)
    return out.getvalue().splitlines()


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_pop3_message_cut_by_a_close_says_how_much_had_come(mailboxes, code: str) -> None:
    box = mailboxes(Pop3Mailbox([MESSAGE], user=USER, password=PASSWORD, cut_after=50))
    lines = _read(code, "POP3", box.port)
    assert lines[0] == "0, 1", lines
    assert lines[1].endswith("reading message 1 (RETR): the server closed the connection "
                             "after 50 bytes of its answer."), lines


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_an_imap_message_cut_by_a_close_says_how_much_had_come(mailboxes, code: str) -> None:
    box = mailboxes(ImapMailbox.with_inbox(MESSAGE, user=USER, password=PASSWORD,
                                           cut_after=50))
    lines = _read(code, "IMAP", box.port)
    assert lines[0] == "0, 1", lines
    assert lines[1].endswith(f"the server closed the connection after 50 of the "
                             f"{len(MESSAGE)} bytes its answer announced."), lines
