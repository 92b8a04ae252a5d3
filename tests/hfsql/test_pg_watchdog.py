"""A test process killed while its PostgreSQL server runs does not leave the server behind.

pg_ctl detaches the server, so without tests/hfsql/pg_watchdog.py a run cut off by a
timeout kept a server and its folder until the machine stopped."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hfsql_support import find_pg_bin

_OWNER = """
import sys, tempfile, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from hfsql_support import PgServer
root = Path(tempfile.mkdtemp(prefix="wl-pg-owner-"))
server = PgServer(sys.argv[2], root)
server.start()
print(root, (server.data / "postmaster.pid").read_text().split()[0], flush=True)
time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_killed_owner_s_server_is_stopped_and_its_folder_removed() -> None:
    bindir = find_pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found")
    owner = subprocess.Popen([sys.executable, "-c", _OWNER, str(Path(__file__).parent), bindir],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert owner.stdout is not None
        root_text, pid_text = owner.stdout.readline().split()
        root, postmaster = Path(root_text), int(pid_text)
        assert root.is_dir() and _alive(postmaster)
    finally:
        owner.send_signal(signal.SIGKILL)
        owner.wait(timeout=30)
    deadline = time.monotonic() + 60
    while (root.exists() or _alive(postmaster)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _alive(postmaster), "the server outlived its killed owner"
    assert not root.exists(), "the server's folder outlived its killed owner"
