"""The parser tables are cached on disk, keyed by the grammar, and rebuilt when the
grammar changes or the cache file is damaged."""
from __future__ import annotations

from pathlib import Path

import pytest

from wlinterp.syntax import tables
from wlinterp.syntax.builder import Builder
from wlinterp.syntax.parser import get_parser


def _shape(t: tables.Tables) -> tuple[object, ...]:
    states, start, end, _ = t
    return start, end, states


def test_tables_are_written_then_read_back(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path))
    built = tables.driver_tables(get_parser, Builder)
    (cached,) = tmp_path.glob("tables-*.pickle")

    def no_lark() -> None:
        raise AssertionError("the cache should have been used")

    again = tables.driver_tables(no_lark, Builder)
    assert _shape(again) == _shape(built)
    assert all(callable(again[3][arg[2]]) for row in again[0].values()
               for shift, arg in row.values() if not shift)
    assert cached.stat().st_size > 1000


def test_a_changed_grammar_gets_new_tables(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path))
    tables.driver_tables(get_parser, Builder)
    grammar = tables._grammar_text()
    monkeypatch.setattr(tables, "_grammar_text", lambda: grammar + "\n// changed\n")
    builds = []
    tables.driver_tables(lambda: builds.append(1) or get_parser(), Builder)
    assert builds == [1] and len(list(tmp_path.glob("tables-*.pickle"))) == 2


def test_a_damaged_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path))
    tables.driver_tables(get_parser, Builder)
    (cached,) = tmp_path.glob("tables-*.pickle")
    cached.write_bytes(b"not a pickle")
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
