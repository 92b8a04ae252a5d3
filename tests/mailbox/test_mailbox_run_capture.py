"""Through the real `wl` CLI: `wl run --capture DIR` with a WLanguage script, then `wl mailbox`.

These cross the interpreter, the e-mail client and the capture; they check
the contract between them (routing to the capture, note_client, summary lines,
faults reaching the script as ErrorInfo) rather than any one part.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mailbox_helpers import TIMEOUT

PASSWORD = "pa55-never-stored"

SCRIPT = """
s is emailSMTPSession
s.ServerAddress = "smtp.example.com"
s.Port = {port}
s.Option = {option}
s.Name = "shop-user"
s.Password = "{password}"
IF EmailStartSession(s) THEN
  Email.Sender = "shop@example.org"
  Email.Recipient[1] = "ann@example.org"
  Email.Subject = "Order 1042 confirmed"
  Email.Message = "Thank you for your order."
  IF EmailSendMessage(s) THEN
    Trace("sent")
  ELSE
    Trace("not sent: " + ErrorInfo())
  END
  EmailCloseSession(s)
ELSE
  Trace("no session: " + ErrorInfo())
END
"""


def _wl(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wlinterp", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=TIMEOUT * 2)


def _script(tmp_path: Path, option: str, port: int) -> Path:
    path = tmp_path / "order.wl"
    path.write_text(SCRIPT.format(option=option, port=port, password=PASSWORD))
    return path


@pytest.mark.parametrize("option, port, mode", [
    ("emailOptionDefault", 25, "plain"),
    ("emailOptionSecuredTLS", 587, "starttls"),
    ("emailOptionSSL", 465, "ssl"),
])
def test_run_capture_each_mode(tmp_path, option, port, mode):
    script = _script(tmp_path, option, port)
    run = _wl("run", "--capture", "outbox", str(script), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "sent"
    assert run.stderr.count("captured ") == 1 and '"Order 1042 confirmed"' in run.stderr
    listing = _wl("mailbox", "list", "outbox", "--json", cwd=tmp_path)
    assert listing.returncode == 0, listing.stderr
    (record,) = json.loads(listing.stdout)
    assert (record["tls"], record["user"]) == (mode, "shop-user")
    assert (record["requested_host"], record["requested_port"]) == ("smtp.example.com", port)
    assert record["rcpt_tos"] == ["ann@example.org"]
    for path in (tmp_path / "outbox").rglob("*"):
        assert not path.is_file() or PASSWORD.encode() not in path.read_bytes()
    assert PASSWORD not in run.stdout + run.stderr


def test_run_capture_fault_reaches_the_script(tmp_path):
    script = _script(tmp_path, "emailOptionSecuredTLS", 587)
    run = _wl("run", "--capture", "outbox", "--capture-fault", "RCPT=550", str(script), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("not sent: ")
    assert "550 Recipient rejected (injected fault RCPT=550)" in run.stdout
    assert "captured " not in run.stderr
    assert _wl("mailbox", "list", "outbox", cwd=tmp_path).stdout.startswith("No messages in ")


def test_run_capture_connect_refused_reaches_the_script(tmp_path):
    script = _script(tmp_path, "emailOptionDefault", 25)
    run = _wl("run", "--capture", "outbox", "--capture-fault", "CONNECT=refuse", str(script), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("no session: ")


def test_run_capture_bad_fault_is_one_error_line(tmp_path):
    script = _script(tmp_path, "emailOptionDefault", 25)
    run = _wl("run", "--capture", "outbox", "--capture-fault", "NOPE=1", str(script), cwd=tmp_path)
    assert run.returncode != 0
    assert run.stderr.startswith("wl: error: capture fault 'NOPE=1'") and "Traceback" not in run.stderr


def test_the_capture_starts_before_the_script_is_read(tmp_path):
    """The capture's process starts first, so it loads while `wl run` reads the script and
    loads the interpreter: here the script comes on standard input, written only once
    the capture is ready (its folders made)."""
    run = subprocess.Popen([sys.executable, "-m", "wlinterp", "run", "--capture", "outbox", "-"],
                           cwd=tmp_path, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + TIMEOUT * 2
        while not (tmp_path / "outbox" / "wl-journal").is_dir():
            assert run.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
        out, err = run.communicate(SCRIPT.format(option="emailOptionDefault", port=25,
                                                 password=PASSWORD), timeout=TIMEOUT * 2)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    assert run.returncode == 0 and out.strip() == "sent", err
    assert err.count("captured ") == 1


def test_a_script_that_cannot_be_read_stops_the_capture_started_for_it(tmp_path):
    run = _wl("run", "--capture", "outbox", str(tmp_path / "missing.wl"), cwd=tmp_path)
    assert run.returncode == 66 and run.stderr.startswith("wl: error: cannot read "), run.stderr
    assert run.stderr.count("\n") == 1
    assert list((tmp_path / "outbox" / "wl-journal").iterdir()) == []  # stopped in order
