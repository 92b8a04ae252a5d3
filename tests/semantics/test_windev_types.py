"""A WINDEV type wlinterp does not provide (htmlDocument, htmlNode, Image, CodeBarres)
is WL207 as any unknown type, its hint saying it is WINDEV's and why it is missing;
another unknown type keeps no hint (docs/check.md, WL207)."""
from __future__ import annotations

import pytest

from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse


def hint_of(decl: str) -> str | None:
    diags = analyze(parse(f"{decl}\nTrace(x)\n", "t.wl"), load_stdlib()).diagnostics
    return next(d.hint for d in diags if d.code == "WL207")


@pytest.mark.parametrize("decl", ["x is htmlDocument", "x est un htmlDocument",
                                  "x is a htmlNode", "x est un HTMLNODE"])
def test_the_html_types_say_they_are_windevs(decl: str) -> None:
    hint = hint_of(decl)
    assert hint is not None and "is a WINDEV type that wlinterp does not provide" in hint \
        and "no stored help page" in hint


@pytest.mark.parametrize("decl", ["MonImage est une Image", "img is Image",
                                  "cb est un CodeBarres", "bc is a BarCode"])
def test_image_and_bar_code_types_seen_on_the_web_say_they_are_windevs(decl: str) -> None:
    """`MonImage est une Image` then `.ModifieLuminosité(50)` (WLanguage found on the web,
    6 Dec 2026) said only "unknown type 'Image'", as for a typo."""
    hint = hint_of(decl)
    assert hint is not None and "is a WINDEV type that wlinterp does not provide" in hint
    assert ("image engine" in hint) == ("mage" in decl)


def test_another_unknown_type_has_no_such_hint() -> None:
    assert hint_of("x is CFoo") is None
