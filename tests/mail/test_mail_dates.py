"""Email.ReceiveDate / Email.DateRéception and Email.SendDate / Email.DateEnvoi (NET,
issue 8): code that files or ages the messages it reads (`IF DateDifference(Left(
Email.DateRéception, 8), Today()) > 30`) stopped with "'datereception' is not a member
of Email". A read over POP3 or IMAP, from the loopback servers, now fills them with the
date of the message's last Received line and of its Date header, as DateTime digits in
this machine's local time (docs/email.md "Dates of a received message", INFERRED).

The expected digits are computed here from the instant in seconds (time.localtime),
not by the parser the reader uses, so a wrong zone or a swapped pair fails."""
from __future__ import annotations

import io
import time

import pytest

from imap_server import ImapMailbox
from pop3_server import Pop3Mailbox
from wlinterp.engine import run_source

USER = "factures@entreprise.test"
PASSWORD = "Dat3s!ok"
SENT_AT = 1796371200 - 3600 * 5 - 59   # 2026-12-05 18:59:01 UTC (the Date header, +0100)
RECEIVED_AT = SENT_AT + 3 * 3600 + 7    # the last server's stamp, in -0500


def _local(instant: int) -> str:
    return time.strftime("%Y%m%d%H%M%S", time.localtime(instant)) + "000"


def _stamp(instant: int, hours: int) -> str:
    """An RFC 5322 date of `instant` written in the zone `hours` from UTC."""
    shown = time.gmtime(instant + hours * 3600)
    return time.strftime("%a, %d %b %Y %H:%M:%S ", shown) + f"{hours:+03d}00"


def _message(received: bool = True) -> bytes:
    lines = []
    if received:
        lines += [f"Received: from relay.test by mx.entreprise.test; {_stamp(RECEIVED_AT, -5)}",
                  f"Received: from pc.client.test by relay.test; {_stamp(SENT_AT, 1)}"]
    lines += [f"Date: {_stamp(SENT_AT, 1)}", "From: client@client.test", f"To: {USER}",
              "Subject: Facture 7", "", "Bonjour"]
    return "\r\n".join(lines).encode() + b"\r\n"


FR = """SI PAS EmailOuvreSession{kind}("{user}", "{password}", "127.0.0.1", {port}) ALORS
    Trace(ErreurInfo())
FIN
EmailLitPremier("{user}")
TANTQUE PAS Email.EnDehors
    Trace(Email.DateRéception, Email.DateEnvoi)
    dArrivée est une DateHeure = Email.DATERECEPTION
    Trace(dArrivée..Année, Gauche(Email.dateenvoi, 8))
    EmailLitSuivant("{user}")
FIN
EmailFermeSession("{user}")
"""
EN = """IF NOT EmailStart{kind}Session("{user}", "{password}", "127.0.0.1", {port}) THEN
    Trace(ErrorInfo())
END
EmailReadFirst("{user}")
WHILE NOT Email.Out
    Trace(Email.ReceiveDate, Email.SendDate)
    dArrived is DateTime = Email.receivedate
    Trace(dArrived..Year, Left(Email.SENDDATE, 8))
    EmailReadNext("{user}")
END
EmailCloseSession("{user}")
"""


def _said(sources: list[bytes]) -> list[str]:
    lines = []
    for source in sources:
        received = RECEIVED_AT if b"Received:" in source else SENT_AT
        lines += [f"{_local(received)}, {_local(SENT_AT)}",
                  f"{_local(received)[:4]}, {_local(SENT_AT)[:8]}"]
    return lines


@pytest.mark.parametrize("script", [FR, EN], ids=["fr", "en"])
@pytest.mark.parametrize("protocol", ["POP3", "IMAP"])
def test_a_read_fills_the_dates(mailboxes, script: str, protocol: str) -> None:
    """The first message has Received lines (the latest one wins over the Date), the
    second none (its ReceiveDate is its Date)."""
    sources = [_message(), _message(received=False)]
    box = mailboxes(Pop3Mailbox(list(sources), user=USER, password=PASSWORD)
                    if protocol == "POP3" else
                    ImapMailbox({"INBOX": [[1, set(), sources[0]], [2, set(), sources[1]]]},
                                user=USER, password=PASSWORD))
    kind = "POP3" if protocol == "POP3" else "IMAP"
    code = script.format(kind=kind, user=USER, password=PASSWORD, port=box.port)
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "dates.wl", stdout=out, stderr=err)
    assert (out.getvalue().splitlines(), err.getvalue()) == (_said(sources), "")


def test_a_message_without_dates_and_a_fresh_structure_read_empty() -> None:
    """No Date, no Received (or one that is no date): both members are "", never an
    invented date; EmailReset empties them; a script may write them (kept as text)."""
    code = """Email.Source = "From: a@b.test" + CR + "Received: by x; not a date" + CR + ...
    "Subject: s" + CR + CR + "x"
Trace(EmailImportSource(), "[" + Email.ReceiveDate + "]", "[" + Email.DateEnvoi + "]")
Email.SendDate = "20261205120000000"
Trace(Email.DateEnvoi)
EmailReset()
Trace("[" + Email.SendDate + "]")
"""
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "t.wl", stdout=out, stderr=err)
    assert (out.getvalue().splitlines(), err.getvalue()) == (
        ["1, [], []", "20261205120000000", "[]"], "")
