"""The code of wlinterp's own modules read from one file at start, not module by module.

Why: a one-line `wl run` imports some 230 of wlinterp's modules. For each, Python's
path finder searches the package's folders, then the loader finds, opens, checks and
reads the module's .pyc (or compiles the source, where bytecode is not written): about a
fifth of that process's CPU time (importing those modules took 57-65 ms the usual way
and 46-49 ms with their code unmarshalled from one file; docs/performance.md "Start-up:
the modules' code from one file"). The command (`wl`, `python -m wlinterp`: cli.main
called without arguments) installs a finder that serves the code of the modules it kept
in the cache folder, each with its source's path, size and modification time (in
nanoseconds, where a .pyc keeps seconds): a module whose source changed, moved or is new
is imported the usual way, and its code is kept for the next start (written at exit).
A program importing wlinterp as a library, and the tests calling cli.main in their own
process, import as Python does. An unreadable cache only costs time.
"""
from __future__ import annotations

__all__ = ["install", "cache_file"]

import atexit
import marshal
import os
import sys
import zlib
from importlib.machinery import ModuleSpec, SourceFileLoader
from importlib.util import spec_from_file_location
from types import CodeType
from typing import Any, Sequence

_FORMAT = 2
# module name -> (source path, package folders or None, mtime_ns, size, marshalled code):
# the code a memoryview of the mapped cache file (only the pages a run reads are read in)
Kept = tuple[str, list[str] | None, int, int, Any]
_kept: dict[str, Kept] = {}
_fresh: dict[str, Kept] = {}  # imported the usual way in this process (the code object
# itself): kept at exit
_installed = False


def cache_file() -> str:
    """One file per checkout (its folder), Python build and optimisation level: code
    compiled by one is not another's."""
    from .syntax.tables import cache_dir
    here = os.path.dirname(os.path.abspath(__file__))
    where = f"{_FORMAT}\0{here}\0{sys.version}\0{sys.flags.optimize}"
    return os.path.join(cache_dir(), f"modules-{zlib.crc32(where.encode()):08x}.marshal")


def install() -> None:
    """Serve wlinterp's modules from the cache from now on in this process (once)."""
    global _installed
    if _installed:
        return
    _installed = True
    where = cache_file()  # (syntax/tables.py and its one import: the usual way)
    sys.meta_path.insert(0, _Finder)  # (before the path finder, which would find them)
    try:
        _kept.update(_read(where))
    except Exception:  # noqa: BLE001 (none yet, unreadable, or damaged into anything
        # marshal decodes: a list for its table stopped every start with a traceback)
        pass  # every module the usual way, kept at exit
    atexit.register(_save)


