"""`wl mailbox list/show/clear` through the handlers, and `serve` as a real process."""

from __future__ import annotations

import json
import signal
import smtplib
import socket
import ssl
import subprocess
import sys

import pytest

from wlinterp.mailbox import envelope
from wlinterp.mailbox.commands import start_capture
from wlinterp.mailbox.store import CaptureStore

from mailbox_helpers import TIMEOUT, build_message


@pytest.fixture
def filled(mailbox_dir):
    """Three captured messages, the last with HTML and an attachment, sent with STARTTLS."""
    with start_capture(str(mailbox_dir), []) as handle:
        context = ssl.create_default_context(cafile=handle.ca_file)  # STARTTLS offered from now
        for n, rich in ((1, False), (2, False), (3, True)):
            with smtplib.SMTP(handle.host, handle.plain_port, timeout=10) as client:
                if rich:
                    client.starttls(context=context)
                    client.login("shop-user", "pw")
                client.send_message(build_message(f"Order {n}", html=rich, attachment=rich))
        ids = [record["id"] for record in handle.captured]
    return mailbox_dir, ids


def test_list_table_newest_first(filled, run_cli):
    directory, ids = filled
    code, out, err = run_cli("list", str(directory))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "TIME", "FROM", "TO", "SUBJECT", "SIZE", "ATT"]
    assert [line.split()[0] for line in lines[1:]] == ids[::-1]
    assert "Order 3" in lines[1] and lines[1].rstrip().endswith("1")
    assert "shop@example.org" in lines[1] and "ann@example.org" in lines[1]


def test_list_limit_shows_the_newest(filled, run_cli):
    directory, ids = filled
    code, out, _ = run_cli("list", str(directory), "--limit", "2")
    assert code == 0
    rows = out.splitlines()
    assert [row.split()[0] for row in rows[1:3]] == [ids[2], ids[1]]
    assert rows[3] == "(2 of 3 messages shown; raise --limit to see more)"


def test_list_json_is_the_index(filled, run_cli):
    directory, ids = filled
    code, out, _ = run_cli("list", str(directory), "--json", "--limit", "1")
    assert code == 0
    (record,) = json.loads(out)
    assert record["id"] == ids[2]
    assert record["tls"] == "starttls" and record["user"] == "shop-user"
    assert set(record) >= {"id", "time", "mail_from", "rcpt_tos", "requested_host", "requested_port",
                           "tls", "user", "subject", "size", "attachments"}


def test_list_of_an_empty_mailbox(mailbox_dir, run_cli):
    CaptureStore.create(mailbox_dir)
    assert run_cli("list", str(mailbox_dir)) == (0, f"No messages in {mailbox_dir}.\n", "")
    assert run_cli("list", str(mailbox_dir), "--json")[1] == "[]\n"


def test_list_of_a_missing_dir(tmp_path, run_cli):
    code, out, err = run_cli("list", str(tmp_path / "nope"))
    assert code == 1 and out == ""
    assert err == f"wl: error: {tmp_path / 'nope'} is not a capture mailbox: no such directory.\n"


def test_show_text_view(filled, run_cli):
    directory, ids = filled
    code, out, _ = run_cli("show", str(directory), ids[2])
    assert code == 0
    assert f"Id:        {ids[2]}" in out
    assert "Session:   starttls, user shop-user" in out
    assert "Subject:   Order 3" in out
    assert "Thank you for your order.\nTotal: 42.00 EUR" in out
    assert "invoice-1042.pdf  application/pdf" in out


def test_show_raw_is_byte_for_byte(filled, capfdbinary):
    directory, ids = filled
    stored = envelope.split((directory / "new" / ids[0]).read_bytes())[1]  # as received
    result = subprocess.run([sys.executable, "-m", "wlinterp.mailbox", "show", str(directory), ids[0], "--raw"],
                            capture_output=True, timeout=TIMEOUT)
    assert result.returncode == 0 and result.stdout == stored


def test_show_headers_and_html(filled, run_cli):
    directory, ids = filled
    code, out, _ = run_cli("show", str(directory), ids[2], "--headers")
    assert code == 0 and "Subject: Order 3" in out and "Thank you" not in out
    code, out, _ = run_cli("show", str(directory), ids[2], "--html")
    assert code == 0 and "<b>order</b>" in out
    code, out, err = run_cli("show", str(directory), ids[0], "--html")
    assert code == 1 and err == f"wl: error: message {ids[0]} has no HTML part.\n"


