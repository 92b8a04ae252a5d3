"""emailSMTPSession's `AsynchronousMode` / `ModeAsynchrone` and ErrorInfo after
EmailCloseSession (NET, issue 8; docs/email.md "Asynchronous sessions", INFERRED and
*decided*): the member was "'AsynchronousMode' is not a property of emailSMTPSession",
a fatal error. It is the Asynchronous member under another name: the message is queued
(EmailSendMessage True at once, a refused recipient reported by EmailCloseSession, False,
ErrorInfo naming it, and on stderr). A synchronous session whose last send failed closes
with True, ErrorOccurred False and ErrorInfo "": EmailCloseSession, like every function
that can fail, clears the last error when it starts. Against aiosmtpd, EN and FR."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source

EN = """s is emailSMTPSession
s.ServerAddress = "127.0.0.1"
s.Port = {port}
s.Name = "shop@example.test"
s.AsynchronousMode = {mode}
Trace(s.AsynchronousMode, s.Asynchronous, EmailStartSession(s))
Email.Sender = "shop@example.test"
Email.Recipient[1] = "refused@example.test"
Email.Subject = "Invoice"
Email.Message = "Please find your invoice."
Trace(EmailSendMessage(s), ErrorOccurred)
Trace(EmailCloseSession(s), ErrorOccurred, "[" + ErrorInfo() + "]")
"""
FR = """s est une emailSessionSMTP
s..AdresseServeur = "127.0.0.1"
s..Port = {port}
s..Nom = "boutique@exemple.test"
s..ModeAsynchrone = {mode}
Trace(s..ModeAsynchrone, s..Asynchrone, EmailOuvreSession(s))
Email.Expediteur = "boutique@exemple.test"
Email.Destinataire[1] = "refused@example.test"
Email.Sujet = "Facture"
Email.Message = "Veuillez trouver votre facture."
Trace(EmailEnvoieMessage(s), ErreurDétectée)
Trace(EmailFermeSession(s), ErreurDétectée, "[" + ErreurInfo() + "]")
"""
REFUSAL = "550 5.1.1 No such user"


def _run(code: str, port: int, mode: str) -> tuple[list[str], str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(code.format(port=port, mode=mode), "async.wl", stdout=out, stderr=err)
    return out.getvalue().splitlines(), err.getvalue()


@pytest.mark.parametrize("code, mode", [(EN, "True"), (FR, "Vrai")], ids=["en", "fr"])
def test_the_asynchronous_mode_member_queues_and_the_close_reports(smtp_server, code, mode):
    server = smtp_server()
    server.rcpt_replies["refused@example.test"] = REFUSAL
    lines, err = _run(code, server.port, mode)
    assert lines[0] == "1, 1, 1", lines
    assert lines[1] == "1, 0", lines  # queued: True at once
    assert lines[2].startswith("0, 1, [1 queued message(s) of the e-mail session "), lines
    assert REFUSAL in lines[2], lines
    [report] = err.splitlines()
    assert report.startswith("Email: message <") and REFUSAL in report, err
    assert server.messages == []


@pytest.mark.parametrize("code, mode", [(EN, "False"), (FR, "Faux")], ids=["en", "fr"])
def test_a_close_after_a_failed_send_clears_error_info(smtp_server, code, mode):
    server = smtp_server()
    server.rcpt_replies["refused@example.test"] = REFUSAL
    lines, err = _run(code, server.port, mode)
    assert lines == ["0, 0, 1", "0, 1", "1, 0, []"], lines
    assert err == ""
    assert server.messages == []
