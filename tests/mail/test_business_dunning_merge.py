"""Business code as WINDEV developers write it (issue 8, NET, method b): a mail merge of
reminders for overdue invoices from an array of structures
(tests/mail/business/relances_publipostage.wl: CONSTANTE templates whose {TAGS} Remplace
fills, a structure with a Date and a monétaire, procedures with LOCAL parameters, POUR
TOUT with CONTINUE, SELON `CAS 1 À 15 :`, DateDifférence, DateVersChaîne, EmailRAZ and
the Email structure in a loop over one session; dunning_mail_merge.wl, its English
twin), against aiosmtpd on 127.0.0.1: only the overdue invoices are sent, over one
session, each with its own amounts; a bad address is reported with its invoice and the
others still go. Passed as written (a template written with [%NOM%] tags is WLanguage's
string interpolation, refused in a CONSTANT: docs/semantics.md)."""
from __future__ import annotations

import io
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"


@pytest.mark.parametrize("name, host, said, subjects, body", [
    ("relances_publipostage.wl", "smtp.boutique.test",
     ["F-2026-121 non envoyée : EmailEnvoieMessage: Email.Destinataire[1] 'pas-une-adresse' "
      "is not an e-mail address (no '@').", "3 relance(s) envoyée(s) sur 5"],
     ["Relance dernière : facture F-2026-101 échue depuis 46 jours",
      "Relance amicale : facture F-2026-117 échue depuis 10 jours",
      "Relance amicale : facture F-2026-120 échue depuis 4 jours"],
     "Bonjour Mme Hélène Dûpont,\n\nSauf erreur de notre part, la facture F-2026-101 de "
     "1250.50 € arrivée à échéance le 20/10/2026 reste impayée."),
    ("dunning_mail_merge.wl", "smtp.shop.test",
     ["F-2026-121 not sent: EmailSendMessage: Email.Recipient[1] 'not-an-address' is not "
      "an e-mail address (no '@').", "3 reminder(s) sent out of 5"],
     ["Last reminder: invoice F-2026-101 overdue for 46 days",
      "Friendly reminder: invoice F-2026-117 overdue for 10 days",
      "Friendly reminder: invoice F-2026-120 overdue for 4 days"],
     "Dear Mrs Hélène Dûpont,\n\nUnless we are mistaken, invoice F-2026-101 for 1250.50 €, "
     "due on 20/10/2026, is still unpaid.")], ids=["fr", "en"])
def test_the_overdue_invoices_are_merged_and_sent(smtp_server, name, host, said, subjects,
                                                  body) -> None:
    server = smtp_server()
    out, err = io.StringIO(), io.StringIO()
    run_source((BUSINESS / name).read_text(encoding="utf-8"), name, stdout=out, stderr=err,
               options={"smtp_routes": {f"{host}:25": ("127.0.0.1", server.port)}})
    assert (out.getvalue().splitlines(), err.getvalue()) == (said, "")
    got = [message_from_bytes(m.data, policy=policy.default) for m in server.messages]
    assert [m["Subject"] for m in got] == subjects
    assert [m.rcpt_tos for m in server.messages] == [
        ["helene@client.test"], ["paul@client.test"], ["compta@elec.test"]]
    assert len({m.session_id for m in server.messages}) == 1  # one session for all
    assert body in got[0].get_content().replace("\r\n", "\n")
