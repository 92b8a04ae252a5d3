"""Hostile SMTP peers the fault matrix and test_smtp_odd_replies.py do not draw (round 2 of
the NET sweep): a greeting in pieces over seconds, EHLO refused then HELO, STARTTLS refused
with 454, a drop in the middle of DATA, a reply with no line end (or a multi-line reply
unfinished) before a close, AUTH
answered by an endless challenge loop, and 421 at every step (STARTTLS and HELO too).

Each runs the matrix's script (one message, two recipients) against a raw loopback server
and asserts what WLanguage sees: True, or False with ErrorInfo in words naming the server
and the step; one outcome for the message (never "sent" unless the server has it); nothing
on stderr; the password never shown; bounded by EmailSetTimeOut.
"""
from __future__ import annotations

import base64

import pytest

from smtp_matrix import ERROR, SCRIPT, SENT
from test_smtp_odd_replies import SERVER, Server, assert_one_outcome, run

PASSWORD = "Hostile-Peer-s3cret"
"""A password no server reply contains: seen in any output, it leaked."""
FORMS = [PASSWORD, base64.b64encode(PASSWORD.encode()).decode(),
         base64.b64encode(f"\0u\0{PASSWORD}".encode()).decode()]

WATCHED = (SCRIPT
           .replace('ok is boolean = EmailSendMessage("u")\n',
                    'ok is boolean = EmailSendMessage("u")\n    seen is boolean = ErrorOccurred\n')
           .replace('    EmailCloseSession("u")\n', '    Trace("occurred " + seen)\n    EmailCloseSession("u")\n')
           .replace('ELSE\n', 'ELSE\n    seen is boolean = ErrorOccurred\n')
           .replace('    Trace(ErrorInfo())\nEND', '    Trace(ErrorInfo())\n    Trace("occurred " + seen)\nEND'))
"""The matrix's script, also tracing ErrorOccurred as it stands right after the call that
failed or succeeded (its third line)."""


def hostile(server: Server, password: str = PASSWORD, **kwargs) -> list[str]:
    """Run the script against `server` with PASSWORD; check the common promises, and that
    ErrorOccurred is True exactly when the start or the send failed."""
    assert WATCHED.count("occurred") == 2
    lines, err = run(server, password=password, script=WATCHED, **kwargs)
    assert_one_outcome(lines, err, server.received)
    shown = "\n".join(lines) + err
    assert not any(form in shown for form in FORMS), lines
    failed = lines[0] == "start 0" or lines[0].startswith("send 0")
    assert lines[2] == f"occurred {int(failed)}", lines
    return lines


def failed_send(lines: list[str], words: str) -> None:
    """EmailSendMessage False, the message in error (not sent), ErrorInfo naming `words`."""
    assert lines[0].split() == ["send", "0", ERROR], lines
    assert lines[1].startswith(SERVER) and words in lines[1], lines


def test_a_greeting_in_pieces_over_seconds_is_read_whole():
    """Each piece comes well within EmailSetTimeOut (3 s), the whole over about 2 s: read
    as one greeting, the message sent."""
    server = Server(drip={b"GREET": 0.1})
    server.replies[b"GREET"] = b"220 raw.test ESMTP ready\r\n"
    lines = hostile(server)
    assert lines[0].split() == ["send", "1", SENT], lines


def test_ehlo_refused_then_helo_without_credentials_sends():
    """EHLO 502, HELO 250 and no password given: nothing to authenticate, so the
    session starts on HELO and the message is sent (RFC 5321 4.1.4 fallback)."""
    server = Server(replies={b"EHLO": b"502 5.5.1 EHLO not implemented\r\n"})
    lines = hostile(server, password="")
    assert lines[0].split() == ["send", "1", SENT], lines
    assert server.commands[:2] == [b"EHLO", b"HELO"] and b"AUTH" not in server.commands


@pytest.mark.parametrize("helo", [b"250 raw.test\r\n", b"550 5.5.1 no HELO either\r\n"],
                         ids=["helo-works", "helo-refused"])
def test_ehlo_refused_then_helo(helo):
    """EHLO 500 then HELO (RFC 5321 4.1.4). With a password, HELO offers no AUTH: the
    session goes on without it and sends, as EmailStartSMTPSession's page says (?3032025;
    docs/email.md "Authentication"); HELO's refusal fails the start, quoted."""
    server = Server(replies={b"EHLO": b"500 5.5.2 what is EHLO\r\n", b"HELO": helo})
    if helo.startswith(b"250"):  # (not hostile(): its stderr holds the note saying why)
        lines, err = run(server, password=PASSWORD, script=WATCHED)
        assert lines[0].split() == ["send", "1", SENT] and lines[2] == "occurred 0", lines
        assert len(server.received) == 1 and b"AUTH" not in server.commands
        assert "HELO offers no authentication; it goes on without authentication" in err
        assert not any(form in "\n".join(lines) + err for form in FORMS), err
        return
    lines = hostile(server)
    assert server.commands[:2] == [b"EHLO", b"HELO"] and b"AUTH" not in server.commands
    assert lines[0] == "start 0" and "550 5.5.1 no HELO either" in lines[1], lines
    assert b"MAIL" not in server.commands


def test_starttls_refused_with_454_is_a_failed_start_with_nothing_sent_in_clear():
    """STARTTLS advertised, asked (emailOptionSecuredTLS) and answered 454 (TLS not
    available): the session fails, quoting 454; no AUTH or MAIL crosses the cleartext link."""
    ehlo = b"250-raw.test\r\n250-STARTTLS\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n"
    server = Server(replies={b"EHLO": ehlo,
                             b"STAR": b"454 4.7.0 TLS not available due to temporary reason\r\n"})
    lines = hostile(server, option="emailOptionSecuredTLS")
    assert lines[0] == "start 0" and "STARTTLS" in lines[1] and "454" in lines[1], lines
    assert b"AUTH" not in server.commands and b"MAIL" not in server.commands, server.commands


