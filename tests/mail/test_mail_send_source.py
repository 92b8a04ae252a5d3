"""EmailSend / EmailEnvoie: a message whose source the script wrote (here, EmailBuildSource's
Source saved to a file) is sent as it is, to the envelope of the Email structure, against
a real aiosmtpd server on 127.0.0.1 (stdlib/email_send_source.py, wlinterp/mail/raw_source.py)."""
from __future__ import annotations

import io

import pytest

from mail_helpers import USER
from wlinterp.engine import run_source

SEND_EN = """
IF EmailStartSMTPSession("{user}", "127.0.0.1", {port}) THEN
    Email.Sender = "{user}"
    Email.Recipient[1] = "bob@example.test"
    Email.Bcc[1] = "archive@example.test"
    Email.Subject = "Built by hand"
    Email.Message = "Line one" + CR + "." + CR + "Line three"
    IF EmailBuildSource() THEN
        fSaveText("{path}", Email.Source)
        Trace(EmailSend("{user}", "{path}"), EmailStatus(Email.MailIdentifier) = emailSent)
        Trace(Email.MailIdentifier <> "")
    END
    Trace(EmailSend("{user}", "{path}.missing"), ErrorInfo())
    EmailCloseSession("{user}")
END
"""

SEND_FR = """
SI EmailOuvreSessionSMTP("{user}", "127.0.0.1", {port}) ALORS
    Email.Expéditeur = "{user}"
    Email.Destinataire[1] = "bob@example.test"
    fSauveTexte("{path}", "Subject: brut" + RC + "From: {user}" + RC + RC + "corps")
    Trace(EmailEnvoie("{user}", "{path}"))
    Trace(EmailParamètre(emailParamètreMode, 1))
    EmailFermeSession("{user}")
FIN
"""


def run(text: str) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(text, "send_source.wl", stdout=out, stderr=err)
    assert err.getvalue() == ""
    return out.getvalue().splitlines()


def test_a_built_source_is_sent_as_it_is_to_the_structure_s_envelope(smtp_server, tmp_path):
    server = smtp_server()
    path = tmp_path / "message.eml"
    lines = run(SEND_EN.format(user=USER, port=server.port, path=path))
    assert lines[:2] == ["1, 1", "1"], lines
    assert lines[2] == (f"0, EmailSend: cannot read the message file '{path}.missing' (No such "
                        "file or directory)."), lines
    [got] = server.messages
    assert got.mail_from == USER
    assert got.rcpt_tos == ["bob@example.test", "archive@example.test"]
    source = path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    assert got.data == source  # as written, the lone "." line included (dot-stuffed on the wire)
    assert b"archive@example.test" not in got.data  # Bcc: the envelope only


def test_in_french_with_email_parametre(smtp_server, tmp_path):
    server = smtp_server()
    path = tmp_path / "brut.eml"
    assert run(SEND_FR.format(user=USER, port=server.port, path=path)) == ["1", "1"]
    [got] = server.messages
    assert got.data == f"Subject: brut\r\nFrom: {USER}\r\n\r\ncorps\r\n".encode()  # ended


def _send_file(server, tmp_path, content: bytes, recipient: str = "bob@example.test") -> list[str]:
    path = tmp_path / "m.eml"
    path.write_bytes(content)
    return run(f'EmailStartSMTPSession("{USER}", "127.0.0.1", {server.port})\n'
               f'Email.Sender = "{USER}"\nEmail.Recipient[1] = "{recipient}"\n'
               f'Trace(EmailSend("{USER}", "{path}"))\nTrace(ErrorInfo())\n')


def test_what_cannot_be_a_message_is_refused_before_anything_is_sent(smtp_server, tmp_path):
    server = smtp_server()
    for content, why in [(b"", "is empty: there is no message to send"),
                         (b"Subject: a\r\n\r\nNUL\x00here", "holds a NUL byte"),
                         (b"Just some text\r\n", "does not start with a header line")]:
        lines = _send_file(server, tmp_path, content)
        assert lines[0] == "0" and why in lines[1], lines
    lines = _send_file(server, tmp_path, b"Subject: a\r\n\r\nbody", recipient="")
    assert lines[0] == "0" and "has no recipient" in lines[1], lines
    assert server.messages == [] and "MAIL" not in server.commands


