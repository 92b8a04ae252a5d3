"""The example of PC SOFT's EmailNbMessage page (?3032024, French; the English twin is
ours), run as written against the loopback POP3 server (pop3_server.py): a loop reading
every message of the mailbox with EmailReadMessage, a message deleted in the session
(EmailDeleteMessage, ?3032027: "after EmailDeleteMessage, Email.Out is True") found Out.
What the page leaves to the reader is ours: the session (EmailStartPOP3Session, its
server 127.0.0.1), CL (a data file there: a structure here, each record traced where the
page writes its `...`), the message deleted before the loop, and Info's window (the
console's line)."""
from __future__ import annotations

import pytest

from mail_helpers import run_wl as run
from pop3_server import Pop3Mailbox

MESSAGES = [b"From: ann@example.test\r\nSubject: one\r\n\r\nfirst\r\n",
            b"From: bob@example.test\r\nSubject: two\r\n\r\nsecond\r\n",
            b"From: cid@example.test\r\nSubject: three\r\n\r\nthird\r\n"]

PAGE_FR = """STCLIENT est une Structure
	NOM est une chaîne
	MESSAGE_TXT est une chaîne
FIN
CL est un STCLIENT
NomUser est une chaîne = "user"
SI PAS EmailOuvreSessionPOP3(NomUser, "secret", "127.0.0.1", {port}) ALORS Erreur(ErreurInfo())
EmailLitMessage(NomUser, 2)
Trace(EmailSupprimeMessage(NomUser), Email.EnDehors)
// Boucle de lecture de tous les messages reçus présents
// dans la boîte aux lettres du protocole POP3
I est un entier
nbMSG est un entier = EmailNbMessage(NomUser)
POUR I = 1 À nbMSG
	EmailLitMessage(NomUser,I)
	SI Email.EnDehors <> Vrai ALORS
		CL.NOM = Email.Expéditeur
		CL.MESSAGE_TXT = Email.Message
		Trace(I, CL.NOM, SansEspace(CL.MESSAGE_TXT))
	SINON
		Info("Ce message a été supprimé")
	FIN
FIN
EmailFermeSession(NomUser)
"""

PAGE_EN = """STCUSTOMER is Structure
	NAME is string
	MESSAGE_TXT is string
END
CL is STCUSTOMER
UserName is string = "user"
IF NOT EmailStartPOP3Session(UserName, "secret", "127.0.0.1", {port}) THEN Error(ErrorInfo())
EmailReadMessage(UserName, 2)
Trace(EmailDeleteMessage(UserName), Email.Out)
// Loop for reading all the messages received
// in the mailbox of the POP3 protocol
I is int
nbMSG is int = EmailNbMessage(UserName)
FOR I = 1 TO nbMSG
	EmailReadMessage(UserName,I)
	IF Email.Out <> True THEN
		CL.NAME = Email.Sender
		CL.MESSAGE_TXT = Email.Message
		Trace(I, CL.NAME, NoSpace(CL.MESSAGE_TXT))
	ELSE
		Info("This message was deleted")
	END
END
EmailCloseSession(UserName)
"""


@pytest.mark.parametrize("page, deleted", [(PAGE_FR, "Ce message a été supprimé"),
                                           (PAGE_EN, "This message was deleted")],
                         ids=["fr", "en"])
def test_the_emailnbmessage_page_example(mailboxes, page, deleted) -> None:
    box = mailboxes(Pop3Mailbox(list(MESSAGES), user="user", password="secret"))
    assert run(page.format(port=box.port)).splitlines() == [
        "1, 1", "1, ann@example.test, first", deleted, "3, cid@example.test, third"]
    assert "DELE 2" in box.commands and box.commands[-1] == "QUIT"
