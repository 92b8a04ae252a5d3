"""End to end: start_capture + smtplib on 127.0.0.1, in each TLS mode, with AUTH."""

from __future__ import annotations

import base64
import mailbox
import os
import smtplib
import socket
from pathlib import Path

import pytest

from wlinterp.mailbox import envelope
from wlinterp.mailbox.commands import CaptureHandle, start_capture
from wlinterp.mailbox.store import MailboxError

from mailbox_helpers import build_message, index_records

PASSWORD = "correct-horse-battery-staple"


def _send(handle, mode: str, context, *, user: str | None = None, note: bool = True,
          subject: str = "Order 1042 confirmed") -> None:
    """Send one message the way a WLanguage session would in `mode`."""
    message = build_message(subject, html=True, attachment=True)
    if mode == "ssl":
        client = smtplib.SMTP_SSL(handle.host, handle.tls_port, context=context, timeout=10)
    else:
        client = smtplib.SMTP(handle.host, handle.plain_port, timeout=10)
    with client:
        if note:
            handle.note_client(client.sock.getsockname()[1], "smtp.example.com",
                               465 if mode == "ssl" else 587, mode, user or "")
        if mode == "starttls":
            client.starttls(context=context)
        if user:
            client.login(user, PASSWORD)
        client.send_message(message)


def _records(directory: Path, handle: CaptureHandle) -> list[dict]:
    """The wl-index records, once the capture has written them (it does so after the 250)."""
    handle.settle()
    return index_records(directory)


def test_handle_attributes(capture):
    assert capture.host == "127.0.0.1"
    assert capture.tls_hostname == "localhost"
    assert capture.plain_port > 0 and capture.tls_port > 0
    assert capture.plain_port != capture.tls_port
    assert os.path.isfile(capture.ca_file)
    assert Path(capture.ca_file).read_text().startswith("-----BEGIN CERTIFICATE-----")


@pytest.mark.parametrize("mode", ["plain", "starttls", "ssl"])
def test_each_tls_mode_is_captured_and_recorded(capture, mailbox_dir, client_context, mode):
    _send(capture, mode, client_context(capture), user="alice")
    (record,) = _records(mailbox_dir, capture)
    assert record["tls"] == mode
    assert record["user"] == "alice"
    assert record["mail_from"] == "shop@example.org"
    assert record["rcpt_tos"] == ["ann@example.org"]
    assert record["requested_host"] == "smtp.example.com"
    assert record["requested_port"] == (465 if mode == "ssl" else 587)
    assert record["requested_mode"] == mode
    assert record["subject"] == "Order 1042 confirmed"
    assert record["attachments"] == 1
    assert record["time"].endswith("Z") and record["time"][:4].isdigit()
    maildir = mailbox.Maildir(str(mailbox_dir), create=False)
    assert list(maildir.keys()) == [record["id"]]
    stored = maildir.get_bytes(record["id"])  # the envelope line, then the message
    assert record["size"] == len(envelope.split(stored)[1])
    assert maildir[record["id"]]["Subject"] == "Order 1042 confirmed"


def test_tls_verifies_against_the_throwaway_ca_for_localhost(capture, client_context):
    context = client_context(capture)
    with socket.create_connection((capture.host, capture.tls_port), timeout=10) as raw:
        with context.wrap_socket(raw, server_hostname=capture.tls_hostname) as tls:
            assert tls.recv(1024).startswith(b"220 ")


def test_unknown_client_gets_nulls_for_what_was_requested(capture, mailbox_dir, client_context):
    _send(capture, "plain", client_context(capture), note=False)
    (record,) = _records(mailbox_dir, capture)
    assert record["requested_host"] is None and record["requested_port"] is None
    assert record["user"] is None and record["tls"] == "plain"


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_auth_accepts_any_credentials_and_never_stores_the_password(capture, mailbox_dir, mechanism):
    with smtplib.SMTP(capture.host, capture.plain_port, timeout=10) as client:
        client.ehlo()
        assert "PLAIN" in client.esmtp_features["auth"] and "LOGIN" in client.esmtp_features["auth"]
        client.user, client.password = "bob@example.org", PASSWORD
        method = client.auth_plain if mechanism == "PLAIN" else client.auth_login
        code, _ = client.auth(mechanism, method)
        assert code == 235
        client.send_message(build_message())
    (record,) = _records(mailbox_dir, capture)
    assert record["user"] == "bob@example.org"
    forms = [PASSWORD.encode(), base64.b64encode(PASSWORD.encode()),
             base64.b64encode(f"\0bob@example.org\0{PASSWORD}".encode())]
    for path in mailbox_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(form in data for form in forms), path


