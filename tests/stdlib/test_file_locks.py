"""fLock/fBloque takes a real operating-system lock: a lock held by another process makes
it fail (False, ErrorOccurred), and once that process lets go it succeeds."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

fcntl = pytest.importorskip("fcntl")

HOLDER = """
import fcntl, sys, time
f = open(sys.argv[1], "r+b")
fcntl.lockf(f, fcntl.LOCK_EX, 0, 0)
print("locked", flush=True)
sys.stdin.readline()
"""

SCRIPT = """h is int = fOpen("{path}", foReadWrite)
Trace(fLock(h), ErrorOccurred)
fClose(h)
"""


def _run(tmp_path: Path, target: Path) -> str:
    script = tmp_path / "lock.wl"
    script.write_text(SCRIPT.format(path=target), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "wlinterp", "run", str(script)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_lock_held_by_another_process_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "shared.dat"
    target.write_bytes(b"0123456789")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(target)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert _run(tmp_path, target) == "0, 1"
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
    assert _run(tmp_path, target) == "1, 0"
