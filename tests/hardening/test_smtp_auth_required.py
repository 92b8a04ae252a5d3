"""A password given where the server offers neither PLAIN nor LOGIN: the session goes on
without authentication, as EmailStartSMTPSession's page says (?3032025, "Authenticated
SMTP": "If the server does not recognize one of these two authentication mechanisms and
if the authentication fails, EmailStartSMTPSession tries to connect without
authentication"), and the run says why on stderr (docs/email.md, "Authentication").

The cases: EHLO refused so only HELO answered, no AUTH advertised, no mechanism in
common. The server sees no AUTH and gets the message; the stderr note names the server
and the reason. Against a raw socket server on 127.0.0.1 that records every command and
a real aiosmtpd over STARTTLS with a verified certificate. Until 5 Dec 2026 late night
those sessions failed (a decision taken against the page: its own first example, a
password to a plain port-25 server, failed against any server without AUTH).
"""
from __future__ import annotations

import io
import socket
import threading
from dataclasses import dataclass, field
from typing import Any

import pytest

import aiosmtpd_servers as servers
from loopback import RawServer, read_command
from wlinterp.engine import run_source

SCRIPT = """EmailSetTimeOut("10 s")
IF EmailStartSMTPSession("u", "{password}", "{host}", {port}, False, {option}) THEN
    Email.Sender = "a@example.org"
    Email.Recipient[1] = "b@example.org"
    Email.Subject = "policy"
    Email.Message = "body"
    Trace("send " + EmailSendMessage("u"))
    EmailCloseSession("u")
ELSE
    Trace("start 0 " + ErrorOccurred)
    Trace(ErrorInfo())
END
"""
GOES_ON = "; it goes on without authentication, as EmailStartSMTPSession does"
LAST_ERR: list[str] = []


def run(port: int, password: str = "pw", host: str = "127.0.0.1",
        option: str = "emailOptionDefault", options: dict | None = None) -> list[str]:
    """The script's Trace lines; its stderr lines are left in LAST_ERR."""
    out, err = io.StringIO(), io.StringIO()
    run_source(SCRIPT.format(password=password, host=host, port=port, option=option),
               "policy.wl", stdout=out, stderr=err, options=options)
    LAST_ERR[:] = err.getvalue().splitlines()
    return out.getvalue().splitlines()


@dataclass
class Server:
    """A cleartext SMTP server: `ehlo` is its EHLO reply (lines after the first), or a
    refusal when `refuse_ehlo`; it records every command verb it receives."""

    ehlo: list[bytes]
    refuse_ehlo: bytes = b""
    verbs: list[bytes] = field(default_factory=list)
    refuse_auth: bool = False

    def __call__(self, conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"220 raw.test ESMTP\r\n")
        while (line := read_command(conn, stop)):
            verb = line.split()[0].upper() if line.split() else b""
            self.verbs.append(verb)
            if verb == b"EHLO" and self.refuse_ehlo:
                reply = self.refuse_ehlo
            elif verb == b"EHLO":
                reply = b"\r\n".join([b"250-raw.test"] + [b"250-" + x for x in self.ehlo]
                                     + [b"250 8BITMIME"])
            elif verb == b"AUTH":
                reply = (b"535 5.7.8 Authentication credentials invalid" if self.refuse_auth
                         else b"235 2.7.0 accepted")
            elif verb == b"DATA":
                conn.sendall(b"354 go ahead\r\n")
                while (body := read_command(conn, stop)) and body != b".\r\n":
                    pass
                reply = b"250 2.0.0 queued"
            elif verb == b"QUIT":
                conn.sendall(b"221 bye\r\n")
                return
            else:  # HELO, MAIL, RCPT, RSET
                reply = b"250 ok"
            conn.sendall(reply + b"\r\n")


def serve(server: Server, password: str = "pw") -> tuple[list[str], RawServer]:
    raw = RawServer(server)
    try:
        lines = run(raw.port, password)
    finally:
        raw.close()
    return lines, raw


def assert_sent_without_auth(lines: list[str], server: Server, port: int, why: str) -> None:
    """Started and sent (True), no AUTH on the wire, one stderr note saying why."""
    assert lines == ["send 1"], lines
    assert b"AUTH" not in server.verbs and b"DATA" in server.verbs, server.verbs
    [note] = LAST_ERR
    assert note.startswith(f"Email: session 'u' on SMTP server 127.0.0.1:{port}: "), note
    assert why in note and GOES_ON in note, note
    assert "pw" not in note.replace("PIPELINING", ""), note


@pytest.mark.parametrize("refusal", [b"502 5.5.1 EHLO not implemented",
                                     b"451 4.3.2 try later", b"HELLO? not SMTP"])
def test_ehlo_refused_and_helo_answered_goes_on_without_auth(refusal):
    """(A 421 to EHLO, the server closing, ends the start without HELO:
    test_smtp_odd_replies.py, test_a_421_closing_is_quoted_and_ends_the_step.)"""
    server = Server([b"AUTH PLAIN LOGIN"], refuse_ehlo=refusal)
    lines, raw = serve(server)
    assert_sent_without_auth(lines, server, raw.port, "EHLO was refused (")
    assert "HELO offers no authentication" in LAST_ERR[0], LAST_ERR
    assert server.verbs[:2] == [b"EHLO", b"HELO"], server.verbs  # RFC 5321 4.1.4 fallback
    assert refusal.decode().split()[-1] in LAST_ERR[0], LAST_ERR  # the server's words