def test_summary_lines_one_per_message(capture, client_context):
    _send(capture, "starttls", client_context(capture), user="alice", subject="first")
    _send(capture, "ssl", client_context(capture), subject="second")
    lines = capture.summary_lines()
    assert len(lines) == 2
    assert '"first"' in lines[0] and "starttls" in lines[0] and "user alice" in lines[0]
    assert "smtp.example.com:587" in lines[0]
    assert '"second"' in lines[1] and "ssl" in lines[1]


def test_context_manager_closes_ports_and_keeps_mail(mailbox_dir):
    with start_capture(str(mailbox_dir), []) as handle:
        with smtplib.SMTP(handle.host, handle.plain_port, timeout=10) as client:
            client.send_message(build_message())
        ca_file = handle.ca_file
        ports = (handle.plain_port, handle.tls_port)
    for port in ports:
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", port), timeout=5).close()
    assert not os.path.exists(ca_file)
    assert len(mailbox.Maildir(str(mailbox_dir), create=False)) == 1
    handle.close()  # idempotent


def test_close_ends_an_open_session(mailbox_dir):
    handle = start_capture(str(mailbox_dir), [])
    client = smtplib.SMTP(handle.host, handle.plain_port, timeout=10)
    client.ehlo()
    handle.close()
    with pytest.raises((smtplib.SMTPServerDisconnected, ConnectionError)):
        client.noop()
    client.close()


def test_nothing_is_written_outside_dir(tmp_path, monkeypatch, client_context):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    monkeypatch.setenv("TMPDIR", str(elsewhere))
    target = tmp_path / "box"
    with start_capture(str(target), []) as handle:
        _send(handle, "starttls", client_context(handle), user="u")
        _send(handle, "ssl", client_context(handle))
    assert list(elsewhere.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["box", "elsewhere"]


def test_dir_under_a_file_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(MailboxError, match="cannot capture into .*file/box"):
        start_capture(str(blocker / "box"), [])


def test_a_file_given_as_the_folder_is_said_so(tmp_path):
    """It said "File exists"."""
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(MailboxError, match=r"^cannot capture into .*file: it exists and is "
                                           r"not a folder\.$"):
        start_capture(str(blocker), [])


def test_symlinked_subfolder_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    box = tmp_path / "box"
    box.mkdir()
    (box / "new").symlink_to(outside)
    with pytest.raises(MailboxError, match="symbolic link"):
        start_capture(str(box), [])
    assert list(outside.iterdir()) == []


def test_bad_fault_spec_is_a_value_error(mailbox_dir):
    with pytest.raises(ValueError, match="unknown phase 'RCTP'"):
        start_capture(str(mailbox_dir), ["RCTP=550"])


def test_utf8_envelope_is_captured(capture, mailbox_dir):
    message = build_message("Bestellung bestätigt", to="jürgen@example.org")
    with smtplib.SMTP(capture.host, capture.plain_port, timeout=10) as client:
        client.send_message(message, mail_options=["SMTPUTF8"])
    (record,) = _records(mailbox_dir, capture)
    assert record["rcpt_tos"] == ["jürgen@example.org"]
    assert record["subject"] == "Bestellung bestätigt"


def test_reads_are_bounded_and_big_messages_still_arrive_whole(tmp_path: Path):
    """A connection is read READ_CHUNK bytes at a time (session.py: asyncio's 256 KiB
    reads cost the capture a system allocation and release each), and a message several
    times that size is still stored byte for byte."""
    from wlinterp.mailbox.session import READ_CHUNK
    body = "".join(f"line {n:06d} of a long order confirmation\n" for n in range(8000))
    message = build_message("big")
    message.set_content(body)
    with start_capture(tmp_path / "box", []) as handle:
        with smtplib.SMTP(handle.host, handle.plain_port, timeout=10) as client:
            client.ehlo()
            transports = [s.transport for s in handle.sessions]
            assert [getattr(t, "max_size", None) for t in transports] == [READ_CHUNK]
            client.send_message(message)
        (record,) = handle.captured
    raw = (tmp_path / "box" / "new" / record["id"]).read_bytes()
    assert record["size"] > 4 * READ_CHUNK and raw.endswith(message.as_bytes()
                                                           .replace(b"\n", b"\r\n")[-200:])
