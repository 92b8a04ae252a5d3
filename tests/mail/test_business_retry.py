"""Business code as WINDEV developers write it (issue 8, NET, method b): invoices sent
with retries (tests/mail/business/envoi_avec_reprise.wl and its English twin
send_with_retry.wl): a temporary refusal (4xx, read from the Email variable's Error
member with a regular expression) is tried again after a wait that doubles (Delay /
Temporisation), a permanent one (5xx) is not, and the script gives up after four
attempts. Against a real aiosmtpd on 127.0.0.1 whose answers to each recipient are
scripted; every attempt reaches the server once, and a message is delivered once.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mail_helpers import run_routed

BUSINESS = Path(__file__).parent / "business"
CASES = {"fr": ("envoi_avec_reprise.wl", "smtp.monentreprise.fr"),
         "en": ("send_with_retry.wl", "smtp.mycompany.com")}
SAID = {
    "fr": {"sent": "{0} : envoyé (essai {1})", "later": "{0} : refus temporaire, nouvel essai "
           "dans {1} cs", "never": "{0} : refus définitif", "gave_up": "{0} : abandon après 4 "
           "essais", "total": "{0} envoyée(s), {1} échec(s)"},
    "en": {"sent": "{0}: sent (attempt {1})", "later": "{0}: refused for now, next attempt in "
           "{1} cs", "never": "{0}: refused for good", "gave_up": "{0}: given up after 4 "
           "attempts", "total": "{0} sent, {1} failed"}}
DURAND, MARTIN = "durand@client.fr", "martin@client.fr"


def scripted(server: Any, replies: dict[str, list[str]]) -> list[str]:
    """The server answers each recipient's DATA with its next scripted reply (its last
    one again once the list is used up; none: accepted); the recipients of every DATA
    are recorded in order."""
    tried: list[str] = []
    accept = server.handle_DATA

    async def handle_data(smtp, session, envelope):
        [rcpt] = envelope.rcpt_tos
        tried.append(rcpt)
        queue = replies.get(rcpt, [])
        reply = queue.pop(0) if len(queue) > 1 else (queue[0] if queue else None)
        return reply or await accept(smtp, session, envelope)

    server.handle_DATA = handle_data
    return tried


def run(lang: str, server: Any) -> list[str]:
    name, host = CASES[lang]
    return run_routed((BUSINESS / name).read_text(encoding="utf-8"), name, host, server.port)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_greylisted_invoice_goes_on_the_third_attempt(smtp_server, lang) -> None:
    """451 twice for Durand (greylisting), then accepted; 550 for Martin, never retried."""
    server = smtp_server()
    tried = scripted(server, {DURAND: ["451 4.7.1 Greylisted, try again later",
                                       "451 4.7.1 Greylisted, try again later", ""],
                              MARTIN: ["550 5.7.1 Message refused by policy"]})
    said = SAID[lang]
    assert run(lang, server) == [
        said["later"].format(DURAND, 5), said["later"].format(DURAND, 10),
        said["sent"].format(DURAND, 3), said["never"].format(MARTIN),
        said["total"].format(1, 1)]
    assert tried == [DURAND, DURAND, DURAND, MARTIN]
    [got] = server.messages
    assert got.rcpt_tos == [DURAND]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_server_refusing_for_now_for_ever_is_given_up_after_four(smtp_server, lang) -> None:
    """452 (insufficient storage) at every attempt for Martin: four attempts, waits of
    5, 10 and 20 hundredths, then the script gives up; Durand goes at once."""
    server = smtp_server()
    tried = scripted(server, {MARTIN: ["452 4.2.2 Mailbox full"]})
    said = SAID[lang]
    assert run(lang, server) == [
        said["sent"].format(DURAND, 1), said["later"].format(MARTIN, 5),
        said["later"].format(MARTIN, 10), said["later"].format(MARTIN, 20),
        said["gave_up"].format(MARTIN), said["total"].format(1, 1)]
    assert tried == [DURAND] + [MARTIN] * 4
    assert [m.rcpt_tos for m in server.messages] == [[DURAND]]