def test_show_unknown_id(filled, run_cli):
    directory, _ = filled
    code, _, err = run_cli("show", str(directory), "nope")
    assert code == 1 and err == f"wl: error: no message 'nope' in {directory}.\n"


def test_show_escapes_terminal_control_characters(mailbox_dir, run_cli):
    with start_capture(str(mailbox_dir), []) as handle:
        with smtplib.SMTP(handle.host, handle.plain_port, timeout=10) as client:
            raw = b"From: x@example.org\r\nSubject: =?utf-8?q?evil=1B]0;pwned=07?=\r\n\r\nbody\r\n"
            client.sendmail("x@example.org", ["ann@example.org"], raw)
    code, out, _ = run_cli("list", str(mailbox_dir))
    assert code == 0 and "\x1b" not in out and "\x07" not in out


# -- serve in a subprocess ------------------------------------------------------------------

def _send_plain(port: int, subject: str) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
        client.send_message(build_message(subject))


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_serve_stops_cleanly_and_keeps_mail(serve_process, mailbox_dir, sig):
    server = serve_process("--dir", str(mailbox_dir), "--port", "0")
    port = server.port("SMTP")
    _send_plain(port, "kept 1")
    _send_plain(port, "kept 2")
    server.read_until('"kept 2"')
    code, out, err = server.finish(sig)
    assert code == 0, err
    assert err == ""
    assert "stopped; 2 messages captured in this run" in out and str(mailbox_dir) in out
    entries, damaged = CaptureStore.existing(mailbox_dir).entries()
    assert [e.record["subject"] for e in entries] == ["kept 1", "kept 2"] and damaged == []
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()


def test_serve_tls_offers_starttls_and_implicit_tls(serve_process, mailbox_dir):
    server = serve_process("--dir", str(mailbox_dir), "--port", "0", "--tls")
    context = ssl.create_default_context(cafile=server.ca_file())
    with smtplib.SMTP("127.0.0.1", server.port("SMTP"), timeout=10) as client:
        client.starttls(context=context)
        client.login("u", "p")
        client.send_message(build_message("via starttls"))
    with smtplib.SMTP_SSL("localhost", server.port("SMTPS"), context=context, timeout=10) as client:
        client.send_message(build_message("via ssl"))
    server.read_until('"via ssl"')
    code, _, err = server.finish(signal.SIGINT)
    assert code == 0, err
    modes = {e.record["subject"]: e.record["tls"] for e in CaptureStore.existing(mailbox_dir).entries()[0]}
    assert modes == {"via starttls": "starttls", "via ssl": "ssl"}
    assert list((mailbox_dir / "wl-tls").glob("*.pem")) == []


def test_serve_with_fault(serve_process, mailbox_dir):
    server = serve_process("--dir", str(mailbox_dir), "--port", "0", "--capture-fault", "RCPT=550")
    assert any("injected fault: RCPT=550" in line for line in server.banner)
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        _send_plain(server.port("SMTP"), "refused")
    assert server.finish(signal.SIGINT)[0] == 0


def _serve_fails(*args: str, cwd) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wlinterp.mailbox", "serve", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=TIMEOUT)


def test_serve_port_in_use(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = _serve_fails("--dir", str(tmp_path / "box"), "--port", str(port), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == f"wl: error: port {port} on 127.0.0.1 is already in use.\n"


def test_serve_unwritable_dir(tmp_path):
    (tmp_path / "file").write_text("x")
    result = _serve_fails("--dir", str(tmp_path / "file" / "box"), "--port", "0", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("wl: error: cannot capture into ") and result.stderr.count("\n") == 1


def test_serve_bad_fault(tmp_path):
    result = _serve_fails("--port", "0", "--capture-fault", "RCPT", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("wl: error: capture fault 'RCPT': expected PHASE=REPLY")
    assert not (tmp_path / "wl-mailbox").exists()


def test_parser_and_list_do_not_load_the_server(filled):
    """`wl` builds the mailbox parser on every start; aiosmtpd/TLS load only for a capture."""
    directory, _ = filled
    code = ("import sys, argparse\n"
            "from wlinterp.mailbox.commands import add_mailbox_parser\n"
            "p = argparse.ArgumentParser(); add_mailbox_parser(p.add_subparsers())\n"
            f"a = p.parse_args(['mailbox', 'list', {str(directory)!r}]); a.func(a)\n"
            "assert 'aiosmtpd' not in sys.modules and 'trustme' not in sys.modules\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=TIMEOUT)
    assert result.returncode == 0, result.stderr
