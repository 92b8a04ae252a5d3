"""STARTTLS, implicit TLS, certificate checks and AUTH against real aiosmtpd servers."""
from __future__ import annotations

import base64

import pytest

from mail_helpers import PASSWORD, USER, fill_email


def routed(server, host="smtp.example.test", port=587):
    return {f"{host}:{port}": ("127.0.0.1", server.port)}


def test_starttls_with_auth_plain_through_route(smtp_server, wl, pki):
    server = smtp_server(tls="starttls", auth=True, require_starttls=True)
    w = wl(smtp_routes=routed(server), ca_file=pki.ca_file)
    tls = w.const("emailOptionSecuredTLS")
    assert w("EmailStartSMTPSession", USER, PASSWORD, "smtp.example.test", 587, False,
             tls) is True, w.error
    fill_email(w)
    assert w("EmailSendMessage", USER) is True, w.error
    assert server.auth_attempts == [("PLAIN", USER.encode(), PASSWORD.encode())]
    assert server.messages[0].login == USER.encode()


def test_implicit_tls_with_auth_login_only(smtp_server, wl, pki):
    server = smtp_server(tls="ssl", auth=True, auth_exclude_mechanism=["PLAIN"])
    w = wl(smtp_routes=routed(server, port=465), ca_file=pki.ca_file)
    assert w("EmailStartSMTPSession", USER, PASSWORD, "smtp.example.test", 465,
             w.const("emailAsynchronous") - 1, w.const("OptionSSL")) is True, w.error
    fill_email(w)
    assert w("EmailSendMessage", USER) is True, w.error
    assert server.auth_attempts == [("LOGIN", USER.encode(), PASSWORD.encode())]


def test_protocol_smtps_constant_means_starttls(smtp_server, wl, pki):
    server = smtp_server(tls="starttls")
    w = wl(smtp_routes=routed(server), ca_file=pki.ca_file)
    s = w.new("emailSMTPSession")
    s.wl_set("serveraddress", "smtp.example.test")
    s.wl_set("option", w.const("emailProtocolSMTPS"))  # Port 0 -> 587
    assert w("EmailStartSession", s) is True, w.error
    fill_email(w)
    assert w("EmailSendMessage", s) is True


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_bad_password_fails_the_session(smtp_server, wl, pki, mechanism):
    other = "LOGIN" if mechanism == "PLAIN" else "PLAIN"
    server = smtp_server(tls="starttls", auth=True, auth_exclude_mechanism=[other])
    server.password = "the-right-one"
    w = wl(smtp_routes=routed(server), ca_file=pki.ca_file)
    assert w("EmailStartSMTPSession", USER, PASSWORD, "smtp.example.test", 587, False,
             w.const("emailOptionSecuredTLS")) is False
    occurred, message = w.error
    assert occurred
    assert message == (f"SMTP server smtp.example.test:587 (routed to 127.0.0.1:{server.port}),"
                       f" authentication (AUTH {mechanism}): the server replied 535 5.7.8 "
                       "Authentication credentials invalid.")
    assert len(server.auth_attempts) == 1  # no retry with the other mechanism
    assert "MAIL" not in server.commands


def test_server_without_auth_goes_on_without_auth_when_a_password_is_given(smtp_server, wl):
    """?3032025: "If the server does not recognize one of these two authentication
    mechanisms ..., EmailStartSMTPSession tries to connect without authentication"
    (aiosmtpd offers no AUTH in clear text by default): the page's first example, a
    password to a plain port-25 server, starts and sends, without AUTH."""
    server = smtp_server()
    w = wl()
    assert w("EmailStartSMTPSession", USER, PASSWORD, "127.0.0.1", server.port) is True, w.error
    fill_email(w)
    assert w("EmailSendMessage", USER) is True
    assert server.messages[0].login is None and server.auth_attempts == []


def test_server_with_other_mechanisms_only_goes_on_without_auth(smtp_server, wl, pki):
    """STARTTLS, AUTH offered but only ATTEMPTS (neither PLAIN nor LOGIN): sent without
    AUTH, the password never sent."""
    server = smtp_server(tls="starttls", auth=True, auth_exclude_mechanism=["LOGIN", "PLAIN"])
    w = wl(smtp_routes=routed(server), ca_file=pki.ca_file)
    assert w("EmailStartSMTPSession", USER, PASSWORD, "smtp.example.test", 587, False,
             w.const("emailOptionSecuredTLS")) is True, w.error
    fill_email(w)
    assert w("EmailSendMessage", USER) is True
    assert server.auth_attempts == [] and len(server.messages) == 1
    assert server.messages[0].login is None


def test_starttls_required_but_not_offered(smtp_server, wl, pki):
    server = smtp_server(auth=True)  # plain server, AUTH offered in clear, no STARTTLS
    w = wl(smtp_routes=routed(server), ca_file=pki.ca_file)
    assert w("EmailStartSMTPSession", USER, PASSWORD, "smtp.example.test", 587, False,
             w.const("emailOptionSecuredTLS")) is False
    assert w.error == (True, f"SMTP server smtp.example.test:587 (routed to 127.0.0.1:"
                             f"{server.port}), STARTTLS: the server does not offer STARTTLS, "
                             "which the session option requires; stopped before sending any "
                             "password or message.")
    assert server.auth_attempts == [] and server.commands == ["EHLO"]


