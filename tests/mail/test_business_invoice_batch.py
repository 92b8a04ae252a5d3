"""Business code as WINDEV developers write it (issue 8, NET, method b): the month's
invoices sent in one SMTP session from the accounting export (tests/mail/business/
lot_factures_fr.wl: CONSTANTE, a structure filled from a CSV with accents and decimal
commas, an emailSessionSMTP variable, an Email variable per invoice,
EmailChargeFichierAttaché, EmailEnvoieMessage(session, mail), ErreurInfo read for the
server's code, CONTINUER, a "to retry" CSV written with fSauveTexte; invoice_batch_en.wl
its English twin), against aiosmtpd refusing one customer for good (550) and one for
now (452), one invoice's PDF missing. The two others arrive, each with its PDF; the
three failures are in the retry file with their kind; the session is one connection."""
from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest

from mail_helpers import run_routed

BUSINESS = Path(__file__).parent / "business"
LOT = ("numero;client;email;montant;fichier\r\n"
       "1001;Dupont SARL;compta@dupont.fr;1250,50;F1001.pdf\r\n"
       "1002;Boulangerie Lefèvre;inconnu@lefevre.fr;89,90;F1002.pdf\r\n"
       "1003;Éts Zoé;zoe@zoe.fr;10;F1003.pdf\r\n"
       "1004;Martin & Fils;plein@martin.fr;2000;F1004.pdf\r\n"
       "1005;Garage Renée;garage@renee.fr;345,00;F1005.pdf\r\n")
CASES = {
    "fr": ("lot_factures_fr.wl", "smtp.monentreprise.fr", "lot_decembre.csv", "a_relancer.csv",
           "2 facture(s) envoyée(s) sur 5, 1 refus définitif(s), 1 temporaire(s)",
           ["numero;email;motif;type", "1002;inconnu@lefevre.fr;{refused};définitif",
            "1003;zoe@zoe.fr;pièce jointe absente;fichier",
            "1004;plein@martin.fr;{later};temporaire"],
           "Facture n°{n} – {client}", "montant de {amount} € TTC"),
    "en": ("invoice_batch_en.wl", "smtp.mycompany.com", "lot_decembre.csv", "to_retry.csv",
           "2 invoice(s) sent out of 5, 1 refused for good, 1 for now",
           ["number;email;reason;kind", "1002;inconnu@lefevre.fr;{refused};permanent",
            "1003;zoe@zoe.fr;attachment missing;file",
            "1004;plein@martin.fr;{later};temporary"],
           "Invoice #{n} – {client}", "amount of {amount} € incl. VAT"),
}
SENT = [("1001", "Dupont SARL", "1250.50"), ("1005", "Garage Renée", "345.00")]


@pytest.mark.parametrize("lang", list(CASES))
def test_one_session_every_invoice_sent_or_listed(smtp_server: Any, tmp_path: Path, lang):
    name, host, lot, retry, said, rows, subject, amount = CASES[lang]
    server = smtp_server()
    server.rcpt_replies["inconnu@lefevre.fr"] = "550 5.1.1 No such user"
    server.rcpt_replies["plein@martin.fr"] = "452 4.2.2 Mailbox full"
    (tmp_path / lot).write_bytes(LOT.encode("utf-8"))
    for n in ("1001", "1002", "1004", "1005"):
        (tmp_path / f"F{n}.pdf").write_bytes(b"%PDF-1.4 invoice " + n.encode())
    code = (BUSINESS / name).read_text(encoding="utf-8").replace("{dossier}", str(tmp_path))
    assert run_routed(code, name, host, server.port) == [said]
    delivered = [m for m in server.messages]
    assert [m.rcpt_tos for m in delivered] == [["compta@dupont.fr"], ["garage@renee.fr"]]
    assert len({m.session_id for m in delivered}) == 1
    for m, (n, client, money) in zip(delivered, SENT):
        message = message_from_bytes(m.data, policy=policy.default)
        assert message["Subject"] == subject.format(n=n, client=client)
        assert amount.format(amount=money) in message.get_body(("plain",)).get_content()
        [pdf] = list(message.iter_attachments())
        assert pdf.get_filename() == f"F{n}.pdf"
        assert pdf.get_content() == b"%PDF-1.4 invoice " + n.encode()
    text = (tmp_path / retry).read_bytes().decode("utf-8").replace("\r\n", "\n")
    lines = text.splitlines()
    assert len(lines) == 4, lines
    assert lines[0] == rows[0] and lines[2] == rows[2], lines
    assert lines[1].startswith("1002;inconnu@lefevre.fr;") and "550 5.1.1 No such user" in \
        lines[1] and lines[1].endswith(rows[1].rsplit(";", 1)[1]), lines
    assert lines[3].startswith("1004;plein@martin.fr;") and "452 4.2.2 Mailbox full" in \
        lines[3] and lines[3].endswith(rows[3].rsplit(";", 1)[1]), lines
