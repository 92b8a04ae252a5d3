"""EmailStartSMTPSession's page (?3032025) against a real aiosmtpd on 127.0.0.1: its two
examples exactly as written, every syntax and parameter variant, and its Remarks, each a
case (the user's spec, /work/shared/seeds/000_37d6c787c97c82cd.txt). The page's server
names stay in the script and are routed to aiosmtpd (--smtp-route); its certificates are
trustme's, issued for those names and verified (--ca-file). What the page leaves out is
put before (sUserName, sPassword, sSMTPServer) or after (the Initialize_Email procedure)
the example, never inside it. English and French (the French twin written from the
English page).
"""
from __future__ import annotations

import io
from typing import Any

import pytest

from mail_helpers import as_written_in_lower_case_without_accents
from wlinterp.engine import run_source

INITIALIZE_EN = '''
PROCEDURE Initialize_Email()
Email.Sender = "myaddress@gmail.com"
Email.Recipient[1] = "bob@example.test"
Email.Subject = "Initialized by Initialize_Email"
Email.Message = "As the help page sends it"
'''
INITIALIZE_FR = '''
PROCÉDURE Initialise_Email()
Email.Expéditeur = "myaddress@gmail.com"
Email.Destinataire[1] = "bob@example.test"
Email.Sujet = "Initialisé par Initialise_Email"
Email.Message = "Comme la page d'aide l'envoie"
'''

EXAMPLE1_EN = '''sUserName is string = "myaddress@gmail.com"
sPassword is string = "{password}"
sSMTPServer is string = "smtp.orange.fr"
// Send an email via a non-secure SMTP server
EmailSetTimeOut(10) //10 seconds for the timeout
// Caution: you must use the SMTP server of the Internet provider 
let sSMTPServers = "smtp.orange.fr"
IF EmailStartSMTPSession(sUserName, sPassword, sSMTPServer) = True THEN
	// Procedure used to initialize the email structure
	Initialize_Email()
	// Sends the email
	IF EmailSendMessage(sUserName) = False THEN
		Error()
	END
	EmailCloseSession(sUserName)
ELSE
	Error("Unable to establish connection", ErrorInfo(), ...
		"In case of timeout, check the parameters of " + ...
		"""Firewall"" on the port used (25)")
END
Trace(ErrorOccurred, EmailGetTimeOut())
''' + INITIALIZE_EN

EXAMPLE1_FR = '''sNomUtilisateur est une chaîne = "myaddress@gmail.com"
sMotDePasse est une chaîne = "{password}"
sServeurSMTP est une chaîne = "smtp.orange.fr"
// Envoi d'un email via un serveur SMTP non sécurisé
EmailChangeTimeOut(10) // 10 secondes pour le timeout
// Attention : il faut utiliser le serveur SMTP du fournisseur d'accès
soit sServeursSMTP = "smtp.orange.fr"
SI EmailOuvreSessionSMTP(sNomUtilisateur, sMotDePasse, sServeurSMTP) = Vrai ALORS
	// Procédure d'initialisation de la structure email
	Initialise_Email()
	// Envoi de l'email
	SI EmailEnvoieMessage(sNomUtilisateur) = Faux ALORS
		Erreur()
	FIN
	EmailFermeSession(sNomUtilisateur)
SINON
	Erreur("Impossible d'établir la connexion", ErreurInfo(), ...
		"En cas de timeout, vérifiez les paramètres du " + ...
		"""Firewall"" sur le port utilisé (25)")
FIN
Trace(ErreurDétectée, EmailLitTimeOut())
''' + INITIALIZE_FR

EXAMPLE2_EN = '''UserName is string

UserName = "myaddress@gmail.com"
// Send an email via the secure SMTP protocol
EmailSetTimeOut(10) //10 seconds for the timeout
// Use a secure SMTP server with authentication
// Required to use a SMTP 
// that differs from the one of the ISP
IF EmailStartSMTPSession(UserName, "Password", ...
			"smtp.gmail.com", 587, False, emailOptionSecuredTLS) = True THEN
	// Procedure used to initialize the email structure
	Initialize_Email()
	// Sends the email
	IF EmailSendMessage(UserName) = False THEN
		Error()
	END
	EmailCloseSession(UserName)
ELSE
	Error("Unable to establish connection", ErrorInfo(), ...
		"In case of timeout, check the parameters of the "+ ...
		"""Firewall"" on the port used (587)")
END
Trace(ErrorOccurred)
''' + INITIALIZE_EN

