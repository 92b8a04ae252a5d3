"""Business code as WINDEV developers write it (issue 8, NET, method b): a daily digest
(tests/mail/business/resume_quotidien.wl and its English twin daily_digest.wl): the
day's events grouped per recipient in an associative array (ccIgnoreCase /
ccSansCasse) of arrays of structures, each group sorted by a DateTime member, one mail
per recipient with a text body (TAB-separated) and an HTML table (TextToHTML escaping
`<`, `&` and accents), against a real aiosmtpd on 127.0.0.1. The French script also
runs typed in lower case without accents, and one recipient refused does not stop the
others.
"""
from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest

from mail_helpers import as_written_in_lower_case_without_accents, run_routed

BUSINESS = Path(__file__).parent / "business"
CASES = {
    "fr": ("resume_quotidien.wl", "smtp.monentreprise.fr", "monentreprise.fr",
           "{0} : {1} événement(s)", "Résumé du 05/12/2026 : {0} événement(s)",
           ["08:30\tRetour\tRetour du colis 77 (cassé)",
            "14:30\tCommande\tCommande n°5512 — 3 articles",
            "17:10\tSupport\tTicket #90 : accès VPN"],
           "<td>09:15</td><td>Support</td><td>Ticket #88 : imprimante &lt;HS&gt; &amp; "
           "bloqu&eacute;e</td>"),
    "en": ("daily_digest.wl", "smtp.mycompany.com", "mycompany.com",
           "{0}: {1} event(s)", "Digest of 12/05/2026: {0} event(s)",
           ["08:30\tReturn\tParcel 77 returned (broken)",
            "14:30\tOrder\tOrder #5512 — 3 items", "17:10\tSupport\tTicket #90: VPN access"],
           "<td>09:15</td><td>Support</td><td>Ticket #88: printer &lt;down&gt; &amp; "
           "stuck</td>")}


def run(text: str, name: str, host: str, server: Any) -> list[str]:
    return run_routed(text, name, host, server.port)


def source(name: str, typed_lower: bool) -> str:
    text = (BUSINESS / name).read_text(encoding="utf-8")
    if not typed_lower:
        return text
    code = [line for line in text.splitlines() if not line.lstrip().startswith("//")]
    return as_written_in_lower_case_without_accents("\n".join(code) + "\n")


@pytest.mark.parametrize("lang, typed_lower", [("fr", False), ("fr", True), ("en", False)],
                         ids=["fr", "fr-lower-unaccented", "en"])
def test_one_digest_per_recipient_sorted_by_time(smtp_server, lang, typed_lower) -> None:
    name, host, domain, said, subject, claire_lines, jerome_row = CASES[lang]
    server = smtp_server()
    assert run(source(name, typed_lower), name, host, server) == [
        said.format(f"claire@{domain}", 3), said.format(f"jerome@{domain}", 1)]
    claire, jerome = server.messages
    assert claire.rcpt_tos == [f"claire@{domain}"] and jerome.rcpt_tos == [f"jerome@{domain}"]
    first = message_from_bytes(claire.data, policy=policy.default)
    assert first["Subject"] == subject.format(3) and not first.defects
    assert first.get_body(("plain",)).get_content().splitlines() == claire_lines
    html = message_from_bytes(jerome.data, policy=policy.default).get_body(("html",))
    assert jerome_row in html.get_content()


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_refused_recipient_does_not_stop_the_others(smtp_server, lang) -> None:
    name, host, domain, said, _, _, _ = CASES[lang]
    server = smtp_server()
    server.rcpt_replies[f"claire@{domain}"] = "550 5.1.1 mailbox unavailable"
    lines = run(source(name, False), name, host, server)
    failed = "ÉCHEC" if lang == "fr" else "FAILED"
    assert lines[0] == (f"claire@{domain}{' :' if lang == 'fr' else ':'} {failed} SMTP server "
                        f"{host}:25 (routed to 127.0.0.1:{server.port}), RCPT TO: 1 of 1 "
                        f"recipient(s) refused: <claire@{domain}> (550 5.1.1 mailbox "
                        "unavailable); the message was not sent."), lines
    assert lines[1:] == [said.format(f"jerome@{domain}", 1)]
    assert [m.rcpt_tos for m in server.messages] == [[f"jerome@{domain}"]]
