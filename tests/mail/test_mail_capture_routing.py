"""Routing (--smtp-route syntax, precedence) and the capture-server redirection contract."""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from mail_helpers import PASSWORD, USER, fill_email
from wlinterp.mail.modes import Mode
from wlinterp.mail.options import MailOptions
from wlinterp.mail.routing import parse_route, parse_routes, resolve_endpoint


@pytest.mark.parametrize("text,expected", [
    ("smtp.gmail.com:587=127.0.0.1:2525", ("smtp.gmail.com:587", ("127.0.0.1", 2525))),
    ("SMTP.Orange.FR=localhost:25", ("smtp.orange.fr", ("localhost", 25))),
    ("mail.test:465=[::1]:1465", ("mail.test:465", ("::1", 1465))),
    (" a.b = c.d:1 ", ("a.b", ("c.d", 1))),
])
def test_parse_route(text, expected):
    assert parse_route(text) == expected


@pytest.mark.parametrize("text,message", [
    ("smtp.gmail.com:587", "expected FROM=TO"),
    ("a=b=c", "expected FROM=TO"),
    ("a.b=127.0.0.1", "a port is required"),
    ("a.b=127.0.0.1:http", "is not a port number"),
    ("a.b=127.0.0.1:70000", "is not a port number"),
    ("a.b:0=127.0.0.1:25", "is not a port number"),
    ("=127.0.0.1:25", "is not a host name"),
    ("bad host=127.0.0.1:25", "is not a host name"),
    ("a.b=::1:25", "write IPv6 addresses as [ADDRESS]:PORT"),
    ("a.b=[::1:25", "missing ']'"),
])
def test_parse_route_errors(text, message):
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_route(text)


def test_parse_routes_env_value():
    assert parse_routes("a.b:25=127.0.0.1:1, c.d=127.0.0.1:2\n e.f:587=127.0.0.1:3") == {
        "a.b:25": ("127.0.0.1", 1), "c.d": ("127.0.0.1", 2), "e.f:587": ("127.0.0.1", 3)}
    assert parse_routes("  ") == {}


def test_resolve_precedence_host_port_over_host():
    opts = MailOptions.from_runtime({"smtp_routes": {"x.test": ("127.0.0.1", 1),
                                                     "x.test:587": ("127.0.0.1", 2)}})
    assert resolve_endpoint("X.test", 587, Mode.STARTTLS, opts).connect_port == 2
    assert resolve_endpoint("x.test", 25, Mode.PLAIN, opts).connect_port == 1
    ep = resolve_endpoint("y.test", 25, Mode.PLAIN, opts)
    assert (ep.connect_host, ep.connect_port, ep.tls_hostname) == ("y.test", 25, "y.test")
    assert resolve_endpoint("x.test", 587, Mode.STARTTLS, opts).tls_hostname == "x.test"


@dataclass
class FakeCapture:
    """The mailbox tool's capture object, backed by our own aiosmtpd servers."""

    host: str
    plain_port: int
    tls_port: int
    ca_file: str
    tls_hostname: str = "localhost"
    notes: list[tuple] = field(default_factory=list)

    def note_client(self, client_port, requested_host, requested_port, mode, user):
        self.notes.append((client_port, requested_host, requested_port, mode, user))


@pytest.fixture
def capture(smtp_server, pki):
    plain = smtp_server(tls="starttls", auth=True, auth_require_tls=False)  # as the capture
    implicit = smtp_server(tls="ssl", auth=True)
    cap = FakeCapture("127.0.0.1", plain.port, implicit.port, pki.ca_file)
    return cap, plain, implicit


@pytest.mark.parametrize("option,port,mode,which", [
    ("emailOptionSecuredTLS", 587, "starttls", 1),
    ("emailOptionSSL", 465, "ssl", 2),
    ("emailOptionDefault", 25, "plain", 1),
])
def test_capture_takes_every_session(capture, wl, option, port, mode, which):
    cap = capture[0]
    server = capture[which]
    w = wl(capture=cap, smtp_routes={"smtp.gmail.com:587": ("127.0.0.1", 1)})
    assert w("EmailStartSMTPSession", USER, PASSWORD, "smtp.gmail.com", port, False,
             w.const(option)) is True, w.error
    fill_email(w)
    assert w("EmailSendMessage", USER) is True, w.error
    [(client_port, host, req_port, got_mode, user)] = cap.notes
    assert (host, req_port, got_mode, user) == ("smtp.gmail.com", port, mode, USER)
    [got] = server.messages
    assert got.peer[1] == client_port
    assert got.login == USER.encode()  # AUTH offered in clear too, as the capture does


def test_capture_labels_errors(capture, wl):
    cap, plain, _ = capture
    plain.mail_reply = "550 5.7.1 Captured refusal"
    w = wl(capture=cap)
    w("EmailStartSMTPSession", USER, "smtp.gmail.com", 587, False,
      w.const("emailOptionSecuredTLS"))
    fill_email(w)
    assert w("EmailSendMessage", USER) is False
    assert w.error[1] == (f"SMTP server smtp.gmail.com:587 (captured at 127.0.0.1:"
                          f"{plain.port}), MAIL FROM <{USER}>: the server replied 550 5.7.1 "
                          "Captured refusal; the message was not sent.")


def test_capture_does_not_take_reading_sessions(capture, wl, mailboxes):
    """POP3 under a capture goes to the server named: the capture is an SMTP sink only
    (docs/mailbox.md, "Not over POP3 or IMAP"); nothing reaches the capture's ports."""
    from pop3_server import Pop3Mailbox
    cap, plain, implicit = capture
    box = mailboxes(Pop3Mailbox([b"From: bob@example.test\r\nSubject: Hi\r\n\r\nbody\r\n"]))
    w = wl(capture=cap)
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", box.port) is True, w.error
    assert w("EmailNbMessage", USER) == 1
    assert w("EmailCloseSession", USER) is True
    assert cap.notes == [] and plain.messages == [] and implicit.messages == []
    assert box.commands[0] == f"USER {USER}"