EXAMPLE2_FR = '''NomUtilisateur est une chaîne

NomUtilisateur = "myaddress@gmail.com"
// Envoi d'un email via le protocole SMTP sécurisé
EmailChangeTimeOut(10) // 10 secondes pour le timeout
// Utilisation d'un serveur SMTP sécurisé avec authentification
SI EmailOuvreSessionSMTP(NomUtilisateur, "Password", ...
			"smtp.gmail.com", 587, Faux, emailOptionSécuriséTLS) = Vrai ALORS
	// Procédure d'initialisation de la structure email
	Initialise_Email()
	// Envoi de l'email
	SI EmailEnvoieMessage(NomUtilisateur) = Faux ALORS
		Erreur()
	FIN
	EmailFermeSession(NomUtilisateur)
SINON
	Erreur("Impossible d'établir la connexion", ErreurInfo(), ...
		"En cas de timeout, vérifiez les paramètres du "+ ...
		"""Firewall"" sur le port utilisé (587)")
FIN
Trace(ErreurDétectée)
''' + INITIALIZE_FR


def run(text: str, **options: Any) -> tuple[list[str], str]:
    """The script's Trace lines and its stderr (Error() writes there)."""
    out, err = io.StringIO(), io.StringIO()
    run_source(text, "spec.wl", stdout=out, stderr=err, options=options)
    return out.getvalue().splitlines(), err.getvalue()


def routed(server: Any, host: str, port: int) -> dict[str, Any]:
    return {"smtp_routes": {f"{host}:{port}": ("127.0.0.1", server.port)}}


@pytest.mark.parametrize("page", [EXAMPLE1_EN, EXAMPLE1_FR], ids=["en", "fr"])
def test_example_1_to_a_plain_server_without_auth(smtp_server, page):
    """"Send an email via a non-secure SMTP server": port 25 by default, the password
    given; the server offers no AUTH (aiosmtpd in clear by default), so the session goes
    on without authentication, as the Remarks say; the message arrives once."""
    server = smtp_server()
    lines, err = run(page.format(password="Password"), **routed(server, "smtp.orange.fr", 25))
    assert lines == ["0, 10"], (lines, err)
    [got] = server.messages
    assert got.rcpt_tos == ["bob@example.test"] and got.login is None
    assert server.auth_attempts == []
    assert "goes on without authentication" in err and "Password" not in err, err


@pytest.mark.parametrize("page", [EXAMPLE1_EN, EXAMPLE1_FR], ids=["en", "fr"])
@pytest.mark.parametrize("refused", [False, True], ids=["accepted", "refused"])
def test_example_1_authenticated_in_clear_on_loopback(smtp_server, page, refused):
    """The same server offering AUTH PLAIN and LOGIN (in clear: loopback only): the
    password is used (PLAIN preferred); a refused one fails the connection ("If the server
    recognizes one of these two authentication mechanisms and if the authentication
    fails, the connection fails as well"): the ELSE branch's Error names the refusal."""
    server = smtp_server(auth=True)
    server.password = "Password"
    lines, err = run(page.format(password="nope" if refused else "Password"),
                     **routed(server, "smtp.orange.fr", 25))
    assert [m for m, _, _ in server.auth_attempts] == ["PLAIN"]
    if refused:
        assert lines == ["1, 10"], (lines, err)
        assert "Firewall" in err and "535" in err and server.messages == [], err
        return
    assert lines == ["0, 10"], (lines, err)
    [got] = server.messages
    assert got.login == b"myaddress@gmail.com" and err == "", err


@pytest.mark.parametrize("page", [EXAMPLE2_EN, EXAMPLE2_FR], ids=["en", "fr"])
@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_example_2_starttls_with_auth(smtp_server, pki, page, mechanism):
    """smtp.gmail.com:587, emailOptionSecuredTLS: STARTTLS with trustme's certificate for
    smtp.gmail.com, verified, then AUTH with "Password" (PLAIN, or LOGIN where the server
    offers only LOGIN: "The supported authentication mechanisms are SMTP Login and
    Plain")."""
    exclude = ["PLAIN"] if mechanism == "LOGIN" else []
    server = smtp_server(tls="starttls", auth=True, auth_exclude_mechanism=exclude)
    server.password = "Password"
    lines, err = run(page, ca_file=pki.ca_file, **routed(server, "smtp.gmail.com", 587))
    assert lines == ["0"], (lines, err)
    assert server.auth_attempts == [(mechanism, b"myaddress@gmail.com", b"Password")]
    [got] = server.messages
    assert got.login == b"myaddress@gmail.com" and err == "", err