def _read(where: str) -> dict[str, Kept]:
    """The cache's table of modules, their code left in the mapped file. The file: the
    table's length (8 bytes), the table (name -> source path, folders, mtime_ns, size,
    offset and length of the code), then the modules' marshalled code. Mapped rather
    than read: reading 6 MB into memory cost more page faults than the imports saved.
    Read on Windows, where a mapped file cannot be replaced (the next write of the cache,
    by this process at exit or another, would fail for as long as a run maps it)."""
    with open(where, "rb") as f:
        if sys.platform == "win32":
            view = memoryview(f.read())
        else:
            import mmap
            view = memoryview(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
    size = int.from_bytes(view[:8], "little")
    table = marshal.loads(view[8:8 + size])
    if not isinstance(table, dict) or table.get("format") != _FORMAT:
        return {}
    base = 8 + size
    kept = {name: (path, folders, mtime, length, view[base + start:base + end])
            for name, (path, folders, mtime, length, start, end)
            in table["modules"].items()}
    if not all(isinstance(k[0], str) and type(k[2]) is type(k[3]) is int
               for k in kept.values()):  # (a damaged table: os.stat(None) at an import)
        return {}
    return kept


class _Finder:
    """Finds a wlinterp module in the cache when its source is unchanged; else lets the
    other finders find it, and keeps what their loader compiles."""

    @staticmethod
    def find_spec(name: str, path: Sequence[str] | None = None,
                  target: Any = None) -> ModuleSpec | None:
        if not name.startswith("wlinterp."):
            return None
        kept = _kept.get(name)
        if kept is not None and _unchanged(kept):
            origin, folders = kept[0], kept[1]
            return spec_from_file_location(name, origin, loader=_KeptLoader(name, origin),
                                           submodule_search_locations=folders)
        return _found_elsewhere(name, path, target)

    @staticmethod
    def invalidate_caches() -> None:
        """(importlib.invalidate_caches asks every finder: nothing cached here to drop)"""


def _unchanged(kept: Kept) -> bool:
    try:
        st = os.stat(kept[0])
    except OSError:
        return False
    return st.st_mtime_ns == kept[2] and st.st_size == kept[3]


def _found_elsewhere(name: str, path: Sequence[str] | None,
                     target: Any) -> ModuleSpec | None:
    """The spec the other finders give, its loader made to keep the code it reads."""
    for finder in sys.meta_path:
        find = getattr(finder, "find_spec", None)
        if finder is _Finder or find is None:
            continue
        spec = find(name, path, target)
        if spec is None:
            continue
        if type(spec.loader) is SourceFileLoader and spec.origin:
            loader = _KeepingLoader(name, spec.origin)
            loader.folders = spec.submodule_search_locations
            spec.loader = loader
        return spec
    return None


class _KeptLoader(SourceFileLoader):
    """Loads a module from the code kept for it (checked unchanged by the finder)."""

    def get_code(self, fullname: str) -> Any:
        try:
            code = marshal.loads(_kept[fullname][4])
        except (EOFError, ValueError, TypeError):
            code = None
        if type(code) is not CodeType:  # a damaged cache: the source, the usual way
            return super().get_code(fullname)
        return code


class _KeepingLoader(SourceFileLoader):
    """Loads a module the usual way and keeps its code for the next start."""

    folders: Any = None

    def get_code(self, fullname: str) -> Any:
        try:
            st = os.stat(self.path)  # before reading: an edit meanwhile is seen next time
        except OSError:
            st = None
        code = super().get_code(fullname)
        if st is not None and code is not None:  # (marshalled at exit, if it comes)
            folders = list(self.folders) if self.folders is not None else None
            _fresh[fullname] = (self.path, folders, st.st_mtime_ns, st.st_size, code)
        return code


def _save() -> None:
    """At exit, when some module was imported the usual way: the cache with its code
    (written atomically: another process may be reading it)."""
    if not _fresh:
        return
    where = cache_file()
    try:
        os.makedirs(os.path.dirname(where), exist_ok=True)
        if os.access(os.path.dirname(where), os.W_OK):  # (else not even the work)
            _write(where)
    except (Exception, KeyboardInterrupt):  # noqa: BLE001 (MemoryError under
        # --max-memory, a full disk, Ctrl-C while the file is written: Python printed
        # "Exception ignored in atexit callback" and a traceback): nothing printed at
        # exit, the cache only saves time
        pass


def _write(where: str) -> None:
    """The cache file: what was kept and is still current (a removed or changed module
    this run did not import is dropped), and what this run read."""
    from .syntax.tables import write_atomic
    table: dict[str, tuple[Any, ...]] = {}
    parts: list[Any] = []
    offset = 0
    current = {name: kept for name, kept in _kept.items()
               if name not in _fresh and _unchanged(kept)}
    fresh = {name: (*kept[:4], marshal.dumps(kept[4])) for name, kept in _fresh.items()}
    for name, (path, folders, mtime, size, code) in {**current, **fresh}.items():
        table[name] = (path, folders, mtime, size, offset, offset + len(code))
        parts.append(code)
        offset += len(code)
    head = marshal.dumps({"format": _FORMAT, "modules": table})
    write_atomic(where, len(head).to_bytes(8, "little") + head + b"".join(parts))
