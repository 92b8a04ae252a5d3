"""Families imported on demand: which stdlib module declares each built-in name.

Importing every family costs more than a one-line script's whole run (the HFSQL and
e-mail families pull in their runtimes), so the shared registry starts empty and a
lookup of a name imports the one module that declares it. The name index (folded name ->
module, with the EN/FR names, family and arity for tools) is not written by hand: it is
what importing every family registers (the `Family` decorators are the only source),
computed once and kept in the user's cache folder (wlinterp/syntax/tables.py
`cache_dir`). It is stored with the size and modification time of every wlinterp and
stdlib source file that importing the families read, and the list of modules in the
stdlib folder: any change there (an edited family, a new family file, a changed helper a
family registers from) makes the next start rebuild it. It is also stored with wlinterp's
version: an upgrade installed where the old one was may keep every file's size and
modification time (installers that take them from the wheel, which reproducible builds
set to one fixed date), so a family changed without changing its size would otherwise be
served the old index. An unwritable cache folder only
costs time (every family is imported, as before). A lookup the index answers wrongly
(a file changed within the timestamp's resolution) imports every family and rewrites it;
so does a name it lacks that a family declares (`FamilyLoader.missed`).
"""
from __future__ import annotations

__all__ = ["FamilyLoader", "LazyTable", "stdlib_modules", "index_of", "cache_file"]

import importlib
import marshal
import os
import sys
import zlib
from typing import Any, Iterator

_FORMAT = 2  # 2: the rows kept marshalled apart, the modules by name read at start
KINDS = ("function", "constant", "variable", "type")


def _stdlib_dir() -> str:
    from . import stdlib  # its __init__ only names the families: it imports none
    return os.path.dirname(os.path.abspath(stdlib.__file__))


def stdlib_modules() -> list[str]:
    """Every family module: those `stdlib.FAMILIES` orders first (help output lists
    families in that order), then any other module of the folder, so a new family file
    is picked up without being listed anywhere."""
    from . import stdlib
    found = sorted(name[:-3] for name in os.listdir(_stdlib_dir())
                   if name.endswith(".py") and not name.startswith("_"))
    ordered = [m for m in stdlib.FAMILIES if m in found]
    return [f"wlinterp.stdlib.{m}" for m in ordered + [m for m in found if m not in ordered]]


_ABSENT = object()


class LazyTable(dict):
    """A registry table that imports the family declaring a name on its first lookup;
    listing it (iteration, len, items...) imports every family first."""

    __slots__ = ("_kind", "_loader")

    def __init__(self, kind: str, loader: FamilyLoader) -> None:
        super().__init__()
        self._kind = kind
        self._loader = loader

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or self._loader.fault(self._kind, key)

    def __getitem__(self, key: str) -> Any:
        try:
            return dict.__getitem__(self, key)
        except KeyError:
            if self._loader.fault(self._kind, key):
                return dict.__getitem__(self, key)
            raise

    def get(self, key: str, default: Any = None) -> Any:
        found = dict.get(self, key, _ABSENT)  # the common case: one call
        if found is not _ABSENT:
            return found
        return dict.get(self, key, default) if self._loader.fault(self._kind, key) else default

    def _full(self) -> LazyTable:
        self._loader.load_all()
        return self

    def __iter__(self) -> Iterator[str]:
        return dict.__iter__(self._full())

    def __len__(self) -> int:
        return dict.__len__(self._full())

    def keys(self) -> Any:
        return dict.keys(self._full())

    def values(self) -> Any:
        return dict.values(self._full())

    def items(self) -> Any:
        return dict.items(self._full())

    def copy(self) -> dict[str, Any]:
        return dict(self._full().items())


def index_of(registry: Any) -> dict[str, dict[str, tuple[Any, ...]]]:
    """The index of what the stdlib modules registered in `registry`: kind -> folded name
    -> (module, EN name, FR name, family[, min args, max args])."""
    out: dict[str, dict[str, tuple[Any, ...]]] = {kind: {} for kind in KINDS}
    for kind, table in registry.tables.items():
        for key, item in dict.items(table):
            module = registry.origins.get((kind, key), "")
            if not module.startswith("wlinterp.stdlib."):
                continue  # registered at run time (the REPL's own helper), not a family
            row: tuple[Any, ...] = (module, item.en, item.fr, item.family)
            if kind == "function":
                row += (item.min_args, item.max_args)
            out[kind][key] = row
    return out


def cache_file() -> str:
    """The index's cache file: one per installation (several checkouts may share the
    cache folder) and Python version."""
    from .syntax.tables import cache_dir
    where = f"{_FORMAT}\0{_stdlib_dir()}\0{sys.version}"
    return os.path.join(cache_dir(), f"builtins-{zlib.crc32(where.encode()):08x}.marshal")


def _source_roots() -> tuple[str, ...]:
    here = os.path.dirname(os.path.abspath(__file__))
    return (here + os.sep, _stdlib_dir() + os.sep)


