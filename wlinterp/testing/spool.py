"""Each case's result written by the `wl test -n N` worker that ran it, as soon as it ran.

A worker runs all the cases of one file (the file compiles once per process) and used to
send their results back together when the file was done: Ctrl-C or SIGTERM during a
file, and the workers killed, lost the cases of that file that had run ("1 passed, 6 not
run" when three had passed). Now each result is appended to the file's spool (a length,
then the pickled CaseResult, flushed), which the main process reads while the workers run
(the report shows each case as it ends, as without workers) and once more after a stop,
when the workers are gone: a record cut by the kill is incomplete and left out.
"""
from __future__ import annotations

__all__ = ["Spools", "write_result"]

import os
import pickle
import re
import shutil
import tempfile
import time
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from .engine import CaseResult

_HEAD = 8  # the length of the pickled result, little-endian


def write_result(out: IO[bytes], result: "CaseResult") -> None:
    """Append `result` to a spool opened for appending; flushed, so that a kill of the
    worker right after it does not lose it."""
    data = pickle.dumps(result)
    out.write(len(data).to_bytes(_HEAD, "little") + data)
    out.flush()


_LEFT_FOR = 86400  # seconds: a spool folder this old whose run is gone was left by a kill
_OWNED = re.compile(r"wl-test-(\d+)-")


def sweep_left_folders(now: float | None = None) -> list[str]:
    """Remove the spool folders that runs killed with SIGKILL left (close never ran):
    each is named after its run's process id; one older than a day whose process is
    gone is removed (a live run's, or a younger one, is kept: the process id may be
    another's now, and a run may last hours). Returns the folders removed."""
    base, now = tempfile.gettempdir(), time.time() if now is None else now
    removed = []
    for name in os.listdir(base):
        owner = _OWNED.match(name)
        path = os.path.join(base, name)
        try:
            if owner is None or now - os.stat(path).st_mtime < _LEFT_FOR \
                    or _running(int(owner.group(1))):
                continue
        except OSError:  # (gone meanwhile)
            continue
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    return removed


def _running(pid: int) -> bool:
    """Is process `pid` alive (another user's counts: its folder is not ours to judge)?"""
    if pid <= 0:  # (not a process: os.kill would signal a group)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Spools:
    """The spool files of one run, in a folder of their own, and how much of each has
    been read."""

    def __init__(self) -> None:
        sweep_left_folders()
        self.folder = tempfile.mkdtemp(prefix=f"wl-test-{os.getpid()}-")
        self.read: dict[int, int] = {}

    def path(self, group: int) -> str:
        self.read.setdefault(group, 0)
        return os.path.join(self.folder, f"{group}.results")

    def take(self, group: int) -> list["CaseResult"]:
        """The results of `group` written since the last call, complete records only."""
        try:
            with open(self.path(group), "rb") as f:
                f.seek(self.read[group])
                data = f.read()
        except FileNotFoundError:  # (its worker has not started it)
            return []
        out = []
        at = 0
        while at + _HEAD <= len(data):
            size = int.from_bytes(data[at:at + _HEAD], "little")
            if at + _HEAD + size > len(data):
                break  # being written, or cut by a kill
            out.append(pickle.loads(data[at + _HEAD:at + _HEAD + size]))
            at += _HEAD + size
        self.read[group] += at
        return out

    def take_all(self) -> list["CaseResult"]:
        return [r for group in list(self.read) for r in self.take(group)]

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