@pytest.mark.parametrize("tls,port,option", [("starttls", 587, "emailOptionSecuredTLS"),
                                              ("ssl", 465, "emailOptionSSL")])
def test_wrong_host_certificate_is_rejected(smtp_server, wl, pki, tls, port, option):
    server = smtp_server(tls=tls, auth=True, wrong_host=True)
    w = wl(smtp_routes=routed(server, port=port), ca_file=pki.ca_file)
    assert w("EmailStartSMTPSession", USER, PASSWORD, "smtp.example.test", port, False,
             w.const(option)) is False
    occurred, message = w.error
    assert occurred and "certificate was refused" in message
    assert "smtp.example.test" in message and "Hostname mismatch" in message
    assert server.auth_attempts == []


def test_untrusted_ca_is_rejected(smtp_server, wl, pki):
    server = smtp_server(tls="ssl")
    w = wl(smtp_routes=routed(server, port=465), ca_file=pki.other_ca_file)
    assert w("EmailStartSMTPSession", USER, "smtp.example.test", 465, False,
             w.const("emailOptionSSL")) is False
    assert "certificate verify failed" in w.error[1] or "certificate was refused" in w.error[1]


def test_route_keeps_certificate_name_of_original_host(smtp_server, wl, pki):
    """Routing to 127.0.0.1 must not make TLS accept a certificate for 127.0.0.1 only:
    the name checked is the one the script used."""
    server = smtp_server(tls="ssl", wrong_host=True)  # cert valid for wrong.example.test
    w = wl(smtp_routes={"wrong.example.test:465": ("127.0.0.1", server.port),
                        "smtp.example.test:465": ("127.0.0.1", server.port)},
           ca_file=pki.ca_file)
    ssl_opt = w.const("emailOptionSSL")
    assert w("EmailStartSMTPSession", "a", "wrong.example.test", 465, False, ssl_opt) is True
    assert w("EmailStartSMTPSession", "b", "smtp.example.test", 465, False, ssl_opt) is False


def test_missing_ca_file_is_a_clear_failure(wl, tmp_path):
    w = wl(ca_file=str(tmp_path / "nope.pem"))
    assert w("EmailStartSMTPSession", USER, "127.0.0.1", 1, False,
             w.const("emailOptionSSL")) is False
    assert "loading the CA file" in w.error[1] and "nope.pem" in w.error[1]


def _cleartext_peer(monkeypatch):
    """Pretend the loopback test server is a remote host, for the cleartext-AUTH policy
    only (our own policy hook; smtplib and the server are untouched)."""
    from wlinterp.mail import security, transport
    monkeypatch.setattr(transport, "cleartext_auth_allowed",
                        lambda peer, allow: security.cleartext_auth_allowed("203.0.113.9",
                                                                            allow))


def test_cleartext_auth_refused_to_remote_host(smtp_server, wl, monkeypatch):
    server = smtp_server(auth=True)
    _cleartext_peer(monkeypatch)
    w = wl()
    assert w("EmailStartSMTPSession", USER, PASSWORD, "127.0.0.1", server.port) is False
    assert w.error[1].endswith("authentication (AUTH PLAIN): refusing to send the password "
                               "over a connection without TLS; use emailOptionSecuredTLS or "
                               "emailOptionSSL (or run with --allow-cleartext-auth).")
    assert server.auth_attempts == []


def test_cleartext_auth_allowed_by_option(smtp_server, wl, monkeypatch):
    server = smtp_server(auth=True)
    _cleartext_peer(monkeypatch)
    w = wl(allow_cleartext_auth=True)
    assert w("EmailStartSMTPSession", USER, PASSWORD, "127.0.0.1", server.port) is True
    assert len(server.auth_attempts) == 1


def test_cleartext_auth_allowed_to_loopback(smtp_server, wl):
    server = smtp_server(auth=True)
    w = wl()
    assert w("EmailStartSMTPSession", USER, PASSWORD, "127.0.0.1", server.port) is True
    assert server.auth_attempts == [("PLAIN", USER.encode(), PASSWORD.encode())]


def test_password_never_leaks(smtp_server, wl, pki, caplog):
    """A failing login, logging at DEBUG: the password and its base64 forms appear in no
    output, error text, log record or repr."""
    import logging
    caplog.set_level(logging.DEBUG)
    server = smtp_server(auth=True)
    server.password = "something-else"
    w = wl()
    assert w("EmailStartSMTPSession", USER, PASSWORD, "127.0.0.1", server.port) is False
    s = w.new("emailSMTPSession")
    s.wl_set("password", PASSWORD)
    state = w.rt.state["email"]
    texts = [w.error[1], w.rt.error_details, w.stderr, w.rt.stdout.getvalue(), caplog.text,
             repr(s), repr(state.__dict__), repr(list(state.sessions.values()))]
    forms = [PASSWORD, base64.b64encode(PASSWORD.encode()).decode(),
             base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode()]
    for text in texts:
        for form in forms:
            assert form not in text


def test_redact_masks_echoed_credentials():
    from wlinterp.mail.security import Secret, redact
    secret = Secret("hunter22")
    echoed = base64.b64encode(b"\0bob\0hunter22").decode()
    assert redact(f"535 bad {echoed} hunter22", secret, "bob") == "535 bad *** ***"
    assert "hunter22" not in repr(secret) and "hunter22" not in str(secret)
