"""Business code as WINDEV developers write it (issue 8, NET, method b): orders that
arrived by e-mail collected over IMAP, only the unread ones whose subject starts with
"Commande"/"Order" (any case): the headers read first (BODY.PEEK: nothing marked), the
chosen messages read whole afterwards (marked read), the others left unread
(tests/mail/business/commandes_non_lues_imap.wl: LOCAL parameters, an array of
structures returned, ChaîneCommencePar with SansCasse, TANTQUE PAS Email.EnDehors,
EmailLitEntêtePremier/Suivant with emailNonLu, EmailLitMessage, `_ET_`, SORTIR;
unread_orders_imap.wl, its English twin), against the loopback IMAP server, whose flags
are checked afterwards. Passed as written."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from imap_server import ImapMailbox
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"


def _message(sender: str, subject: str, body: str) -> bytes:
    return (f"From: {sender}\r\nSubject: {subject}\r\nContent-Type: text/plain; "
            f"charset=utf-8\r\n\r\n{body}\r\n").encode()


@pytest.mark.parametrize("name, word, said", [
    ("commandes_non_lues_imap.wl", "Commande", [
        "non lus au départ : 3", "ignoré : Autre sujet", "non lus à la fin : 1", "0, 2",
        "12 | Hélène <helene@client.test> | Commande n°1042 | 2 ligne(s)",
        "14 | paul@client.test | commande urgente | 1 ligne(s)"]),
    ("unread_orders_imap.wl", "Order", [
        "unread at first: 3", "skipped: Autre sujet", "unread at the end: 1", "0, 2",
        "12 | Hélène <helene@client.test> | Order n°1042 | 2 line(s)",
        "14 | paul@client.test | order urgente | 1 line(s)"])], ids=["fr", "en"])
def test_unread_orders_are_read_and_only_they_marked_read(mailboxes, name, word, said):
    user = "orders@shop.test"
    box = mailboxes(ImapMailbox({"INBOX": [
        [11, {"\\Seen"}, _message("old@client.test", f"{word} 1 (lue)", "a")],
        [12, set(), _message("Hélène <helene@client.test>", f"{word} n°1042",
                             "2 x Thé vert\r\n1 x Théière")],
        [13, set(), _message("pub@client.test", "Autre sujet", "x")],
        [14, set(), _message("paul@client.test", f"{word.lower()} urgente", "1 x Tasse")],
    ]}, user=user))
    code = (BUSINESS / name).read_text(encoding="utf-8") \
        .replace("{password}", box.password).replace("{port}", str(box.port)) \
        .replace('"commandes@boutique.test"', f'"{user}"').replace('"orders@shop.test"', f'"{user}"')
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err)
    assert (out.getvalue().splitlines(), err.getvalue()) == (said, "")
    flags = {uid: sorted(f) for uid, f, _ in box.folders["INBOX"]}
    assert flags == {11: ["\\Seen"], 12: ["\\Seen"], 13: [], 14: ["\\Seen"]}
    whole = [c for c in box.commands if c.endswith("(BODY[])")]
    assert whole == ["UID FETCH 12 (BODY[])", "UID FETCH 14 (BODY[])"], box.commands
