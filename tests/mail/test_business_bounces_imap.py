"""Business code as WINDEV developers write it (issue 8, NET, method b): the dunning
mailbox's non-delivery reports handled over IMAP (tests/mail/business/
retours_ndr_imap_fr.wl: EmailLitPremier / TANTQUE PAS Email.EnDehors / EmailLitSuivant,
the report told by its sender or by "multipart/report" in Email.Source, Final-Recipient
and Status read line by line with POUR TOUTE CHAÎNE ... SÉPARÉE PAR, 5.x.x kept in an
associative array, 4.x.x in an array, each report copied into "Retours traités" (an
accented folder: IMAP's modified UTF-7) then deleted; bounces_imap_en.wl its English
twin), against the loopback IMAP server. A folder that does not exist: each report is
left where it is (not deleted), and said."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from imap_server import ImapMailbox
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
USER = "relances@monentreprise.fr"
DONE = "Retours trait&AOk-s"  # "Retours traités" in modified UTF-7 (RFC 3501)


def report(rcpt: str, status: str, sender: str = "MAILER-DAEMON@mx.exemple.fr") -> bytes:
    """A delivery status notification (RFC 3464) for a dunning letter sent to `rcpt`."""
    return (f"From: Mail Delivery System <{sender}>\r\nTo: {USER}\r\n"
            "Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"\r\n'
            "\r\n--B1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDelivery failed.\r\n"
            "--B1\r\nContent-Type: message/delivery-status\r\n\r\n"
            "Reporting-MTA: dns; mx.exemple.fr\r\n\r\n"
            f"Final-Recipient: rfc822; {rcpt}\r\nAction: failed\r\nStatus: {status}\r\n"
            "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n"
            f"--B1\r\nContent-Type: message/rfc822\r\n\r\nFrom: {USER}\r\nTo: {rcpt}\r\n"
            "Subject: Relance facture 2026-118\r\n\r\nMadame, Monsieur...\r\n--B1--\r\n").encode()


def inbox() -> list[list]:
    return [[1, set(), report("Ancien.Client@Exemple.fr", "5.1.1")],
            [2, set(), b"From: client@exemple.fr\r\nSubject: Re: Relance\r\n\r\nJe paie.\r\n"],
            [3, set(), report("plein@exemple.fr", "4.2.2", "postmaster@exemple.fr")],
            [4, set(), report("ferme@exemple.fr", "5.2.1")]]


CASES = {"fr": ("retours_ndr_imap_fr.wl", [
    "3 avis traité(s), 1 autre(s) message(s) laissé(s)",
    "invalide : ancien.client@exemple.fr (5.1.1)", "invalide : ferme@exemple.fr (5.2.1)",
    "à réessayer : plein@exemple.fr"], "Rangement impossible : "),
    "en": ("bounces_imap_en.wl", [
        "3 report(s) handled, 1 other message(s) left",
        "invalid: ancien.client@exemple.fr (5.1.1)", "invalid: ferme@exemple.fr (5.2.1)",
        "retry: plein@exemple.fr"], "Cannot move it: ")}


def run(box: ImapMailbox, name: str) -> list[str]:
    code = (BUSINESS / name).read_text(encoding="utf-8") \
        .replace("{password}", box.password).replace("{port}", str(box.port))
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err)
    assert err.getvalue() == "", err.getvalue()
    return out.getvalue().splitlines()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reports_are_read_and_moved_to_the_done_folder(mailboxes, lang):
    name, said, _ = CASES[lang]
    box = mailboxes(ImapMailbox({"INBOX": inbox(), DONE: []}, user=USER))
    assert run(box, name) == said
    assert [m[0] for m in box.folders["INBOX"]] == [2]  # the customer's answer stays
    assert [m[2] for m in box.folders[DONE]] == [m[2] for m in inbox() if m[0] != 2]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_without_the_folder_nothing_is_deleted(mailboxes, lang):
    name, said, cannot = CASES[lang]
    box = mailboxes(ImapMailbox({"INBOX": inbox()}, user=USER))
    lines = run(box, name)
    failures = [line for line in lines if line.startswith(cannot)]
    assert len(failures) == 3 and lines[3:] == said, lines
    assert all("IMAP server 127.0.0.1:" in f and "TRYCREATE" in f for f in failures), failures
    assert [m[0] for m in box.folders["INBOX"]] == [1, 2, 3, 4]
    assert all("\\Deleted" not in m[1] for m in box.folders["INBOX"])
