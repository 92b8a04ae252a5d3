"""Business code as WINDEV developers write it (issue 8, NET, method b): a newsletter with
the List-Unsubscribe header (RFC 2369) and one-click unsubscription (RFC 8058), which the
big mailbox providers require of bulk senders. The Email structure has no member for a
header of one's own, so the script builds the source (EmailConstruitSource), puts the
two headers before it, saves it and sends it with EmailEnvoie, one personal link per
subscriber (tests/mail/business/lettre_desinscription_fr.wl: an array of structures
initialised with `[[...], ...]`, fRepTemp, DateSys in a file name, an associative array of
failures walked with POUR TOUT valeur, clé; unsubscribe_header_en.wl its English twin).
Against aiosmtpd refusing one subscriber (550): the two others receive the message with
both headers (one link each, parsed back), a correct Subject and From, and the refusal is
listed with the server's words."""
from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest

from mail_helpers import run_routed

BUSINESS = Path(__file__).parent / "business"
CASES = {
    "fr": ("lettre_desinscription_fr.wl", "smtp.monentreprise.fr", "2 lettre(s) envoyée(s), 1 échec(s)",
           "refuse@exemple.fr : ", "Nouveautés de décembre",
           "La lettre de Mon Entreprise <lettre@monentreprise.fr>",
           "https://www.monentreprise.fr/desinscription?id=", "mailto:desinscription@monentreprise.fr"),
    "en": ("unsubscribe_header_en.wl", "smtp.mycompany.com", "2 letter(s) sent, 1 failure(s)",
           "refuse@exemple.fr: ", "December news", "My Company's letter <letter@mycompany.com>",
           "https://www.mycompany.com/unsubscribe?id=", "mailto:unsubscribe@mycompany.com"),
}


@pytest.mark.parametrize("lang", list(CASES))
def test_each_letter_carries_its_unsubscribe_headers(smtp_server: Any, lang: str) -> None:
    name, host, said, failed, subject, sender, url, mailto = CASES[lang]
    server = smtp_server()
    server.rcpt_replies["refuse@exemple.fr"] = "550 5.1.1 No such user"
    lines = run_routed((BUSINESS / name).read_text(encoding="utf-8"), name, host, server.port)
    assert lines[0] == said, lines
    assert len(lines) == 2 and lines[1].startswith(failed) \
        and "550 5.1.1 No such user" in lines[1], lines
    got = {}
    for m in server.messages:
        message = message_from_bytes(m.data, policy=policy.default)
        assert not message.defects
        [to] = m.rcpt_tos
        assert message["To"] == to and message["Subject"] == subject
        assert message["From"] == sender
        got[to] = (str(message["List-Unsubscribe"]), str(message["List-Unsubscribe-Post"]))
        assert message.get_all("List-Unsubscribe") and len(message.get_all("List-Unsubscribe")) == 1
    assert got == {
        "marie.curie@exemple.fr": (f"<{mailto}?subject=a1b2c3>, <{url}a1b2c3>",
                                   "List-Unsubscribe=One-Click"),
        "jose@exemple.es": (f"<{mailto}?subject=g7h8i9>, <{url}g7h8i9>",
                            "List-Unsubscribe=One-Click")}