def test_a_smuggled_end_of_data_stays_inside_the_one_message(smtp_server, tmp_path):
    """Bare LF and CR line ends become CRLF and a line "." is dot-stuffed: the server gets
    one message holding every line, never a second transaction."""
    server = smtp_server()
    content = (b"Subject: smuggle\n\nfirst\n.\nMAIL FROM:<evil@example.test>\r\n"
               b"RCPT TO:<victim@example.test>\rDATA\n")
    assert _send_file(server, tmp_path, content)[0] == "1"
    [got] = server.messages
    assert got.data == (b"Subject: smuggle\r\n\r\nfirst\r\n.\r\nMAIL FROM:<evil@example.test>"
                        b"\r\nRCPT TO:<victim@example.test>\r\nDATA\r\n")
    assert server.commands.count("MAIL") == 1 and got.rcpt_tos == ["bob@example.test"]


def test_a_byte_order_mark_before_the_headers_is_dropped(smtp_server, tmp_path):
    server = smtp_server()
    assert _send_file(server, tmp_path, b"\xef\xbb\xbfSubject: bom\r\n\r\nbody")[0] == "1"
    assert server.messages[0].data == b"Subject: bom\r\n\r\nbody\r\n"


def test_the_message_id_of_the_source_is_the_identifier(smtp_server, tmp_path):
    server = smtp_server()
    path = tmp_path / "m.eml"
    path.write_bytes(b"Message-ID: <abc.42@example.test>\r\nSubject: x\r\n\r\nbody\r\n")
    lines = run(f'EmailStartSMTPSession("{USER}", "127.0.0.1", {server.port})\n'
                f'Email.Sender = "{USER}"\nEmail.Recipient[1] = "bob@example.test"\n'
                f'Trace(EmailSend("{USER}", "{path}"), Email.MailIdentifier)\n'
                'Trace(EmailStatus("<abc.42@example.test>") = emailSent)\n')
    assert lines == ["1, <abc.42@example.test>", "1"]


def test_close_session_as_a_function_and_as_a_method(smtp_server):
    """FermeSession / CloseSession: EmailCloseSession's prefix-syntax names, called as a
    function or on the emailSMTPSession variable; the session is really closed (QUIT)."""
    server = smtp_server()
    lines = run(f'Trace(EmailStartSMTPSession("{USER}", "127.0.0.1", {server.port}))\n'
                f'Trace(FermeSession("{USER}"))\n'
                f's is emailSMTPSession\ns.ServerAddress = "127.0.0.1"\ns.Port = {server.port}\n'
                f's.Name = "{USER}"\nTrace(EmailStartSMTPSession(s), s.CloseSession())\n'
                'WHEN EXCEPTION IN\n    EmailSendMessage(s)\nDO\n'
                '    Trace(Position(ExceptionInfo(), "was closed by EmailCloseSession") > 0)\nEND\n')
    assert lines == ["1", "1", "1, 1", "1"], lines


def test_an_asynchronous_session_queues_the_source(smtp_server, tmp_path):
    """EmailSend on an asynchronous session returns at once; EmailCloseSession waits for
    the queue; the message arrives as written and EmailStatus follows it."""
    server = smtp_server()
    path = tmp_path / "m.eml"
    path.write_bytes(b"Message-ID: <queued.1@example.test>\r\nSubject: q\r\n\r\nbody\r\n")
    lines = run(f'EmailStartSMTPSession("{USER}", "127.0.0.1", {server.port}, True)\n'
                f'Email.Sender = "{USER}"\nEmail.Recipient[1] = "bob@example.test"\n'
                f'Trace(EmailSend("{USER}", "{path}"))\n'
                f'Trace(EmailCloseSession("{USER}"), EmailStatus(Email.MailIdentifier) = emailSent)\n')
    assert lines == ["1", "1, 1"]
    [got] = server.messages
    assert got.data == b"Message-ID: <queued.1@example.test>\r\nSubject: q\r\n\r\nbody\r\n"


TWICE_EN = """
IF EmailStartSMTPSession("{user}", "127.0.0.1", {port}) THEN
    Email.Sender = "{user}"
    Email.Recipient[1] = "bob@example.test"
    fSaveText("{path}", "Subject: twice" + CR + "Message-ID: <same.1@example.test>" + CR + CR + "body")
    Trace(EmailSend("{user}", "{path}"))
    sFirst is string = Email.MailIdentifier
    Email.Recipient[1] = "refused@example.test"
    Trace(EmailSend("{user}", "{path}"))
    sSecond is string = Email.MailIdentifier
    Trace(sFirst, sSecond)
    Trace(EmailStatus(sFirst) = emailSent, EmailStatus(sSecond) = emailError)
    EmailCloseSession("{user}")
END
"""

