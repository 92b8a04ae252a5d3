"""The verdicts of the library probe (sources.is_procedure_library), kept between runs.

Without a project marker, every run looks at each `.wl` file beside the script to decide
whether it is a procedure library (loaded) or another script (left alone), and that needs a
parse: 50 neighbouring scripts of 140 lines cost seconds on every `wl run`. A verdict only
changes when the file does, so it is kept per folder in the user's cache folder
(`WL_CACHE_DIR`, see syntax/tables.py), keyed by file name with its size, modification
time (ns) and inode, for one parser (the wlinterp version and the grammar); an unreadable
or unwritable cache only costs the parse.
"""
from __future__ import annotations

__all__ = ["ProbeCache"]

import marshal
import os
import zlib
from typing import Callable

_FORMAT = 1


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
        self.entries: dict[str, tuple[int, int, int, bool]] = {}
        self.changed = False
        try:
            with open(self.path, "rb") as f:
                stored = marshal.loads(f.read())
            if stored["identity"] == self.identity and stored["folder"] == self.folder:
                self.entries = dict(stored["entries"])
        except (OSError, ValueError, EOFError, TypeError, KeyError):
            pass

    def verdict(self, path: str, decide: Callable[[str], bool]) -> bool:
        """The cached verdict for `path` if the file is unchanged, else `decide(path)`."""
        try:
            st = os.stat(path)
        except OSError:
            return decide(path)
        stamp = (st.st_size, st.st_mtime_ns, st.st_ino)
        name = os.path.basename(path)
        known = self.entries.get(name)
        if known is not None and known[:3] == stamp:
            return known[3]
        result = decide(path)
        self.entries[name] = (*stamp, result)
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
        entries = {n: v for n, v in self.entries.items() if n in present}
        write_atomic(self.path, marshal.dumps({"identity": self.identity,
                                               "folder": self.folder, "entries": entries}))
        self.changed = False
