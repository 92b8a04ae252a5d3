"""EmailDétruit (?3032027, ?3032024, French pages: "force the destruction of every deleted
email"; English name EmailDelete INFERRED, EmailExpunge too) against the loopback IMAP
server: the messages deleted in the folder go at once (EXPUNGE), EmailNbMessage drops, the
others are numbered again from 1. On POP3 a failure in words. English and French."""
from __future__ import annotations

import pytest

from imap_server import ImapMailbox
from mail_helpers import run_wl as run
from pop3_server import Pop3Mailbox

MESSAGES = [b"Subject: %s\r\n\r\nbody\r\n" % s for s in (b"one", b"two", b"three")]

EN = """IF EmailStartIMAPSession("user", "secret", "127.0.0.1", {port}) THEN
	EmailReadMessage("user", 1)
	EmailDeleteMessage("user")
	Trace(EmailNbMessage("user"))
	Trace(EmailDelete("user"), EmailNbMessage("user"))
	EmailReadFirst("user")
	Trace(Email.Subject)
	EmailCloseSession("user")
END
"""
FR = """SI EmailOuvreSessionIMAP("user", "secret", "127.0.0.1", {port}) ALORS
	EmailLitMessage("user", 1)
	EmailSupprimeMessage("user")
	Trace(EmailNbMessage("user"))
	Trace(EmailDétruit("user"), EmailNbMessage("user"))
	EmailLitPremier("user")
	Trace(Email.Sujet)
	EmailFermeSession("user")
FIN
"""


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_the_deleted_messages_go_at_once(mailboxes, code) -> None:
    box = mailboxes(ImapMailbox.with_inbox(*MESSAGES, user="user", password="secret"))
    assert run(code.format(port=box.port)).splitlines() == ["3", "1, 2", "two"]
    assert "EXPUNGE" in " ".join(box.commands)
    assert [m[0] for m in box.folders["INBOX"]] == [2, 3]


def test_on_pop3_it_fails_in_words(mailboxes) -> None:
    box = mailboxes(Pop3Mailbox(list(MESSAGES), user="user", password="secret"))
    out = run(f'EmailStartPOP3Session("user", "secret", "127.0.0.1", {box.port})\n'
              'Trace(EmailExpunge("user"), ErrorInfo(errMessage))\n')
    assert out == ("0, EmailExpunge: the e-mail session 'user' is a POP3 session: its deleted "
                   "messages are removed when it closes (EmailCloseSession), not before.\n")
