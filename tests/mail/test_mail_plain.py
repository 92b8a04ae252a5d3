"""Plain SMTP sessions through the registry: the happy paths and what the server saw."""
from __future__ import annotations

from email import message_from_bytes, policy

from mail_helpers import USER, fill_email


def parsed(data: bytes):
    return message_from_bytes(data, policy=policy.default)


def test_start_send_close_plain(smtp_server, wl):
    server = smtp_server()
    w = wl()
    assert w("EmailStartSMTPSession", USER, "127.0.0.1", server.port) is True
    assert w.error == (False, "")
    fill_email(w, to=("bob@example.test", "carol@example.test"), subject="Order 42",
               message="Line 1\r\nLine 2")
    assert w("EmailSendMessage", USER) is True
    assert w.error == (False, "")
    assert w("EmailCloseSession", USER) is True
    [got] = server.messages
    assert got.mail_from == USER
    assert got.rcpt_tos == ["bob@example.test", "carol@example.test"]
    msg = parsed(got.data)
    assert msg["From"] == USER
    assert msg["To"] == "bob@example.test, carol@example.test"
    assert msg["Subject"] == "Order 42"
    assert msg.get_content().replace("\r\n", "\n") == "Line 1\nLine 2\n"
    assert b"\r\nLine 1\r\nLine 2\r\n" in got.data
    assert server.commands[-1] == "DATA"


def test_french_names_and_default_port_via_route(smtp_server, wl):
    """EmailOuvreSessionSMTP(user, server): port 25 by default, routed to the test server."""
    server = smtp_server()
    w = wl(smtp_routes={"smtp.orange.fr:25": ("127.0.0.1", server.port)})
    assert w("EmailOuvreSessionSMTP", "moi", "smtp.orange.fr") is True
    fill_email(w)
    assert w("EmailEnvoieMessage", "moi") is True
    assert w("EmailFermeSession", "moi") is True
    assert len(server.messages) == 1


def test_bare_host_route_matches_any_port(smtp_server, wl):
    server = smtp_server()
    w = wl(smtp_routes={"mail.example.test": ("127.0.0.1", server.port)})
    assert w("EmailStartSMTPSession", "u", "MAIL.example.test", 2525) is True
    fill_email(w)
    assert w("EmailSendMessage", "u") is True


def test_cc_bcc_reply_to_and_identifier(smtp_server, wl):
    server = smtp_server()
    w = wl()
    w("EmailStartSMTPSession", USER, "127.0.0.1", server.port)
    e = fill_email(w, sender="Alice Martin <alice@example.test>")
    e.wl_set("adresseexpediteur", "replies@example.test")
    e.wl_get("cc").set("cc1@example.test", 1)
    e.wl_get("bcc").set("hidden@example.test", 2)  # index past the end: the array grows
    assert w("EmailSendMessage", USER) is True
    [got] = server.messages
    assert got.rcpt_tos == ["bob@example.test", "cc1@example.test", "hidden@example.test"]
    msg = parsed(got.data)
    assert msg["Cc"] == "cc1@example.test"
    assert msg["Reply-To"] == "replies@example.test"
    assert str(msg["From"]) == "Alice Martin <alice@example.test>"
    assert b"hidden@example.test" not in got.data and "Bcc" not in msg
    ident = e.wl_get("mailidentifier")
    assert ident == msg["Message-ID"]
    assert w("EmailStatus", ident) == w.const("emailSent")
    assert w.error == (False, "")


def test_recipient_assigned_as_string_and_nb_limit(smtp_server, wl):
    """Help examples: `Email.NbRecipient = 1; Email.Recipient = "..."` sets element 1;
    NbRecipient limits the array when set."""
    server = smtp_server()
    w = wl()
    w("EmailStartSMTPSession", USER, "127.0.0.1", server.port)
    e = fill_email(w, to=())
    e.wl_set("recipient", "first@example.test")
    e.wl_get("recipient").set("second@example.test", 2)
    e.wl_set("nbrecipient", 1)
    assert w("EmailSendMessage", USER) is True
    assert server.messages[0].rcpt_tos == ["first@example.test"]
    e.wl_set("nbrecipient", 0)
    assert e.wl_get("nbrecipient") == 2  # unset: counts the used elements
    assert w("EmailSendMessage", USER) is True
    assert server.messages[1].rcpt_tos == ["first@example.test", "second@example.test"]


