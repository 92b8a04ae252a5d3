"""Reading e-mail over POP3 against a real server on 127.0.0.1 (tests/mail/pop3_server.py):
EmailStartPOP3Session, the read functions, deletion, EmailGetAll, TLS and the password
rules. WLanguage programs run through the engine where the loop is the point."""
from __future__ import annotations

import pytest

from mail_helpers import PASSWORD, USER, fill_email, run_wl as run
from pop3_server import Pop3Mailbox
from wlinterp.errors import WLRuntimeError

FIRST = (b"From: Bob <bob@example.test>\r\nTo: alice@example.test, Carol <carol@example.test>"
         b"\r\nSubject: Order 42\r\nMessage-ID: <42@example.test>\r\n\r\n"
         b"Hello\r\n.a line starting with a dot\r\n")
SECOND = (b"From: dan@example.test\r\nTo: alice@example.test\r\n"
          b"Subject: =?utf-8?q?Caf=C3=A9?=\r\nMIME-Version: 1.0\r\n"
          b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\n"
          b"Content-Type: text/plain; charset=utf-8\r\n\r\nSee attached\r\n--XX\r\n"
          b"Content-Type: application/octet-stream\r\n"
          b"Content-Disposition: attachment; filename=\"../../etc/passwd\"\r\n"
          b"Content-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n--XX--\r\n")
THIRD = b"From: eve@example.test\r\nSubject: Third\r\n\r\nlast one\r\n"


@pytest.fixture
def mailbox(mailboxes):
    def start(*messages: bytes, **kwargs) -> Pop3Mailbox:
        return mailboxes(Pop3Mailbox(list(messages or (FIRST, SECOND, THIRD)), **kwargs))

    return start


READ_LOOP_EN = """
IF EmailStartPOP3Session("alice@example.test", "s3cr3t-Pa55", "127.0.0.1", {port}) = True THEN
    Trace(EmailNbMessage("alice@example.test"))
    EmailReadFirst("alice@example.test")
    WHILE NOT Email.Out
        Trace(Email.Subject + " | " + Email.Sender + " | " + EmailMessageLength("alice@example.test"))
        EmailReadNext("alice@example.test")
    END
    EmailCloseSession("alice@example.test")
ELSE
    Trace(ErrorInfo())
END
"""

READ_LOOP_FR = """
SI EmailOuvreSessionPOP3("alice@example.test", "s3cr3t-Pa55", "127.0.0.1", {port}) ALORS
    EmailLitDernier("alice@example.test")
    TANTQUE PAS Email.EnDehors
        Trace(Email.Sujet, Email.Destinataire[1])
        EmailLitPrécédent("alice@example.test")
    FIN
    EmailFermeSession("alice@example.test")
FIN
"""


def test_the_classic_read_loop_in_english(mailbox):
    box = mailbox()
    out = run(READ_LOOP_EN.format(port=box.port)).splitlines()
    assert out == ["3", f"Order 42 | Bob <bob@example.test> | {len(FIRST)}",
                   f"Café | dan@example.test | {len(SECOND)}",
                   f"Third | eve@example.test | {len(THIRD)}"]
    assert box.commands[:2] == ["USER alice@example.test", "PASS ***"]
    assert box.commands[-1] == "QUIT" and len(box.messages) == 3  # nothing deleted


def test_the_read_loop_backwards_in_french(mailbox):
    box = mailbox()
    assert run(READ_LOOP_FR.format(port=box.port)).splitlines() == [
        "Third, ", "Café, alice@example.test", "Order 42, alice@example.test"]


def start(w, box, *more) -> None:
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", box.port, *more) is True, \
        w.error


def test_message_members_dot_lines_and_attachments(mailbox, wl, tmp_path):
    box = mailbox()
    w = wl()
    start(w, box)
    assert w("EmailReadFirst", USER) is True
    e = w.email
    assert e.wl_get("message") == "Hello\r\n.a line starting with a dot"
    assert e.wl_get("recipient").items == ["alice@example.test", "Carol <carol@example.test>"]
    assert e.wl_get("id") == "uid-0001" and e.wl_get("out") is False
    assert w("EmailReadNext", USER) is True
    assert e.wl_get("attach").items == ["passwd"]  # never a path the message chose
    target = tmp_path / "saved.bin"
    assert w("EmailSaveAttachment", "passwd", str(target)) is True
    assert target.read_bytes() == b"hello"


