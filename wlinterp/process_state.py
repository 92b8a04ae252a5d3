"""Whether another process of this machine is still running, for the three places that
ask it (a capture's leftover files, a SQLite lock's owner, ExeTerminate's wait).

`os.kill(pid, 0)` only asks on POSIX; on Windows Python's os.kill terminates the process
whatever the signal, so there the answer is "running" (what cannot be known is kept).
"""
from __future__ import annotations

import os


def process_running(pid: int) -> bool:
    """Is process `pid` alive? True when it cannot be known (Windows, no permission)."""
    if pid == os.getpid() or os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