TWICE_FR = """
SI EmailOuvreSessionSMTP("{user}", "127.0.0.1", {port}) ALORS
    Email.Expéditeur = "{user}"
    Email.Destinataire[1] = "bob@example.test"
    fSauveTexte("{path}", "Subject: deux fois" + RC + "Message-ID: <same.1@example.test>" + RC + RC + "corps")
    Trace(EmailEnvoie("{user}", "{path}"))
    sPremier est une chaîne = Email.IdentifiantMail
    Email.Destinataire[1] = "refused@example.test"
    Trace(EmailEnvoie("{user}", "{path}"))
    Trace(sPremier, Email.IdentifiantMail)
    Trace(EmailEtat(sPremier) = emailEnvoyé, EmailEtat(Email.IdentifiantMail) = emailErreur)
    EmailFermeSession("{user}")
FIN
"""


@pytest.mark.parametrize("script", [TWICE_EN, TWICE_FR], ids=["en", "fr"])
def test_a_message_sent_twice_has_a_status_for_each_send(smtp_server, tmp_path, script):
    """The same source (one Message-ID) sent twice: the second send's identifier is
    `<id>#2`, so EmailStatus tells the first (sent) from the second (refused)."""
    server = smtp_server()
    server.rcpt_replies["refused@example.test"] = "550 no such user"
    lines = run(script.format(user=USER, port=server.port, path=tmp_path / "m.eml"))
    assert lines[0] == "1" and lines[1].startswith("0"), lines
    assert lines[2:] == ["<same.1@example.test>, <same.1@example.test>#2", "1, 1"], lines
    assert len(server.messages) == 1


# EmailSend's page (?3032003, doc.windev.com; French page EmailEnvoie): its example as
# written, the file path replaced and the session the page assumes ("SessionSMTP") opened
# first on the capture server. The page's listing closes its last IF with one END too many
# (three ENDs for two IFs): the extra one is left out.
PAGE_EN = """EmailStartSMTPSession("SessionSMTP", "127.0.0.1", {port})
// Initialize the email structure
Email.NbRecipient = 1
Email.Recipient = "support_test@pcsoft_test.fr"
Email.Sender = "client@societe.fr"
Email.Message = "Test Auto eMail"

// Build the message
IF EmailBuildSource() = False THEN
	Error(ErrorInfo())
	RETURN
END

IF fSaveText("{path}", Email.Source) = False THEN
	Error(ErrorInfo())
ELSE
	EmailSend("SessionSMTP", "{path}")
	IF ErrorOccurred = True THEN
		Error(ErrorInfo())
	END
END
Trace(EmailStatus(Email.MailIdentifier) = emailSent)
"""

PAGE_FR = """EmailOuvreSessionSMTP("SessionSMTP", "127.0.0.1", {port})
// Initialisation de la structure email
Email.NbDestinataire = 1
Email.Destinataire = "support_test@pcsoft_test.fr"
Email.Expéditeur = "client@societe.fr"
Email.Message = "Test Auto eMail"

// Construction du message
SI EmailConstruitSource() = Faux ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN

SI fSauveTexte("{path}", Email.Source) = Faux ALORS
	Erreur(ErreurInfo())
SINON
	EmailEnvoie("SessionSMTP", "{path}")
	SI ErreurDétectée = Vrai ALORS
		Erreur(ErreurInfo())
	FIN
FIN
Trace(EmailEtat(Email.IdentifiantMail) = emailEnvoyé)
"""


@pytest.mark.parametrize("script", [PAGE_EN, PAGE_FR], ids=["en", "fr"])
def test_the_emailsend_page_example(smtp_server, tmp_path, script):
    """?3032003 as written: the source EmailBuildSource made, saved, then sent as it is."""
    server = smtp_server()
    path = tmp_path / "ContenuEmail.txt"
    assert run(script.format(port=server.port, path=path)) == ["1"]
    [got] = server.messages
    assert got.mail_from == "client@societe.fr"
    assert got.rcpt_tos == ["support_test@pcsoft_test.fr"]
    assert b"Test Auto eMail" in got.data
