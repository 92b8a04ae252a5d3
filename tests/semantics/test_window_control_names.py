"""Window controls named outside a window (docs/check.md, "Window controls"): which
undeclared names are controls (the prefix in capitals), and what WL212's hint says
(`c is Control <- EDT_Name` runs; a line using the control stops)."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse
from wlinterp.windev_controls import control_kind


def _diagnostics(text: str) -> list[tuple[str, str, str | None]]:
    found = analyze(parse(text, "c.wl"), load_stdlib()).diagnostics
    return [(d.code, d.message, d.hint) for d in found]


def _run(text: str) -> str:
    out = io.StringIO()
    run_source(text, "c.wl", stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.mark.parametrize("name, kind", [
    ("EDT_Name", "control"), ("SAI_nom", "control"), ("BTN_OK", "control"),
    ("FEN_Principale", "window"), ("PAGE_Home", "page"), ("INT_Option", "control"),
    ("int_count", None), ("sai_nom", None), ("Edt_Name", None), ("tab_values", None),
    ("EDT", None), ("EDT_", None), ("XYZ_Name", None),
])
def test_a_control_prefix_counts_in_capitals_only(name: str, kind: str | None) -> None:
    assert control_kind(name) == kind


@pytest.mark.parametrize("source", [
    "c is Control <- EDT_Name\nTrace(\"ran\")",
    "c est un Champ <- SAI_Nom\nTrace(\"ran\")",
    "c is Control\nc <- EDT_Name\nTrace(\"ran\")",
    "c est un champ\nc <- SAI_Nom\nTrace(\"ran\")",
])
def test_designating_a_control_by_name_runs_and_the_hint_says_so(source: str) -> None:
    (code, message, hint), = [d for d in _diagnostics(source) if d[0] == "WL212"]
    assert "not available outside a window" in message
    assert hint is not None and "this line runs" in hint and "stops" in hint
    assert _run(source) == "ran\n"  # what the hint says: the line runs


@pytest.mark.parametrize("source", ["Trace(EDT_Name)", "SAI_Nom = \"Dupont\""])
def test_a_line_using_a_control_stops_and_the_hint_says_so(source: str) -> None:
    (code, _, hint), = [d for d in _diagnostics(source) if d[0] == "WL212"]
    assert hint is not None and "stops with an error" in hint and "this line runs" not in hint
    with pytest.raises(WLRuntimeError, match="not available outside the IDE"):
        _run(source)


@pytest.mark.parametrize("source, expected", [
    ("int_count = 3\nint_count++\nTrace(int_count)", "4"),
    ("sai_nom = \"Dupont\"\nTrace(sai_nom)", "Dupont"),
    ("col_x est un entier = 2\nTrace(col_x)", "2"),
])
def test_lower_case_prefixed_names_are_variables(source: str, expected: str) -> None:
    assert not [d for d in _diagnostics(source) if d[0] == "WL212"]
    assert _run(source).strip() == expected


def test_a_control_of_a_program_compiled_before_is_not_one_of_the_next() -> None:
    with pytest.raises(WLRuntimeError, match="control INT_Count: not available"):
        _run("INT_Count = 3")
    assert _run("int_count = 3\nTrace(int_count)").strip() == "3"


def test_one_spelling_in_capitals_makes_the_name_a_control_when_it_runs() -> None:
    """WINDEV's names are case-insensitive: `EDT_Name` and `Edt_Name` are one control."""
    with pytest.raises(WLRuntimeError, match="control EDT_Name: not available"):
        _run("IF False THEN Trace(EDT_Name)\nEdt_Name = 1")
