"""A real full disk under `wl run --capture` (issue 12): at start, a one-line error; in the
middle of a run, 451 for each message that cannot be stored, and every message the
script saw as sent is in the mailbox afterwards — nothing lost silently. A read-only
capture folder (new or holding a mailbox) is the same one-line error at start.

The disk is a small tmpfs mounted in a private mount namespace (`unshare -rm`: a user
namespace, so no privilege is needed where user namespaces are enabled; as root, plain
`unshare -m` as well). The mount exists only for the shell that runs the commands, and
vanishes with it: nothing to clean up, nothing visible to the rest of the machine.
"""
from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

SEND = """s is emailSMTPSession
s.ServerAddress = "smtp.example.com"
s.Port = 25
IF EmailStartSession(s) THEN
  FOR i = 1 TO 30
    Email.Sender = "shop@example.org"
    Email.Recipient[1] = "ann@example.org"
    Email.Subject = "order " + i
    Email.Message = Repeat("Thank you for your order. ", 120)
    IF EmailSendMessage(s) THEN
      Trace("sent order " + i)
    ELSE
      Trace("failed order " + i + ": " + ErrorInfo())
    END
  END
  EmailCloseSession(s)
ELSE
  Trace("no session: " + ErrorInfo())
END
"""


def _namespace_prefix() -> list[str] | None:
    """The command that runs a shell in a private mount namespace where it may mount a
    tmpfs, or None when this machine allows neither way."""
    candidates = [["unshare", "-rm"]] + ([["unshare", "-m"]] if os.geteuid() == 0 else [])
    with tempfile.TemporaryDirectory() as probe:
        for prefix in candidates:
            try:
                done = subprocess.run([*prefix, "sh", "-c", 'mount -t tmpfs -o size=16k tmpfs "$1"',
                                       "sh", probe], capture_output=True, timeout=20)
            except (OSError, subprocess.TimeoutExpired):
                continue
            if done.returncode == 0:
                return prefix
    return None


PREFIX = _namespace_prefix()
pytestmark = pytest.mark.skipif(
    PREFIX is None, reason="cannot mount a small tmpfs here: needs `unshare` with user "
                           "namespaces, or root with CAP_SYS_ADMIN (CI runs as root)")


def _on_small_disk(tmp_path: Path, options: str, shell: str) -> str:
    """Run `shell` with a tmpfs mounted (with `options`) at $MNT; its combined output."""
    mount = tmp_path / "mnt"
    mount.mkdir()
    (tmp_path / "send.wl").write_text(SEND, encoding="utf-8")
    wl = f"{shlex.quote(sys.executable)} -m wlinterp"
    script = f'mount -t tmpfs -o {options} tmpfs "$MNT" || exit 99\n' + shell.replace("WL", wl)
    env = {**os.environ, "MNT": str(mount), "NO_COLOR": "1"}
    env.pop("WL_DEBUG", None)
    assert PREFIX is not None
    done = subprocess.run([*PREFIX, "sh", "-c", script], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, (done.stdout, done.stderr)
    return done.stdout


def test_a_disk_that_fills_during_the_run_gets_451_and_loses_nothing(tmp_path):
    out = _on_small_disk(tmp_path, "size=64k", """
WL run --capture "$MNT/box" send.wl 2>&1; echo "run-exit=$?"
echo "--list--"
WL mailbox list --json "$MNT/box"
""")
    run_part, listed_part = out.split("--list--\n")
    lines = run_part.splitlines()
    assert "run-exit=0" in lines and "Traceback" not in out, out
    sent = {line.removeprefix("sent ") for line in lines if line.startswith("sent ")}
    failed = [line for line in lines if line.startswith("failed ")]
    assert sent and failed, out  # the disk filled part-way through
    assert len(sent) + len(failed) == 30
    assert all("451" in line and "No space left on device" in line for line in failed), failed
    listed = {record["subject"] for record in json.loads(listed_part)}
    assert listed == sent  # everything acknowledged is kept, nothing refused is half there


@pytest.mark.parametrize("options, fill", [
    ("size=64k", 'dd if=/dev/zero of="$MNT/filler" bs=1k 2>/dev/null'),  # no block left
    ("size=64k,nr_inodes=4", 'touch "$MNT/a" "$MNT/b" "$MNT/c"'),  # no inode left
], ids=["blocks", "inodes"])
def test_a_full_disk_at_capture_start_is_one_line(tmp_path, options, fill):
    err = _capture_start_error(tmp_path, options, fill)
    assert "No space left on device" in err


def _capture_start_error(tmp_path: Path, options: str, before: str) -> str:
    """The one line `wl run --capture` printed after the shell lines `before`, checking
    that the script printed nothing and that the exit is neither 0 nor 70."""
    out = _on_small_disk(tmp_path, options, before + """
WL run --capture "$MNT/box" send.wl > run.out 2> run.err; echo "run-exit=$?"
""")
    code = int(out.split("run-exit=")[1])
    err = (tmp_path / "run.err").read_text()
    assert code not in (0, 70) and (tmp_path / "run.out").read_text() == "", (code, err)
    assert err.count("\n") == 1 and err.startswith("wl: error: cannot capture into "), err
    return err


@pytest.mark.parametrize("shell", [
    'mount -o remount,ro "$MNT"\n',  # a read-only folder where the mailbox is to be made
    'WL run --capture "$MNT/box" send.wl > /dev/null 2>&1 || exit 98\n'
    'mount -o remount,ro "$MNT"\n',  # a mailbox that exists, on a disk now read-only
], ids=["new-mailbox", "existing-mailbox"])
def test_a_read_only_capture_folder_is_one_line_and_sends_nothing(tmp_path, shell):
    """A capture folder that cannot be written (a read-only disk, as root no permission
    bit refuses anything) was untested: the run must stop before the script sends, with
    wl's one-line error naming the folder and the reason, never a traceback (exit 70),
    never a run that reports messages sent that were stored nowhere."""
    assert "Read-only file system" in _capture_start_error(tmp_path, "size=64k", shell)
