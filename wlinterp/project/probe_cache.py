"""The verdicts of the `.wl` probe (sources.wl_role), kept between runs.

Every run looks at each `.wl` file beside the script (or of its project) to decide
whether it is a library (loaded) or another script (left alone), and that needs a
parse: 50 neighbouring scripts of 140 lines cost seconds on every `wl run`. A verdict only
changes when the file does, so it is kept per folder in the user's cache folder
(`WL_CACHE_DIR`, see syntax/tables.py), keyed by file name with its size, modification
time (ns) and inode, for one parser (the wlinterp version and the grammar); an unreadable
or unwritable cache only costs the parse.

The cache holds one file per folder ever probed, so it is bounded (`prune`): when a save
finds more than KEEP files, those of folders that are gone are removed, then the least
recently used (a file is touched when it is read, at most once an hour) down to
three quarters of KEEP, so a busy temporary-folder workload (tests) does not prune at
every run.
"""
from __future__ import annotations

__all__ = ["ProbeCache", "prune", "KEEP"]

import marshal
import os
import zlib
from typing import Any, Callable, TypeVar

V = TypeVar("V")

_FORMAT = 5  # 2: a role (sources.wl_role), was a bool; 3: interfaces and labels declare;
# 4: the neighbours' names (neighbour_names.py: a change of needed.py's rules bumps it);
# 5: enumeration values count among a neighbour's names (needed.py _enum_values)
KEEP = 256
"""The most folders whose verdicts are kept."""
_TOUCH_EVERY_NS = 3600 * 10**9
_RACY_NS = 3 * 10**9  # a file modified this close to now may change within its clock's tick


def _parser_identity() -> str:
    """What a verdict depends on besides the file: the parser."""
    from .. import __version__
    from ..syntax.tables import grammar_key
    return f"{_FORMAT}\0{__version__}\0{grammar_key()}"


class ProbeCache:
    """The cached verdicts of one folder; `save()` writes them back if any was added."""

    def __init__(self, folder: str) -> None:
        from ..syntax.tables import cache_dir
        self.folder = os.path.realpath(folder)
        key = self.folder.encode("utf-8", "surrogateescape")
        self.path = os.path.join(cache_dir(), "libprobe",
                                 f"{zlib.crc32(key):08x}{zlib.adler32(key):08x}.marshal")
        self.identity = _parser_identity()
        # name -> (size, mtime ns, inode, verdict) or, for a racy one, (..., content CRC)
        self.entries: dict[str, tuple[Any, ...]] = {}
        self.changed = False
        try:
            with open(self.path, "rb") as f:
                stored = marshal.loads(f.read())
            if stored["identity"] == self.identity and stored["folder"] == self.folder:
                self.entries = dict(stored["entries"])
                _touch(self.path)
        except (OSError, ValueError, EOFError, TypeError, KeyError):
            pass

    def verdict(self, path: str, decide: Callable[[str], V],
                usable: Callable[[V], bool] = lambda v: True, prefix: str = "") -> V:
        """The cached verdict for `path` if the file is unchanged and the verdict is
        `usable` (a quick one may not answer every caller's question), else
        `decide(path)`, cached in its place. `prefix` (ending with a NUL) keeps another
        question's verdicts for the same files apart (neighbour_names.py)."""
        try:
            st = os.stat(path)
        except OSError:
            return decide(path)
        stamp = (st.st_size, st.st_mtime_ns, st.st_ino)
        name = prefix + os.path.basename(path)
        known = self.entries.get(name)
        if known is not None and known[:3] == stamp and usable(known[3]):
            if len(known) == 4:
                return known[3]
            if _crc(path) == known[4]:  # a racy entry: the content tells
                if not _racy(st):  # (its clock has ticked since: the stamp tells now;
                    self.entries[name] = known[:4]  # kept with the next save: a run
                    # that adds nothing writes nothing, as before)
                return known[3]
        crc = _crc(path) if _racy(st) else None  # (read before the verdict is made)
        result = decide(path)
        self.entries[name] = (*stamp, result) if crc is None else (*stamp, result, crc)
        self.changed = True
        return result

    def save(self) -> None:
        """Write the verdicts (only the files still present) if one was added."""
        if not self.changed:
            return
        from ..syntax.tables import write_atomic
        try:
            present = set(os.listdir(self.folder))
        except OSError:
            return
        entries = {n: v for n, v in self.entries.items() if n.rsplit("\0", 1)[-1] in present}
        write_atomic(self.path, marshal.dumps({"identity": self.identity,
                                               "folder": self.folder, "entries": entries}))
        self.changed = False
        prune(os.path.dirname(self.path))


def _racy(st: os.stat_result) -> bool:
    """Was the file modified within _RACY_NS of now? Then a rewrite of the same size in
    the same tick of a coarse clock (FAT's 2 s, HFS+'s 1 s, some network file systems)
    or with its time kept (`cp -p`) leaves its size, time and inode as they were: its
    verdict keeps the content's CRC, checked before the verdict is used (as git does
    for its racily clean index entries)."""
    import time
    return time.time_ns() - st.st_mtime_ns < _RACY_NS


def _crc(path: str) -> int | None:
    try:
        with open(path, "rb") as f:
            return zlib.crc32(f.read())
    except OSError:
        return None


def _touch(path: str) -> None:
    """Mark a cache file used (its modification time), at most once an hour: the
    eviction's order, without a write on every run."""
    import time
    try:
        if time.time_ns() - os.stat(path).st_mtime_ns > _TOUCH_EVERY_NS:
            os.utime(path)
    except OSError:
        pass


def _folder_of(path: str) -> str | None:
    try:
        with open(path, "rb") as f:
            folder = marshal.loads(f.read())["folder"]
        return folder if isinstance(folder, str) else None
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        return None


def prune(cache: str, keep: int | None = None) -> int:
    """Bound the cache folder to `keep` files: when it holds more, remove the files of
    folders that no longer exist (or unreadable ones), then the least recently used, down
    to three quarters of `keep`. Returns how many were removed; errors are ignored (another
    process may be pruning too)."""
    keep = KEEP if keep is None else keep
    try:
        names = [n for n in os.listdir(cache) if n.endswith(".marshal")]
    except OSError:
        return 0
    if len(names) <= keep:
        return 0
    paths = [os.path.join(cache, n) for n in names]
    gone = {p for p in paths if (folder := _folder_of(p)) is None or not os.path.isdir(folder)}
    kept = []
    for p in paths:
        try:
            kept.append((os.stat(p).st_mtime_ns, p))
        except OSError:
            gone.add(p)
    kept = sorted(item for item in kept if item[1] not in gone)
    excess = len(kept) - keep * 3 // 4
    doomed = gone | {p for _, p in kept[:max(excess, 0)]}
    removed = 0
    for p in doomed:
        try:
            os.unlink(p)
            removed += 1
        except OSError:
            pass
    return removed
