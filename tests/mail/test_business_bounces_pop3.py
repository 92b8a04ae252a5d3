"""Business code as WINDEV developers write it (issue 8, NET, method b): the non-delivery
reports (RFC 3464 DSNs) of a mailing read from a POP3 box, the addresses that failed for
good marked "NPAI" in the contacts' CSV file (tests/mail/business/retours_npai_pop3_fr.wl:
CONSTANTE, an associative array (ccSansCasse), EmailLitPremier / TANTQUE PAS
Email.EnDehors / EmailLitSuivant, Email.Source read line by line with POUR TOUTE CHAÎNE
... SÉPARÉE PAR RC, SELON on Minuscule(...), `[=`, SINON SI, CONTINUER, `..Existe`,
fChargeTexte / fSauveTexte; bounces_npai_pop3_en.wl its English twin), against the
loopback POP3 server. A report for two recipients (one 5.1.1, one 4.2.2 delayed), one for
a recipient in capitals, one that is not a report (a customer's reply): the failed
addresses marked once, the delayed one counted only, the reports deleted (DELE), the
reply left in the box."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from pop3_server import Pop3Mailbox
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
PASSWORD = "Ret0urs!"
BOX = "retours@monentreprise.fr"


def _report(boundary: str, recipients: list[tuple[str, str, str]]) -> bytes:
    """A DSN as MTAs write it: a text part, the machine-readable part (one block per
    recipient), the original message's headers."""
    blocks = "".join(f"\r\nFinal-Recipient: rfc822; {addr}\r\nAction: {action}\r\n"
                     f"Status: {status}\r\nDiagnostic-Code: smtp; {status} refused\r\n"
                     for addr, action, status in recipients)
    return (f"From: Mail Delivery System <MAILER-DAEMON@mx.monentreprise.fr>\r\n"
            f"To: {BOX}\r\nSubject: Undelivered Mail Returned to Sender\r\n"
            "MIME-Version: 1.0\r\n"
            f"Content-Type: multipart/report; report-type=delivery-status;\r\n"
            f" boundary=\"{boundary}\"\r\n\r\n"
            f"--{boundary}\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
            "This is the mail system. Your message could not be delivered.\r\n\r\n"
            f"--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\n"
            "Reporting-MTA: dns; mx.monentreprise.fr\r\n"
            f"{blocks}\r\n"
            f"--{boundary}\r\nContent-Type: text/rfc822-headers\r\n\r\n"
            f"From: lettre@monentreprise.fr\r\nSubject: Lettre de décembre\r\n\r\n"
            f"--{boundary}--\r\n").encode()


MESSAGES = [
    _report("B1", [("paul.martin@exemple.fr", "failed", "5.1.1"),
                   ("lea@exemple.fr", "delayed", "4.2.2")]),
    ("From: Jeanne <jeanne@exemple.fr>\r\nTo: " + BOX + "\r\nSubject: Re: Lettre\r\n"
     "Content-Type: text/plain; charset=utf-8\r\n\r\nMerci, la Final-Recipient: rfc822; "
     "a@b.fr ligne n'est pas un avis.\r\nStatus: 5.0.0\r\n").encode(),
    _report("B2", [("ANNE.DUBOIS@EXEMPLE.FR", "failed", "5.2.1")]),
]
CONTACTS = ("paul.martin@exemple.fr;Paul Martin;0\r\nlea@exemple.fr;Léa;0\r\n"
            "anne.dubois@exemple.fr;Anne Dubois;0\r\njeanne@exemple.fr;Jeanne;0\r\n")


@pytest.mark.parametrize("name, said", [
    ("retours_npai_pop3_fr.wl", [
        "2 avis lu(s), 2 adresse(s) en échec définitif, 1 temporaire(s), 1 autre(s) message(s)",
        "2 contact(s) marqué(s) NPAI"]),
    ("bounces_npai_pop3_en.wl", [
        "2 report(s) read, 2 address(es) failed for good, 1 delayed, 1 other message(s)",
        "2 contact(s) marked as bouncing"]),
], ids=["fr", "en"])
def test_bounces_mark_the_contacts(mailboxes, tmp_path: Path, name: str, said: list[str]):
    box = mailboxes(Pop3Mailbox(list(MESSAGES), user=BOX, password=PASSWORD))
    contacts = tmp_path / "contacts.csv"
    contacts.write_bytes(CONTACTS.encode("utf-8"))
    code = (BUSINESS / name).read_text(encoding="utf-8").replace("{port}", str(box.port)) \
        .replace("{contacts}", str(contacts)).replace("{motdepasse}", PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err)
    assert (out.getvalue().splitlines(), err.getvalue()) == (said, "")
    assert contacts.read_bytes().decode("utf-8") == CONTACTS.replace(
        "Paul Martin;0", "Paul Martin;1").replace("Anne Dubois;0", "Anne Dubois;1")
    assert [c for c in box.commands if c.startswith(("DELE", "QUIT"))] == [
        "DELE 1", "DELE 3", "QUIT"]
