"""An IMAP server whose tagged answers carry no text (`a1 OK`, `a2 NO`): RFC 3501's grammar
asks for a text, RFC 9051 (Appendix E, item 23) allows it empty and some servers send it.
Python's imaplib wants a space and a text after the status, so every such answer was "an
unexpected response" and the session never started (NET, 7 Dec 2026; docs/email.md
"IMAP"). Against the loopback IMAP server, English and French: the whole reading session
runs, and a bare NO is still a refusal, said in words."""
from __future__ import annotations

import io

import pytest

from imap_server import ImapMailbox
from wlinterp.engine import run_source

USER = "alice@example.test"
EN = """IF EmailStartIMAPSession("{user}", "{password}", "127.0.0.1", {port}) THEN
    Trace(EmailNbMessage("{user}"), EmailReadFirst("{user}"), Email.Subject)
    Trace(EmailDeleteMessage("{user}"), ErrorOccurred)
    Trace(EmailChangeFolder("{user}", "Archive"), EmailCurrentFolder("{user}"))
    Trace(EmailCloseSession("{user}"), ErrorOccurred)
ELSE
    Trace(ErrorInfo())
END
"""
FR = """SI EmailOuvreSessionIMAP("{user}", "{password}", "127.0.0.1", {port}) ALORS
    Trace(EmailNbMessage("{user}"), EmailLitPremier("{user}"), Email.Sujet)
    Trace(EmailSupprimeMessage("{user}"), ErreurDétectée)
    Trace(EmailChangeDossier("{user}", "Archive"), EmailDossierCourant("{user}"))
    Trace(EmailFermeSession("{user}"), ErreurDétectée)
SINON
    Trace(ErreurInfo())
FIN
"""
MESSAGE = b"From: bob@example.test\r\nSubject: Invoice 42\r\n\r\nhello\r\n"


def _run(mailboxes, code: str, password: str = "") -> tuple[list[str], ImapMailbox]:
    box = mailboxes(ImapMailbox({"INBOX": [[1, set(), MESSAGE]], "Archive": []},
                                bare_status=True))
    out, err = io.StringIO(), io.StringIO()
    run_source(code.format(user=USER, password=password or box.password, port=box.port),
               "imap.wl", stdout=out, stderr=err)
    assert err.getvalue() == ""
    return out.getvalue().splitlines(), box


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_tagged_answers_without_text_are_read(mailboxes, code: str) -> None:
    lines, box = _run(mailboxes, code)
    assert lines == ["1, 1, Invoice 42", "1, 0", "1, Archive", "1, 0"], lines
    assert box.commands[-1] == "LOGOUT" and "CLOSE" in box.commands, box.commands
    assert box.folders["INBOX"] == []  # the deletion reached the server


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_bare_no_is_a_refusal_in_words(mailboxes, code: str) -> None:
    lines, box = _run(mailboxes, code, password="wrong")
    assert lines == [f"IMAP server 127.0.0.1:{box.port}, login (LOGIN): the server "
                     "refused it, with no text."], lines


MISSING = {EN: """EmailStartIMAPSession("{user}", "{password}", "127.0.0.1", {port})
Trace(EmailChangeFolder("{user}", "Missing"), ErrorInfo())
EmailCloseSession("{user}")
""", FR: """EmailOuvreSessionIMAP("{user}", "{password}", "127.0.0.1", {port})
Trace(EmailChangeDossier("{user}", "Missing"), ErreurInfo())
EmailFermeSession("{user}")
"""}


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_bare_no_to_a_command_names_the_status(mailboxes, code: str) -> None:
    """A SELECT answered `a3 NO`: the status alone (it read "replied NO ." with a blank)."""
    lines, box = _run(mailboxes, MISSING[code])
    assert lines == [f"0, IMAP server 127.0.0.1:{box.port}, opening the folder 'Missing' "
                     "(SELECT): the server replied NO."], lines
