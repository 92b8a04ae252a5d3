"""The check of a subscript past a declared size (semantics/sized_arrays.py
never_resized) asks whether the file evaluates code given as text: it must ask about
the program's own source text, so dynamic_names keeps one scan of it (its cache is
keyed by the text object) however many arrays are subscripted past their size."""
from __future__ import annotations

import wlinterp.semantics.dynamic_names as dynamic_names
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse

SOURCE = "\n".join(f"arr{i} is array of 2 int\narr{i}[3] = 1" for i in range(6)) + "\n"


def test_one_scan_for_every_array(monkeypatch) -> None:
    """Six arrays read past their size: six WL110, and the source scanned once."""
    scanned: list[str] = []
    real = dynamic_names._Scan

    def counting(source: str) -> object:
        scanned.append(source)
        return real(source)

    monkeypatch.setattr(dynamic_names, "_LAST", [real("")])
    monkeypatch.setattr(dynamic_names, "_Scan", counting)
    a = analyze(parse(SOURCE, "sized.wl"), load_stdlib())
    assert [d.code for d in a.diagnostics] == ["WL110"] * 6
    assert len(scanned) <= 1, f"{len(scanned)} scans of the source"
