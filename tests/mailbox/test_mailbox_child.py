"""`wl run --capture` runs the capture in a process of its own (child.py, issue 12 throughput).

The contract is the in-process handle's: ports, CA file, note_client before the session,
the records after close. And the child never outlives its purpose with work undone: when
the parent goes away without a word (its stdin closes), the child stops like any capture
(records written, journal retired); when the child dies, the parent is not stuck.
"""
from __future__ import annotations

import os
import signal
import smtplib
import ssl
import subprocess
import sys
from pathlib import Path

import pytest

from wlinterp.mailbox import child, segments
from wlinterp.mailbox.child import CaptureError, CaptureProcess
from wlinterp.mailbox.store import CaptureStore

from mailbox_helpers import TIMEOUT, build_message, index_records


def _send_starttls(handle: CaptureProcess, subject: str) -> None:
    context = ssl.create_default_context(cafile=handle.ca_file)
    with smtplib.SMTP(handle.host, handle.plain_port, timeout=TIMEOUT) as client:
        handle.note_client(client.sock.getsockname()[1], "smtp.example.com", 587, "starttls", "u")
        client.starttls(context=context)  # the certificate also names 127.0.0.1
        client.send_message(build_message(subject))


def test_the_child_captures_like_the_in_process_server(mailbox_dir: Path):
    with CaptureProcess(str(mailbox_dir), []) as handle:
        handle.wait_ready()
        assert handle.directory == str(mailbox_dir) and os.path.isfile(handle.ca_file or "")
        _send_starttls(handle, "one")
        _send_starttls(handle, "two")
        assert [r["subject"] for r in handle.captured] == ["one", "two"]  # asked mid-run
    (first, second) = handle.captured
    assert (first["requested_host"], first["requested_port"], first["tls"]) == \
        ("smtp.example.com", 587, "starttls")
    assert handle.summary_lines()[1].startswith(f"captured {second['id']}: ")
    assert handle._proc.returncode == 0 and not os.path.exists(handle.ca_file or "")
    assert list((mailbox_dir / segments.JOURNAL_DIR).iterdir()) == []
    entries, damaged = CaptureStore.existing(mailbox_dir).entries()
    assert damaged == [] and len(entries) == 2
    assert "-S" in handle._proc.args  # it ran without `site`, TLS included


def test_the_child_keeps_site_when_its_path_alone_would_not_find_aiosmtpd():
    """-S only when the path handed to the child finds every package it imports (one
    found only through an import hook, as an editable install, needs `site`)."""
    path = child._child_path()
    assert child._no_site(path) == ["-S"]
    without = [p for p in path if not os.path.isdir(os.path.join(p, "aiosmtpd"))]
    assert child._no_site(without) == []


def test_a_directory_that_cannot_be_used_is_one_line(tmp_path: Path):
    (tmp_path / "file").write_text("not a directory")
    handle = CaptureProcess(str(tmp_path / "file" / "box"), [])
    with pytest.raises(CaptureError, match=r"^cannot capture into .*\.$"):
        handle.wait_ready()
    assert handle._proc.poll() is not None


def test_the_child_stops_cleanly_when_the_parent_vanishes(mailbox_dir: Path):
    handle = CaptureProcess(str(mailbox_dir), []).wait_ready()
    _send_starttls(handle, "kept")
    assert handle._proc.stdin is not None
    handle._proc.stdin.close()  # what the parent's death does to the pipe
    assert handle._proc.wait(TIMEOUT) == 0
    assert list((mailbox_dir / segments.JOURNAL_DIR).iterdir()) == []
    assert len(index_records(mailbox_dir)) == 1  # the record was written


def test_a_child_that_died_does_not_hang_the_parent(mailbox_dir: Path):
    """A dead child is seen as dead: the parent never waits for its answer (which would
    take the 30 s stop timeout), so nothing can hang; checked by what the parent does,
    not by the wall clock (a bound flaked under load)."""
    handle = CaptureProcess(str(mailbox_dir), []).wait_ready()
    os.kill(handle._proc.pid, signal.SIGKILL)
    handle._proc.wait(TIMEOUT)
    waited: list[float] = []
    answer = handle._answer

    def watched(timeout: float) -> dict:
        waited.append(timeout)
        return answer(timeout)

    handle._answer = watched
    handle.note_client(1, "smtp.example.com", 25, "plain", "u")  # nothing to tell: no error
    handle.close()
    assert handle.summary_lines() == [] and waited == []
    assert handle._proc.poll() is not None


LOOPING_SENDER = """
s is emailSMTPSession
s.ServerAddress = "smtp.example.com"
IF EmailStartSession(s) THEN
  Email.Sender = "shop@example.org"
  Email.Recipient[1] = "ann@example.org"
  Email.Subject = "before ctrl-c"
  Email.Message = "body"
  IF EmailSendMessage(s) THEN
    Trace("sent")
  END
END
n is int
WHILE True
  n++
END
"""


