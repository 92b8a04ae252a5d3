"""The hint of WL110 when fListFile's / fListDirectory's listing (one text, a path a line) is
stored into an array: how to make the array, in the call's language; no hint for another
built-in's text (tests/diagnostics/builtin_result_into_array.wl states the messages)."""
from __future__ import annotations

import pytest

from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse


def _hint(text: str) -> str | None:
    diags = analyze(parse(text, "h.wl"), load_stdlib()).diagnostics
    found = [d for d in diags if d.code == "WL110"]
    assert len(found) == 1
    return found[0].hint


@pytest.mark.parametrize(("text", "hint"), [
    ('t is array of strings = fListFile("*.txt")\nTrace(t.Count)\n',
     "StringToArray(fListFile(...), CR)"),
    ('t is array of strings\nt = fListDirectory("/tmp")\nTrace(t.Count)\n',
     "StringToArray(fListDirectory(...), CR)"),
    ('t est un tableau de chaînes = fListeFichier("*.txt")\nTrace(t.Occurrence)\n',
     "ChaîneVersTableau(fListeFichier(...), RC)"),
    ('t est un tableau de chaînes = fListeRépertoire("/tmp")\nTrace(t.Occurrence)\n',
     "ChaîneVersTableau(fListeRépertoire(...), RC)")], ids=["en", "en-dirs", "fr", "fr-dirs"])
def test_a_listing_into_an_array_says_how_to_make_the_array(text: str, hint: str) -> None:
    assert _hint(text) == f"the listing is one text, a path a line: {hint} makes the array"


def test_another_text_into_an_array_has_no_hint() -> None:
    assert _hint('t is array of strings = Upper("a")\nTrace(t.Count)\n') is None
