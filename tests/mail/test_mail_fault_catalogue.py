"""The SMTP fault catalogue's entries no other test covered (docs/email.md "Fault
catalogue" maps every entry to its test), each against a real aiosmtpd server on
127.0.0.1 with trustme certificates: an expired, a not yet valid and a self-signed server
certificate are refused before any password; recipients refused with 4xx and 5xx in one
message are each named with their code; a message over the size the server announces
(SIZE) is refused before its data is sent; a server without 8BITMIME gets an accented
body in 7 bits; a line of 5,000 characters reaches a server that refuses lines over
1,000 as the same text."""
from __future__ import annotations

import datetime
import re
import ssl
from email import message_from_bytes, policy
from pathlib import Path

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from mail_helpers import PASSWORD, USER, fill_email


def _routed(server, port: int) -> dict:
    return {f"smtp.example.test:{port}": ("127.0.0.1", server.port)}


def _context(chain_pem: bytes, key_pem: bytes, tmp_path: Path) -> ssl.SSLContext:
    """A server context holding this certificate (chain) and key."""
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    (tmp_path / "chain.pem").write_bytes(chain_pem)
    (tmp_path / "key.pem").write_bytes(key_pem)
    ctx.load_cert_chain(str(tmp_path / "chain.pem"), str(tmp_path / "key.pem"))
    return ctx


def _issued(ca: trustme.CA, tmp_path: Path, **dates: datetime.datetime) -> ssl.SSLContext:
    cert = ca.issue_cert("smtp.example.test", **dates)
    return _context(b"".join(blob.bytes() for blob in cert.cert_chain_pems),
                    cert.private_key_pem.bytes(), tmp_path)


def _self_signed(tmp_path: Path) -> ssl.SSLContext:
    """A certificate for smtp.example.test signed by its own key (no CA)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "smtp.example.test")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("smtp.example.test")]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    return _context(cert.public_bytes(serialization.Encoding.PEM),
                    key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()), tmp_path)


_NOW = datetime.datetime.now(datetime.timezone.utc)
_BAD_CERTIFICATES = {
    "expired": (lambda pki, d: _issued(pki.ca, d, not_before=_NOW - datetime.timedelta(days=60),
                                       not_after=_NOW - datetime.timedelta(days=1)),
                "certificate has expired"),
    "not-yet-valid": (lambda pki, d: _issued(pki.ca, d,
                                             not_before=_NOW + datetime.timedelta(days=1),
                                             not_after=_NOW + datetime.timedelta(days=60)),
                      "certificate is not yet valid"),
    "self-signed": (lambda pki, d: _self_signed(d), "self-signed certificate"),
}


@pytest.mark.parametrize("tls, port, option", [("starttls", 587, "emailOptionSecuredTLS"),
                                                ("ssl", 465, "emailOptionSSL")])
@pytest.mark.parametrize("kind", list(_BAD_CERTIFICATES))
def test_a_certificate_that_cannot_be_trusted_stops_before_the_password(
        smtp_server, wl, pki, tmp_path, kind, tls, port, option):
    make, why = _BAD_CERTIFICATES[kind]
    context = make(pki, tmp_path)
    key = "tls_context" if tls == "starttls" else "ssl_context"
    server = smtp_server(tls=tls, auth=True, **{key: context})
    w = wl(smtp_routes=_routed(server, port), ca_file=pki.ca_file)
    assert w("EmailStartSMTPSession", USER, PASSWORD, "smtp.example.test", port, False,
             w.const(option)) is False
    occurred, message = w.error
    assert occurred and "the server's certificate was refused" in message, message
    assert why in message, message
    assert PASSWORD not in message
    assert server.auth_attempts == [] and "MAIL" not in server.commands


def test_recipients_refused_for_now_and_for_good_are_each_named(smtp_server, wl):
    server = smtp_server()
    server.rcpt_replies["busy@example.test"] = "450 4.2.1 Mailbox busy, try later"
    server.rcpt_replies["gone@example.test"] = "550 5.1.1 No such user"
    w = wl()
    assert w("EmailStartSMTPSession", USER, "127.0.0.1", server.port) is True
    fill_email(w, to=("bob@example.test", "busy@example.test", "gone@example.test"))
    assert w("EmailSendMessage", USER) is False
    assert w.error == (True, f"SMTP server 127.0.0.1:{server.port}, RCPT TO: 2 of 3 "
                             "recipient(s) refused: <busy@example.test> (450 4.2.1 Mailbox "
                             "busy, try later), <gone@example.test> (550 5.1.1 No such user); "
                             "the message was not sent, not even to the 1 accepted "
                             "recipient(s).")
    assert server.messages == [] and "DATA" not in server.commands
    fill_email(w)  # the connection was reset (RSET) and still sends
    assert w("EmailSendMessage", USER) is True, w.error
    assert [m.rcpt_tos for m in server.messages] == [["bob@example.test"]]


def test_a_message_over_the_announced_size_is_refused_before_its_data(smtp_server, wl):
    server = smtp_server(data_size_limit=20_000)
    w = wl()
    assert w("EmailStartSMTPSession", USER, "127.0.0.1", server.port) is True
    fill_email(w, message="order line 0042 shipped\n" * 2_000)
    assert w("EmailSendMessage", USER) is False
    occurred, message = w.error
    said = re.fullmatch(
        rf"SMTP server 127\.0\.0\.1:{server.port}, MAIL FROM: the message is ([\d,]+) bytes, "
        r"more than the 20,000 bytes the server accepts \(its SIZE\); the message was not "
        r"sent\.", message)
    assert occurred and said and int(said[1].replace(",", "")) > 48_000, message  # the body
    assert "DATA" not in server.commands and server.messages == []
    fill_email(w, message="small")  # the same session still sends what fits, saying its size
    assert w("EmailSendMessage", USER) is True, w.error
    [got] = server.messages
    assert f"SIZE={len(got.data)}" in got.mail_options, got.mail_options


def _without_8bitmime(server) -> None:
    """The recording server's EHLO answer, without 8BITMIME (aiosmtpd always announces
    it; its handler's hook is read at each connection)."""
    recorded = server.handle_EHLO

    async def handle_ehlo(smtp, session, envelope, hostname, responses):
        responses = await recorded(smtp, session, envelope, hostname, responses)
        return [r for r in responses if "8BITMIME" not in r.upper()]

    server.handle_EHLO = handle_ehlo


