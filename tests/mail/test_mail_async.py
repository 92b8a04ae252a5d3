"""Asynchronous sessions: queueing, EmailStatus, and failures reported at close/exit."""
from __future__ import annotations

from mail_helpers import USER, fill_email, free_port, wait_until


def send_batch(w, name, recipients):
    ids = []
    for rcpt in recipients:
        fill_email(w, to=(rcpt,), subject=f"to {rcpt}")
        assert w("EmailSendMessage", name) is True
        assert w.error == (False, "")
        ids.append(w.email.wl_get("mailidentifier"))
    return ids


def test_async_queue_status_and_close_report(smtp_server, wl):
    server = smtp_server()
    server.rcpt_replies["bad1@example.test"] = "550 5.1.1 Unknown user"
    server.rcpt_replies["bad2@example.test"] = "452 4.2.2 Mailbox full"
    w = wl()
    assert w("EmailStartSMTPSession", USER, "127.0.0.1", server.port, True) is True
    rcpts = [f"u{i}@example.test" for i in range(8)] + ["bad1@example.test",
                                                         "bad2@example.test"]
    ids = send_batch(w, USER, rcpts)
    assert wait_until(lambda: all(w("EmailStatus", i) != w.const("emailPending")
                                  for i in ids))
    statuses = [w("EmailStatus", i) for i in ids]
    assert statuses == [w.const("emailSent")] * 8 + [w.const("emailError")] * 2
    w("EmailStatus", ids[8])
    assert w.error[0] and "550 5.1.1 Unknown user" in w.error[1]
    assert w("EmailCloseSession", USER) is False
    occurred, message = w.error
    assert occurred and message.startswith(
        f"2 queued message(s) of the e-mail session '{USER}' failed: message ")
    assert "Unknown user" in message and "Mailbox full" in message
    lines = w.stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith("Email: message <") for line in lines)
    assert "bad1@example.test" in lines[0] + lines[1]
    assert sorted(r for m in server.messages for r in m.rcpt_tos) == sorted(rcpts[:8])


def test_async_uses_several_connections(smtp_server, wl):
    server = smtp_server()
    w = wl(email_async_connections=3)
    w("EmailStartSMTPSession", USER, "127.0.0.1", server.port, w.const("emailAsynchronous"))
    send_batch(w, USER, [f"u{i}@example.test" for i in range(30)])
    assert w("EmailCloseSession", USER) is True
    assert len(server.messages) == 30
    assert 1 < len({m.session_id for m in server.messages}) <= 3


def test_end_of_run_waits_and_reports(smtp_server, wl):
    """Never closed: the at-exit hook delivers the queue and reports failures."""
    server = smtp_server()
    server.data_reply = None
    server.rcpt_replies["gone@example.test"] = "550 5.1.1 Gone"
    w = wl()
    w("EmailStartSMTPSession", USER, "127.0.0.1", server.port, True)
    send_batch(w, USER, ["a@example.test", "gone@example.test", "b@example.test"])
    w.finish()
    assert [m.rcpt_tos for m in server.messages if m.rcpt_tos] \
        and len(server.messages) == 2
    [line] = w.stderr.splitlines()
    assert line.startswith("Email: message <") and "gone@example.test" in line
    assert line.endswith("was not sent: SMTP server 127.0.0.1:%d, RCPT TO: 1 of 1 "
                         "recipient(s) refused: <gone@example.test> (550 5.1.1 Gone); the "
                         "message was not sent." % server.port)


def test_server_gone_mid_queue_every_message_reported(smtp_server, wl):
    """The server disappears after the session started: each queued message fails and
    is reported; none is silently dropped."""
    server = smtp_server()
    w = wl()
    w("EmailSetTimeOut", 2)
    w("EmailStartSMTPSession", USER, "127.0.0.1", server.port, True)
    server.stop()
    ids = send_batch(w, USER, [f"u{i}@example.test" for i in range(4)])
    assert w("EmailCloseSession", USER) is False
    assert w.error[1].startswith(f"4 queued message(s) of the e-mail session '{USER}'")
    assert len(w.stderr.splitlines()) == 4
    assert all(w("EmailStatus", i) == w.const("emailError") for i in ids)


def test_async_start_failure_is_immediate(wl):
    port = free_port()
    w = wl()
    assert w("EmailStartSMTPSession", USER, "127.0.0.1", port, True) is False
    assert "connection refused" in w.error[1]


def test_async_invalid_message_fails_at_once(smtp_server, wl):
    server = smtp_server()
    w = wl()
    w("EmailStartSMTPSession", USER, "127.0.0.1", server.port, True)
    fill_email(w, to=("no-at-sign",))
    assert w("EmailSendMessage", USER) is False
    assert "is not an e-mail address" in w.error[1]
    assert w("EmailCloseSession", USER) is True


def test_interrupted_wait_reports_every_unsent_message(smtp_server, wl):
    """Ctrl-C while EmailCloseSession/exit waits: `abandon` accounts for each message."""
    server = smtp_server()
    server.data_delay = 0.3
    w = wl(email_async_connections=1)
    w("EmailStartSMTPSession", USER, "127.0.0.1", server.port, True)
    send_batch(w, USER, [f"u{i}@example.test" for i in range(4)])
    assert wait_until(lambda: "DATA" in server.commands)
    session = w.rt.state["email"].sessions[("user", USER)]
    reports = session.abandon()
    assert len(reports) == 4
    assert sum("may or may not have been delivered" in r for r in reports) == 1
    assert sum("interrupted before its turn came" in r for r in reports) == 3
