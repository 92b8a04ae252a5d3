"""A script that gives credentials never sends unauthenticated (docs/email.md,
"Authentication"; docs/security.md, "Never sent").

When a password is given and AUTH cannot be done — EHLO refused so only HELO answered, no
AUTH advertised, no mechanism in common — EmailStartSMTPSession returns False, ErrorOccurred
is True, ErrorInfo says why, and the server sees no AUTH, MAIL, RCPT or DATA. Against a raw
socket server on 127.0.0.1 that records every command (cleartext AUTH to a loopback address
is allowed, so only the policy can stop it) and a real aiosmtpd over STARTTLS with a
verified certificate. The faulted EHLO inside TLS is also a cell of the fault matrix
(test_smtp_fault_matrix_aiosmtpd.py, `4xx-ehlo`, `5xx-ehlo`, `garbage-ehlo`).
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
NOT_SENT = ("but a password was given; the session was not opened and nothing was sent (give "
            "an empty password to send without authentication).")


def run(port: int, password: str = "pw", host: str = "127.0.0.1",
        option: str = "emailOptionDefault", options: dict | None = None) -> list[str]:
    out = io.StringIO()
    run_source(SCRIPT.format(password=password, host=host, port=port, option=option),
               "policy.wl", stdout=out, stderr=io.StringIO(), options=options)
    return out.getvalue().splitlines()


@dataclass
class Server:
    """A cleartext SMTP server: `ehlo` is its EHLO reply (lines after the first), or a
    refusal when `refuse_ehlo`; it records every command verb it receives."""

    ehlo: list[bytes]
    refuse_ehlo: bytes = b""
    verbs: list[bytes] = field(default_factory=list)

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
                reply = b"235 2.7.0 accepted"
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


def assert_refused(lines: list[str], server: Server, port: int, why: str) -> None:
    assert lines[0] == "start 0 1", lines  # False, and ErrorOccurred is True
    assert lines[1].startswith(f"SMTP server 127.0.0.1:{port}, authentication: "), lines
    assert why in lines[1] and lines[1].endswith(NOT_SENT), lines
    assert not {b"AUTH", b"MAIL", b"RCPT", b"DATA"} & set(server.verbs), server.verbs


@pytest.mark.parametrize("refusal", [b"502 5.5.1 EHLO not implemented",
                                     b"451 4.3.2 try later", b"HELLO? not SMTP"])
def test_ehlo_refused_and_helo_answered_is_not_an_unauthenticated_session(refusal):
    """(A 421 to EHLO, the server closing, ends the start without HELO:
    test_smtp_odd_replies.py, test_a_421_closing_is_quoted_and_ends_the_step.)"""
    server = Server([b"AUTH PLAIN LOGIN"], refuse_ehlo=refusal)
    lines, raw = serve(server)
    assert_refused(lines, server, raw.port, "EHLO was refused (")
    assert "HELO offers no authentication" in lines[1], lines
    assert server.verbs[:2] == [b"EHLO", b"HELO"], server.verbs  # RFC 5321 4.1.4 fallback
    assert refusal.decode().split()[-1] in lines[1], lines  # the server's words are quoted


def test_no_auth_advertised_fails_the_session():
    server = Server([b"PIPELINING"])
    lines, raw = serve(server)
    assert_refused(lines, server, raw.port, "the server does not offer authentication (no "
                   "AUTH in its EHLO reply) (servers often offer it only over TLS")


@pytest.mark.parametrize("advert, why", [
    (b"AUTH CRAM-MD5 XOAUTH2", "the server offers only the authentication mechanisms "
     "CRAM-MD5, XOAUTH2, and wlinterp does not support any of them (it authenticates with "
     "PLAIN or LOGIN), but a password was given"),
    (b"AUTH GSSAPI", "the server offers only the authentication mechanism GSSAPI, and "
     "wlinterp does not support it (it authenticates with PLAIN or LOGIN)"),
    (b"AUTH", "the server does not offer authentication")])
def test_no_mechanism_in_common_fails_the_session(advert, why):
    """ErrorInfo names the mechanisms the server offered and says none is supported."""
    server = Server([advert])
    lines, raw = serve(server)
    assert_refused(lines, server, raw.port, why)


def test_an_advert_with_escape_sequences_is_shown_escaped():
    server = Server([b"AUTH CRAM-MD5 \x1b[2J\x1b]0;owned\x07"])
    lines, raw = serve(server)
    assert_refused(lines, server, raw.port, "offers only the authentication mechanisms CRAM-MD5, "
                   "\\x1b[2J\\x1b]0;OWNED\\x07")
    assert "\x1b" not in lines[1], lines


@pytest.mark.parametrize("advert", [b"AUTH LOGIN", b"AUTH=PLAIN", b"AUTH CRAM-MD5 PLAIN"])
def test_a_common_mechanism_authenticates_then_sends(advert):
    """The control: the same server with a usable mechanism (old-style `AUTH=` included)."""
    server = Server([advert])
    lines, _ = serve(server)
    assert lines == ["send 1"], lines
    assert server.verbs[:2] == [b"EHLO", b"AUTH"] and b"DATA" in server.verbs, server.verbs


def test_an_empty_password_still_sends_without_authentication():
    """No credentials given: nothing to enforce, the message goes (without AUTH)."""
    for ehlo, refusal in (([b"PIPELINING"], b""), ([], b"502 5.5.1 no EHLO")):
        server = Server(ehlo, refuse_ehlo=refusal)
        lines, _ = serve(server, password="")
        assert lines == ["send 1"], lines
        assert b"AUTH" not in server.verbs and b"DATA" in server.verbs, server.verbs



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


def test_aiosmtpd_inside_tls_without_auth_fails_the_session(pki):
    """STARTTLS done and verified, the EHLO inside TLS offers no AUTH (the handler's EHLO
    hook drops aiosmtpd's AUTH line): the session fails without the TLS hint, nothing is
    sent; without a password the same server takes the message."""
    ca_file, context = pki
    handler = Recorder()
    controller = servers.start(handler, tls_context=context, require_starttls=True)
    options = {"ca_file": ca_file, "smtp_routes": {"localhost": ("127.0.0.1", controller.port)}}
    try:
        lines = run(controller.port, host="localhost", option="emailOptionSecuredTLS",
                    options=options)
        controlled = run(controller.port, "", "localhost", "emailOptionSecuredTLS", options)
    finally:
        controller.stop()
    assert lines[0] == "start 0 1", lines
    port = controller.port
    assert lines[1] == (f"SMTP server localhost:{port} (routed to 127.0.0.1:{port}), "
                        "authentication: "
                        "the server does not offer authentication (no AUTH in its EHLO reply), "
                        + NOT_SENT), lines
    assert controlled == ["send 1"], controlled  # without a password the same server takes it
    assert handler.commands == ["EHLO", "EHLO", "EHLO", "EHLO", "MAIL"], handler.commands
    assert handler.received == 1
