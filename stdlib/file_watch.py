"""File watchers: fWatchFile/fSurveilleFichier, fWatchDirectory/fSurveilleRépertoire,
fWatchStop/fSurveilleStop and fWatchStopAll/fSurveilleStopTout.

PC SOFT's pages ?1000020522 and ?1000020523 (VERIFIED: syntax, the fw... constants'
names, the callback's four parameters, the boolean result with ErrorInfo): a change to
the watched file or folder runs a WLanguage procedure "in a thread", with (the full name
of the file concerned, the watched file / the file's name in the folder, the action, the
old name for a renaming). Python has no portable change notification without a
dependency, so one background thread per run polls every watch (WATCH_SECONDS apart):
it compares each file's inode, size and modification time with the previous look. A
file that disappears while a file with the same inode appears in the same folder was
renamed (fwRename); a change within one poll interval that leaves size and time equal is
not seen (*decided*: polling, bounded, documented in docs/builtins.md "File watchers").
The procedures run one after the other in that thread, each as a ThreadExecute thread
would (its error ends the program with the thread's name); watching stops when the
program ends. A procedure declaring fewer than the four parameters gets the first ones,
as fListFile's does (*decided* FS 6 Dec 2026: `PROCEDURE Changed(sFile, nAction)` ended
the program, "expects 2 parameter(s) but received 4", with no line named).
"""
from __future__ import annotations

import os
import threading
from functools import partial
from typing import Any, Iterator

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, NumberArg, ProcArg, TextArg
from .strings import text_arg
from wlinterp.runtime import values as V
from wlinterp.runtime.procrefs import call_with, procedure_arg
from wlinterp.runtime.state import Runtime

from .paths import native_path

family = Family("File watchers")

# Names VERIFIED (the pages' examples); values ours; the French code of the pages uses
# the same names. ft... are the older names the pages' fTrackFile/fTrackDirectory
# example (kept "for backward compatibility" since version 2024) uses.
FW_CREATE = family.constant("fwCreateFile", "fwCreateFile", 1, "ftCreateFile")
FW_DELETE = family.constant("fwDeleteFile", "fwDeleteFile", 2, "ftDeleteFile")
FW_MODIFY = family.constant("fwModifyFile", "fwModifyFile", 4, "ftModifyFile")
FW_RENAME = family.constant("fwRename", "fwRename", 8, "ftRename")
FW_ALL = FW_CREATE | FW_DELETE | FW_MODIFY | FW_RENAME

WATCH_SECONDS = 0.05  # between two looks at the watched files
Snapshot = dict[str, tuple[int, int, int]]  # path -> (inode, size, mtime_ns)


class Watch:
    """One watched file or folder, its procedure and what it looked like last time."""

    def __init__(self, path: str, given: str, proc: Any, changes: int, folder: bool,
                 recursive: bool) -> None:
        self.path, self.given, self.proc, self.changes = path, given, proc, changes
        self.folder, self.recursive = folder, recursive
        self.last = self.look()

    def look(self) -> Snapshot:
        if not self.folder:
            return dict(_stat(self.path))
        return dict(_walk(self.path, self.recursive))

    def arguments(self, name: str, action: int, old: str) -> tuple[str, str, int, str]:
        """The procedure's parameters: for a file, (its full name, the watched file as
        given, action, old full name); for a folder, (the folder as given, the file's
        name in it, action, old name in it)."""
        if not self.folder:
            return name, self.given, action, old
        inside = os.path.relpath(old, self.path) if old else ""
        return self.given, os.path.relpath(name, self.path), action, inside

    def events(self) -> Iterator[tuple[str, int, str]]:
        """(file, action, old name) for every change since the last look."""
        now, before = self.look(), self.last
        self.last = now
        gone = {p: s for p, s in before.items() if p not in now}
        born = {p: s for p, s in now.items() if p not in before}
        by_inode = {s[0]: p for p, s in born.items()}
        for old, s in gone.items():
            new = by_inode.pop(s[0], None)
            if new is not None and os.path.dirname(new) == os.path.dirname(old):
                born.pop(new)
                yield new, FW_RENAME, old
            else:
                yield old, FW_DELETE, ""
        for new in born:
            yield new, FW_CREATE, ""
        for p, s in now.items():
            if p in before and before[p] != s:
                yield p, FW_MODIFY, ""


