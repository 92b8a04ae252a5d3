"""The LALR tables of the grammar, cached on disk so that a start does not rebuild them.

Building the Lark parser (even from Lark's own cache) and re-keying its table for our
driver cost most of a short script's start-up. This module stores the driver's table
itself (plain dicts and ints, plus Lark's rule objects) in the user's cache folder under
a key made of the grammar's text, Lark's version and this format's version, so that a
changed grammar (or Lark) is never served stale tables. At load, only the reduction
callbacks are rebuilt from the rules (they call the AST builder, which is code, not data).

Cache folder: `WL_CACHE_DIR`, else `%LOCALAPPDATA%\\wlinterp` on Windows, else
`$XDG_CACHE_HOME/wlinterp` or `~/.cache/wlinterp`. An unwritable folder only costs time.
"""
from __future__ import annotations

__all__ = ["driver_tables", "cache_dir", "write_atomic", "Tables"]

import hashlib
import os
import pickle
import sys
from typing import Any, Callable

# (states, start state, end state, reduction callbacks by rule index); a state maps a
# terminal to (True, next state) or (False, (size, origin, rule index)).
Tables = tuple[dict[int, dict[str, tuple[bool, Any]]], int, int, list[Any]]
_FORMAT = 1


def cache_dir() -> str:
    """Where wlinterp keeps its caches."""
    explicit = os.environ.get("WL_CACHE_DIR")
    if explicit:
        return explicit
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return os.path.join(os.environ["LOCALAPPDATA"], "wlinterp")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "wlinterp")


def _grammar_text() -> str:
    from importlib.resources import files
    return files("wlinterp.grammar").joinpath("wlanguage.lark").read_text(encoding="utf-8")


def _cache_path(grammar: str) -> str:
    import lark
    key = hashlib.sha256(f"{_FORMAT}\0{lark.__version__}\0{grammar}".encode()).hexdigest()
    return os.path.join(cache_dir(), f"tables-{key[:32]}.pickle")


def _rebuild(stored: dict[str, Any], make_builder: Callable[[], Any]) -> Tables:
    """The stored table with the reduction callbacks made afresh from the rules (the table
    itself is used as loaded: reductions name their callback by rule index)."""
    from lark import Tree
    from lark.parse_tree_builder import ParseTreeBuilder
    rules = stored["rules"]
    callbacks = ParseTreeBuilder(rules, Tree, False, False, True).create_callback(make_builder())
    return stored["states"], stored["start"], stored["end"], [callbacks[r] for r in rules]


def _from_lark(lark_parser: Any) -> dict[str, Any]:
    """The storable form of a built Lark parser's table: reductions name their rule by
    its index in `rules`."""
    from lark.parsers.lalr_analysis import Shift
    frontend = lark_parser.parser.parser.parser
    table = frontend.parse_table
    rules = list(lark_parser.rules)
    index = {id(rule): i for i, rule in enumerate(rules)}
    states: dict[int, dict[str, tuple[bool, Any]]] = {}
    for state, actions in table.states.items():
        states[state] = {str(term): (True, arg) if action is Shift else
                         (False, (len(arg.expansion), str(arg.origin.name), index[id(arg)]))
                         for term, (action, arg) in actions.items()}
    return {"rules": rules, "states": states, "start": table.start_states["start"],
            "end": table.end_states["start"]}


def write_atomic(path: str, data: bytes) -> None:
    """Write a cache file atomically (another process may be reading it); failing only
    costs the next start the time to rebuild."""
    import tempfile
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        pass


def _write(path: str, stored: dict[str, Any]) -> None:
    write_atomic(path, pickle.dumps(stored, protocol=pickle.HIGHEST_PROTOCOL))


def driver_tables(build_lark: Callable[[], Any], make_builder: Callable[[], Any]) -> Tables:
    """The tables from the cache, or from `build_lark()` (then cached)."""
    path = _cache_path(_grammar_text())
    try:
        with open(path, "rb") as f:
            stored = pickle.load(f)
        return _rebuild(stored, make_builder)
    except (OSError, pickle.UnpicklingError, EOFError, KeyError, IndexError, TypeError,
            AttributeError, ValueError):
        pass  # no cache yet, or an unreadable one: build and store
    stored = _from_lark(build_lark())
    _write(path, stored)
    return _rebuild(stored, make_builder)
