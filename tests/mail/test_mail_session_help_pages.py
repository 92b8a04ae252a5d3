"""The examples of PC SOFT's pages that start reading sessions, run as written against
the loopback POP3 and IMAP servers (pop3_server.py, imap_server.py): EmailStartPOP3Session
(?3032022), EmailStartSession (?3032028), EmailStartIMAPSession (?1000019189). A POP3 or
IMAP server's name is replaced by 127.0.0.1 and its port given (the pages use the
standard ports); an SMTP server's name stays, routed to aiosmtpd (--smtp-route). What
the stored copies lost is put back: USER and PASSWORD (constants), the edit controls
(EDT_..., SAI_...: variables), the lines holding only ELSE or END. English and French
(the French twins written from the English pages)."""
from __future__ import annotations

import pytest

from mail_helpers import run_wl as run
from imap_server import ImapMailbox
from pop3_server import Pop3Mailbox

MESSAGE = b"From: bob@example.test\r\nSubject: Hello\r\n\r\nhi\r\n"
NAMES_EN = 'CONSTANT\n\tUSER = "user"\n\tPASSWORD = "secret"\nEND\nUserName is string\n'
NAMES_FR = ('CONSTANTE\n\tUTILISATEUR = "user"\n\tMOTDEPASSE = "secret"\nFIN\n'
            'NomUtilisateur est une chaîne\n')

POP3_EN = NAMES_EN + """// Read an email via the POP3 protocol
IF EmailStartPOP3Session(USER, PASSWORD, "127.0.0.1", {port}) = True THEN
	UserName = USER
ELSE
	UserName = ""
	Error("Unable to establish the connection")
END
Trace(UserName, EmailNbMessage(UserName))
EmailCloseSession(UserName)
"""
POP3_FR = NAMES_FR + """// Lecture d'un email par le protocole POP3
SI EmailOuvreSessionPOP3(UTILISATEUR, MOTDEPASSE, "127.0.0.1", {port}) = Vrai ALORS
	NomUtilisateur = UTILISATEUR
SINON
	NomUtilisateur = ""
	Erreur("Impossible d'établir la connexion")
FIN
Trace(NomUtilisateur, EmailNbMessage(NomUtilisateur))
EmailFermeSession(NomUtilisateur)
"""


@pytest.mark.parametrize("page", [POP3_EN, POP3_FR], ids=["en", "fr"])
def test_the_emailstartpop3session_page_first_example(mailboxes, page) -> None:
    box = mailboxes(Pop3Mailbox([MESSAGE], user="user", password="secret"))
    assert run(page.format(port=box.port)).splitlines() == ["user, 1"]
    assert box.commands[:2] == ["USER user", "PASS ***"] and box.commands[-1] == "QUIT"


SSL_EN = """EDT_SESSION is string = "user"
EDT_PWD is string = "secret"
EDT_POP is string = "127.0.0.1"
// Connection to a POP3 server that requires an SSL connection (gMail for example)
// 995 is the standard port for this type of service
Trace(EmailStartPOP3Session(EDT_SESSION, EDT_PWD, EDT_POP, {ssl_port}, optionSSL))
EmailCloseSession(EDT_SESSION)
// Connection to a non-secured POP server
Trace(EmailStartPOP3Session(EDT_SESSION, EDT_PWD, EDT_POP, {port}))
"""
SSL_FR = """SAI_SESSION est une chaîne = "user"
SAI_MDP est une chaîne = "secret"
SAI_POP est une chaîne = "127.0.0.1"
// Connexion à un serveur POP3 qui demande une connexion SSL (gMail par exemple)
Trace(EmailOuvreSessionPOP3(SAI_SESSION, SAI_MDP, SAI_POP, {ssl_port}, optionSSL))
EmailFermeSession(SAI_SESSION)
// Connexion à un serveur POP non sécurisé
Trace(EmailOuvreSessionPOP3(SAI_SESSION, SAI_MDP, SAI_POP, {port}))
"""


@pytest.mark.parametrize("page", [SSL_EN, SSL_FR], ids=["en", "fr"])
def test_the_emailstartpop3session_page_ssl_and_plain_examples(mailboxes, pki, page) -> None:
    """Implicit TLS (optionSSL, the page's 995) with a verified certificate, then plain."""
    secure = mailboxes(Pop3Mailbox([MESSAGE], user="user", password="secret",
                                   ssl_context=pki.server_context()))
    plain = mailboxes(Pop3Mailbox([MESSAGE], user="user", password="secret"))
    out = run(page.format(ssl_port=secure.port, port=plain.port), ca_file=pki.ca_file)
    assert out.splitlines() == ["1", "1"]
    assert secure.commands[:2] == plain.commands[:2] == ["USER user", "PASS ***"]


