"""A structure or class declared again by a later REPL input (typed or `.load`ed) is the
new declaration, for the checker and the compiler alike. The compiler kept the first
while the checker read the second: the new members were unknown ('count' is not a
member), a method using one could not assign it, and a GLOBAL member read in a global
method of a `.load`ed file stopped the session with an internal error (LookupError,
found by typing the samples into a session and loading others)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from wlinterp.repl import ReplSession, run_lines
from wlinterp.repl.meta import run_meta

_LOADED = {
    "en": "Counter is a Class\n\tGLOBAL\n\t\tcount is int\nEND\nCounter.Bump()\nCounter.Bump()\n"
          "Trace(Counter.Read())\nPROCEDURE GLOBAL PUBLIC Counter::Bump()\ncount++\n"
          "PROCEDURE GLOBAL Counter::Read() : int\nRESULT count\n",
    "fr": "Counter est une Classe\n\tGLOBALE\n\t\tcount est un entier\nFIN\nCounter.Bump()\n"
          "Counter.Bump()\nTrace(Counter.Read())\nPROCÉDURE GLOBALE PUBLIQUE Counter::Bump()\n"
          "count++\nPROCÉDURE GLOBALE Counter::Read() : entier\nRENVOYER count\n",
}
_FIRST = {"en": "COUNTER is Structure\n  n is int\nEND",
          "fr": "counter est une structure\n  n est un entier\nfin"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_class_loaded_over_a_structure_of_the_same_name(lang: str, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    s = ReplSession(stdout=out, stderr=err)
    run_lines(_FIRST[lang].split("\n"), s)
    path = tmp_path / "counter.wl"
    path.write_text(_LOADED[lang], encoding="utf-8")
    run_meta(f".load {path}", s)
    run_lines(['"alive"'], s)
    assert err.getvalue() == ""
    assert out.getvalue().splitlines()[0] == "2" and out.getvalue().endswith("alive\n")


@pytest.mark.parametrize("first, again", [
    ("CPoint is Class\n  n is int\nEND", "CPoint is Class\n  count is int\nEND"),
    ("CPoint est une Classe\n  n est un entier\nFIN",
     "cpoint EST UNE CLASSE\n  count est un entier\nFIN"),
    ("CPoint is Structure\n  n is int\nEND", "CPoint is Class\n  count is int\nEND"),
])
def test_a_type_declared_again_has_its_new_members(first: str, again: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    s = ReplSession(stdout=out, stderr=err)
    for text in (first, again, "c is CPoint\nc.count = 3\nTrace(c.count)",
                 "PROCEDURE CPoint::Bump()\ncount++", "c.Bump()\nTrace(c.count)"):
        s.execute(text)
    assert (out.getvalue(), err.getvalue()) == ("3\n4\n", "")
