"""records.py behaves as the dataclasses it replaces on the start-up path (defaults,
factories, equality, hashing, frozen records, repr, replace), and `wl run` on a one-line
script imports neither `dataclasses` nor what it drags in (`inspect`, `ast`)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wlinterp.errors import Position
from wlinterp.records import FrozenInstanceError, field, fields, record, replace
from wlinterp.runtime.kinds import Kind
from wlinterp.runtime.types import TypeSpec


@record
class Item:
    name: str
    tags: list[str] = field(default_factory=list)
    count: int = 0
    secret: str = field(default="", repr=False)


@record(frozen=True)
class Point:
    x: int
    y: int = 0


@record
class Node:
    name: str
    parent: "Node | None" = None


def test_defaults_factories_and_fields() -> None:
    a = Item("a")
    assert (a.name, a.tags, a.count, a.secret) == ("a", [], 0, "")
    assert a.tags is not Item("b").tags
    assert [f.name for f in fields(Item)] == ["name", "tags", "count", "secret"]
    assert Item.count == 0 and "tags" not in Item.__dict__  # as dataclasses leaves them
    assert Item("c", count=2, tags=["t"]) == Item("c", ["t"], 2)
    with pytest.raises(TypeError):
        Item()  # type: ignore[call-arg]


def test_equality_and_hash() -> None:
    assert Item("a") == Item("a") and Item("a") != Item("a", count=1) and Item("a") != "a"
    with pytest.raises(TypeError):
        hash(Item("a"))
    assert Point(1, 2) == Point(1, 2) and hash(Point(1, 2)) == hash(Point(1, 2))
    assert len({Point(1), Point(1), Point(2)}) == 2
    spec = TypeSpec(Kind.ARRAY, elem=TypeSpec(Kind.INT), dims=(3,))
    assert {spec: 1}[TypeSpec(Kind.ARRAY, elem=TypeSpec(Kind.INT), dims=(3,))] == 1


def test_frozen_records_refuse_assignment() -> None:
    p = Position("f.wl", 1, 2)
    with pytest.raises(FrozenInstanceError):
        p.line = 3  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del p.column  # type: ignore[misc]
    assert (p.filename, p.line, p.column) == ("f.wl", 1, 2)


def test_repr_leaves_out_repr_false_fields_and_stops_on_cycles() -> None:
    assert repr(Item("a", secret="s")) == "Item(name='a', tags=[], count=0)"
    n = Node("n")
    n.parent = n
    assert repr(n) == "Node(name='n', parent=...)"


def test_replace_copies_with_changes() -> None:
    a = Item("a", ["t"], 2)
    b = replace(a, count=3)
    assert b == Item("a", ["t"], 3) and a.count == 2 and b.tags is a.tags
    assert replace(Point(1, 2), y=5) == Point(1, 5)


def test_wl_run_does_not_import_dataclasses(tmp_path: Path) -> None:
    script = tmp_path / "one.wl"
    script.write_text('Trace("ok")\n', encoding="utf-8")
    code = ("import runpy, sys\n"
            f"sys.argv = ['wl', 'run', {str(script)!r}]\n"
            "try:\n    runpy.run_module('wlinterp', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in ('dataclasses', 'inspect', 'ast') if m in sys.modules))\n")
    env = {**os.environ, "WL_CACHE_DIR": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                           text=True, check=True).stdout for _ in range(2)]
    assert runs[1].splitlines() == ["ok", "[]"]  # the first run fills the caches (Lark...)
