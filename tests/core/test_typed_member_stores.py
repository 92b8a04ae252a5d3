"""Every store into a plain `int` member of a structure or an object converts it to an
int of 32 bits: the compiler reads such members of the objects a loop holds without a
type test (compiler/typed_members.py), so a store that escaped conversion would give a
wrong value there, not an error.

Two nets. (1) Every golden program that declares a class or a structure runs with each
structure's members in a dict that notes any store leaving an `int` member holding
anything but an int in range (whatever path wrote it: constructors, `=`, `<=`,
deserialisation, reflection, JSON, indirection, parameters given back...). (2) Programs
that try each path with a real value (3.7, "12", 2^31) and read the member in a loop,
where the typed read is used: a value stored unconverted would print wrongly.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from golden_runner import companion_folder, run_golden
from wlinterp.compiler.member_inline import int_member
from wlinterp.engine import compile_source
from wlinterp.runtime.containers import WLStruct
from wlinterp.runtime.object_lifetime import new_struct

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
_DECLARES = re.compile(r"(?im)\b(?:is|est)\s+(?:an?\s+|une?\s+)?(?:class|classe|structure)\b"
                       r"|^\s*\w+\s+(?:is|est)\s+(?:class|classe|structure)\b")
_SLOT = WLStruct.__dict__["values"]


def _with_structures() -> list[Path]:
    return sorted(p for p in GOLDEN.rglob("*.wl")
                  if _DECLARES.search(p.read_text(encoding="utf-8", errors="replace")))


class _Checked(dict):  # type: ignore[type-arg]
    """A structure's members that note (never raise: the program must run as it does)
    a store leaving an int member without an int of 32 bits."""

    def __init__(self, owner: WLStruct, data: dict[str, Any], bad: list[str]) -> None:
        super().__init__()
        self.owner, self.bad = owner, bad
        self.update(data)

    def __setitem__(self, key: str, value: Any) -> None:
        sdef = self.owner.sdef
        if int_member(sdef, key) and not (type(value) is int and -2**31 <= value < 2**31):
            self.bad.append(f"{sdef.name}.{key} = {value!r}")
        super().__setitem__(key, value)

    def update(self, *args: Any, **kw: Any) -> None:
        for key, value in dict(*args, **kw).items():
            self[key] = value

    def setdefault(self, key: str, value: Any = None) -> Any:
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other: Any) -> "_Checked":
        self.update(other)
        return self


@pytest.fixture
def checked_members(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every WLStruct's members held in a _Checked dict from now on; the list of the
    bad stores seen."""
    bad: list[str] = []

    def get(obj: WLStruct) -> Any:
        return _SLOT.__get__(obj, WLStruct)

    def put(obj: WLStruct, values: Any) -> None:
        if type(values) is dict:
            values = _Checked(obj, values, bad)
        _SLOT.__set__(obj, values)
    monkeypatch.setattr(WLStruct, "values", property(get, put))
    return bad


@pytest.mark.parametrize("path", _with_structures(), ids=lambda p: str(p.relative_to(GOLDEN)))
def test_golden_stores_keep_int_members_ints(path: Path, checked_members: list[str]) -> None:
    run_golden(path.read_text(encoding="utf-8"), path.name,
               companions=companion_folder(path))
    assert checked_members == []


HFSQL_CASES = Path(__file__).resolve().parents[1] / "hfsql" / "cases"
SHOP = Path(__file__).resolve().parents[2] / "samples" / "orders" / "shop.xdd"


@pytest.mark.parametrize("name", ["file_to_array_en.wl", "file_to_array_fr.wl",
                                  "file_to_memory_en.wl", "file_to_memory_fr.wl"])
def test_records_read_into_structures_keep_int_members_ints(
        name: str, tmp_path: Path, checked_members: list[str]) -> None:
    """FileToArray and FileToMemory fill structures from a file's records (SQLite)."""
    path = HFSQL_CASES / name
    problems = run_golden(path.read_text(encoding="utf-8"), str(path),
                          {"analysis": str(SHOP), "db": f"sqlite:{tmp_path / 'test.db'}"})
    assert problems == [] and checked_members == []


def test_the_net_sees_a_bad_store(checked_members: list[str]) -> None:
    """The check itself: a store written behind the runtime's back is noted."""
    compiled = compile_source("P is Structure\n x is int\nEND\n", "<t>")
    obj = new_struct(compiled.consts["__structs__"]["p"], None)
    obj.values["x"] = 7
    assert checked_members == []
    obj.values["x"] = 3.5
    obj.values.update(x="12")
    assert checked_members == ["P.x = 3.5", "P.x = '12'"]


_VERSIONED = re.compile(r"\n\s+if (?:v_o is )?_t\d+[^\n]*:\n\s+v_t = ")
_POINT = "CPoint is Class\n    x is int\n    r is real\nEND\n"


def _py(body: str) -> str:
    return compile_source(_POINT + body, "<t>").source_py


def test_a_statement_reading_held_int_members_gets_an_untested_version() -> None:
    """`t = t + o.x + p.x` in a loop: one test of both objects for the statement, then
    the members' values added natively and only the int's range tested."""
    # the loops call a procedure that frees (the objects' dicts tested: held_proofs.py)
    freeing = "PROCEDURE Drop()\nd is CPoint dynamic = new CPoint\ndelete d\n"
    py = _py("o is CPoint\np is CPoint\nt is int\nFOR i = 1 TO 3\n    t = t + o.x + p.x\n"
             "    Drop()\nEND\n" + freeing)
    fast = re.search(r"\n        if _t\d+ and v_o.values is (_t\d+) and _t\d+ "
                     r"and v_p.values is (_t\d+):\n            v_t = "
                     r"\((_t\d+) if -2147483648 <= \(\3 := \(\(v_t \+ \1\['x'\]\) \+ "
                     r"\2\['x'\]\)\) <= 2147483647 else wrap32\(\3\)\)\n"
                     r"        else:\n            v_t = ", py)
    assert fast is not None, py
    py = _py("PROCEDURE CPoint::Sum()\nt is int\nFOR i = 1 TO 3\n    t += x\n    Drop()\n"
             "END\nRESULT t\n" + freeing)
    assert re.search(r"if (?:a__objet is )?_t\d+ and a__objet.values is _t\d+:\n\s+v_t = .*_t\d+\['x'\]\)\) <=", py), py
    py = _py("o is CPoint\np is CPoint\nt is int\nFOR i = 1 TO 3\n    t = t + o.x + p.x\n"
             "END\n")  # nothing frees nor assigns them: each tested once, into a flag
    assert re.search(r"\n        if (_t\d+) and (_t\d+):\n            v_t = \(_t\d+ if "
                     r"-2147483648 <= ", py), py


def test_what_may_change_the_object_keeps_the_tested_reads() -> None:
    """No second version where the statement calls anything (a procedure given `o` by
    address may give it another object before the read), nor for a real member, nor in
    a process with an internal procedure (it may assign `o`), nor in the REPL."""
    for body in ("t = F(o) + o.x", "t = o.r + 1", "t = o.x + t + P"):
        py = _py(f"o is CPoint\nt is int\nFOR i = 1 TO 3\n    {body}\nEND\n"
                 "PROCEDURE F(c)\nRESULT 1\nPROCEDURE P()\nRESULT 2\n")
        assert not _VERSIONED.search(py), (body, py)
    py = _py("o is CPoint\nt is int\nFOR i = 1 TO 3\n    t = t + o.x\nEND\n"
             "INTERNAL PROCEDURE Q()\n    o = new CPoint\nEND\n")
    assert not _VERSIONED.search(py), py
