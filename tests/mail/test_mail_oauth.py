"""OAuth for SMTP (?1000018765): an emailSMTPSession whose AuthToken is set authenticates
with AUTH XOAUTH2 (the token, not the password), against a real aiosmtpd server on
loopback that implements XOAUTH2 itself (the handler's `auth_XOAUTH2`), as Gmail and
Outlook do: a refused token gets a `334` JSON challenge, the client's empty line, then
535. The token never shows in ErrorInfo."""
from __future__ import annotations

import base64
import http.server
import json
import socket
import threading
import urllib.parse
import urllib.request

import pytest

from aiosmtpd.smtp import AuthResult, LoginPassword

from imap_server import ImapMailbox
from pop3_server import Pop3Mailbox
from mail_helpers import PASSWORD, USER, fill_email, run_wl as run

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


@pytest.mark.parametrize("token, out", [
    (TOKEN, "1, , 1"),
    ("expired-token-42", "0, POP3 server 127.0.0.1:{port}, login (AUTH XOAUTH2): the server "
                         "replied -ERR [AUTH] invalid token., 0")], ids=["accepted", "refused"])
def test_a_pop3_session_authenticates_with_xoauth2(mailboxes, token, out):
    box = mailboxes(Pop3Mailbox([b"Subject: hi\r\n\r\nx\r\n"], user=USER, token=TOKEN))
    code = ('s is emailPOP3Session\ns.ServerAddress = "127.0.0.1"\n'
            f's.Port = {box.port}\ns.Name = "{USER}"\ns.Password = "not sent"\n'
            f's.AuthToken = "{token}"\n'
            'Trace(EmailStartSession(s), ErrorInfo(errMessage), EmailNbMessage(s))\n')
    assert run(code).splitlines()[0] == out.format(port=box.port)
    assert "AUTH XOAUTH2 ***" in box.commands and "PASS ***" not in box.commands


IMAP_EN = """s is emailIMAPSession
s.ServerAddress = "127.0.0.1"
s.Port = {port}
s.Name = "{user}"
s.Password = "not sent"
s.AuthToken = "{token}"
Trace(EmailStartSession(s), ErrorInfo(errMessage))
IF NOT ErrorOccurred THEN Trace(EmailNbMessage(s))
"""
IMAP_FR = """s est un emailSessionIMAP
s.AdresseServeur = "127.0.0.1"
s.Port = {port}
s.Nom = "{user}"
s.MotDePasse = "pas envoyé"
s.AuthToken = "{token}"
Trace(EmailOuvreSession(s), ErreurInfo(errMessage))
SI PAS ErreurDétectée ALORS Trace(EmailNbMessage(s))
"""


@pytest.mark.parametrize("code", [IMAP_EN, IMAP_FR], ids=["en", "fr"])
def test_an_imap_session_authenticates_with_xoauth2(mailboxes, code):
    box = mailboxes(ImapMailbox.with_inbox(b"Subject: hi\r\n\r\nx\r\n", user=USER,
                                           token=TOKEN))
    assert run(code.format(port=box.port, user=USER, token=TOKEN)).splitlines() == [
        "1, ", "1"]
    assert f"AUTHENTICATE XOAUTH2 user={USER}" in box.commands
    assert not any(c.startswith("LOGIN") for c in box.commands)


def test_a_refused_imap_token_fails_the_start_without_showing_it(mailboxes):
    box = mailboxes(ImapMailbox.with_inbox(user=USER, token=TOKEN))
    out = run(IMAP_EN.format(port=box.port, user=USER, token="expired-token-42"))
    assert out == (f"0, IMAP server 127.0.0.1:{box.port}, login (AUTHENTICATE XOAUTH2): the "
                   "server replied [AUTHENTICATIONFAILED] invalid token.\n")


