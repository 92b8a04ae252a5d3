"""Business code as WINDEV developers write it (issue 8, NET, method b): an automatic
acknowledgement of after-sales requests (tests/mail/business/accuse_reception_sav.wl:
a POP3 and an SMTP session under one name, as EmailStartSMTPSession's page allows, the
EmailLitPremier / TANTQUE PAS Email.EnDehors loop, an Email variable for each answer,
numbered tickets, EmailSupprimeMessage once answered; customer_service_autoreply.wl, its
English twin), against the loopback POP3 server and aiosmtpd: each request gets one
answer (to its Reply-To when it has one), the answered ones are deleted on the server, a
message without a usable sender is kept and said."""
from __future__ import annotations

import io
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from pop3_server import Pop3Mailbox
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"


def _request(head: str, subject: str) -> bytes:
    return (f"{head}Subject: {subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            "Bonjour\r\n").encode()


@pytest.mark.parametrize("name, host, said, subject, words", [
    ("accuse_reception_sav.wl", "smtp.boutique.test",
     ["gardé, pas d'adresse : Colis abîmé", "2 demande(s) traitée(s)"],
     "Re: Théière fêlée", "sous le numéro SAV-0001."),
    ("customer_service_autoreply.wl", "smtp.shop.test",
     ["kept, no address: Colis abîmé", "2 request(s) handled"],
     "Re: Théière fêlée", "under number CS-0001."),
], ids=["fr", "en"])
def test_each_request_is_acknowledged_once_then_deleted(mailboxes, smtp_server, name, host,
                                                        said, subject, words) -> None:
    box = mailboxes(Pop3Mailbox([
        _request("From: Hélène <helene@client.test>\r\n", "Théière fêlée"),
        _request("From: undisclosed\r\n", "Colis abîmé"),
        _request("From: Paul <paul@client.test>\r\nReply-To: sav-paul@client.test\r\n",
                 "Retour article"),
    ], user="sav@boutique.test" if name.startswith("accuse") else "support@shop.test"))
    server = smtp_server()
    code = (BUSINESS / name).read_text(encoding="utf-8") \
        .replace("{password}", box.password).replace("{pop3}", str(box.port))
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err,
               options={"smtp_routes": {f"{host}:25": ("127.0.0.1", server.port)}})
    assert (out.getvalue().splitlines(), err.getvalue()) == (said, "")
    assert [m.rcpt_tos for m in server.messages] == [["helene@client.test"],
                                                     ["sav-paul@client.test"]]
    first = message_from_bytes(server.messages[0].data, policy=policy.default)
    assert first["Subject"] == subject and words in first.get_content()
    assert [c for c in box.commands if c.startswith("DELE")] == ["DELE 1", "DELE 3"]