def test_no_auth_advertised_goes_on_without_auth():
    server = Server([b"PIPELINING"])
    lines, raw = serve(server)
    assert_sent_without_auth(lines, server, raw.port, "the server does not offer "
                             "authentication (no AUTH in its EHLO reply) (servers often "
                             "offer it only over TLS")


@pytest.mark.parametrize("advert, why", [
    (b"AUTH CRAM-MD5 XOAUTH2", "the server offers only the authentication mechanisms "
     "CRAM-MD5, XOAUTH2, and wlinterp does not support any of them (it authenticates with "
     "PLAIN or LOGIN)"),
    (b"AUTH GSSAPI", "the server offers only the authentication mechanism GSSAPI, and "
     "wlinterp does not support it (it authenticates with PLAIN or LOGIN)"),
    (b"AUTH", "the server does not offer authentication")])
def test_no_mechanism_in_common_goes_on_without_auth(advert, why):
    """The note names the mechanisms the server offered and says none is supported."""
    server = Server([advert])
    lines, raw = serve(server)
    assert_sent_without_auth(lines, server, raw.port, why)


def test_an_advert_with_escape_sequences_is_shown_escaped():
    server = Server([b"AUTH CRAM-MD5 \x1b[2J\x1b]0;owned\x07"])
    lines, raw = serve(server)
    assert_sent_without_auth(lines, server, raw.port, "offers only the authentication "
                             "mechanisms CRAM-MD5, \\x1b[2J\\x1b]0;OWNED\\x07")
    assert "\x1b" not in LAST_ERR[0], LAST_ERR


def test_a_refused_login_still_fails_the_session():
    """"If the server recognizes one of these two authentication mechanisms and if the
    authentication fails, the connection fails as well" (?3032025): nothing sent."""
    server = Server([b"AUTH PLAIN"])
    server.refuse_auth = True
    lines, raw = serve(server)
    assert lines[0] == "start 0 1", lines
    assert "authentication (AUTH PLAIN): the server replied 535" in lines[1], lines
    assert b"MAIL" not in server.verbs and LAST_ERR == [], (server.verbs, LAST_ERR)


@pytest.mark.parametrize("advert", [b"AUTH LOGIN", b"AUTH=PLAIN", b"AUTH CRAM-MD5 PLAIN"])
def test_a_common_mechanism_authenticates_then_sends(advert):
    """The control: the same server with a usable mechanism (old-style `AUTH=` included)."""
    server = Server([advert])
    lines, _ = serve(server)
    assert lines == ["send 1"], lines
    assert server.verbs[:2] == [b"EHLO", b"AUTH"] and b"DATA" in server.verbs, server.verbs
    assert LAST_ERR == [], LAST_ERR


def test_an_empty_password_sends_without_authentication_and_says_nothing():
    """No credentials given: nothing to say, the message goes (without AUTH)."""
    for ehlo, refusal in (([b"PIPELINING"], b""), ([], b"502 5.5.1 no EHLO")):
        server = Server(ehlo, refuse_ehlo=refusal)
        lines, _ = serve(server, password="")
        assert lines == ["send 1"], lines
        assert b"AUTH" not in server.verbs and b"DATA" in server.verbs, server.verbs
        assert LAST_ERR == [], LAST_ERR


class Recorder:
    """aiosmtpd handler: offers no AUTH, records the commands it hooks and counts messages."""

    def __init__(self) -> None:
        self.commands: list[str] = []
        self.received = 0

    async def handle_EHLO(self, server: Any, session: Any, envelope: Any, hostname: str,
                          responses: list[str]) -> list[str]:
        self.commands.append("EHLO")
        session.host_name = hostname  # what aiosmtpd's own EHLO does when no hook is set
        return [line for line in responses if "AUTH" not in line.upper()]  # offers none

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,
                          options: list[str]) -> str:
        self.commands.append("MAIL")
        envelope.mail_from = address
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received += 1
        return "250 OK"


def test_aiosmtpd_inside_tls_without_auth_goes_on_without_auth(pki):
    """STARTTLS done and verified, the EHLO inside TLS offers no AUTH (the handler's EHLO
    hook drops aiosmtpd's AUTH line): the message is sent without AUTH, the note has no
    TLS hint; without a password the same server takes it and nothing is said."""
    ca_file, context = pki
    handler = Recorder()
    controller = servers.start(handler, tls_context=context, require_starttls=True)
    options = {"ca_file": ca_file, "smtp_routes": {"localhost": ("127.0.0.1", controller.port)}}
    try:
        lines = run(controller.port, host="localhost", option="emailOptionSecuredTLS",
                    options=options)
        notes = list(LAST_ERR)
        controlled = run(controller.port, "", "localhost", "emailOptionSecuredTLS", options)
    finally:
        controller.stop()
    port = controller.port
    assert lines == ["send 1"], lines
    assert notes == [f"Email: session 'u' on SMTP server localhost:{port} (routed to "
                     f"127.0.0.1:{port}): the server does not offer authentication (no AUTH "
                     "in its EHLO reply)" + GOES_ON + " (a password given is used only "
                     "where the server offers PLAIN or LOGIN)"], notes
    assert controlled == ["send 1"] and LAST_ERR == [], (controlled, LAST_ERR)
    assert handler.commands == ["EHLO", "EHLO", "MAIL", "EHLO", "EHLO", "MAIL"], \
        handler.commands
    assert handler.received == 2