# The page's whole example (?1000018765): OAuth2Parameters, AuthIdentify, AuthToken.
# Its Google addresses are replaced by a token endpoint of ours on loopback, the SMTP
# server by aiosmtpd, and the user's browser by the run's `oauth_browser` (a function
# that goes to the sign-in URL's redirection with a code, as the service would send it).
PAGE_EN = """MySMTPSession is emailSMTPSession
OAuthGoogleCnt is OAuth2Parameters

// OAuth connection parameters
OAuthGoogleCnt.ClientID = "Application ID"
OAuthGoogleCnt.ClientSecret = "Secret application ID"
OAuthGoogleCnt.AuthURL = "http://127.0.0.1:{token_port}/auth"
OAuthGoogleCnt.TokenURL = "http://127.0.0.1:{token_port}/token"
OAuthGoogleCnt.Scope = "https://mail.google.com/"
OAuthGoogleCnt.RedirectionURL = "http://localhost:{redirect_port}"
OAuthGoogleCnt.ResponseType = oauth2ResponseTypeCode

// OAuth authentication
MySMTPSession.ServerAddress = "127.0.0.1"
MySMTPSession.Name = "{user}"
MySMTPSession.Password = "secret"
MySMTPSession.Port = {smtp_port}
MySMTPSession.Option = emailOptionDefault
MySMTPSession.AuthToken = AuthIdentify(OAuthGoogleCnt)
Trace(MySMTPSession.AuthToken = "{token}")
Trace(EmailStartSession(MySMTPSession))
"""
PAGE_FR = """MaSessionSMTP est une emailSessionSMTP
OAuthCnxGoogle est un OAuth2Paramètres

// Paramètres de connexion OAuth
OAuthCnxGoogle.ClientID = "ID de l'application"
OAuthCnxGoogle.ClientSecret = "ID secret de l'application"
OAuthCnxGoogle.URLAuth = "http://127.0.0.1:{token_port}/auth"
OAuthCnxGoogle.URLToken = "http://127.0.0.1:{token_port}/token"
OAuthCnxGoogle.Scope = "https://mail.google.com/"
OAuthCnxGoogle.URLRedirection = "http://localhost:{redirect_port}"
OAuthCnxGoogle.TypeRéponse = oauth2TypeRéponseCode

// Identification OAuth
MaSessionSMTP.AdresseServeur = "127.0.0.1"
MaSessionSMTP.Nom = "{user}"
MaSessionSMTP.MotDePasse = "secret"
MaSessionSMTP.Port = {smtp_port}
MaSessionSMTP.Option = emailOptionDéfaut
MaSessionSMTP.AuthToken = AuthIdentifie(OAuthCnxGoogle)
Trace(MaSessionSMTP.AuthToken = "{token}")
Trace(EmailOuvreSession(MaSessionSMTP))
"""


class _TokenEndpoint(http.server.BaseHTTPRequestHandler):
    """The service's token URL: the code "the-code" for the token, anything else refused."""

    def do_POST(self) -> None:  # noqa: N802
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        self.server.forms.append(form)  # type: ignore[attr-defined]
        good = form.get("code") == ["the-code"] and form.get("grant_type") == [
            "authorization_code"]
        body = json.dumps({"access_token": TOKEN, "expires_in": 3599} if good
                          else {"error": "invalid_grant"}).encode()
        self.send_response(200 if good else 400)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        return


@pytest.fixture
def token_endpoint():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _TokenEndpoint)
    server.forms = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _browser(code: str, signed_in: list[str]):
    """What the user's browser does: the service sends it to the redirection URL."""

    def go(url: str) -> None:
        signed_in.append(url)
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        back = query["redirect_uri"][0] + "?" + urllib.parse.urlencode(
            {"code": code, "state": query["state"][0]})
        threading.Thread(target=lambda: urllib.request.urlopen(back, timeout=10).read(),
                         daemon=True).start()
    return go


@pytest.mark.parametrize("page", [PAGE_EN, PAGE_FR], ids=["en", "fr"])
def test_the_pages_oauth_example(smtp_server, token_endpoint, page) -> None:
    server = _offer_xoauth2(smtp_server(auth=True))
    signed_in: list[str] = []
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        redirect_port = s.getsockname()[1]
    out = run(page.format(token_port=token_endpoint.server_port, redirect_port=redirect_port,
                          user=USER, smtp_port=server.port, token=TOKEN),
              oauth_browser=_browser("the-code", signed_in))
    assert out.splitlines() == ["1", "1"]
    assert server.auth_attempts == [("XOAUTH2", USER.encode(), f"Bearer {TOKEN}".encode())]
    assert signed_in[0].startswith(f"http://127.0.0.1:{token_endpoint.server_port}/auth?"
                                   "response_type=code&client_id=")
    assert token_endpoint.forms[0]["redirect_uri"] == [f"http://localhost:{redirect_port}"]


def test_a_refused_code_gives_an_invalid_token_and_no_session(smtp_server, token_endpoint):
    server = _offer_xoauth2(smtp_server(auth=True))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        redirect_port = s.getsockname()[1]
    code = PAGE_EN.replace('Trace(MySMTPSession.AuthToken = "{token}")',
                           "Trace(ErrorInfo(errMessage))")
    out = run(code.format(token_port=token_endpoint.server_port, redirect_port=redirect_port,
                          user=USER, smtp_port=server.port, token=TOKEN),
              oauth_browser=_browser("a-wrong-code", []))
    assert out.splitlines() == [
        "AuthIdentify: the TokenURL refused the code (invalid_grant); no token was obtained.",
        "0"]
    assert server.auth_attempts == []  # the password was not tried instead


def test_a_redirection_off_this_machine_is_refused() -> None:
    out = run('p is OAuth2Parameters\np.ClientID = "c"\np.AuthURL = "https://a.test/auth"\n'
              'p.TokenURL = "https://a.test/token"\np.RedirectionURL = "http://example.org:9000"\n'
              't is AuthToken = AuthIdentify(p)\nTrace(t.Valid, ErrorInfo(errMessage))\n')
    assert out == ("0, AuthIdentify: the RedirectionURL 'http://example.org:9000' is not an "
                   "http:// address of this machine (localhost), where wlinterp receives the "
                   "sign-in's answer; no token was obtained.\n")
