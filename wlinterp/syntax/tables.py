"""The LALR tables of the grammar, cached on disk so that a start needs neither Lark nor
the grammar's analysis.

Building the Lark parser (even from Lark's own cache) and re-keying its table for our
driver cost most of a short script's start-up, and importing Lark alone a quarter of it.
This module stores everything the driver needs as plain data (marshal: dicts, tuples,
ints, strings) in the user's cache folder: the table re-keyed for the driver, and for each
rule the shape of its reduction (the builder method it calls, which children it keeps,
splices or pads with None, whether a single child passes through) as Lark's tree builder
computes it. At load, the reduction callbacks are made from that data for the AST builder
(reductions.py), so Lark is imported only to build the tables once.

The file name holds a checksum of the grammar's text and this format's version: a changed
grammar is never served stale tables. (Lark's version is not in the key: the stored table
is complete in itself, and Lark is only its builder.)

Cache folder: `WL_CACHE_DIR`, else `%LOCALAPPDATA%\\wlinterp` on Windows, else
`$XDG_CACHE_HOME/wlinterp` or `~/.cache/wlinterp`. An unwritable folder only costs time.
"""
from __future__ import annotations

__all__ = ["driver_tables", "cache_dir", "grammar_key", "write_atomic", "Tables", "lark_callbacks",
           "read_row", "read_all"]

import marshal
import os
import sys
import zlib
from typing import Any, Callable

from .reductions import Tree, reductions

# (states, start state, end state, rules); a state maps a terminal (or, for the goto
# after a reduction, a rule's origin) to an action: >= 0 shifts to (goes to) that state,
# ~i reduces by rule i; a rule is (size, origin, callback); callback None: the one child
# passes through. Ints keep the stored table
# small and quick to load (one int per entry, no tuples).
# A state's row is read from the cache the first time the driver meets the state: until
# then `states[s]` holds the row's marshalled bytes (`read_row`). Reading all 1,661 rows
# (45,000 entries) was about 2.5 ms of every start, and a short script meets a few dozen
# states; indexing bytes by a terminal's name fails, which is how the driver tells an
# unread row (parser.py), so the rows it has read cost what they did.
Tables = tuple[dict[int, Any], int, int, list[tuple[int, str, Any]]]
_FORMAT = 4


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
    from .. import grammar  # the package's own folder: no importlib.resources at start-up
    path = os.path.join(os.path.dirname(os.path.abspath(grammar.__file__)), "wlanguage.lark")
    with open(path, encoding="utf-8") as f:
        return f.read()


def grammar_key() -> str:
    """Identifies the grammar the parser is built from (caches of parse results use it)."""
    return os.path.basename(_cache_path(_grammar_text()))


def _cache_path(grammar: str) -> str:
    data = f"{_FORMAT}\0{grammar}".encode()
    key = f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"
    return os.path.join(cache_dir(), f"tables-{key}.marshal")


def _rebuild(stored: dict[str, Any], make_builder: Callable[[], Any]) -> Tables:
    """The stored table with the reduction callbacks made afresh from the rule shapes."""
    rules = reductions(stored["reductions"], stored["rules"], make_builder())
    return stored["states"], stored["start"], stored["end"], rules


def read_row(states: dict[int, Any], state: int) -> dict[str, int]:
    """The row of `state`, read from its stored bytes the first time."""
    row = states[state]
    if type(row) is bytes:
        row = states[state] = marshal.loads(row)
    return row


def read_all(states: dict[int, Any]) -> dict[int, dict[str, int]]:
    """Every row read (for whatever looks at the whole table: tests, tools)."""
    for state in states:
        read_row(states, state)
    return states


def _rule_shape(rule: Any) -> tuple[Any, ...]:
    """(builder method name, expand single child, children to include or None, Nones to
    append): what Lark's tree builder does on reducing `rule`, as data."""
    from lark.parse_tree_builder import ChildFilterLALR, maybe_create_child_filter
    options = rule.options
    name = rule.alias or options.template_source or rule.origin.name
    expand1 = bool(options.expand1 and not rule.alias)
    part = maybe_create_child_filter(rule.expansion, options.keep_all_tokens, False,
                                     options.empty_indices)
    if part is None:
        return (str(name), expand1, None, 0)
    if part.func is ChildFilterLALR:
        include, append_none = part.args
        return (str(name), expand1, tuple((i, bool(x), n) for i, x, n in include),
                append_none)
    (include,) = part.args  # LALR without placeholders: no Nones
    return (str(name), expand1, tuple((i, bool(x), 0) for i, x in include), 0)


def lark_callbacks(lark_parser: Any, builder: Any) -> list[Any]:
    """Lark's own reduction callbacks for the rules, in the stored order (the tests check
    that ours build the same trees)."""
    from lark.parse_tree_builder import ParseTreeBuilder
    rules = list(lark_parser.rules)
    made = ParseTreeBuilder(rules, Tree, False, False, True).create_callback(builder)
    return [made[r] for r in rules]


def _from_lark(lark_parser: Any) -> dict[str, Any]:
    """The storable form of a built Lark parser's table (see `Tables`)."""
    from lark.parsers.lalr_analysis import Shift
    frontend = lark_parser.parser.parser.parser
    table = frontend.parse_table
    rules = list(lark_parser.rules)
    index = {id(rule): i for i, rule in enumerate(rules)}
    states = {state: marshal.dumps({str(term): arg if action is Shift else ~index[id(arg)]
                                    for term, (action, arg) in actions.items()})
              for state, actions in table.states.items()}
    return {"rules": [_rule_shape(r) for r in rules], "states": states,
            "reductions": [(len(r.expansion), str(r.origin.name)) for r in rules],
            "start": table.start_states["start"], "end": table.end_states["start"]}


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


def driver_tables(build_lark: Callable[[], Any], make_builder: Callable[[], Any]) -> Tables:
    """The tables from the cache, or from `build_lark()` (then cached)."""
    path = _cache_path(_grammar_text())
    try:
        with open(path, "rb") as f:
            stored = marshal.loads(f.read())  # one read: load(f) reads piecemeal
        if stored.get("format") == _FORMAT:
            return _rebuild(stored, make_builder)
    except (OSError, EOFError, KeyError, IndexError, TypeError, AttributeError, ValueError):
        pass  # no cache yet, or an unreadable one: build and store
    stored = {"format": _FORMAT, **_from_lark(build_lark())}
    write_atomic(path, marshal.dumps(stored))
    return _rebuild(stored, make_builder)
