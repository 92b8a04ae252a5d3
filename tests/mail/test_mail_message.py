"""MIME building: alternatives, attachments, non-ASCII (SMTPUTF8 or encoded words), CRLF
safety; plus a property test that control characters never reach the headers."""
from __future__ import annotations

import re
from email import message_from_bytes, policy

import pytest
from hypothesis import given, settings, strategies as st

from mail_helpers import USER, fill_email
from wlinterp.mail.message import OutgoingMail, prepare
from wlinterp.mail.security import MessageError


def parsed(data: bytes):
    return message_from_bytes(data, policy=policy.default)


def test_text_html_and_attachment(smtp_server, wl, tmp_path):
    pdf = tmp_path / "facture 42.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    server = smtp_server()
    w = wl()
    w("EmailStartSMTPSession", USER, "127.0.0.1", server.port)
    e = fill_email(w, message="Plain version")
    e.wl_set("html", "<p>HTML version</p>")
    e.wl_get("attach").set(str(pdf), 1)
    assert w("EmailSendMessage", USER) is True, w.error
    msg = parsed(server.messages[0].data)
    assert msg.get_content_type() == "multipart/mixed"
    alternative, attachment = msg.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    text, html = alternative.iter_parts()
    assert text.get_content().strip() == "Plain version"
    assert html.get_content_type() == "text/html" and "HTML version" in html.get_content()
    assert attachment.get_filename() == "facture 42.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == pdf.read_bytes()


def test_non_ascii_without_smtputf8_uses_encoded_words(smtp_server, wl):
    server = smtp_server()
    w = wl()
    w("EmailStartSMTPSession", USER, "127.0.0.1", server.port)
    fill_email(w, sender="Zoé Élan <zoe@example.test>", to=("José <jose@exämple.test>",),
               subject="Café crème — 10 €", message="Déjà vu ✓")
    assert w("EmailSendMessage", USER) is True, w.error
    got = server.messages[0]
    assert got.data.isascii() and not got.smtp_utf8
    assert got.rcpt_tos == ["jose@xn--exmple-cua.test"]
    assert b"=?utf-8?" in got.data
    msg = parsed(got.data)
    assert msg["Subject"] == "Café crème — 10 €"
    assert str(msg["From"]) == "Zoé Élan <zoe@example.test>"
    assert msg.get_content().strip() == "Déjà vu ✓"


def test_non_ascii_with_smtputf8_goes_raw(smtp_server, wl):
    server = smtp_server(enable_SMTPUTF8=True)
    w = wl()
    w("EmailStartSMTPSession", USER, "127.0.0.1", server.port)
    fill_email(w, sender="jörg@example.test", to=("zoé@exämple.test",), subject="Café")
    assert w("EmailSendMessage", USER) is True, w.error
    got = server.messages[0]
    assert got.smtp_utf8 and got.mail_from == "jörg@example.test"
    assert got.rcpt_tos == ["zoé@exämple.test"]
    assert "Subject: Café\r\n".encode() in got.data


def test_non_ascii_local_part_needs_smtputf8(smtp_server, wl):
    server = smtp_server()
    w = wl()
    w("EmailStartSMTPSession", USER, "127.0.0.1", server.port)
    fill_email(w, to=("zoé@example.test",))
    assert w("EmailSendMessage", USER) is False
    assert w.error[1] == ("EmailSendMessage: the address zoé@example.test has non-ASCII "
                          "characters before '@', which needs the SMTPUTF8 extension, and the "
                          "server does not offer it.")
    assert "MAIL" not in server.commands


def test_body_line_endings_and_dots_survive(smtp_server, wl):
    """Bare LF/CR, lone dots and a fake end-of-data are carried as text, never as SMTP
    framing (SMTP smuggling)."""
    body = "a\nb\rc\r\n.\r\n..two\n.\nMAIL FROM:<x@y>\r\n.\r\nend"
    server = smtp_server()
    w = wl()
    w("EmailStartSMTPSession", USER, "127.0.0.1", server.port)
    fill_email(w, message=body)
    assert w("EmailSendMessage", USER) is True
    [got] = server.messages
    assert not re.search(rb"\r(?!\n)|(?<!\r)\n", got.data)
    text = parsed(got.data).get_content().replace("\r\n", "\n")
    assert text == "a\nb\nc\n.\n..two\n.\nMAIL FROM:<x@y>\n.\nend\n"
    assert len(server.messages) == 1


def _mail(**fields) -> OutgoingMail:
    base = dict(sender="a@example.test", to=[(1, "b@example.test")], subject="s", text="t")
    base.update(fields)
    return OutgoingMail(**base)


def test_bcc_only_and_duplicates():
    p = prepare(_mail(to=[], bcc=[(1, "x@example.test"), (2, "X@example.test")],
                      cc=[(1, "x@example.test")]), server_smtputf8=False)
    assert p.rcpts == ["x@example.test"]
    msg = parsed(p.data)
    assert "Bcc" not in msg and "To" not in msg and msg["Cc"] == "x@example.test"


@pytest.mark.parametrize("value, said", [
    ("a@example.test, b@example.test", "holds 2 addresses separated by ','"),
    ("a@example.test;b@example.test; c@example.test", "holds 3 addresses separated by ';'"),
    ("a@example.test;", "ends with ';'"),
    ("Dupont, Ann <a@example.test>", "must hold exactly one e-mail address")])
def test_one_address_per_element(value, said):
    """A list in one element is refused, saying so (docs/email.md, "Several addresses in
    one element"); a display name with a comma left unquoted is not taken for a list."""
    try:
        prepare(_mail(to=[(1, value)]), False)
    except MessageError as err:
        assert said in str(err), err
    else:
        raise AssertionError("accepted two addresses in one element")


_CONTROL = st.sampled_from(["\r", "\n", "\r\n", "\x00", "\x0b", "\x1b", "\x7f"])


@settings(max_examples=150, deadline=None)
@given(before=st.text(max_size=20), control=_CONTROL, after=st.text(max_size=20),
       field=st.sampled_from(["subject", "sender", "to", "reply_to", "attachment"]))
def test_injected_controls_are_refused_or_harmless(before, control, after, field):
    """Any value with a control character is refused before building; whatever is
    accepted yields exactly the headers we set."""
    value = before + control + after
    mail = _mail()
    if field == "subject":
        mail.subject = value
    elif field == "sender":
        mail.sender = value
    elif field == "to":
        mail.to = [(1, value)]
    elif field == "reply_to":
        mail.reply_to = value
    else:
        mail.attachments = [(1, value)]
    try:
        p = prepare(mail, server_smtputf8=False)
    except MessageError:
        return  # refused before anything was built (control character, or empty)
    head = p.data.split(b"\r\n\r\n", 1)[0]
    names = [line.split(b":")[0] for line in head.split(b"\r\n") if line[:1] not in b" \t"]
    assert set(names) <= {b"From", b"To", b"Reply-To", b"Subject", b"Date", b"Message-ID",
                          b"Content-Type", b"Content-Transfer-Encoding", b"MIME-Version"}