@pytest.mark.parametrize("utf8", [False, True], ids=["plain", "smtputf8"])
def test_an_accented_body_to_a_server_without_8bitmime_goes_in_7_bits(smtp_server, wl, utf8):
    server = smtp_server(enable_SMTPUTF8=utf8)
    _without_8bitmime(server)
    w = wl()
    assert w("EmailStartSMTPSession", USER, "127.0.0.1", server.port) is True
    text = "Déjà réglé : 1 250,00 € — merci, Zoé.\nÇa part demain."
    fill_email(w, subject="Facture réglée", message=text)
    w.email.wl_set("html", "<p>Déjà réglé : 1 250,00 €</p>")
    assert w("EmailSendMessage", USER) is True, w.error
    [got] = server.messages
    assert "BODY=8BITMIME" not in [o.upper() for o in got.mail_options], got.mail_options
    body = got.data.split(b"\r\n\r\n", 1)[1]
    assert body.isascii() and all(b < 128 for b in body)
    msg = message_from_bytes(got.data, policy=policy.default)
    assert msg["Subject"] == "Facture réglée"
    assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n").rstrip("\n") == text
    assert "1 250,00 €" in msg.get_body(("html",)).get_content()


def test_a_line_over_998_characters_arrives_whole_in_short_lines(smtp_server, wl):
    """aiosmtpd refuses a line over 1,000 bytes (500 Line too long): the 5,000-character
    line (and a subject of 1,500) must be cut for the wire and read back whole."""
    server = smtp_server()
    w = wl()
    assert w("EmailStartSMTPSession", USER, "127.0.0.1", server.port) is True
    line = "".join(f"{i:05d};" for i in range(834))[:5000]
    subject = "Relevé " + "x" * 1500
    fill_email(w, subject=subject, message=f"début\n{line}\nfin")
    w.email.wl_set("html", f"<table><tr><td>{line}</td></tr></table>")
    assert w("EmailSendMessage", USER) is True, w.error
    [got] = server.messages
    assert max(len(x) for x in got.data.split(b"\r\n")) <= 998
    msg = message_from_bytes(got.data, policy=policy.default)
    assert msg["Subject"] == subject
    assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n").rstrip("\n") == \
        f"début\n{line}\nfin"
    assert line in msg.get_body(("html",)).get_content()


@pytest.mark.parametrize("member, value, label", [
    ("cc", "carol@example.test\r\nBcc: victim@example.test", "Email.Cc[1]"),
    ("bcc", "dave@example.test\nRCPT TO:<evil@example.test>", "Email.Bcc[1]"),
    ("sender", "Zoé Élan\r\nX-Injected: 1 <zoe@example.test>", "Email.Sender"),
    ("replyto", "support@example.test\r\nX-Injected: 1", "Email.ReplyTo"),
])
def test_a_line_break_in_a_copy_or_a_display_name_is_refused(smtp_server, wl, member, value,
                                                              label):
    server = smtp_server()
    w = wl()
    assert w("EmailStartSMTPSession", USER, "127.0.0.1", server.port) is True
    e = fill_email(w)
    if member in ("cc", "bcc"):
        e.wl_get(member).set(value, 1)
    else:
        e.wl_set(member, value)
    assert w("EmailSendMessage", USER) is False
    assert w.error[1].startswith(f"EmailSendMessage: {label} contains a control character"), \
        w.error[1]
    assert "MAIL" not in server.commands and server.messages == []
