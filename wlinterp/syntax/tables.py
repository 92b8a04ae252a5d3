"""The LALR tables of the grammar, cached on disk so that a start needs neither Lark nor
the grammar's analysis.

Building the Lark parser (even from Lark's own cache) and re-keying its table for our
driver cost most of a short script's start-up, and importing Lark alone a quarter of it.
This module stores everything the driver needs as plain data (marshal: dicts, tuples,
ints, strings) in the user's cache folder: the table re-keyed for the driver, and for each
rule the shape of its reduction (the builder method it calls, which children it keeps,
splices or pads with None, whether a single child passes through) as Lark's tree builder
computes it. At load, the reduction callbacks are closures over the AST builder made from
that data, so Lark is imported only to build the tables once.

The file name holds a checksum of the grammar's text and this format's version: a changed
grammar is never served stale tables. (Lark's version is not in the key: the stored table
is complete in itself, and Lark is only its builder.)

Cache folder: `WL_CACHE_DIR`, else `%LOCALAPPDATA%\\wlinterp` on Windows, else
`$XDG_CACHE_HOME/wlinterp` or `~/.cache/wlinterp`. An unwritable folder only costs time.
"""
from __future__ import annotations

__all__ = ["driver_tables", "cache_dir", "grammar_key", "write_atomic", "Tables", "lark_callbacks"]

import marshal
import os
import sys
import zlib
from functools import partial
from operator import itemgetter
from typing import Any, Callable

# (states, start state, end state, rules); a state maps a terminal (or, for the goto
# after a reduction, a rule's origin) to an action: >= 0 shifts to (goes to) that state,
# ~i reduces by rule i; a rule is (size, origin, callback); callback None: the one child
# passes through. Ints keep the stored table
# small and quick to load (one int per entry, no tuples).
Tables = tuple[dict[int, dict[str, int]], int, int, list[tuple[int, str, Any]]]
_FORMAT = 3


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


class Tree:
    """What a rule without a builder method makes (a `_rule` whose children the parent
    splices in): Lark's Tree reduced to what the driver uses."""

    __slots__ = ("data", "children", "meta")

    def __init__(self, data: str, children: list[Any], meta: Any = None) -> None:
        self.data = data
        self.children = children
        self.meta = meta

    def __repr__(self) -> str:
        return f"Tree({self.data!r}, {self.children!r})"


def _by_default(default: Callable[..., Any], name: str, children: list[Any]) -> Any:
    """A rule without a method of a builder that has `__default__` (as Lark calls it)."""
    return default(name, children, None)


def _callback(builder: Any, shape: tuple[Any, ...], size: int) -> Callable[[list[Any]], Any] | None:
    """The reduction of one rule, as Lark's ParseTreeBuilder would make it for the LALR
    parser with placeholders: filter the children, pass a single one through (`?rule`),
    else call the builder's method (or its `__default__`, or make a Tree). None for a
    `?rule` of one symbol that keeps it: the value passes through, and the driver only
    changes state (half the reductions of a typical program, each a call saved). A `?rule`
    that keeps one child of several is `itemgetter` (no Python frame)."""
    name, expand1, include, append_none = shape
    if expand1 and include is None and size == 1:
        return None
    if expand1 and include is not None and len(include) == 1 and not include[0][1] \
            and not include[0][2] and not append_none:
        return itemgetter(include[0][0])  # `stmt: simple _NL`: the one kept child
    method = getattr(builder, name, None)
    if method is None:
        default = getattr(builder, "__default__", None)
        # a rule without a method: its Tree (as Lark makes it), or the builder's default
        method = partial(Tree, name) if default is None else partial(_by_default, default, name)
    f = method
    if expand1:
        inner = f

        def f(children: list[Any]) -> Any:
            return children[0] if len(children) == 1 else inner(children)
    if include is None:
        return f
    build = f
    if append_none or any(add_none for _, _, add_none in include):
        def child_filter(children: list[Any]) -> Any:
            filtered: list[Any] = []
            for i, to_expand, add_none in include:
                if add_none:
                    filtered += [None] * add_none
                if to_expand:
                    if filtered:
                        filtered += children[i].children
                    else:  # left recursion: take the list over (as Lark does)
                        filtered = children[i].children
                else:
                    filtered.append(children[i])
            if append_none:
                filtered += [None] * append_none
            return build(filtered)
        return child_filter
    if include and include[0][1] and not any(x for _, x, _ in include[1:]):
        first, rest = include[0][0], [i for i, _, _ in include[1:]]

        def grow(children: list[Any]) -> Any:  # `__list: __list item`: left recursion
            filtered = children[first].children  # taken over (as Lark does)
            filtered += [children[i] for i in rest]
            return build(filtered)
        return grow
    pairs = [(i, x) for i, x, _ in include]

    def pick(children: list[Any]) -> Any:
        filtered: list[Any] = []
        for i, to_expand in pairs:
            if to_expand:
                if filtered:
                    filtered += children[i].children
                else:  # left recursion: take the list over (as Lark does)
                    filtered = children[i].children
            else:
                filtered.append(children[i])
        return build(filtered)
    return pick


def _rebuild(stored: dict[str, Any], make_builder: Callable[[], Any]) -> Tables:
    """The stored table with the reduction callbacks made afresh from the rule shapes."""
    builder = make_builder()
    rules = [(size, origin, _callback(builder, shape, size))
             for (size, origin), shape in zip(stored["reductions"], stored["rules"])]
    return stored["states"], stored["start"], stored["end"], rules


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
    states = {state: {str(term): arg if action is Shift else ~index[id(arg)]
                      for term, (action, arg) in actions.items()}
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
