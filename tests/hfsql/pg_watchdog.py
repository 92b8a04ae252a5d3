"""Stops a test PostgreSQL server whose owning test process died without stopping it.

pg_ctl detaches the server from the tests (its parent is init), so a test run killed by a
timeout or Ctrl-C twice used to leave the server and its temporary folder behind for good.
PgServer.start launches this file as a separate process: it polls the owner's pid once a
second and, when the owner is gone, stops the server and removes its folder. It ends by
itself as soon as the folder disappears (the normal stop) or after a fixed number of polls.

Usage: python pg_watchdog.py OWNER_PID ROOT_FOLDER -- PG_CTL_COMMAND...
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

MAX_POLLS = 6 * 3600  # one poll a second: no test session lasts six hours


def owner_alive(pid: int) -> bool:
    """Whether process `pid` still exists (signal 0 checks without sending anything)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def watch(owner: int, root: str, stop_command: list[str]) -> None:
    """Wait for the owner's end or the folder's removal; on the owner's end, clean up."""
    for _ in range(MAX_POLLS):
        if not os.path.isdir(root):
            return
        if not owner_alive(owner):
            subprocess.run(stop_command, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=60, check=False)
            shutil.rmtree(root, ignore_errors=True)
            return
        time.sleep(1)


if __name__ == "__main__":
    split = sys.argv.index("--")
    watch(int(sys.argv[1]), sys.argv[2], sys.argv[split + 1:])