@pytest.mark.parametrize("page", [EXAMPLE2_EN, EXAMPLE2_FR], ids=["en", "fr"])
def test_example_2_refuses_a_certificate_it_cannot_trust(smtp_server, pki, page):
    """The same server without the CA given: the certificate is refused before any
    password is sent, the ELSE branch's Error says so."""
    server = smtp_server(tls="starttls", auth=True)
    lines, err = run(page, **routed(server, "smtp.gmail.com", 587))
    assert lines == ["1"], (lines, err)
    assert "certificate" in err and "Firewall" in err, err
    assert server.auth_attempts == [] and server.messages == []


VARIANTS_EN = '''Initialize_Email()
EmailConfigure(emailParameterMode, 1)
Trace(EmailStartSMTPSession("ssl@x.test", "Password", "smtp.gmail.com", {ssl}, emailSynchronous, OptionSSL))
Trace(EmailSendMessage("ssl@x.test"), EmailCloseSession("ssl@x.test"))
Trace(EmailStartSMTPSession("async@x.test", "Password", "smtp.gmail.com", {ssl}, emailAsynchronous, emailOptionSSL))
Trace(EmailSendMessage("async@x.test"), EmailCloseSession("async@x.test"), EmailStatus(Email.MailIdentifier) = emailSent)
Trace(EmailStartSMTPSession("true@x.test", "Password", "smtp.gmail.com", {tls}, True, emailOptionSecuredTLS))
Trace(EmailSendMessage("true@x.test"), EmailCloseSession("true@x.test"))
Trace(EmailStartSMTPSession("nopw@x.test", "smtp.orange.fr"))
Trace(EmailSendMessage("nopw@x.test"), EmailCloseSession("nopw@x.test"))
Trace(EmailStartSMTPSession("port@x.test", "smtp.orange.fr", 25, False, emailOptionDefault))
Trace(EmailSendMessage("port@x.test"))
WHEN EXCEPTION IN
	EmailReadFirst("port@x.test")
DO
	Trace("read refused")
END
EmailCloseSession("port@x.test")
Trace(EmailStartSMTPSession("down@x.test", "Password", "127.0.0.1", {closed}), ErrorOccurred)
Trace(ErrorInfo(errMessage))
''' + INITIALIZE_EN

VARIANTS_FR = '''Initialise_Email()
EmailParamètre(emailParamètreMode, 1)
Trace(EmailOuvreSessionSMTP("ssl@x.test", "Password", "smtp.gmail.com", {ssl}, emailSynchrone, OptionSSL))
Trace(EmailEnvoieMessage("ssl@x.test"), EmailFermeSession("ssl@x.test"))
Trace(EmailOuvreSessionSMTP("async@x.test", "Password", "smtp.gmail.com", {ssl}, emailAsynchrone, emailOptionSSL))
Trace(EmailEnvoieMessage("async@x.test"), EmailFermeSession("async@x.test"), EmailEtat(Email.IdentifiantMail) = emailEnvoyé)
Trace(EmailOuvreSessionSMTP("true@x.test", "Password", "smtp.gmail.com", {tls}, Vrai, emailOptionSécuriséTLS))
Trace(EmailEnvoieMessage("true@x.test"), EmailFermeSession("true@x.test"))
Trace(EmailOuvreSessionSMTP("nopw@x.test", "smtp.orange.fr"))
Trace(EmailEnvoieMessage("nopw@x.test"), EmailFermeSession("nopw@x.test"))
Trace(EmailOuvreSessionSMTP("port@x.test", "smtp.orange.fr", 25, Faux, emailOptionDéfaut))
Trace(EmailEnvoieMessage("port@x.test"))
QUAND EXCEPTION DANS
	EmailLitPremier("port@x.test")
FAIRE
	Trace("read refused")
FIN
EmailFermeSession("port@x.test")
Trace(EmailOuvreSessionSMTP("down@x.test", "Password", "127.0.0.1", {closed}), ErreurDétectée)
Trace(ErreurInfo(errMessage))
''' + INITIALIZE_FR


