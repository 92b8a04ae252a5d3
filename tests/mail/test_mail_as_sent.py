"""The message as sent: an Email structure filled with everything a WINDEV developer sets
(accented subject and sender name, several recipients, Cc, Bcc, ReplyTo, text and HTML,
attachments with accented names, a PDF of every byte value, Priority, a read receipt,
Confidentiality),
written in English and in French, sent by a WLanguage program to a real aiosmtpd server
on 127.0.0.1, then parsed back with Python's e-mail parser: every field comes back as the
script wrote it (RFC 2047 encoded words or SMTPUTF8 for the headers, RFC 2231 for the
file names), the Bcc address is in the envelope and in no header."""
from __future__ import annotations

import io
from email import message_from_bytes, message_from_string, policy
from pathlib import Path

import pytest

from mail_helpers import USER
from wlinterp.engine import run_source

SUBJECT = ("Facture n° 42 — réglée ✓ (août) : relevé des consommations d'eau du trimestre, "
           "pénalités de retard annulées, échéancier joint")
TEXT = "Bonjour Zoé,\nVotre facture d'août est réglée : 1 250,00 €.\nÀ bientôt."
HTML = "<p>Bonjour Zoé,</p><p>Facture d'août réglée : <b>1 250,00 €</b>.</p>"
PDF_NAME = "Relevé d'août — société Générale des Eaux 2026.pdf"
CSV_NAME = "données été.csv"
CC = '"Martin, Chloé" <chloe@example.test>'

SEND_EN = """
IF EmailStartSMTPSession("{user}", "127.0.0.1", {port}) THEN
    EmailReset()
    Email.Sender = "Zoé Élan <zoe@example.test>"
    Email.ReplyTo = "Service clients <support@example.test>"
    Email.NbRecipient = 2
    Email.Recipient[1] = "bob@example.test"
    Email.Recipient[2] = "José Núñez <jose@example.test>"
    Email.NbCc = 1
    Email.Cc[1] = "{cc}"
    Email.NbBcc = 1
    Email.Bcc[1] = "archive@example.test"
    Email.Subject = "{subject}"
    Email.Message = "{text}"
    Email.HTML = "{html}"
    Email.NbAttach = 2
    Email.Attach[1] = "{pdf}"
    Email.Attach[2] = "{csv}"
    Email.Priority = emailHighPriority
    Email.DispositionNotification = True
    Email.Confirmation = True
    Email.Confidentiality = emailCompanyConfidential
    Trace(EmailSendMessage("{user}"), ErrorInfo())
    EmailCloseSession("{user}")
END
"""

SEND_FR = """
SI EmailOuvreSessionSMTP("{user}", "127.0.0.1", {port}) ALORS
    EmailRAZ()
    Email.Expéditeur = "Zoé Élan <zoe@example.test>"
    Email.AdresseExpéditeur = "Service clients <support@example.test>"
    Email.NbDestinataire = 2
    Email.Destinataire[1] = "bob@example.test"
    Email.Destinataire[2] = "José Núñez <jose@example.test>"
    Email.NbCc = 1
    Email.Cc[1] = "{cc}"
    Email.NbCci = 1
    Email.Cci[1] = "archive@example.test"
    Email.Sujet = "{subject}"
    Email.Message = "{text}"
    Email.HTML = "{html}"
    Email.NbAttache = 2
    Email.Attache[1] = "{pdf}"
    Email.Attache[2] = "{csv}"
    Email.Priorité = emailPrioritéHaute
    Email.DispositionNotification = Vrai
    Email.AccuséRéception = Vrai
    Email.Confidentialité = emailConfidentielEntreprise
    Trace(EmailEnvoieMessage("{user}"), ErreurInfo())
    EmailFermeSession("{user}")
FIN
"""


def _wl_text(text: str) -> str:
    """`text` as the inside of a WLanguage string literal, its line breaks as CR."""
    return text.replace('"', '""').replace("\n", '" + CR + "')


def _send(script: str, port: int, pdf: Path, csv: Path) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(script.format(user=USER, port=port, subject=SUBJECT, text=_wl_text(TEXT),
                             html=_wl_text(HTML), pdf=pdf, csv=csv, cc=_wl_text(CC)),
               "as_sent.wl", stdout=out, stderr=err)
    assert err.getvalue() == ""
    return out.getvalue().splitlines()


@pytest.mark.parametrize("smtputf8", [False, True], ids=["encoded-words", "smtputf8"])
@pytest.mark.parametrize("script", [SEND_EN, SEND_FR], ids=["en", "fr"])
def test_every_field_set_comes_back_from_the_message_as_sent(smtp_server, tmp_path, script,
                                                             smtputf8):
    pdf = tmp_path / PDF_NAME
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    csv = tmp_path / CSV_NAME
    csv.write_bytes("réf;libellé\nA1;Lampe à poser\n".encode("cp1252"))
    server = smtp_server(enable_SMTPUTF8=smtputf8)
    assert _send(script, server.port, pdf, csv) == ["1, "]
    [got] = server.messages
    assert got.mail_from == "zoe@example.test"
    assert got.rcpt_tos == ["bob@example.test", "jose@example.test", "chloe@example.test",
                            "archive@example.test"]
    assert got.data.isascii() is not smtputf8  # encoded words unless SMTPUTF8 was offered
    msg = (message_from_string(got.data.decode("utf-8"), policy=policy.default) if smtputf8
           else message_from_bytes(got.data, policy=policy.default))  # (the bytes parser
    # reads 8-bit headers as undecodable: an SMTPUTF8 message is UTF-8 text, RFC 6532)
    assert msg.defects == [] and all(part.defects == [] for part in msg.walk())
    assert str(msg["From"]) == "Zoé Élan <zoe@example.test>"
    assert str(msg["Reply-To"]) == "Service clients <support@example.test>"
    assert [str(a) for a in msg["To"].addresses] == ["bob@example.test",
                                                     "José Núñez <jose@example.test>"]
    [cc] = msg["Cc"].addresses
    assert (cc.display_name, cc.addr_spec) == ("Martin, Chloé", "chloe@example.test")
    assert "Bcc" not in msg and b"archive@example.test" not in got.data
    assert msg["Subject"] == SUBJECT
    assert msg["X-Priority"] == "1 (Highest)" and msg["Importance"] == "High"
    assert str(msg["Disposition-Notification-To"]) == "zoe@example.test"  # a mailbox (RFC 8098)
    assert str(msg["Return-Receipt-To"]) == "zoe@example.test"  # the delivery receipt
    assert msg["Sensitivity"] == "Company-Confidential"  # RFC 2156, as Outlook writes it
    assert msg["Message-ID"] and msg["Date"] and msg["MIME-Version"] == "1.0"
    assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n").rstrip("\n") == TEXT
    assert msg.get_body(("html",)).get_content().replace("\r\n", "\n").rstrip("\n") == HTML
    attachments = list(msg.iter_attachments())
    assert [a.get_filename() for a in attachments] == [PDF_NAME, CSV_NAME]
    assert [a.get_content_type() for a in attachments] == ["application/pdf", "text/csv"]
    assert attachments[0].get_payload(decode=True) == pdf.read_bytes()
    assert attachments[1].get_payload(decode=True) == csv.read_bytes()
    if not smtputf8:  # the names in RFC 2231's form, not as raw 8-bit text
        assert b"filename*=" in got.data
