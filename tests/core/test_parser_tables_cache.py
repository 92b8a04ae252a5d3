"""The parser tables are cached on disk, keyed by the grammar, and rebuilt when the
grammar changes or the cache file is damaged; the reductions made from the cached rule
shapes build the same trees as Lark's own, and parsing does not import Lark."""
from __future__ import annotations

import glob
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wlinterp.errors import WLSyntaxError
from wlinterp.syntax import parser as P
from wlinterp.syntax import tables
from wlinterp.syntax.builder import Builder
from wlinterp.syntax.nodes import dump
from wlinterp.syntax.parser import get_parser


def _shape(t: tables.Tables) -> tuple[object, ...]:
    states, start, end, _ = t
    return start, end, tables.read_all(dict(states))


def test_tables_are_written_then_read_back(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path))
    built = tables.driver_tables(get_parser, Builder)
    (cached,) = tmp_path.glob("tables-*.marshal")

    def no_lark() -> None:
        raise AssertionError("the cache should have been used")

    again = tables.driver_tables(no_lark, Builder)
    assert _shape(again) == _shape(built)
    reductions = [again[3][~action] for row in tables.read_all(again[0]).values()
                  for action in row.values() if action < 0]
    assert all(callable(cb) or (cb is None and size == 1) for size, _, cb in reductions)
    assert any(cb is None for _, _, cb in reductions)  # `?rule`s of one child pass it through
    assert cached.stat().st_size > 1000


def test_a_changed_grammar_gets_new_tables(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path))
    tables.driver_tables(get_parser, Builder)
    grammar = tables._grammar_text()
    monkeypatch.setattr(tables, "_grammar_text", lambda: grammar + "\n// changed\n")
    builds = []
    tables.driver_tables(lambda: builds.append(1) or get_parser(), Builder)
    assert builds == [1] and len(list(tmp_path.glob("tables-*.marshal"))) == 2


def test_a_damaged_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path))
    tables.driver_tables(get_parser, Builder)
    (cached,) = tmp_path.glob("tables-*.marshal")
    cached.write_bytes(b"not marshal data")
    t = tables.driver_tables(get_parser, Builder)
    assert t[0] and cached.stat().st_size > 1000


def test_cache_folder_by_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WL_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    monkeypatch.setattr(tables.sys, "platform", "linux")
    assert tables.cache_dir() == "/somewhere/wlinterp"
    monkeypatch.setattr(tables.sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", "C:\\Users\\lea\\AppData\\Local")
    assert tables.cache_dir().startswith("C:\\Users\\lea\\AppData\\Local")


def test_our_reductions_build_the_trees_lark_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    ours = P._driver_tables()
    lark_rules = [(size, origin, callback) for (size, origin, _), callback
                  in zip(ours[3], tables.lark_callbacks(get_parser(), Builder()))]
    theirs = (*ours[:3], lark_rules)
    files = sorted(glob.glob("tests/golden/**/*.wl", recursive=True))
    texts = [Path(f).read_text(encoding="utf-8") for f in files]
    mine = [_tree(t) for t in texts]
    monkeypatch.setattr(P, "_driver_tables", lambda: theirs)
    assert [_tree(t) for t in texts] == mine
    assert len(texts) > 100 and sum(t.startswith("Program(") for t in mine) > 100


def _tree(text: str) -> str:
    """The AST's dump, or the syntax error (golden files include bad programs)."""
    try:
        return dump(P.parse(text, "x.wl"))
    except WLSyntaxError as err:
        return str(err)


def test_parsing_from_the_cache_does_not_import_lark(tmp_path: Path) -> None:
    code = ("import sys\nfrom wlinterp.syntax.parser import parse\n"
            "parse('x is int = 1\\nIF x > 0 THEN Trace(x)\\n')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'lark'))\n")
    env = {**os.environ, "WL_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                           text=True, check=True).stdout for _ in range(2)]
    assert runs[0].strip() != "[]"  # the first run builds the tables with Lark
    assert runs[1].strip() == "[]"


@pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")
def test_lark_uses_its_shared_cache_only_under_the_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lark rewrites its cache file (in the shared temporary folder) in place: every use
    of it holds the lock beside it, so no process reads a half-rewritten file (one run of
    the test above failed so under load). While Lark runs, the lock cannot be taken."""
    import fcntl
    import tempfile

    from wlinterp.syntax import lark_build
    seen: list[bool] = []

    def open_from_package(*args: object, **kwargs: object) -> str:
        fd = os.open(os.path.join(tempfile.gettempdir(), ".wlinterp-lark-cache.lock"),
                     os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            seen.append(False)
        except BlockingIOError:
            seen.append(True)
        finally:
            os.close(fd)
        assert kwargs.get("cache") is True
        return "parser"

    monkeypatch.setattr(lark_build.Lark, "open_from_package", open_from_package)
    assert lark_build.build_lark() == "parser"
    assert seen == [True]


def test_rows_are_read_as_the_driver_meets_their_states(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A state's row stays stored bytes until a parse meets the state: a short script
    reads a few of the table's rows, and parses as a table read whole would."""
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path))
    tables.driver_tables(get_parser, Builder)  # written to this cache
    lazy = tables.driver_tables(get_parser, Builder)
    states = lazy[0]
    assert all(type(row) is bytes for row in states.values())
    whole = (tables.read_all(dict(states)), *lazy[1:])
    monkeypatch.setattr(P, "_driver_tables", lambda: lazy)
    text = "x is int = 1\nIF x > 0 THEN Trace(x)\nFOR i = 1 TO 3\nx += i\nEND\n"
    short = _tree(text)
    read = sum(type(row) is not bytes for row in states.values())
    assert 0 < read < len(states) // 4
    assert _tree("IF x THEN\n").startswith("x.wl:")  # an error on a row read meanwhile
    monkeypatch.setattr(P, "_driver_tables", lambda: whole)
    assert _tree(text) == short and short.startswith("Program(")


def test_a_rule_s_reduction_is_made_when_the_rule_is_first_reduced(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each rule's callback is made at its first reduction (reductions.py `_first`), then
    stands in its place; the trees are those of callbacks all made at once."""
    from functools import partial

    from wlinterp.syntax import reductions as R
    states, start, end, rules = P._driver_tables()
    made = [(size, origin, R.callback(Builder(), shape, size) if cb is not None else None)
            for (size, origin, cb), shape in zip(rules, _shapes())]
    fresh = R.reductions([(size, origin) for size, origin, _ in rules], _shapes(), Builder())
    waiting = sum(isinstance(cb, partial) and cb.func is R._first for _, _, cb in fresh)
    assert waiting > 400 and [cb is None for *_, cb in fresh] == [cb is None for *_, cb in made]
    text = "x is int = 1\nIF x > 0 THEN Trace(x)\nFOR i = 1 TO 3\nx += i\nEND\n"
    monkeypatch.setattr(P, "_driver_tables", lambda: (states, start, end, fresh))
    lazy = _tree(text)
    left = sum(isinstance(cb, partial) and cb.func is R._first for _, _, cb in fresh)
    assert 0 < waiting - left < waiting // 4  # a few dozen made
    monkeypatch.setattr(P, "_driver_tables", lambda: (states, start, end, made))
    assert _tree(text) == lazy and lazy.startswith("Program(")


def _shapes() -> list:
    """The rule shapes of the cached tables."""
    import marshal
    path = tables._cache_path(tables._grammar_text())
    with open(path, "rb") as f:
        return marshal.loads(f.read())["rules"]  # type: ignore[no-any-return]
