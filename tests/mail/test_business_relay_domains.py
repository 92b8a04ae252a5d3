"""Business code as WINDEV developers write it (issue 8, NET, method b): the company's SMTP
relay tried before going live, one test message to an address of each partner domain,
and a report per recipient (accepted, refused for now, refused) with the code the server
gave, read from the Email variable's Error member with a regular expression
(tests/mail/business/essai_relais_domaines_fr.wl: a CONSTANTE block, a structure returned
by a procedure with a LOCAL parameter, POUR TOUT, Complète, a one-line SI ... ALORS, the ternary `? ...
SINON`, ChaîneConstruit; relay_domains_test_en.wl, its English twin). Against aiosmtpd on
127.0.0.1 (the relay's name routed to it) that denies relaying to one domain (554) and
greylists another (450) at RCPT; each accepted message reaches it once, no refused one."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mail_helpers import run_routed

BUSINESS = Path(__file__).parent / "business"
CASES = {"fr": ("essai_relais_domaines_fr.wl", "smtp.monentreprise.fr"),
         "en": ("relay_domains_test_en.wl", "smtp.mycompany.com")}
REPORT = {
    "fr": ["compta@client.fr      accepté", "achats@partenaire.de  refusé 554",
           "contact@exemple.com   refus temporaire 450", "sav@fournisseur.it    accepté",
           "2/4 domaine(s) joignable(s)"],
    "en": ["compta@client.fr      accepted", "achats@partenaire.de  refused 554",
           "contact@exemple.com   refused for now 450", "sav@fournisseur.it    accepted",
           "2/4 domain(s) reachable"]}


def by_domain(server: Any) -> None:
    """RCPT answered by the recipient's domain: partenaire.de not relayed, exemple.com
    greylisted, the others accepted."""
    async def handle_rcpt(smtp, session, envelope, address, rcpt_options):
        domain = address.rsplit("@", 1)[-1]
        if domain == "partenaire.de":
            return "554 5.7.1 Relay access denied"
        if domain == "exemple.com":
            return "450 4.7.1 Greylisted, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"
    server.handle_RCPT = handle_rcpt


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_report_per_recipient(smtp_server, lang: str) -> None:
    server = smtp_server()
    by_domain(server)
    name, host = CASES[lang]
    lines = run_routed((BUSINESS / name).read_text(encoding="utf-8"), name, host, server.port)
    assert lines == REPORT[lang]
    assert sorted(m.rcpt_tos[0] for m in server.messages) == ["compta@client.fr",
                                                              "sav@fournisseur.it"]