def test_header_reads_fetch_no_body(mailbox, wl):
    box = mailbox()
    w = wl()
    start(w, box)
    var = w.new("Email")
    assert w("EmailReadLastHeader", USER, var) is True
    assert var.wl_get("subject") == "Third" and var.wl_get("message") == ""
    assert w("EmailReadPreviousHeader", USER, var) is True and var.wl_get("subject") == "Café"
    assert w("EmailReadMessageHeader", USER, 1, var) is True
    assert var.wl_get("subject") == "Order 42" and var.wl_get("message") == ""
    assert w("EmailReadFirstHeader", USER) is True and w("EmailReadNextHeader", USER) is True
    assert "TOP 2 0" in box.commands and not any(c.startswith("RETR") for c in box.commands)


def test_read_message_by_number_and_out_of_range(mailbox, wl):
    box = mailbox()
    w = wl()
    start(w, box)
    assert w("EmailReadMessage", USER, 3) is True and w.email.wl_get("subject") == "Third"
    assert w("EmailLitMessage", USER, 9) is False
    assert w.error[0] and "no message 9" in w.error[1] and w.email.wl_get("out") is True


def test_delete_takes_effect_when_the_session_closes(mailbox, wl):
    box = mailbox()
    w = wl()
    start(w, box)
    assert w("EmailReadFirst", USER) is True
    assert w("EmailDeleteMessage", USER) is True
    assert w("EmailSupprimeMessage", USER, 3) is True
    # ?3032024: on POP3 the number stays constant during the session
    assert w("EmailNbMessage", USER) == 3 and len(box.messages) == 3
    assert w("EmailReadFirst", USER) is True and w.email.wl_get("subject") == "Café"
    assert w("EmailDeleteMessage", USER, 3) is False and w.error[0]
    assert w("EmailCloseSession", USER) is True
    assert box.messages == [SECOND]


def test_a_session_left_open_is_ended_at_the_end_of_the_run(mailbox):
    box = mailbox()
    run('EmailStartPOP3Session("alice@example.test", "s3cr3t-Pa55", "127.0.0.1", '
        f'{box.port})\nEmailDeleteMessage("alice@example.test", 2)\n')
    assert box.messages == [FIRST, THIRD] and box.commands[-1] == "QUIT"


def test_get_all(mailbox, wl):
    box = mailbox()
    w = wl()
    start(w, box)
    got = w("EmailGetAll", USER)
    assert [e.wl_get("subject") for e in got.items] == ["Order 42", "Café", "Third"]
    assert w("EmailRécupèreTout", USER, w.const("ertNotRead")).items == []
    assert w.error[0] and "IMAP" in w.error[1]


def test_wrong_password_is_reported_without_the_password(mailbox, wl):
    box = mailbox()
    w = wl()
    assert w("EmailStartPOP3Session", USER, "wrong-Pa55word", "127.0.0.1", box.port) is False
    occurred, message = w.error
    assert occurred and message.startswith(f"POP3 server 127.0.0.1:{box.port}, login")
    assert "invalid login" in message and "wrong-Pa55word" not in message
    assert w("EmailReadFirst", USER) is False and "starting it failed" in w.error[1]


def test_no_server_listening(wl):
    from mail_helpers import free_port
    w = wl()
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", free_port()) is False
    assert w.error[1].startswith("POP3 server 127.0.0.1:") and "connection" in w.error[1]


def test_misuse_is_fatal(mailbox, wl):
    w = wl()
    with pytest.raises(WLRuntimeError, match="no e-mail session 'nobody' is open for reading"):
        w("EmailReadFirst", "nobody")
    with pytest.raises(WLRuntimeError, match="not a read option"):
        box = mailbox()
        start(w, box)
        w("EmailReadFirst", USER, 7)
    with pytest.raises(WLRuntimeError, match="is not a POP3 session option"):
        w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", 110, 99)


def test_email_start_session_opens_pop3(mailbox, wl):
    box = mailbox()
    w = wl()
    assert w("EmailStartSession", USER, PASSWORD, "127.0.0.1", "", box.port) is True, w.error
    assert w("EmailNbMessage", USER) == 3
    assert w("EmailCloseSession", USER) is True


def test_email_start_session_s_smtp_half_does_not_authenticate(mailbox, wl, smtp_server):
    """"The SMTP authentication cannot be performed by EmailStartSession" (?3032025): the
    password is the POP3 server's; the SMTP half goes on without AUTH, even to a server
    that offers it, and a server without AUTH (an ISP's relay) takes the message."""
    box = mailbox()
    for auth in (True, False):
        server = smtp_server(auth=auth)
        w = wl()
        assert w("EmailStartSession", USER, PASSWORD, "127.0.0.1", "127.0.0.1", box.port,
                 server.port) is True, w.error
        fill_email(w)
        assert w("EmailSendMessage", USER) is True, w.error
        assert server.auth_attempts == [] and len(server.messages) == 1
        assert w("EmailCloseSession", USER) is True


