"""Business code as WINDEV developers write it (issue 8, NET, method b): an "orders"
mailbox collected over POP3 the old way (tests/mail/business/releve_pop3.wl in French:
CONSTANTE, EmailLitPremier / TANTQUE PAS Email.EnDehors / EmailLitSuivant, `POUR i = 1 _A_
Email.NbAttache`, EmailSauveFichierAttaché into `sDossier + ["\\"] + nom`, a Windows
separator on a POSIX folder with accents, EmailSupprimeMessage, EmailFermeSession's
result; and its English twin mailbox_pop3.wl), against the loopback POP3 server. Each
attachment lands in the folder with its bytes; an attachment named `../../etc/passwd`
lands there as `passwd`, never outside, and stderr says so; the deletions reach the server (DELE, then QUIT
commits them)."""
from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import pytest

from pop3_server import Pop3Mailbox
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
PASSWORD = "Rel3ve!"
BOX = "commandes@monentreprise.fr"


def _message(sender: str, subject: str, files: list[tuple[str, bytes]]) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, BOX, subject
    msg.set_content("Bonjour, voici la commande.")
    for name, data in files:
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return bytes(msg)


MESSAGES = [
    _message("Société Dupont & Fils <achats@dupont.fr>", "Commande n°12 – août",
             [("Bon de commande n°12.pdf", b"%PDF-1.4 12"), ("détail.csv", "réf;qté\n".encode("cp1252"))]),
    _message("bob@exemple.fr", "Relance", []),
    _message("zoe@exemple.fr", "Commande 13", [("../../etc/passwd", b"not a password file")]),
]


@pytest.mark.parametrize("name, said", [
    ("releve_pop3.wl", ["3 message(s) en attente",
                        "Société Dupont & Fils <achats@dupont.fr> : Commande n°12 – août",
                        "bob@exemple.fr : Relance", "zoe@exemple.fr : Commande 13",
                        "3 message(s) traité(s), 3 pièce(s) enregistrée(s)"]),
    ("mailbox_pop3.wl", ["3 message(s) waiting",
                         "Société Dupont & Fils <achats@dupont.fr>: Commande n°12 – août",
                         "bob@exemple.fr: Relance", "zoe@exemple.fr: Commande 13",
                         "3 message(s) handled, 3 attachment(s) saved"]),
], ids=["fr", "en"])
def test_a_mailbox_collected_by_business_code(mailboxes, tmp_path: Path, name: str,
                                              said: list[str]) -> None:
    box = mailboxes(Pop3Mailbox(list(MESSAGES), user=BOX, password=PASSWORD))
    folder = tmp_path / "Réception 2026-12-05"
    folder.mkdir()
    code = (BUSINESS / name).read_text(encoding="utf-8").replace("{port}", str(box.port)) \
        .replace("{dossier}", str(folder)).replace("{motdepasse}", PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err)
    assert (out.getvalue().splitlines(), err.getvalue()) == (said, (
        "Email: the attachment named '../../etc/passwd' is kept as 'passwd' (a name from a "
        "message cannot choose the folder it is saved in).\n"))
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {
        "Bon de commande n°12.pdf": b"%PDF-1.4 12", "détail.csv": "réf;qté\n".encode("cp1252"),
        "passwd": b"not a password file"}
    assert not (tmp_path / "etc").exists()
    assert [c for c in box.commands if c.startswith(("DELE", "QUIT"))] == [
        "DELE 1", "DELE 2", "DELE 3", "QUIT"]


def test_a_read_cut_by_the_server_fills_the_error_member(mailboxes) -> None:
    """Email.Erreur (?3032029) after a read the server broke off (it hangs up on RETR):
    the words ErrorInfo gives, Email.EnDehors True so the loop ends; it stayed ""."""
    box = mailboxes(Pop3Mailbox(list(MESSAGES), user=BOX, password=PASSWORD, hang_up_on="RETR"))
    code = f"""SI EmailOuvreSessionPOP3("{BOX}", "{PASSWORD}", "127.0.0.1", {box.port}) ALORS
    Trace(EmailLitPremier("{BOX}"), Email.EnDehors)
    Trace(Email.Erreur = ErreurInfo(errMessage), Email.Erreur)
FIN
"""
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "erreur.wl", stdout=out, stderr=err)
    read, error = out.getvalue().splitlines()
    assert (read, err.getvalue()) == ("0, 1", "")
    assert error.startswith("1, POP3 server 127.0.0.1:") and "closed the connection" in error
