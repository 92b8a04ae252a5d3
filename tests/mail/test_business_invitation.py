"""Business code as WINDEV developers write it (issue 8, NET, method b): a meeting
invitation whose .ics file is built in memory (a structure, a DateTime plus a Duration,
RFC 5545 text escaping, StringToUTF8) and attached through an emailAttach variable whose
ContentType carries parameters, `text/calendar; method=REQUEST; charset=UTF-8`, the type
mail clients need to show an invitation (tests/mail/business/invitation_reunion.wl and
its English twin meeting_invitation.wl), against a real aiosmtpd on 127.0.0.1.

The ContentType with parameters was refused ("is no MIME type"), so the invitation was
never sent; a script that read ErrorInfo after EmailCloseSession read "" (the close
succeeded): the scripts keep the Email variable's Error member, as WINDEV code does.
"""
from __future__ import annotations

import re
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest

from mail_helpers import run_routed

BUSINESS = Path(__file__).parent / "business"
CASES = {
    "fr": ("invitation_reunion.wl", "smtp.monentreprise.fr", "monentreprise.fr",
           "Invitation envoyée à 2 personnes", "ÉCHEC : ",
           "Revue budgétaire T1 \\; arbitrages", "Salle Émeraude\\, 3ᵉ étage"),
    "en": ("meeting_invitation.wl", "smtp.mycompany.com", "mycompany.com",
           "Invitation sent to 2 people", "FAILED: ",
           "Q1 budget review\\; decisions", "Emerald room\\, 3rd floor")}


def run(name: str, host: str, server: Any) -> list[str]:
    return run_routed((BUSINESS / name).read_text(encoding="utf-8"), name, host, server.port)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_invitation_is_sent_as_a_calendar_request(smtp_server, lang) -> None:
    name, host, domain, said, _, summary, location = CASES[lang]
    server = smtp_server()
    assert run(name, host, server) == [said]
    [got] = server.messages
    assert got.rcpt_tos == [f"claire.martin@{domain}", f"jerome.petit@{domain}"]
    message = message_from_bytes(got.data, policy=policy.default)
    assert not message.defects
    [ics] = list(message.iter_attachments())
    assert ics.get_filename() == "invitation.ics"
    assert ics.get_content_type() == "text/calendar"
    assert ics.get_param("method") == "REQUEST" and ics.get_param("charset") == "UTF-8"
    lines = ics.get_payload(decode=True).decode("utf-8").split("\r\n")
    assert lines[:4] == ["BEGIN:VCALENDAR", "VERSION:2.0", lines[2], "METHOD:REQUEST"]
    assert re.fullmatch(rf"UID:[0-9A-F]{{32}}@{re.escape(domain)}", lines[5]), lines
    assert re.fullmatch(r"DTSTAMP:\d{8}T\d{6}", lines[6]), lines
    assert lines[7:11] == ["DTSTART:20270115T093000", "DTEND:20270115T110000",
                           f"SUMMARY:{summary}", f"LOCATION:{location}"]
    assert lines[11:] == [f"ORGANIZER:mailto:planning@{domain}",
                          f"ATTENDEE;RSVP=TRUE:mailto:claire.martin@{domain}",
                          f"ATTENDEE;RSVP=TRUE:mailto:jerome.petit@{domain}",
                          "END:VEVENT", "END:VCALENDAR", ""]
    assert "15/01/2027" in message.get_body(("plain",)).get_content() or lang == "en"


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_guest_refused_sends_to_nobody_and_says_who(smtp_server, lang) -> None:
    name, host, domain, _, failed, _, _ = CASES[lang]
    server = smtp_server()
    server.rcpt_replies[f"jerome.petit@{domain}"] = "550 5.1.1 no such user"
    assert run(name, host, server) == [
        f"{failed}SMTP server {host}:25 (routed to 127.0.0.1:{server.port}), RCPT TO: 1 of "
        f"2 recipient(s) refused: <jerome.petit@{domain}> (550 5.1.1 no such user); the "
        "message was not sent, not even to the 1 accepted recipient(s)."]
    assert server.messages == []