def test_a_drop_in_the_middle_of_data_is_not_sent():
    """The server reads 64 KB of a 4 MB message after 354, then closes: False, emailError.
    When the close meets the client still writing, ErrorInfo says "not delivered"; when
    the kernel had taken the whole message before the close was seen (socket buffers can
    hold it all), the client cannot tell and says "may or may not": never "sent"."""
    server = Server(drop_after_bytes=64 * 1024)
    lines = hostile(server, body='Repeat("x", 4000000)')
    failed_send(lines, "the server closed the connection")
    assert "sending the message data (not delivered)" in lines[1] \
        or "may or may not have accepted it" in lines[1], lines


@pytest.mark.parametrize("verb", [b"GREET", b"EHLO", b"MAIL", b"RCPT", b"."])
def test_a_reply_without_a_line_end_then_a_close_fails_in_words(verb):
    """`250 ok` with no CRLF and the connection closed: no reply was read; at the final dot
    the message's fate is unknown ("may or may not"), never "sent"."""
    reply = b"220 raw.test" if verb == b"GREET" else b"250 ok"
    server = Server(replies={verb: reply}, close_after={verb})
    lines = hostile(server)
    if verb in (b"GREET", b"EHLO"):
        assert lines[0] == "start 0", lines
    elif verb == b".":
        failed_send(lines, "may or may not")
    else:
        failed_send(lines, "closed")


@pytest.mark.parametrize("advert", [b"PLAIN", b"LOGIN"])
def test_an_auth_challenge_loop_ends_the_start(advert):
    """Every line the client sends during AUTH is answered `334` again: the client answers
    its mechanism's fixed number of challenges (2 for PLAIN, 3 for LOGIN), then fails in
    words; it never loops and never shows the password."""
    ehlo = b"250-raw.test\r\n250-AUTH " + advert + b"\r\n250 8BITMIME\r\n"
    server = Server(replies={b"EHLO": ehlo, b"AUTH": b"334 VXNlcm5hbWU6\r\n",
                             b"OTHER": b"334 UGFzc3dvcmQ6\r\n"})
    lines = hostile(server)
    assert lines[0] == "start 0" and "authentication" in lines[1], lines
    assert "334" in lines[1], lines
    assert len(server.commands) <= 5 and b"MAIL" not in server.commands, server.commands


@pytest.mark.parametrize("verb, step", [
    (b"GREET", "greeting"), (b"AUTH", "authentication"), (b"MAIL", "MAIL FROM"),
    (b"DATA", "DATA"), (b".", "end of data")])
def test_a_421_at_any_step_is_quoted_and_not_sent(verb, step):
    """421 (the server closing the channel) at the steps test_smtp_odd_replies.py does not
    cover (EHLO and RCPT are there): quoted, the step named; at the final dot the server
    refused the message, so it is an error, not "may or may not"."""
    server = Server(replies={verb: b"421 4.3.2 shutting down\r\n"})
    lines = hostile(server)
    assert "421 4.3.2 shutting down" in lines[1] and step in lines[1], lines
    if verb in (b"GREET", b"AUTH"):
        assert lines[0] == "start 0", lines
    else:
        failed_send(lines, step)


@pytest.mark.parametrize("verb", [b"STAR", b"HELO"])
def test_a_421_to_starttls_or_to_helo_fails_the_start_quoted(verb):
    """421 to STARTTLS (asked), or to the HELO that follows a refused EHLO: the start
    fails quoting it; no AUTH, no MAIL."""
    tls = b"250-raw.test\r\n250-STARTTLS\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n"
    replies = {b"EHLO": tls} if verb == b"STAR" else {b"EHLO": b"500 5.5.2 no\r\n"}
    server = Server(replies={**replies, verb: b"421 4.3.2 shutting down\r\n"})
    option = "emailOptionSecuredTLS" if verb == b"STAR" else "emailOptionDefault"
    lines = hostile(server, option=option)
    assert lines[0] == "start 0" and "421 4.3.2 shutting down" in lines[1], lines
    assert b"AUTH" not in server.commands and b"MAIL" not in server.commands, server.commands


def test_a_multi_line_reply_to_the_dot_cut_by_a_close_is_not_sent():
    """`250-queued` (a reply that announces more lines) then the close: the reply never
    ended, so the message may or may not have been delivered."""
    server = Server(replies={b".": b"250-queued\r\n"}, close_after={b"."})
    lines = hostile(server)
    failed_send(lines, "may or may not")
    assert len(server.received) == 1, server.received


@pytest.mark.parametrize("verb", [b"GREET", b"EHLO", b"AUTH", b"MAIL", b"RCPT", b"DATA", b"."])
def test_nothing_is_written_after_a_421(verb):
    """421 means the server is closing the channel (RFC 5321, 3.8). A peer that keeps the
    connection open after it read what followed: an RSET after a 421 to MAIL, RCPT, DATA
    or the final dot, and EmailCloseSession's QUIT. Now the client writes nothing more
    and ErrorInfo says the server is closing the connection."""
    server = Server(replies={verb: b"421 4.3.2 shutting down\r\n"})
    lines = hostile(server)
    assert "421 4.3.2 shutting down" in lines[1], lines
    assert "the server is closing the connection (421), so nothing more was sent to it" \
        in lines[1], lines
    told = b"EHLO" if verb == b"GREET" else b"DATA" if verb == b"." else verb
    last = len(server.commands) - 1 - server.commands[::-1].index(told) \
        if verb != b"GREET" else -1
    assert server.commands[last + 1:] == [], server.commands
