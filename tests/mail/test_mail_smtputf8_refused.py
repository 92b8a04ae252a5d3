"""A server that announces 8BITMIME and SMTPUTF8 in its EHLO answer, then refuses what
they promise (docs/email.md "Fault catalogue"): a UTF-8 address refused at RCPT (553
5.6.7), the SMTPUTF8 parameter refused at MAIL (555), the UTF-8 message refused after
its data (554). Real aiosmtpd on 127.0.0.1, a WLanguage script in English and French:
each send is False with ErrorOccurred and the server's reply quoted, nothing is
delivered, and the next message of the same session (ASCII addresses) goes: nothing
hangs, nothing is lost silently."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source

SCRIPT_EN = '''IF EmailStartSMTPSession("compta@example.test", "127.0.0.1", {port}) THEN
	Email.Sender = "compta@example.test"
	Email.Recipient[1] = "jérôme@exemple.test"
	Email.Subject = "Relevé de décembre"
	Email.Message = "Bonjour Jérôme"
	Trace(EmailSendMessage("compta@example.test"), ErrorOccurred)
	Trace(ErrorInfo(errMessage))
	Trace(EmailStatus(Email.MailIdentifier) = emailError)
	Email.Recipient[1] = "jerome@exemple.test"
	Email.Subject = "Releve de decembre"
	Trace(EmailSendMessage("compta@example.test"), ErrorOccurred)
	EmailCloseSession("compta@example.test")
END
'''
SCRIPT_FR = '''SI EmailOuvreSessionSMTP("compta@example.test", "127.0.0.1", {port}) ALORS
	Email.Expéditeur = "compta@example.test"
	Email.Destinataire[1] = "jérôme@exemple.test"
	Email.Sujet = "Relevé de décembre"
	Email.Message = "Bonjour Jérôme"
	Trace(EmailEnvoieMessage("compta@example.test"), ErreurDétectée)
	Trace(ErreurInfo(errMessage))
	Trace(EmailEtat(Email.IdentifiantMail) = emailErreur)
	Email.Destinataire[1] = "jerome@exemple.test"
	Email.Sujet = "Releve de decembre"
	Trace(EmailEnvoieMessage("compta@example.test"), ErreurDétectée)
	EmailFermeSession("compta@example.test")
FIN
'''

CASES = {
    "rcpt": ("553 5.6.7 non-ASCII addresses are not permitted",
             "RCPT TO: 1 of 1 recipient(s) refused: <jérôme@exemple.test> (553 5.6.7 "
             "non-ASCII addresses are not permitted); the message was not sent."),
    "mail": ("555 5.5.4 SMTPUTF8 not available after all",
             "MAIL FROM <compta@example.test>: the server replied 555 5.5.4 SMTPUTF8 not "
             "available after all; the message was not sent."),
    "data": ("554 5.6.7 UTF-8 headers are refused",
             "end of data: the server replied 554 5.6.7 UTF-8 headers are refused; the "
             "message was not sent."),
}


def _refusing(server, case: str, reply: str) -> None:
    """Script the refusal of the UTF-8 message only (the ASCII one after it goes)."""
    if case == "rcpt":
        server.rcpt_replies["jérôme@exemple.test"] = reply
        return
    hook = server.handle_MAIL if case == "mail" else server.handle_DATA

    async def refuse_utf8(smtp, session, envelope, *args):
        utf8 = ("SMTPUTF8" in [str(o).upper() for o in args[-1]] if case == "mail"
                else any(not r.isascii() for r in envelope.rcpt_tos))
        if utf8:
            server.commands.append(case.upper())
            return reply
        return await hook(smtp, session, envelope, *args)

    setattr(server, "handle_MAIL" if case == "mail" else "handle_DATA", refuse_utf8)


@pytest.mark.parametrize("text", [SCRIPT_EN, SCRIPT_FR], ids=["en", "fr"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_server_announcing_smtputf8_then_refusing_it(smtp_server, text, case):
    server = smtp_server(enable_SMTPUTF8=True)
    reply, said = CASES[case]
    _refusing(server, case, reply)
    out, err = io.StringIO(), io.StringIO()
    run_source(text.format(port=server.port), "utf8.wl", stdout=out, stderr=err)
    assert out.getvalue().splitlines() == [
        "0, 1", f"SMTP server 127.0.0.1:{server.port}, {said}", "1", "1, 0"], \
        (out.getvalue(), err.getvalue())
    [got] = server.messages
    assert got.rcpt_tos == ["jerome@exemple.test"] and not got.smtp_utf8
    assert b"Subject: Releve de decembre" in got.data