SESSION_EN = NAMES_EN + """// Send an email via the POP3 protocol
IF EmailStartSession(USER, PASSWORD, "127.0.0.1", "smtp.gmail.com", {port}) = True THEN
	UserName = USER
ELSE
	UserName = ""
	Error("Unable to establish the connection")
END
Email.Sender = "user@example.org"
Email.Recipient[1] = "bob@example.org"
Email.Message = "hi"
Trace(UserName, EmailNbMessage(UserName), EmailSendMessage(UserName))
EmailCloseSession(UserName)
"""
SESSION_FR = NAMES_FR + """// Envoi d'un email par le protocole POP3
SI EmailOuvreSession(UTILISATEUR, MOTDEPASSE, "127.0.0.1", "smtp.gmail.com", {port}) = Vrai ALORS
	NomUtilisateur = UTILISATEUR
SINON
	NomUtilisateur = ""
	Erreur("Impossible d'établir la connexion")
FIN
Email.Expéditeur = "user@example.org"
Email.Destinataire[1] = "bob@example.org"
Email.Message = "salut"
Trace(NomUtilisateur, EmailNbMessage(NomUtilisateur), EmailEnvoieMessage(NomUtilisateur))
EmailFermeSession(NomUtilisateur)
"""


@pytest.mark.parametrize("page", [SESSION_EN, SESSION_FR], ids=["en", "fr"])
def test_the_emailstartsession_page_example(mailboxes, smtp_server, page) -> None:
    """One name, a POP3 half and an SMTP half (smtp.gmail.com on its default port 25,
    routed to the loopback server): the page's session reads and sends."""
    box = mailboxes(Pop3Mailbox([MESSAGE], user="user", password="secret"))
    server = smtp_server()
    out = run(page.format(port=box.port), smtp_routes={"smtp.gmail.com": ("127.0.0.1", server.port)})
    assert out.splitlines() == ["user, 1, 1"]
    [got] = server.messages
    assert got.rcpt_tos == ["bob@example.org"]


IMAP_EN = """SAI_USER is string = "user"
SAI_PASSWORD is string = "secret"
// Lecture d'un email par le protocole IMAP
IF EmailStartIMAPSession(SAI_USER, SAI_PASSWORD, "127.0.0.1", {port}) = True THEN
	Trace(EmailNbMessage(SAI_USER))
	EmailCloseSession(SAI_USER)
ELSE
	Error("Impossible d'établir la connexion")
END
"""
IMAP_FR = """SAI_UTILISATEUR est une chaîne = "user"
SAI_MOTDEPASSE est une chaîne = "secret"
// Lecture d'un email par le protocole IMAP
SI EmailOuvreSessionIMAP(SAI_UTILISATEUR, SAI_MOTDEPASSE, "127.0.0.1", {port}) = Vrai ALORS
	Trace(EmailNbMessage(SAI_UTILISATEUR))
	EmailFermeSession(SAI_UTILISATEUR)
SINON
	Erreur("Impossible d'établir la connexion")
FIN
"""


@pytest.mark.parametrize("page", [IMAP_EN, IMAP_FR], ids=["en", "fr"])
def test_the_emailstartimapsession_page_example(mailboxes, page) -> None:
    """The stored copy keeps the page's start and its ELSE (the server name is lost, the
    THEN branch too: a count of the messages is ours)."""
    box = mailboxes(ImapMailbox.with_inbox(MESSAGE, MESSAGE, user="user", password="secret"))
    assert run(page.format(port=box.port)).splitlines() == ["2"]


SAME_NAME = """IF EmailStartSMTPSession("user", "", "smtp.example.com") THEN
	Trace(EmailStartPOP3Session("user", "secret", "127.0.0.1", {port}))
	Trace(EmailNbMessage("user"))
	Email.Sender = "user@example.org"
	Email.Recipient[1] = "bob@example.org"
	Email.Message = "hi"
	Trace(EmailSendMessage("user"), EmailCloseSession("user"))
END
"""


def test_a_pop3_session_started_with_an_smtp_sessions_name(mailboxes, smtp_server) -> None:
    """?3032025, "Session and username": after an SMTP session, a POP3 session can be
    started with the same user name; that name then reads and sends."""
    box = mailboxes(Pop3Mailbox([MESSAGE], user="user", password="secret"))
    server = smtp_server()
    out = run(SAME_NAME.format(port=box.port),
              smtp_routes={"smtp.example.com": ("127.0.0.1", server.port)})
    assert out.splitlines() == ["1", "1", "1, 1"]
    assert len(server.messages) == 1 and box.commands[-1] == "QUIT"


def test_the_pop3_pages_default_port_is_110() -> None:
    """?3032022: "110 is the standard port for this type of service. It is also the
    default value of the function": without a port the session goes to 110 (nothing
    listens there on the test machine: the failure names the address it tried)."""
    out = run('Trace(EmailStartPOP3Session("u", "p", "127.0.0.1"), '
              'Position(ErrorInfo(errMessage), "POP3 server 127.0.0.1:110,") = 1)\n'
              'Trace(EmailOuvreSessionPOP3("u", "p", "127.0.0.1"), '
              'Position(ErreurInfo(errMessage), "127.0.0.1:110,") > 0)\n')
    assert out.splitlines() == ["0, 1", "0, 1"]
