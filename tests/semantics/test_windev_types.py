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
    # its page found since (?1000019650); an image file's size is ImageInfo's
    assert ("?1000019650" in hint and "ImageInfo(sFile)" in hint) == ("mage" in decl)


def test_another_unknown_type_has_no_such_hint() -> None:
    assert hint_of("x is CFoo") is None


def test_the_run_warning_carries_the_hint_before_the_error() -> None:
    """`wl run` said only "unknown type 'Image'; the variable is a variant", then
    "Unknown method 'ModifieLuminosité' for a value of type string": nothing said the
    type is WINDEV's. Its warning now carries the hint; another unknown type's does not."""
    import io

    from wlinterp.engine import run_source
    from wlinterp.errors import WLRuntimeError
    err = io.StringIO()
    with pytest.raises(WLRuntimeError, match="Unknown method 'ModifieLuminosité'"):
        run_source("MonImage est une Image\nMonImage = \"a.jpg\"\n"
                   "MonImage.ModifieLuminosité(50)\n", "t.wl", stderr=err)
    assert "the variable is a variant (Image is a WINDEV type that wlinterp does not " \
           "provide (" in err.getvalue() and "ImageInfo(sFile)" in err.getvalue()
    err = io.StringIO()
    run_source("o is CElsewhere\n", "t.wl", stderr=err)
    assert err.getvalue().splitlines()[0] == \
        "t.wl:1:1: warning: unknown type 'CElsewhere'; the variable is a variant"
