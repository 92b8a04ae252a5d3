"""The example of PC SOFT's EmailStatus page (?3032009), run as written against loopback
servers: EmailStartSession opens a POP3 session (pop3_server.py) and an asynchronous SMTP
one (aiosmtpd), its servers' names and ports replaced by 127.0.0.1 and the servers' ports.
The stored page lost what it needs around it: USER and PASSWORD (constants here), the
addresses (Cloudflare removed them: ours) and the lines holding only ELSE or END (put
back). The page's status is that of an asynchronous send, so either of its first two
CASEs may print; the session's close then waits for the queue. English and French."""
from __future__ import annotations

import pytest

from mail_helpers import run_wl as run
from pop3_server import Pop3Mailbox

PAGE_EN = """CONSTANT
	USER = "user"
	PASSWORD = "secret"
END
UserName is string
// Send an email via the SMTP protocol
IF EmailStartSession(USER, PASSWORD, "127.0.0.1", ...
	"127.0.0.1", {pop3}, {smtp}, True) = True THEN
	UserName = USER
ELSE
	UserName = ""
	Error("Unable to establish the connection")
END
// Initialize the email structure
Email.Recipient = "support_test@example.org"
Email.Sender = "client@example.org"
Email.Message = "Auto Email Test"
Email.NbRecipient = 1
// Send the email
IF EmailSendMessage(UserName) = False THEN
	Error("EMailSendMessage failed '" + ErrorInfo(errMessage) + "'")
ELSE
	Info("EmailSendMessage was successful")
END
// Track the email
SWITCH EmailStatus(Email.MailIdentifier)
	CASE emailSent: Trace("The email was sent")
	CASE emailPending: Trace("The email is currently processed")
	CASE emailError: Trace("Error: " + ErrorInfo(errMessage))
END
Trace(EmailCloseSession(UserName), EmailStatus(Email.MailIdentifier) = emailSent)
"""

PAGE_FR = """CONSTANTE
	UTILISATEUR = "user"
	MOTDEPASSE = "secret"
FIN
NomUtilisateur est une chaîne
// Envoi d'un email par le protocole SMTP
SI EmailOuvreSession(UTILISATEUR, MOTDEPASSE, "127.0.0.1", ...
	"127.0.0.1", {pop3}, {smtp}, Vrai) = Vrai ALORS
	NomUtilisateur = UTILISATEUR
SINON
	NomUtilisateur = ""
	Erreur("Impossible d'établir la connexion")
FIN
// Initialisation de la structure email
Email.Destinataire = "support_test@example.org"
Email.Expéditeur = "client@example.org"
Email.Message = "Test Auto eMail"
Email.NbDestinataire = 1
// Envoi de l'email
SI EmailEnvoieMessage(NomUtilisateur) = Faux ALORS
	Erreur("EmailEnvoieMessage a échoué '" + ErreurInfo(errMessage) + "'")
SINON
	Info("EmailEnvoieMessage a réussi")
FIN
// Suivi de l'email
SELON EmailEtat(Email.IdentifiantMail)
	CAS emailEnvoyé : Trace("L'email a été envoyé")
	CAS emailEnAttente : Trace("L'email est en cours de traitement")
	CAS emailErreur : Trace("Erreur : " + ErreurInfo(errMessage))
FIN
Trace(EmailFermeSession(NomUtilisateur), EmailEtat(Email.IdentifiantMail) = emailEnvoyé)
"""

STATUS = {"en": ("EmailSendMessage was successful",
                 {"The email was sent", "The email is currently processed"}),
          "fr": ("EmailEnvoieMessage a réussi",
                 {"L'email a été envoyé", "L'email est en cours de traitement"})}


@pytest.mark.parametrize("page,language", [(PAGE_EN, "en"), (PAGE_FR, "fr")],
                         ids=["en", "fr"])
def test_the_emailstatus_page_example(smtp_server, mailboxes, page, language) -> None:
    server = smtp_server()
    box = mailboxes(Pop3Mailbox([], user="user", password="secret"))
    lines = run(page.format(pop3=box.port, smtp=server.port)).splitlines()
    success, statuses = STATUS[language]
    assert lines[0] == success and lines[1] in statuses
    assert lines[2:] == ["1, 1"]  # closed, every send done: the status is now emailSent
    [got] = server.messages
    assert got.mail_from == "client@example.org"
    assert got.rcpt_tos == ["support_test@example.org"]
    assert box.commands[:2] == ["USER user", "PASS ***"]
