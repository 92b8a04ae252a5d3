"""Business code as WINDEV developers write it (issue 8, NET, method b): reading the
unread supplier invoices of an IMAP mailbox, saving their PDF attachments and copying
each message read to the folder "Traité" (a non-ASCII name, modified UTF-7 on the wire),
in French (tests/mail/business/lecture_factures.wl: `..` properties, TANTQUE PAS
..EnDehors, POUR TOUT over the attachments, _ET_, EmailSauveFichierAttaché) and English,
against the loopback IMAP server (imap_server.py). Checked: what the script traced, the
PDF's bytes on disk, the copies in the folder, and the message already read left alone."""
from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest

from imap_server import ImapMailbox
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
PDF = b"%PDF-1.4\n% facture F-2026-001\n"


def _message(subject: str, sender: str, pdf: bool) -> bytes:
    head = (f"From: {sender}\r\nTo: compta@monentreprise.fr\r\nSubject: {subject}\r\n"
            "MIME-Version: 1.0\r\n")
    if not pdf:
        return (head + "Content-Type: text/plain; charset=utf-8\r\n"
                "Content-Transfer-Encoding: 8bit\r\n\r\nBonjour, une question.\r\n").encode()
    return (head + 'Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\n'
            "Content-Type: text/plain; charset=utf-8\r\n\r\nCi-joint notre facture.\r\n--B\r\n"
            'Content-Type: application/pdf; name="F-2026-001.pdf"\r\n'
            'Content-Disposition: attachment; filename="F-2026-001.pdf"\r\n'
            "Content-Transfer-Encoding: base64\r\n\r\n" + base64.b64encode(PDF).decode()
            + "\r\n--B--\r\n").encode()


@pytest.mark.parametrize("name", ["lecture_factures.wl", "read_invoices.wl"], ids=["fr", "en"])
def test_unread_invoices_read_saved_and_archived(mailboxes, tmp_path: Path, name: str) -> None:
    box = mailboxes(ImapMailbox({"INBOX": [
        [1, set(), _message("=?utf-8?q?Facture_d=C3=A9cembre?=", "fournisseur@exemple.fr",
                            True)],
        [2, {"\\Seen"}, _message("Déjà lu", "x@exemple.fr", True)],
        [3, set(), _message("Question", "client@exemple.fr", False)]],
        "Trait&AOk-": []}))
    code = (BUSINESS / name).read_text(encoding="utf-8") \
        .replace("{dossier}", str(tmp_path)).replace("Port = 143", f"Port = {box.port}")
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err)
    assert (out.getvalue().splitlines(), err.getvalue()) == ([
        "Messages : 3", "Facture décembre de fournisseur@exemple.fr",
        "  pièce jointe enregistrée : F-2026-001.pdf", "Question de client@exemple.fr",
        "1 facture(s) enregistrée(s)"], "")
    assert (tmp_path / "F-2026-001.pdf").read_bytes() == PDF
    copied = [m[2] for m in box.folders["Trait&AOk-"]]  # (the unread two, in order)
    assert [b"Subject: Question" in source for source in copied] == [False, True], copied
