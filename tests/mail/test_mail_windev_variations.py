"""The EmailStartSMTPSession page's example 2 as WINDEV developers vary it, against a
real aiosmtpd on 127.0.0.1 (STARTTLS on 587, implicit TLS on 465, AUTH PLAIN), routed
from smtp.gmail.com and the certificate verified against the test CA: keywords and
function names in any case, French with and without accents, no THEN/ALORS, the session
in an emailSMTPSession variable named as a window control would be (`SAI_Session`,
`EDT_Session`) with `..` or `.` members, and the Email structure filled both ways. Each
must start the session, authenticate once with the script's password and send one
message (the same checks as test_mail_examples.py's)."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source

FILL_EN = """
PROCEDURE Initialize_Email()
EmailReset()
Email.Sender = "myaddress@gmail.com"
Email.NbRecipient = 1
Email.Recipient[1] = "friend@example.com"
Email..Subject = "Invoice 12 paid"
Email.Message = "Hello"
"""
FILL_FR = """
PROCEDURE Initialise_Email()
EmailRAZ()
Email.Expéditeur = "myaddress@gmail.com"
Email.NbDestinataire = 1
Email.Destinataire[1] = "friend@example.com"
Email..Sujet = "Facture n°12 réglée"
Email.Message = "Bonjour"
"""
# {port} and {option}: the port and option constant of the case (STARTTLS or SSL)
EN_LOWER = """username is string = "myaddress@gmail.com"
emailsettimeout(10)
if emailstartsmtpsession(username, "Password", ...
        "smtp.gmail.com", {port}, false, {option}) = true then
    initialize_email()
    if emailsendmessage(username) = false then
        error()
    end
    emailclosesession(username)
    trace("sent")
else
    error("Unable to establish connection", errorinfo())
end
""" + FILL_EN
EN_NO_THEN = """UserName is string = "myaddress@gmail.com"
IF EmailStartSMTPSession(UserName, "Password", "smtp.gmail.com", {port}, False, {option})
    Initialize_Email()
    IF NOT EmailSendMessage(UserName) THEN Error()
    EmailCloseSession(UserName)
    Trace("sent")
ELSE
    Error(ErrorInfo(errMessage))
END
""" + FILL_EN
EN_CONTROL_NAMED = """EDT_Session is emailSMTPSession
EDT_Session.ServerAddress = "smtp.gmail.com"
EDT_Session.Name = "myaddress@gmail.com"
EDT_Session.Password = "Password"
EDT_Session.Port = {port}
EDT_Session.Option = {option}
IF EmailStartSession(EDT_Session) THEN
    Initialize_Email()
    IF EmailSendMessage(EDT_Session) = False THEN Error()
    EmailCloseSession(EDT_Session)
    Trace("sent")
ELSE
    Error(ErrorInfo())
END
""" + FILL_EN
FR_ACCENTS = """NomUtilisateur est une chaîne = "myaddress@gmail.com"
EmailChangeTimeOut(10)
SI EmailOuvreSessionSMTP(NomUtilisateur, "Password", ...
        "smtp.gmail.com", {port}, Faux, {option}) = Vrai ALORS
    Initialise_Email()
    SI EmailEnvoieMessage(NomUtilisateur) = Faux ALORS
        Erreur()
    FIN
    EmailFermeSession(NomUtilisateur)
    Trace("envoyé")
SINON
    Erreur("Impossible d'établir la connexion", ErreurInfo())
FIN
""" + FILL_FR
FR_UPPER_NO_ACCENTS = """NOMUTILISATEUR EST UNE CHAINE = "myaddress@gmail.com"
EMAILCHANGETIMEOUT(10)
SI EMAILOUVRESESSIONSMTP(NOMUTILISATEUR, "Password", "smtp.gmail.com", {port}, FAUX, {option})
    INITIALISE_EMAIL()
    SI PAS EMAILENVOIEMESSAGE(NOMUTILISATEUR) ALORS ERREUR()
    EMAILFERMESESSION(NOMUTILISATEUR)
    TRACE("envoye")
SINON
    ERREUR(ERREURINFO(errMessage))
FIN
""" + FILL_FR
FR_CONTROL_NAMED = """SAI_Session est un emailSessionSMTP
SAI_Session..AdresseServeur = "smtp.gmail.com"
SAI_Session..Nom = "myaddress@gmail.com"
SAI_Session..MotDePasse = "Password"
SAI_Session..Port = {port}
SAI_Session..Option = {option}
SI EmailOuvreSession(SAI_Session) ALORS
    Initialise_Email()
    SI EmailEnvoieMessage(SAI_Session) = Faux ALORS Erreur()
    EmailFermeSession(SAI_Session)
    Trace("envoyé")
SINON
    Erreur(ErreurInfo())
FIN
""" + FILL_FR

SCRIPTS = {"en_lower": (EN_LOWER, "sent"), "en_no_then": (EN_NO_THEN, "sent"),
           "en_control_named": (EN_CONTROL_NAMED, "sent"),
           "fr_accents": (FR_ACCENTS, "envoyé"),
           "fr_upper_no_accents": (FR_UPPER_NO_ACCENTS, "envoye"),
           "fr_control_named": (FR_CONTROL_NAMED, "envoyé")}
# (server TLS mode, port, option constant as an English and a French script writes it)
MODES = {"starttls": (587, "emailOptionSecuredTLS", "emailOptionSécuriséTLS"),
         "ssl": (465, "OptionSSL", "OptionSSL")}


@pytest.mark.parametrize("mode", sorted(MODES))
@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_a_variation_sends_one_authenticated_message(smtp_server, pki, name, mode):
    text, said = SCRIPTS[name]
    port, option_en, option_fr = MODES[mode]
    option = option_fr if name.startswith("fr") else option_en
    if name == "fr_upper_no_accents":
        option = option.upper().replace("É", "E")
    server = smtp_server(tls=mode, auth=True)
    server.password = "Password"
    out, err = io.StringIO(), io.StringIO()
    run_source(text.format(port=port, option=option), "variation.wl", stdout=out,
               stderr=err, options={"smtp_routes": {f"smtp.gmail.com:{port}":
                                                    ("127.0.0.1", server.port)},
                                    "ca_file": pki.ca_file})
    assert (out.getvalue(), err.getvalue()) == (said + "\n", "")
    assert server.auth_attempts == [("PLAIN", b"myaddress@gmail.com", b"Password")]
    [got] = server.messages
    assert got.mail_from == "myaddress@gmail.com" and got.rcpt_tos == ["friend@example.com"]
