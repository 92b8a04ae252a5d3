"""OAuth for SMTP (?1000018765): an emailSMTPSession whose AuthToken is set authenticates
with AUTH XOAUTH2 (the token, not the password), against a real aiosmtpd server on
loopback that implements XOAUTH2 itself (the handler's `auth_XOAUTH2`), as Gmail and
Outlook do: a refused token gets a `334` JSON challenge, the client's empty line, then
535. The token never shows in ErrorInfo."""
from __future__ import annotations

import base64
import json

from aiosmtpd.smtp import AuthResult, LoginPassword

from mail_helpers import PASSWORD, USER, fill_email

TOKEN = "ya29.a0-Test_Token.123"


def _offer_xoauth2(handler):
    """Give the conftest's Recorder an XOAUTH2 mechanism (aiosmtpd looks for `auth_*`
    members of the handler on each connection) accepting only TOKEN for USER."""

    async def auth_xoauth2(server, args):
        blob = base64.b64decode(args[1]).decode() if len(args) > 1 else ""
        fields = dict(part.split("=", 1) for part in blob.split("\x01") if "=" in part)
        user, bearer = fields.get("user", ""), fields.get("auth", "")
        handler.auth_attempts.append(("XOAUTH2", user.encode(), bearer.encode()))
        if user == USER and bearer == f"Bearer {TOKEN}":
            return AuthResult(success=True, auth_data=LoginPassword(user.encode(), b""))
        error = json.dumps({"status": "401", "schemes": "bearer"})
        await server.challenge_auth(error)  # the client's empty line answers it
        return AuthResult(success=False, handled=False)

    handler.auth_XOAUTH2 = auth_xoauth2
    return handler


def _session(w, port, token, password=PASSWORD):
    s = w.new("emailSMTPSession")
    s.wl_set("serveraddress", "127.0.0.1")
    s.wl_set("port", port)
    s.wl_set("name", USER)
    s.wl_set("password", password)
    s.wl_set("authtoken", token)
    return s


def test_an_auth_token_is_sent_with_xoauth2_and_the_message_goes(smtp_server, wl):
    server = _offer_xoauth2(smtp_server(auth=True))
    w = wl()
    s = _session(w, server.port, TOKEN)
    assert w("EmailStartSession", s) is True, w.error
    fill_email(w)
    assert w("EmailSendMessage", s) is True, w.error
    assert server.auth_attempts == [("XOAUTH2", USER.encode(), f"Bearer {TOKEN}".encode())]
    assert server.messages[0].login == USER.encode()
    assert s.wl_get("authtoken") == TOKEN and "ya29" not in repr(s)


def test_a_refused_token_fails_the_start_without_showing_it(smtp_server, wl):
    server = _offer_xoauth2(smtp_server(auth=True))
    w = wl()
    s = _session(w, server.port, "expired-token-42")
    assert w("EmailStartSession", s) is False
    occurred, message = w.error
    assert occurred
    assert message == (f"SMTP server 127.0.0.1:{server.port}, authentication (AUTH XOAUTH2):"
                       " the server replied 535 5.7.8 Authentication credentials invalid.")
    assert "expired-token-42" not in message
    assert server.messages == []


def test_a_server_without_xoauth2_is_not_sent_the_password_instead(smtp_server, wl):
    server = smtp_server(auth=True)  # PLAIN and LOGIN only
    w = wl()
    s = _session(w, server.port, TOKEN)
    assert w("EmailStartSession", s) is False
    message = w.error[1]
    assert "offers only the authentication mechanisms LOGIN, PLAIN" in message
    assert "XOAUTH2 when an AuthToken is given" in message
    assert "but an OAuth token (AuthToken) was given" in message
    assert server.auth_attempts == []


def test_without_a_token_the_password_is_used(smtp_server, wl):
    server = _offer_xoauth2(smtp_server(auth=True))
    w = wl()
    s = _session(w, server.port, "")
    assert w("EmailStartSession", s) is True, w.error
    assert server.auth_attempts == [("PLAIN", USER.encode(), PASSWORD.encode())]


def test_a_token_with_a_line_break_is_refused(wl):
    w = wl()
    s = w.new("emailSMTPSession")
    try:
        s.wl_set("jetonauth", "abc\r\nMAIL FROM:<x@y>")
    except Exception as exc:  # a WLanguage error, before anything is sent
        assert "cannot hold a line break" in str(exc)
    else:
        raise AssertionError("the token was kept")


def test_a_reading_session_refuses_a_token_rather_than_using_the_password(wl):
    w = wl()
    s = w.new("emailIMAPSession")
    s.wl_set("serveraddress", "127.0.0.1")
    s.wl_set("authtoken", TOKEN)
    assert w("EmailStartSession", s) is False
    assert "only to SMTP servers, not with emailIMAPSession" in w.error[1]
