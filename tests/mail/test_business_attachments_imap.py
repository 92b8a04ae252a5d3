"""Business code as WINDEV developers write it (issue 8, NET, method b): a suppliers'
mailbox read over IMAP, every attachment saved in the day's folder as
`sDossier + ["\\"] + Email.Attache[i]`, then a summary sent over SMTP with its Cc and Bcc
taken from address lists written "a@x.fr; b@y.fr ;" in the settings (POUR TOUTE CHAÎNE
... SÉPARÉE PAR, ExtraitChaîne until EOT, TableauAjoute on Email.Cc, Email.Cci[n]);
tests/mail/business/pieces_jointes_imap_fr.wl and its English twin attachments_imap_en.wl,
against the loopback IMAP server and aiosmtpd.

The attachments a hostile or careless sender names `..\\..\\x.exe`, `CON`, `con.txt`,
`facture:12?.pdf` or `rapport.` land in the folder under safe names (no folder part, no
Windows device, none of the characters Windows refuses, no final dot) and each renaming is
said on stderr with its reason (it was silent: the script never learnt the name it was
sent); an ordinary name is kept. A second supplier's attachment of a name already saved
is refused in words (EmailSaveAttachment does not overwrite), which the script reports."""
from __future__ import annotations

import io
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from imap_server import ImapMailbox
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
USER = "fournisseurs@entreprise.test"


def _message(sender: str, subject: str, files: list[tuple[str, bytes]]) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, USER, subject
    msg.set_content("Veuillez trouver ci-joint nos documents.")
    for name, data in files:
        msg.add_attachment(data, maintype="application", subtype="octet-stream",
                           filename=name)
    return bytes(msg)


MESSAGES = [
    _message("Papeterie Léon <leon@papeterie.test>", "Facture 12",
             [("Facture n°12.pdf", b"%PDF 12"), ("facture:12?.pdf", b"%PDF copie")]),
    _message("pirate@exemple.test", "Mise à jour urgente",
             [("..\\..\\x.exe", b"MZ evil"), ("CON", b"device"), ("con.txt", b"device 2")]),
    _message("bob@transport.test", "Rapport", [("rapport.", b"rapport"),
                                              ("Facture n°12.pdf", b"%PDF autre")]),
]
KEPT = {"Facture n°12.pdf": b"%PDF 12", "facture_12_.pdf": b"%PDF copie", "x.exe": b"MZ evil",
        "CON_": b"device", "con_.txt": b"device 2", "rapport": b"rapport",
}
SAID = [  # stderr: each renaming, with why
    "Email: the attachment named 'facture:12?.pdf' is kept as 'facture_12_.pdf' (Windows "
    "refuses < > : \" | ? * and a final dot in a file name).",
    "Email: the attachment named '..\\..\\x.exe' is kept as 'x.exe' (a name from a message "
    "cannot choose the folder it is saved in).",
    "Email: the attachment named 'CON' is kept as 'CON_' ('CON' names a device on Windows, "
    "not a file).",
    "Email: the attachment named 'con.txt' is kept as 'con_.txt' ('con' names a device on "
    "Windows, not a file).",
    "Email: the attachment named 'rapport.' is kept as 'rapport' (Windows refuses < > : \" "
    "| ? * and a final dot in a file name).",
]
SAVED = "Facture n°12.pdf, facture_12_.pdf, x.exe, CON_, con_.txt, rapport"
REFUSED = ("{fname}: '{folder}\\Facture n°12.pdf' already exists and holds another "
           "file: it is not overwritten (delete it with fDelete first, or save the attachment "
           "under another name).")


@pytest.mark.parametrize("name, said", [
    ("pieces_jointes_imap_fr.wl", [
        "Papeterie Léon <leon@papeterie.test> : Facture 12 (2 pièce(s))",
        "pirate@exemple.test : Mise à jour urgente (3 pièce(s))",
        "bob@transport.test : Rapport (2 pièce(s))",
        "  échec : " + REFUSED.replace("{fname}", "EmailSauveFichierAttaché"),
        f"6 pièce(s) enregistrée(s) : {SAVED}",
        "Bilan envoyé (2 en copie, 2 en copie cachée)"]),
    ("attachments_imap_en.wl", [
        "Papeterie Léon <leon@papeterie.test>: Facture 12 (2 attachment(s))",
        "pirate@exemple.test: Mise à jour urgente (3 attachment(s))",
        "bob@transport.test: Rapport (2 attachment(s))",
        "  failed: " + REFUSED.replace("{fname}", "EmailSaveAttachment"),
        f"6 attachment(s) saved: {SAVED}",
        "Summary sent (2 in copy, 2 in blind copy)"]),
], ids=["fr", "en"])
def test_attachments_saved_under_safe_names_and_summary_copied(
        mailboxes, smtp_server, tmp_path: Path, name: str, said: list[str]) -> None:
    box = mailboxes(ImapMailbox({"INBOX": [[n, set(), m] for n, m in enumerate(MESSAGES, 1)]},
                                user=USER))
    server = smtp_server()
    folder = tmp_path / "Pièces reçues 2026-12-06"
    folder.mkdir()
    code = (BUSINESS / name).read_text(encoding="utf-8").replace("{password}", box.password) \
        .replace("{port}", str(box.port)).replace("{dossier}", str(folder))
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err,
               options={"smtp_routes": {"smtp.entreprise.test:25": ("127.0.0.1", server.port)}})
    assert (out.getvalue().splitlines(), err.getvalue().splitlines()) == (
        [line.replace("{folder}", str(folder)) for line in said], SAID)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == KEPT
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]  # nothing outside
    [sent] = server.messages
    assert sent.rcpt_tos == ["comptabilite@entreprise.test", "compta@entreprise.test",
                             "direction@entreprise.test", "archives@entreprise.test",
                             "audit@cabinet.test"]
    mail = message_from_bytes(sent.data, policy=policy.default)
    assert (mail["Cc"], mail["Bcc"]) == ("compta@entreprise.test, direction@entreprise.test",
                                         None)
    assert "x.exe" in mail.get_content() and "CON_" in mail.get_content()