@pytest.mark.parametrize("page", [VARIANTS_EN, VARIANTS_FR], ids=["en", "fr"])
def test_every_syntax_variant_and_remark(smtp_server, pki, page):
    """OptionSSL / emailOptionSSL: implicit TLS ("used by the Orange, Free and Gmail
    servers"); emailSynchronous, emailAsynchronous, True: the asynchronous send is queued
    and EmailCloseSession waits for it; the password left out (the syntax's
    `[, <Password>]`) and port 25 by default; (user, server, port, False,
    emailOptionDefault); "A WLanguage error occurs if you try to read emails without
    starting a POP3 session"; EmailConfigure(emailParameterMode, 1) (the Gmail remark)
    harmless; a failure is False with ErrorOccurred and ErrorInfo(errMessage)."""
    ssl = smtp_server(tls="ssl", auth=True)
    ssl.password = "Password"
    tls = smtp_server(tls="starttls", auth=True)
    tls.password = "Password"
    plain = smtp_server()
    closed = smtp_server()
    closed.stop()
    options = {"ca_file": pki.ca_file, "smtp_routes": {
        f"smtp.gmail.com:{ssl.port}": ("127.0.0.1", ssl.port),
        f"smtp.gmail.com:{tls.port}": ("127.0.0.1", tls.port),
        "smtp.orange.fr:25": ("127.0.0.1", plain.port)}}
    lines, err = run(page.format(ssl=ssl.port, tls=tls.port, closed=closed.port), **options)
    assert lines[:10] == ["1", "1, 1", "1", "1, 1, 1", "1", "1, 1", "1", "1, 1", "1", "1"], \
        (lines, err)
    assert lines[10] == "read refused", lines
    assert lines[11] == "0, 1", lines
    assert lines[12].startswith(f"SMTP server 127.0.0.1:{closed.port}, ") \
        and "connection refused" in lines[12], lines
    assert [m for m, _, _ in ssl.auth_attempts] == ["PLAIN", "PLAIN"]
    assert len(ssl.messages) == 2 and len(tls.messages) == 1 and len(plain.messages) == 2
    assert all(m.login is None for m in plain.messages) and plain.auth_attempts == []
    assert err == "", err


# The option of example 2 as scripts write it: the constant's value (this project's
# table, docs/email.md "Options: the one table"), constants added with `+`, the French
# constant in lower case without accents and in upper case with them.
OPTION_SPELLINGS = ["1", "emailOptionDefault + emailOptionSecuredTLS",
                    "emailOptionSecuredTLS + emailOptionDefault",
                    "emailoptionsecurisetls", "EMAILOPTIONSÉCURISÉTLS"]


@pytest.mark.parametrize("option", OPTION_SPELLINGS)
@pytest.mark.parametrize("page", [EXAMPLE2_EN, EXAMPLE2_FR], ids=["en", "fr"])
def test_example_2_with_its_option_written_otherwise(smtp_server, pki, page, option):
    """Example 2 with its sixth parameter spelt another way still asks for STARTTLS:
    the certificate verified, AUTH PLAIN once over TLS, one message sent. A spelling
    read as emailOptionDefault would send the password in clear (refused off loopback)
    or fail: aiosmtpd here accepts AUTH only after STARTTLS, so the check is real."""
    constant = "emailOptionSécuriséTLS" if "SI " in page else "emailOptionSecuredTLS"
    server = smtp_server(tls="starttls", auth=True)
    server.password = "Password"
    lines, err = run(page.replace(constant, option), ca_file=pki.ca_file,
                     **routed(server, "smtp.gmail.com", 587))
    assert lines == ["0"], (lines, err)
    assert server.auth_attempts == [("PLAIN", b"myaddress@gmail.com", b"Password")]
    [got] = server.messages
    assert got.login == b"myaddress@gmail.com" and err == "", (got, err)


@pytest.mark.parametrize("option", ["", ", 1", ", emailOptionSecuredTLS + 0"])
def test_the_french_examples_in_lower_case_without_accents(smtp_server, pki, option):
    """Both French examples typed in lower case without accents (`si ... alors`,
    `emailouvresessionsmtp`, `erreurdetectee`, `emailoptionsecurisetls`) run as written:
    example 1 on the plain server (AUTH in clear on loopback), example 2 over STARTTLS
    with its option as written, as a number, or as a sum."""
    plain = smtp_server(auth=True)
    plain.password = "Password"
    lines, err = run(as_written_in_lower_case_without_accents(
        EXAMPLE1_FR.format(password="Password")), **routed(plain, "smtp.gmail.com", 25)
        | routed(plain, "smtp.orange.fr", 25))
    assert lines == ["0, 10"] and err == "", (lines, err)
    assert [m for m, _, _ in plain.auth_attempts] == ["PLAIN"] and len(plain.messages) == 1
    secure = smtp_server(tls="starttls", auth=True)
    secure.password = "Password"
    page = EXAMPLE2_FR if not option else EXAMPLE2_FR.replace(", emailOptionSécuriséTLS", option)
    lines, err = run(as_written_in_lower_case_without_accents(page), ca_file=pki.ca_file,
                     **routed(secure, "smtp.gmail.com", 587))
    assert lines == ["0"] and err == "", (lines, err)
    assert secure.auth_attempts == [("PLAIN", b"myaddress@gmail.com", b"Password")]
    [got] = secure.messages
    assert got.rcpt_tos == ["bob@example.test"]
