"""The capture's reading of MAIL FROM and RCPT TO addresses (session.py, `simple_address`).

Reading the plain ``<local@domain>`` form directly is only an optimisation over
aiosmtpd's parser: whenever it answers, it must answer exactly what the parser does, and
everything else (quoted local parts, comments, routes, address literals, UTF-8) must go
to the parser. Checked against the installed aiosmtpd, and through real sessions.
"""

from __future__ import annotations

import smtplib

import pytest
from aiosmtpd.smtp import SMTP
from hypothesis import example, given, strategies as st

from wlinterp.mailbox import session
from wlinterp.mailbox.session import simple_address

from mailbox_helpers import TIMEOUT, build_message


def _parsed(arg: str) -> tuple[str | None, str | None]:
    """What aiosmtpd's own reading gives (no limit on the local part)."""
    smtp = SMTP.__new__(SMTP)
    smtp.local_part_limit = 0
    return SMTP._getaddr(smtp, arg)


_ATEXT = "abcXYZ019!#$%&'*+/=?^_`{|}~-"
_PIECES = st.sampled_from([*_ATEXT, ".", "@", "<", ">", " ", "\t", "(", ")", '"', "[", "]",
                           ":", ",", ";", "\\", "é", "\u2028", "="])
_ATOMS = st.text(st.sampled_from(_ATEXT), min_size=1, max_size=6)
_TAILS = st.sampled_from(["", " ", "\t", "  SIZE=690", " SIZE=1 BODY=8BITMIME", "x", " (c) X",
                          "(c)X", " \t", ">", "<", " é"])


@st.composite
def _near_simple(draw: st.DrawFn) -> str:
    """Arguments of the plain form, and that form a character or two away from it."""
    local = ".".join(draw(st.lists(_ATOMS, min_size=1, max_size=3)))
    domain = ".".join(draw(st.lists(_ATOMS, min_size=1, max_size=3)))
    text = f"<{local}@{domain}>{draw(_TAILS)}"
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(_PIECES) + text[at + draw(st.integers(0, 1)):]
    return text


@given(st.one_of(_near_simple(), st.text(_PIECES, max_size=30)))
@example("<shop@example.org> SIZE=690")
@example("<a@b> (c) X")
@example('<"john doe"@example.org>')
@example("<a..b@c>")
@example("<a@[127.0.0.1]>")
@example("<@route:a@b>")
@example("<00@00.000000.000000> \u2028")  # (the parser drops it; it was kept here)
def test_what_the_quick_reading_answers_is_what_aiosmtpd_reads(arg: str):
    quick = simple_address(arg)
    if quick is not None:
        assert quick == _parsed(arg)


@pytest.mark.parametrize("arg", ["<shop@example.org>", "<shop@example.org> SIZE=690",
                                 "<a.b+c@mail-1.example.org>\tBODY=8BITMIME"])
def test_the_plain_form_is_read_directly(arg: str):
    assert simple_address(arg) == _parsed(arg) and simple_address(arg) is not None


@pytest.mark.parametrize("arg", ['<"john doe"@example.org>', "<a@b> (comment)", "<a@[127.0.0.1]>",
                                 "<@relay:a@b>", "<josé@example.org>", " <a@b>", "<postmaster>",
                                 "<a..b@c>", "<>", ""])
def test_anything_else_goes_to_the_parser(arg: str):
    assert simple_address(arg) is None


def test_sessions_read_both_forms_and_use_the_parser_only_for_the_other(capture, monkeypatch):
    """Through real sessions: a plain address never reaches aiosmtpd's parser, a quoted
    local part does, and both are recorded as the client sent them."""
    assert callable(getattr(SMTP, "_getaddr", None))  # the method the session overrides
    parsed: list[str] = []
    real = SMTP._getaddr

    def watched(self: SMTP, arg: str) -> tuple[str | None, str | None]:
        parsed.append(arg)
        return real(self, arg)
    monkeypatch.setattr(SMTP, "_getaddr", watched)
    assert session.CaptureSMTP._getaddr is not SMTP._getaddr
    senders = ["shop@example.org", '"john doe"@example.org']
    with smtplib.SMTP(capture.host, capture.plain_port, timeout=TIMEOUT) as client:
        for sender in senders:
            client.sendmail(sender, ["ann@example.org"], build_message().as_bytes())
    records = capture.captured
    assert [r["mail_from"] for r in records] == senders
    assert all(r["rcpt_tos"] == ["ann@example.org"] for r in records)
    assert len(parsed) == 1 and parsed[0].startswith('<"john doe"@example.org>')


@pytest.mark.parametrize("arg", ["<abcd@example.org>", "<abc@example.org>", '<"abcd"@example.org>'])
def test_the_local_part_limit_applies_as_in_aiosmtpd(arg: str):
    """aiosmtpd refuses a local part longer than `local_part_limit` (when set): so does
    the direct reading."""
    capture = session.CaptureSMTP.__new__(session.CaptureSMTP)
    stock = SMTP.__new__(SMTP)
    capture.local_part_limit = stock.local_part_limit = 3
    assert capture._getaddr(arg) == SMTP._getaddr(stock, arg)
    assert (capture._getaddr(arg) == (None, None)) == (arg != "<abc@example.org>")
