"""Issue 9 asks for golden tests of each H* function in both languages: every function of
the HFSQL families is called, and every constant used, under its English and its French
name, in a golden program of tests/hfsql/cases/ (which run on SQLite and PostgreSQL).
The exceptions need another analysis than the shop's and are tested in the named module
instead."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from wlinterp.registry import load_every_family

HERE = Path(__file__).parent
ELSEWHERE = {"HDeclare": "test_declare.py", "HDeclareExternal": "test_declare.py",
             "HOpenAnalysis": "test_open_analysis.py", "HCloseAnalysis": "test_open_analysis.py"}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _calls(text: str) -> set[str]:
    """The names called in `text`: a word not preceded by a dot (not a method, a
    property) and followed by `(`. Found once for the whole text: a search of the
    cases' text for each of the 500 names cost 2 s of CPU."""
    return set(re.findall(r"(?<![\w.])(\w+)\s*\(", text))


def _words(text: str) -> set[str]:
    """The words of `text` not preceded by a dot."""
    return set(re.findall(r"(?<![\w.])(\w+)", text))


def _called(name: str, calls: set[str]) -> bool:
    folded = _fold(name)
    assert re.fullmatch(r"\w+", folded), name  # else not a word `calls` can hold
    return folded in calls


def test_every_hfsql_function_has_golden_calls_in_both_languages() -> None:
    cases = _calls("\n".join(_fold(p.read_text(encoding="utf-8"))
                              for p in (HERE / "cases").glob("*.wl")))
    builtins = {id(b): b for b in load_every_family().functions.values()
                if b.family.startswith("HFSQL")}.values()
    assert len(builtins) > 120  # the families were all loaded
    missing = []
    for b in builtins:
        where = cases
        if b.en in ELSEWHERE:
            where = _calls(_fold((HERE / ELSEWHERE[b.en]).read_text(encoding="utf-8")))
        missing += [f"{b.family}: {name}" for name in {b.en, b.fr} if not _called(name, where)]
    assert not missing, "no golden call of:\n" + "\n".join(sorted(missing))


def test_every_hfsql_constant_is_used_in_a_golden_in_both_languages() -> None:
    cases = _words("\n".join(_fold(p.read_text(encoding="utf-8"))
                              for p in (HERE / "cases").glob("*.wl")))
    entries = {(e.en, e.fr) for e in load_every_family().constants.values()
               if e.family.startswith("HFSQL")}
    assert len(entries) > 70
    missing = sorted(name for pair in entries for name in set(pair)
                     if not _called(name, cases))
    assert not missing, "no golden use of:\n" + "\n".join(missing)