def test_closing_both_halves_when_the_pop3_half_fails(mailbox, wl, smtp_server):
    """EmailStartSession opened POP3 and SMTP under one name: a QUIT the POP3 server
    refuses fails the close (ErrorInfo) and the SMTP half is closed all the same."""
    box = mailbox(quit_reply="-ERR mailbox locked")
    server = smtp_server(auth=True)
    w = wl()
    assert w("EmailStartSession", USER, PASSWORD, "127.0.0.1", "127.0.0.1", box.port,
             server.port) is True, w.error
    assert w("EmailCloseSession", USER) is False
    assert "closing the session (QUIT)" in w.error[1] and "mailbox locked" in w.error[1]
    with pytest.raises(WLRuntimeError, match="was closed by EmailCloseSession"):
        w("EmailSendMessage", USER)
    assert w("EmailCloseSession", USER) is True


def test_stls_required_and_refused_before_the_password(mailbox, wl):
    box = mailbox()
    w = wl()
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", box.port,
             w.const("emailOptionSecuredTLS")) is False
    assert "does not offer STLS" in w.error[1]
    assert not any(c.startswith(("USER", "PASS")) for c in box.commands)


def test_stls_with_a_verified_certificate(mailbox, wl, pki):
    box = mailbox(stls_context=pki.server_context())
    w = wl(ca_file=pki.ca_file)
    start(w, box, w.const("emailOptionSecuredTLS"))
    assert box.commands.index("STLS") < box.commands.index("USER alice@example.test")
    assert w("EmailReadFirst", USER) is True and w.email.wl_get("subject") == "Order 42"


def test_implicit_tls_checks_the_certificate(mailbox, wl, pki):
    box = mailbox(ssl_context=pki.server_context())
    w = wl(ca_file=pki.ca_file)
    start(w, box, w.const("optionSSL"))
    assert w("EmailNbMessage", USER) == 3
    untrusted = wl(ca_file=pki.other_ca_file)
    assert untrusted("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", box.port,
                     untrusted.const("emailOptionSSL")) is False
    assert "certificate" in untrusted.error[1]


def test_an_answer_that_never_ends_is_cut(mailbox, wl, monkeypatch):
    from wlinterp.mail import reading
    monkeypatch.setattr(reading, "MAX_ANSWER_BYTES", 60)
    box = mailbox()
    w = wl()
    start(w, box)
    assert w("EmailReadFirst", USER) is False
    assert "exceeds 60 bytes" in w.error[1] and w.email.wl_get("out") is True


def test_a_line_break_in_the_credentials_is_refused_before_sending(mailbox, wl):
    box = mailbox()
    w = wl()
    assert w("EmailStartPOP3Session", USER + "\r\nDELE 1", PASSWORD, "127.0.0.1",
             box.port) is False
    assert "line break" in w.error[1]
    assert not any(c.startswith(("USER", "PASS", "DELE")) for c in box.commands)


def test_closing_twice_does_nothing(mailbox, wl):
    box = mailbox()
    w = wl()
    start(w, box)
    assert w("EmailCloseSession", USER) is True
    assert w("EmailCloseSession", USER) is True and not w.error[0]
    assert box.commands.count("QUIT") == 1


def test_reading_after_closing_says_it_was_closed(mailbox, wl):
    """One lookup for sending and reading (stdlib/email_sessions.py started_session): a closed
    reading session gets the message a closed SMTP session gets."""
    box = mailbox()
    w = wl()
    start(w, box)
    assert w("EmailCloseSession", USER) is True
    with pytest.raises(WLRuntimeError, match=f"EmailReadFirst: the e-mail session '{USER}' "
                                             "was closed by EmailCloseSession"):
        w("EmailReadFirst", USER)


@pytest.mark.parametrize("code", [
    's is emailPOPSession\ns.ServerAddress = "127.0.0.1"\ns.Port = {port}\n'
    's.Name = "{user}"\ns.Password = "{password}"\nTrace(EmailStartSession(s), '
    'EmailNbMessage(s))\nEmailCloseSession(s)\n',
    's est un emailSessionPOP\ns.AdresseServeur = "127.0.0.1"\ns.Port = {port}\n'
    's.Nom = "{user}"\ns.MotDePasse = "{password}"\nTrace(EmailOuvreSession(s), '
    'EmailNbMessage(s))\nEmailFermeSession(s)\n'], ids=["en", "fr"])
def test_the_pop_session_type_is_also_spelt_without_the_3(mailbox, code):
    """emailPOPSession / emailSessionPOP (UNVERIFIED spellings) are emailPOP3Session."""
    box = mailbox()
    assert run(code.format(port=box.port, user=USER, password=PASSWORD)) == "1, 3\n"
