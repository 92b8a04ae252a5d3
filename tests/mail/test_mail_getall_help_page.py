"""The example of PC SOFT's EmailGetAll page (?1000018727), run as written against the
loopback IMAP server (imap_server.py): every unread message of the in-box read into an
array of Email variables (ertNotRead), then gone through with FOR EACH. What the page
leaves out is ours: the session's properties before "// Start the session" (server
127.0.0.1 and the server's port, name and password), and the Looper control, whose
LooperAddLine is replaced by a Trace of the line it adds. English, and the French twin
written from the page's French version (as the English page shows it)."""
from __future__ import annotations

import pytest

from imap_server import ImapMailbox
from mail_helpers import run_wl as run

READ = b"From: ann@example.test\r\nSubject: Seen already\r\n\r\nold\r\n"
UNREAD = [b"From: bob@example.test\r\nSubject: Invoice\r\n\r\nPay\r\n",
          b"From: cid@example.test\r\nSubject: Lunch\r\n\r\nNoon\r\n"]

PAGE_EN = """// Retrieve all unread emails from the in-box.
IMAPSession is emailIMAPSession
arrUnreadEmails is array of Emails
IMAPSession.ServerAddress = "127.0.0.1"
IMAPSession.Port = {port}
IMAPSession.Name = "user"
IMAPSession.Password = "secret"

// Start the session
EmailStartSession(IMAPSession)

// Retrieve all unread emails
arrUnreadEmails = EmailGetAll(IMAPSession, ertNotRead)

// Display the information for each email
FOR EACH MyEmail OF arrUnreadEmails
	Trace(MyEmail.Sender, NoSpace(MyEmail.Message), MyEmail.Subject)
END
"""

PAGE_FR = """// Récupération de tous les emails non lus de la boîte de réception.
SessionIMAP est un emailSessionIMAP
tabEmailNonLus est un tableau de Email
SessionIMAP.AdresseServeur = "127.0.0.1"
SessionIMAP.Port = {port}
SessionIMAP.Nom = "user"
SessionIMAP.MotDePasse = "secret"

// Ouverture de la session
EmailOuvreSession(SessionIMAP)

// Récupération de tous les emails non lus
tabEmailNonLus = EmailRécupèreTout(SessionIMAP, ertNonLu)

// Affichage des informations de chaque email
POUR TOUT MonEmail DE tabEmailNonLus
	Trace(MonEmail.Expediteur, SansEspace(MonEmail.Message), MonEmail.Sujet)
FIN
"""


@pytest.mark.parametrize("page", [PAGE_EN, PAGE_FR], ids=["en", "fr"])
def test_the_emailgetall_page_example(mailboxes, page) -> None:
    box = ImapMailbox.with_inbox(READ, *UNREAD, user="user", password="secret")
    box.folders["INBOX"][0][1].add("\\Seen")
    mailboxes(box)
    assert run(page.format(port=box.port)).splitlines() == [
        "bob@example.test, Pay, Invoice", "cid@example.test, Noon, Lunch"]