def test_email_variable_and_session_variable(smtp_server, wl):
    server = smtp_server()
    w = wl()
    s = w.new("emailSessionSMTP")
    s.wl_set("adresseserveur", "127.0.0.1")
    s.wl_set("port", server.port)
    s.wl_set("nom", "me")
    assert w("EmailOuvreSession", s) is True
    m = w.new("Email")
    m.wl_set("expediteur", "me@example.test")
    m.wl_get("destinataire").append("you@example.test")
    m.wl_set("sujet", "Variable")
    m.wl_set("html", "<p>Hi</p>")
    assert w("EmailSendMessage", s, m) is True
    assert m.wl_get("id").startswith("<")
    assert w("EmailCloseSession", s) is True
    msg = parsed(server.messages[0].data)
    assert msg.get_content_type() == "text/html"
    assert server.messages[0].rcpt_tos == ["you@example.test"]


def test_start_smtp_session_accepts_a_session_variable(smtp_server, wl):
    server = smtp_server()
    w = wl()
    s = w.new("emailSMTPSession")
    s.wl_set("serveraddress", "127.0.0.1")
    s.wl_set("port", server.port)
    assert w("EmailStartSMTPSession", s) is True
    fill_email(w)
    assert w("EmailSendMessage", s) is True
    assert "password=***" in repr(s)


def test_many_messages_reuse_one_connection(smtp_server, wl):
    server = smtp_server()
    w = wl()
    w("EmailStartSMTPSession", USER, "127.0.0.1", server.port)
    for i in range(5):
        fill_email(w, subject=f"n{i}")
        assert w("EmailSendMessage", USER) is True
    assert len({m.session_id for m in server.messages}) == 1
    assert [parsed(m.data)["Subject"] for m in server.messages] == [f"n{i}" for i in range(5)]


def test_reconnects_when_server_dropped_idle_connection(smtp_server, wl):
    """aiosmtpd closes idle sessions after `timeout`; nothing had been sent, so the
    client reconnects once and the message goes through."""
    import time
    server = smtp_server(timeout=0.3)
    w = wl()
    w("EmailStartSMTPSession", USER, "127.0.0.1", server.port)
    time.sleep(0.8)
    fill_email(w)
    assert w("EmailSendMessage", USER) is True
    assert w.error == (False, "")
    assert len(server.messages) == 1


def test_timeout_get_set_and_configure(wl):
    w = wl()
    assert w("EmailGetTimeOut") == 600
    w("EmailSetTimeOut", 10)
    assert w("EmailLitTimeOut") == 10
    w("EmailChangeTimeOut", "2 min")
    assert w("EmailGetTimeOut") == 120
    w("EmailSetTimeOut", "500 ms")  # the help gives an integer: a fraction reads rounded up
    assert w("EmailGetTimeOut") == 1
    w("EmailSetTimeOut", 1.5)
    assert w("EmailLitTimeOut") == 2
    w("EmailSetTimeOut", 3)
    assert w("EmailGetTimeOut") == 3
    assert w("EmailConfigure", w.const("emailParameterMode"), 1) is True


def test_reopening_a_name_replaces_the_session(smtp_server, wl):
    first, second = smtp_server(), smtp_server()
    w = wl()
    assert w("EmailStartSMTPSession", "x", "127.0.0.1", first.port) is True
    assert w("EmailStartSMTPSession", "x", "127.0.0.1", second.port) is True
    fill_email(w)
    assert w("EmailSendMessage", "x") is True
    assert (len(first.messages), len(second.messages)) == (0, 1)