def test_ctrl_c_in_the_terminal_stops_the_script_then_the_capture_in_order(tmp_path: Path):
    """Ctrl-C reaches the terminal's foreground process group: the script's process, not
    the capture's (a group of its own); the run then stops the capture, which writes the
    records, and prints the summary line of what it captured."""
    import subprocess
    import sys
    script = tmp_path / "loop.wl"
    script.write_text(LOOPING_SENDER, encoding="utf-8")
    run = subprocess.Popen([sys.executable, "-m", "wlinterp", "run", "--capture", "outbox",
                            str(script)], cwd=tmp_path, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert run.stdout is not None and run.stdout.readline().strip() == "sent"
        os.killpg(run.pid, signal.SIGINT)  # what the terminal does on Ctrl-C
        _, err = run.communicate(timeout=TIMEOUT)
    finally:
        if run.poll() is None:
            run.kill()
    assert "Traceback" not in err
    assert err.count("captured ") == 1 and '"before ctrl-c"' in err, err
    box = tmp_path / "outbox"
    assert list((box / segments.JOURNAL_DIR).iterdir()) == [] and list((box / "wl-tls").glob("*")) == []
    entries, damaged = CaptureStore.existing(box).entries()
    assert damaged == [] and [e.record["subject"] for e in entries] == ["before ctrl-c"]
    assert len(index_records(box)) == 1


def test_the_summary_lines_come_from_the_child(mailbox_dir: Path):
    """`wl run` prints them after the script: the script's process does not load the
    mailbox store and its mail parser only to format them."""
    code = f"""
import smtplib, sys
from wlinterp.mailbox.child import CaptureProcess
with CaptureProcess({str(mailbox_dir)!r}, []) as handle:
    handle.wait_ready()
    with smtplib.SMTP(handle.host, handle.plain_port, timeout=10) as client:
        client.sendmail("shop@example.org", ["ann@example.org"], b"Subject: kept\\r\\n\\r\\nhi\\r\\n")
    live = handle.summary_lines()
print(live == handle.summary_lines(), "wlinterp.mailbox.store" in sys.modules)
print(handle.summary_lines()[0])
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    same, line = done.stdout.splitlines()
    assert same == "True False"
    assert line.startswith("captured ") and ' "kept" (' in line and "plain" in line


_PARSER_PROBE = """
import sys, smtplib
from wlinterp.mailbox import child
from wlinterp.mailbox.server import CaptureConfig, CaptureServer
from wlinterp.mailbox.faults import parse_faults
server = CaptureServer(CaptureConfig(sys.argv[1], parse_faults([]), tls_on_demand=True,
                                     files_first=False)).start()
started = "email.parser" in sys.modules
empty = child._results(server)
with smtplib.SMTP(server.host, server.plain_port, timeout=10) as client:
    client.sendmail("a@example.org", ["b@example.org"], b"Subject: probe\\r\\n\\r\\nhi\\r\\n")
lines = child._results(server)["lines"]
server.close()
print(started, empty == {"records": [], "lines": []}, "email.parser" in sys.modules,
      len(lines) == 1 and '"probe"' in lines[0])
"""


def test_the_capture_starts_without_the_mail_parser(mailbox_dir: Path):
    """The mail parser is not loaded at the capture's start, nor for the record and the
    summary line of a simple message (quicksummary.py, summaryline.py): the child's stop,
    which `wl run` waits for, does not pay for its import either."""
    done = subprocess.run([sys.executable, "-c", _PARSER_PROBE, str(mailbox_dir)],
                          capture_output=True, text=True, timeout=TIMEOUT * 3)
    assert done.returncode == 0, done.stderr
    started, empty, loaded, line = done.stdout.split()
    assert (started, empty) == ("False", "True")  # not at the start, nor for no record
    assert (loaded, line) == ("False", "True")  # a simple message: its line without it


_OPENING_PROBE = """
import sys
from wlinterp.mailbox.opening import open_capture
from wlinterp.mailbox.faults import parse_faults
opened = open_capture(sys.argv[1], parse_faults([]), files_first=False, listen=True)
print(sorted(m for m in ("asyncio", "aiosmtpd", "wlinterp.mailbox.server") if m in sys.modules))
opened.store.stop_capturing()
opened.close()
"""


def test_the_child_is_ready_before_it_loads_the_server(mailbox_dir: Path):
    """The child opens DIR and listens, says it is ready, and only then imports asyncio
    and aiosmtpd (most of its start): `wl run` compiles the script meanwhile. A client
    connecting in between waits in the listen queue and is greeted once it serves."""
    done = subprocess.run([sys.executable, "-c", _OPENING_PROBE, str(mailbox_dir)],
                          capture_output=True, text=True, timeout=TIMEOUT * 3)
    assert done.returncode == 0 and done.stdout.strip() == "[]", done
    with CaptureProcess(str(mailbox_dir / "early"), []) as handle:
        handle.wait_ready()
        with smtplib.SMTP(handle.host, handle.plain_port, timeout=TIMEOUT) as client:
            assert client.noop()[0] == 250  # greeted (connected right after the ready line)
            client.send_message(build_message("early"))
        assert [r["subject"] for r in handle.captured] == ["early"]