def _stat(path: str) -> Iterator[tuple[str, tuple[int, int, int]]]:
    try:
        st = os.stat(path)
    except OSError:
        return
    yield path, (st.st_ino, st.st_size, st.st_mtime_ns)


def _walk(folder: str, recursive: bool) -> Iterator[tuple[str, tuple[int, int, int]]]:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        yield from _stat(entry.path)
        if recursive and entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path, True)


class Watcher:
    """The run's polling thread and its watches (by folded path)."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.watches: dict[str, Watch] = {}
        self.lock, self.stop = threading.Lock(), threading.Event()
        self.thread: threading.Thread | None = None

    def add(self, watch: Watch) -> None:
        with self.lock:
            self.watches[os.path.normcase(watch.path)] = watch
        if self.thread is None:
            self.thread = threading.Thread(target=self.run, name="wl-fWatch", daemon=True)
            self.thread.start()

    def run(self) -> None:
        from .thread_run import WLThread, _run
        me = WLThread("fWatch", threading.current_thread())
        while not self.stop.wait(WATCH_SECONDS):
            with self.lock:
                watches = list(self.watches.values())
            for w in watches:
                for name, action, old in w.events():
                    if action & w.changes and not self.stop.is_set():
                        _run(self.rt, me, partial(call_with, w.proc),
                             w.arguments(name, action, old))

    def close(self) -> None:
        self.stop.set()
        if self.thread is not None and self.thread is not threading.current_thread():
            self.thread.join(5.0)


def _watcher(rt: Runtime) -> Watcher:
    table = rt.table("file_watch", lambda t: t["watcher"].close() if t else None, first=True)
    if not table:
        table["watcher"] = Watcher(rt)
    return table["watcher"]


def _changes(value: object) -> int:
    n = V.to_int(value) if value is not None else FW_ALL
    return n or FW_ALL


@family.function("fWatchFile", "fSurveilleFichier", "fTrackFile", can_fail=True)
def watch_file(rt: Runtime, path: TextArg, procedure: ProcArg,
               changes: NumberArg = None) -> bool:
    """Watch one file (it need not exist yet: its creation is a change); `procedure`
    gets (file's full name, watched file, action, old name)."""
    given, wanted = text_arg(path, "fWatchFile"), _changes(changes)
    name = os.path.abspath(native_path(given))
    if not os.path.isdir(os.path.dirname(name)) or os.path.isdir(name):
        raise BuiltinFailure(f"fWatchFile: '{given}' is not a file in an existing folder.")
    proc = procedure_arg(rt, procedure, "fWatchFile")
    _watcher(rt).add(Watch(name, given, proc, wanted, False, False))
    return True


@family.function("fWatchDirectory", "fSurveilleRépertoire", "fTrackDirectory", can_fail=True)
def watch_directory(rt: Runtime, path: TextArg, procedure: ProcArg,
                    changes: NumberArg = None, subdirectories: object = False) -> bool:
    """Watch the files of a folder (and of its subfolders when asked); `procedure` gets
    (the folder as given, the file's name in it, action, old name)."""
    given, wanted = text_arg(path, "fWatchDirectory"), _changes(changes)
    name = os.path.abspath(native_path(given))
    if not os.path.isdir(name):
        raise BuiltinFailure(f"fWatchDirectory: the folder '{given}' does not exist.")
    proc = procedure_arg(rt, procedure, "fWatchDirectory")
    _watcher(rt).add(Watch(name, given, proc, wanted, True, V.to_bool(subdirectories)))
    return True


@family.function("fWatchStop", "fSurveilleStop", can_fail=True)
def watch_stop(rt: Runtime, path: TextArg) -> bool:
    """Stop watching a file or folder; one that was not watched is a non-fatal error."""
    watcher = _watcher(rt)
    key = os.path.normcase(os.path.abspath(native_path(text_arg(path, "fWatchStop"))))
    with watcher.lock:
        found = watcher.watches.pop(key, None)
    if found is None:
        raise BuiltinFailure(f"fWatchStop: '{V.to_str(path)}' is not watched.")
    return True


@family.function("fWatchStopAll", "fSurveilleStopTout")
def watch_stop_all(rt: Runtime) -> None:
    """Stop every watch of the run."""
    watcher = _watcher(rt)
    with watcher.lock:
        watcher.watches.clear()
