"""Faults in the middle of a session that the catalogue's other tests draw only at one
step (docs/email.md, "Fault catalogue"), against a real aiosmtpd on 127.0.0.1, as a
WINDEV script meets them: a server that answers 421 to the second message of a session
and closes (the first stays sent, the second is False in words, the third goes on a new
connection: nothing silently lost, nothing sent twice), and a server that drops the
connection right after a completed STARTTLS handshake (a failed start, no password nor
message sent). English and French scripts.
"""
from __future__ import annotations

import io
from typing import Any

import pytest

from smtp_recorder import Recorder
from wlinterp.engine import run_source

SESSION_EN = '''EmailSetTimeOut(5)
IF NOT EmailStartSMTPSession("night@shop.test", "127.0.0.1", {port}) THEN
	Trace("start", ErrorInfo(errMessage))
	RETURN
END
FOR i = 1 _TO_ 3
	EmailReset()
	Email.Sender = "night@shop.test"
	Email.Recipient[1] = "boss@shop.test"
	Email.Subject = "Report " + i
	Email.Message = "part " + i
	IF EmailSendMessage("night@shop.test") THEN
		Trace(i, "sent", EmailStatus(Email.MailIdentifier) = emailSent)
	ELSE
		Trace(i, "failed", ErrorOccurred, EmailStatus(Email.MailIdentifier) = emailError, ErrorInfo(errMessage))
	END
END
Trace(EmailCloseSession("night@shop.test"))
'''
SESSION_FR = '''EmailChangeTimeOut(5)
SI PAS EmailOuvreSessionSMTP("night@shop.test", "127.0.0.1", {port}) ALORS
	Trace("start", ErreurInfo(errMessage))
	RETOUR
FIN
POUR i = 1 _A_ 3
	EmailRAZ()
	Email.Expéditeur = "night@shop.test"
	Email.Destinataire[1] = "boss@shop.test"
	Email.Sujet = "Rapport " + i
	Email.Message = "partie " + i
	SI EmailEnvoieMessage("night@shop.test") ALORS
		Trace(i, "sent", EmailEtat(Email.IdentifiantMail) = emailEnvoyé)
	SINON
		Trace(i, "failed", ErreurDétectée, EmailEtat(Email.IdentifiantMail) = emailErreur, ErreurInfo(errMessage))
	FIN
FIN
Trace(EmailFermeSession("night@shop.test"))
'''


class ClosingOnSecondMail(Recorder):
    """aiosmtpd handler: the second MAIL FROM of the run is answered 421 and the
    connection closed (a server going down for maintenance between two messages)."""

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.commands.count("MAIL") == 1:
            self.commands.append("MAIL")
            await server.push("421 4.3.2 service shutting down")
            server.transport.close()
            return "421 4.3.2 never seen"
        return await super().handle_MAIL(server, session, envelope, address, mail_options)


def run(source: str, **options: Any) -> tuple[list[str], str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(source, "faults.wl", stdout=out, stderr=err, options=options)
    return out.getvalue().splitlines(), err.getvalue()


@pytest.mark.parametrize("source", [SESSION_EN, SESSION_FR], ids=["en", "fr"])
def test_a_421_between_two_messages(smtp_server, source):
    """Message 1 sent; message 2 refused by the 421 (False, ErrorOccurred, emailError,
    the server's words); message 3 sent on a new connection. The server holds 1 and 3,
    each once."""
    server = smtp_server(ClosingOnSecondMail())
    lines, err = run(source.format(port=server.port))
    assert lines[0] == "1, sent, 1", (lines, err)
    assert lines[1].startswith("2, failed, 1, 1, SMTP server 127.0.0.1:"), lines
    assert "MAIL FROM" in lines[1] and "421 4.3.2 service shutting down" in lines[1], lines
    assert "not sent" in lines[1], lines
    assert lines[2:] == ["3, sent, 1", "1"], (lines, err)
    assert [m.data.rsplit(b"\r\n\r\n", 1)[1][-3:] for m in server.messages] == [b"1\r\n", b"3\r\n"]
    assert server.messages[0].session_id != server.messages[1].session_id
    assert err == "", err


class DroppingAfterStartTLS(Recorder):
    """aiosmtpd handler: once the TLS handshake is done, the EHLO that follows it is
    met by a close (a server whose TLS front end dies)."""

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        self.commands.append("EHLO")
        if session.ssl:
            server.transport.close()
        return responses


START_TLS_EN = '''EmailSetTimeOut(5)
Trace(EmailStartSMTPSession("u@shop.test", "Secret-Pa55", "smtp.example.test", {port}, False, emailOptionSecuredTLS), ErrorOccurred)
Trace(ErrorInfo(errMessage))
'''
START_TLS_FR = '''EmailChangeTimeOut(5)
Trace(EmailOuvreSessionSMTP("u@shop.test", "Secret-Pa55", "smtp.example.test", {port}, Faux, emailOptionSécuriséTLS), ErreurDétectée)
Trace(ErreurInfo(errMessage))
'''


@pytest.mark.parametrize("source", [START_TLS_EN, START_TLS_FR], ids=["en", "fr"])
def test_a_drop_right_after_starttls(smtp_server, pki, source):
    """STARTTLS accepted, the handshake completed (the certificate verified), then the
    connection closed at the EHLO over TLS: EmailStartSMTPSession False, ErrorOccurred,
    ErrorInfo naming the server, the step and the close; the password never sent. The
    step is "EHLO after STARTTLS" (it said "EHLO", as if the server had dropped the link
    before any TLS: the two are told apart now)."""
    server = smtp_server(DroppingAfterStartTLS(), tls="starttls", auth=True)
    route = {f"smtp.example.test:{server.port}": ("127.0.0.1", server.port)}
    lines, err = run(source.format(port=server.port), ca_file=pki.ca_file, smtp_routes=route)
    assert lines[0] == "0, 1", (lines, err)
    assert lines[1].startswith(f"SMTP server smtp.example.test:{server.port} (routed to "), lines
    assert lines[1].endswith(", EHLO after STARTTLS: the server closed the connection."), lines
    assert "Secret" not in lines[1], lines
    assert server.commands == ["EHLO", "EHLO"] and server.auth_attempts == []
    assert server.messages == [] and err == "", err
