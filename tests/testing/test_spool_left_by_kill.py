"""A `wl test -n N` killed with SIGKILL never removes its spool folder (Spools.close does
not run): the next run removes those older than a day whose run is gone
(testing/spool.py sweep_left_folders). Counted: which folders remain, not a time."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from wlinterp.testing.spool import Spools, sweep_left_folders

_DAY = 86400


def _gone_pid() -> int:
    """The id of a process that has ended."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _folder(base, name: str, age: float) -> str:
    path = os.path.join(base, name)
    os.mkdir(path)
    with open(os.path.join(path, "0.results"), "wb") as f:
        f.write(b"\0" * 8)
    when = time.time() - age
    os.utime(path, (when, when))
    return path


def test_the_next_run_removes_a_killed_runs_old_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    gone = _gone_pid()
    left = _folder(tmp_path, f"wl-test-{gone}-abc", 2 * _DAY)
    young = _folder(tmp_path, f"wl-test-{gone}-new", 60)  # its run may still be ending
    alive = _folder(tmp_path, f"wl-test-{os.getpid()}-old", 2 * _DAY)  # a long run's
    mail = _folder(tmp_path, "wl-test-mail-xyz", 2 * _DAY)  # not a spool folder
    spools = Spools()
    try:
        assert not os.path.exists(left)
        assert all(os.path.isdir(p) for p in (young, alive, mail))
        assert os.path.basename(spools.folder).startswith(f"wl-test-{os.getpid()}-")
    finally:
        spools.close()
    assert not os.path.exists(spools.folder)


def test_the_sweep_says_what_it_removed(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    left = _folder(tmp_path, f"wl-test-{_gone_pid()}-x", 2 * _DAY)
    assert sweep_left_folders() == [left]
    assert sweep_left_folders() == []
