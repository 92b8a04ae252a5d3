"""The computer's running programs: ExeListProcess/ExeListeProcessus and
ExeTerminate/ExeTermine.

On Linux the list is read from /proc (elsewhere from `ps`): one line per process,
`<program>` TAB `<process identifier>`, lines separated by CR; the program is its
executable's full path when the system shows it (the user's own processes), else its
name. ExeTerminate ends a process given by its identifier (ExeRun(..., exePID) returns
one) or every process of a program given by name (the executable's file name, any case,
".exe" optional), the running program excepted: the system's polite stop signal, then,
after STOP_SECONDS, the forced one. No stored help page: French names INFERRED (PC
SOFT's French list), English names INFERRED; the line format and the stop sequence are
*decided* (docs/builtins.md "Running programs"). A process that cannot be ended (not
found, another user's) is a non-fatal error: False, ErrorOccurred, ErrorInfo.
"""
from __future__ import annotations

import os
import signal
import subprocess
import time
from typing import Iterator

from wlinterp.errors import BuiltinFailure
from wlinterp.process_state import process_running
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

family = Family("Running programs")

STOP_SECONDS = 2.0  # how long a process gets to end after the polite signal


def _from_proc() -> Iterator[tuple[int, str]]:
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        pid = int(entry)
        try:
            yield pid, os.readlink(f"/proc/{pid}/exe")
            continue
        except OSError:
            pass
        try:
            with open(f"/proc/{pid}/comm", encoding="utf-8", errors="replace") as f:
                yield pid, f.read().strip()
        except OSError:
            continue  # ended meanwhile


def _from_ps() -> Iterator[tuple[int, str]]:
    out = subprocess.run(["ps", "-A", "-o", "pid=,comm="], capture_output=True, text=True,
                         timeout=30).stdout
    for line in out.splitlines():
        pid, _, name = line.strip().partition(" ")
        if pid.isdigit():
            yield int(pid), name.strip()


def processes() -> list[tuple[int, str]]:
    """(identifier, program) of every process the system shows, by identifier."""
    found = _from_proc() if os.path.isdir("/proc") else _from_ps()
    return sorted(found)


@family.function("ExeListProcess", "ExeListeProcessus")
def exe_list_process(rt: Runtime) -> str:
    """The running processes: `program` TAB `identifier`, one a line (CR between)."""
    return "\r\n".join(f"{name}\t{pid}" for pid, name in processes())


def _matches(name: str, wanted: str) -> bool:
    base = os.path.basename(name).casefold()
    return base == wanted or base == wanted.removesuffix(".exe")


def _alive(pid: int) -> bool:
    try:
        done, _status = os.waitpid(pid, os.WNOHANG)  # our own child: collect it
        if done == pid:
            return False
    except ChildProcessError:
        pass
    return process_running(pid)


def _end(pid: int) -> None:
    """The polite signal, then the forced one if the process is still there."""
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_SECONDS
    while _alive(pid):
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            return
        time.sleep(0.01)


@family.function("ExeTerminate", "ExeTermine", can_fail=True)
def exe_terminate(rt: Runtime, program: object) -> bool:
    """End the process with this identifier, or every process of this program."""
    if isinstance(program, (int, float)) and not isinstance(program, bool):
        targets = [int(program)]
    else:
        wanted = os.path.basename(V.to_str(program).replace("\\", "/")).casefold()
        targets = [pid for pid, name in processes()
                   if _matches(name, wanted) and pid != os.getpid()]
    if not targets or targets[0] <= 0 or targets == [os.getpid()]:
        raise BuiltinFailure(f"ExeTerminate: no running process matches "
                             f"'{V.to_str(program)}'.", value=False)
    for pid in targets:
        try:
            _end(pid)
        except ProcessLookupError:
            if len(targets) == 1:
                raise BuiltinFailure(f"ExeTerminate: there is no process {pid}.",
                                     value=False) from None
        except PermissionError:
            raise BuiltinFailure(f"ExeTerminate: the process {pid} cannot be ended (it "
                                 "belongs to another user).", value=False) from None
    return True
