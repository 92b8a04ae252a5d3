"""Business code as WINDEV developers write it (issue 8, NET, method b): a procedure that
sends an invoice PDF with a French subject holding accents, over STARTTLS with a password,
in French (tests/mail/business/envoi_facture.wl: CONSTANTE block, LOCAL parameters, an
optional currency parameter, `..` properties, ChaîneConstruit, EmailChargeFichierAttaché)
and its English twin; run unedited but for the file names and the password, against the
loopback aiosmtpd server the session's host is routed to (TLS checked against that host).
What the server received is checked: the decoded subject, the sender's display name, the
body, the attachment's name and bytes; a missing attachment sends nothing."""
from __future__ import annotations

import io
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
PASSWORD = "Factur3s-2026"
PDF = b"%PDF-1.4\n% invoice 42\n"


@pytest.mark.parametrize("name, host, said, subject, sender, body", [
    ("envoi_facture.wl", "smtp.monentreprise.fr",
     ["Facture 42 envoyée à client.dupont@exemple.fr", "1", "Pièce jointe introuvable", "0"],
     "Votre facture n°42 - Société Générale d'Électricité",
     "Comptabilité <compta@monentreprise.fr>",
     "Veuillez trouver ci-joint la facture n°42 d'un montant de 1234.5 €."),
    ("send_invoice.wl", "smtp.mycompany.com",
     ["Invoice 42 sent to john.smith@example.com", "1", "Attachment not found", "0"],
     "Your invoice #42 - Société Générale d'Électricité",
     "Accounts Département <accounts@mycompany.com>",
     "Please find attached invoice #42 for 1234.5 €."),
], ids=["fr", "en"])
def test_an_invoice_sent_by_a_business_procedure(smtp_server, pki, tmp_path: Path, name: str,
                                                 host: str, said: list[str], subject: str,
                                                 sender: str, body: str) -> None:
    server = smtp_server(tls="starttls", auth=True, require_starttls=True)
    server.password = PASSWORD
    pdf = tmp_path / "Facture_2026-042.pdf"
    pdf.write_bytes(PDF)
    code = (BUSINESS / name).read_text(encoding="utf-8").replace("{pdf}", str(pdf)) \
        .replace("{absent}", str(tmp_path / "absente.pdf")).replace("{password}", PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err, options={
        "smtp_routes": {f"{host}:587": ("127.0.0.1", server.port)}, "ca_file": pki.ca_file})
    assert (out.getvalue().splitlines(), err.getvalue()) == (said, "")
    [got] = server.messages
    msg = message_from_bytes(got.data, policy=policy.default)
    assert msg["Subject"] == subject and msg["From"] == sender
    text, attachment = msg.iter_parts()
    assert body in text.get_content()
    assert attachment.get_filename() == "Facture_2026-042.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == PDF