def _dependencies() -> list[tuple[str, int, int]]:
    """(path, mtime_ns, size) of every loaded wlinterp/stdlib source file."""
    roots = _source_roots()
    deps = []
    for module in list(sys.modules.values()):
        path = getattr(module, "__file__", None)
        if path and path.startswith(roots):
            try:
                st = os.stat(path)
            except OSError:
                continue
            deps.append((path, st.st_mtime_ns, st.st_size))
    return sorted(set(deps))


def _version() -> str:
    from . import __version__
    return __version__


def _listing() -> list[str]:
    return sorted(os.listdir(_stdlib_dir()))


def _read_cache() -> dict[str, Any] | None:
    """The cached index if every file it was computed from is unchanged: "modules"
    (kind -> folded name -> module), what a lookup needs, and "index", the whole rows
    still marshalled (only tools and tests read them: unmarshalling some 3,200 tuples was
    most of the cache's cost at every start)."""
    try:
        with open(cache_file(), "rb") as f:
            data = marshal.loads(f.read())  # one read: load(f) reads piecemeal
        if data["format"] != _FORMAT or data["version"] != _version() \
                or data["listing"] != _listing():
            return None
        for path, mtime, size in data["deps"]:
            st = os.stat(path)
            if st.st_mtime_ns != mtime or st.st_size != size:
                return None
        return {"modules": data["modules"], "index": data["index"]}
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        return None


def _write_cache(index: dict[str, Any]) -> None:
    """Write atomically (another process may be reading); failure only costs time."""
    from .syntax.tables import write_atomic
    data = {"format": _FORMAT, "version": _version(), "listing": _listing(),
            "deps": _dependencies(), "modules": _modules(index), "index": marshal.dumps(index)}
    write_atomic(cache_file(), marshal.dumps(data))


def _modules(index: dict[str, dict[str, tuple[Any, ...]]]) -> dict[str, dict[str, str]]:
    """kind -> folded name -> the module declaring it: what `FamilyLoader.fault` reads."""
    return {kind: {key: row[0] for key, row in rows.items()} for kind, rows in index.items()}


class FamilyLoader:
    """Imports families as the shared registry's lookups need them."""

    def __init__(self) -> None:
        self.registry: Any = None
        self._index: dict[str, dict[str, tuple[Any, ...]]] | None = None
        self._modules: dict[str, dict[str, str]] | None = None
        self._rows: bytes | None = None  # the cache's marshalled index, until asked
        self._all = False

    def table(self, kind: str) -> LazyTable:
        return LazyTable(kind, self)

    def index(self) -> dict[str, dict[str, tuple[Any, ...]]]:
        """The name index, whole rows: from the cache, else computed by importing every
        family."""
        if self._index is None:
            if self._rows is None:
                self.modules()
            if self._index is None and self._rows is not None:
                self._index = marshal.loads(self._rows)
        assert self._index is not None
        return self._index

    def modules(self) -> dict[str, dict[str, str]]:
        """kind -> folded name -> its module: from the cache (its rows left marshalled),
        else computed by importing every family."""
        if self._modules is None:
            cached = _read_cache()
            if cached is None:
                self._set_index(self._computed())
            else:
                self._modules, self._rows = cached["modules"], cached["index"]
        assert self._modules is not None
        return self._modules

    def _computed(self) -> dict[str, dict[str, tuple[Any, ...]]]:
        """The index of every family, imported, and written to the cache."""
        self.load_all()
        index = index_of(self.registry)
        _write_cache(index)
        return index

    def _set_index(self, index: dict[str, dict[str, tuple[Any, ...]]]) -> None:
        self._index, self._modules, self._rows = index, _modules(index), None

    def fault(self, kind: str, key: object) -> bool:
        """Import the family declaring `key` if the index names one; True if the table
        now has it."""
        if self._all or not isinstance(key, str):
            return False
        module = self.modules()[kind].get(key)
        if module is None:
            return False
        table = self.registry.tables[kind]
        importlib.import_module(module)
        if dict.__contains__(table, key):
            return True
        self._set_index(self._computed())  # the index was wrong: trust only the families
        return dict.__contains__(table, key)

    def missed(self, kind: str, key: str) -> bool:
        """A name the index does not know, about to be reported unknown: import every
        family, and if one declares it after all, the cached index was incomplete (seen
        once: written while a family's file was being rewritten, so that family registered
        nothing, with the file's final size and date recorded): rewrite it. Only the
        unknown-name path calls this, where the "did you mean" list imports every family
        anyway, so a correct index costs nothing more."""
        if self._all:
            return False
        self.load_all()
        if not dict.__contains__(self.registry.tables[kind], key):
            return False
        self._set_index(self._computed())
        return True

    def load_all(self) -> None:
        """Import every family (listings, help and completion need them all), then put
        the families in the stdlib's order whatever order lookups imported them in."""
        if self._all:
            return
        modules = stdlib_modules()
        for module in modules:
            importlib.import_module(module)
        self._all = True
        rank = {m: i for i, m in enumerate(modules)}
        self.registry._families.sort(key=lambda f: rank.get(f.module, len(rank)))
