"""Business code as WINDEV developers write it (issue 8, NET, method b): an
out-of-office reply to the unread messages of an IMAP mailbox
(tests/mail/business/reponse_absence_imap.wl and its English twin
out_of_office_imap.wl): an IMAP and an SMTP session under one name, EmailReadFirst /
EmailReadNext with emailUnread, the headers read in Email.Source to leave automatic
messages unanswered (Auto-Submitted, List-Id, Precedence: bulk, noreply and
MAILER-DAEMON: RFC 3834), one answer per sender (an associative array ccIgnoreCase),
"Re: " added once. Against the loopback IMAP server and aiosmtpd: what is answered,
what is read (\\Seen) afterwards.
"""
from __future__ import annotations

import io
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from imap_server import ImapMailbox
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
CASES = {
    "fr": ("reponse_absence_imap.wl", "jerome.petit@monentreprise.fr",
           "smtp.monentreprise.fr", [
               "répondu : helene@client.test", "ignoré (automatique) : Votre commande 88",
               "ignoré (automatique) : [liste] Nouvelles", "déjà répondu : HELENE@client.test",
               "ignoré (automatique) : Undelivered Mail", "répondu : paul@client.test",
               "2 réponse(s) envoyée(s)"], "Je suis absent jusqu'au 04/01/2027"),
    "en": ("out_of_office_imap.wl", "jerome.petit@mycompany.com", "smtp.mycompany.com", [
               "answered: helene@client.test", "skipped (automatic): Votre commande 88",
               "skipped (automatic): [liste] Nouvelles", "already answered: HELENE@client.test",
               "skipped (automatic): Undelivered Mail", "answered: paul@client.test",
               "2 answer(s) sent"], "I am away until 01/04/2027")}


def _message(sender: str, subject: str, *headers: str) -> bytes:
    head = "".join(f"{h}\r\n" for h in headers)
    return (f"From: {sender}\r\nSubject: {subject}\r\n{head}Content-Type: text/plain; "
            "charset=utf-8\r\n\r\nBonjour\r\n").encode()


@pytest.mark.parametrize("lang", sorted(CASES))
def test_each_human_sender_gets_one_answer(mailboxes, smtp_server, lang) -> None:
    name, user, host, said, away = CASES[lang]
    box = mailboxes(ImapMailbox({"INBOX": [
        [1, {"\\Seen"}, _message("old@client.test", "Déjà lu")],
        [2, set(), _message("Hélène Durand <helene@client.test>", "Devis n°12")],
        [3, set(), _message("noreply@boutique.test", "Votre commande 88")],
        [4, set(), _message("news@liste.test", "[liste] Nouvelles", "List-Id: <n.liste.test>")],
        [5, set(), _message("HELENE@client.test", "Re: Devis n°12")],
        [6, set(), _message("MAILER-DAEMON@mx.test", "Undelivered Mail",
                            "Auto-Submitted: auto-replied")],
        [7, set(), _message("paul@client.test", "RE: Facture", "Auto-Submitted: no")],
    ]}, user=user))
    server = smtp_server()
    code = (BUSINESS / name).read_text(encoding="utf-8") \
        .replace("{password}", box.password).replace("{port}", str(box.port))
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err,
               options={"smtp_routes": {f"{host}:25": ("127.0.0.1", server.port)}})
    assert (out.getvalue().splitlines(), err.getvalue()) == (said, "")
    answers = [message_from_bytes(m.data, policy=policy.default) for m in server.messages]
    assert [(a["To"], a["Subject"]) for a in answers] == [
        ("helene@client.test", "Re: Devis n°12"), ("paul@client.test", "RE: Facture")]
    assert all(away in a.get_content() for a in answers)
    assert all(m.mail_from == user for m in server.messages)
    flags = {uid: sorted(f) for uid, f, _ in box.folders["INBOX"]}
    assert flags == {uid: ["\\Seen"] for uid in range(1, 8)}, flags
