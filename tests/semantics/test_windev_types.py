"""A WINDEV type wlinterp does not provide (htmlDocument, htmlNode, CodeBarres)
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


@pytest.mark.parametrize("decl", ["cb est un CodeBarres", "bc is a BarCode"])
def test_bar_code_types_seen_on_the_web_say_they_are_windevs(decl: str) -> None:
    """`cb est un CodeBarres` read by `cb.Contenu` (WLanguage found on the web, 6 Dec
    2026) said only "unknown type", as for a typo."""
    hint = hint_of(decl)
    assert hint is not None and "is a WINDEV type that wlinterp does not provide" in hint \
        and "bar code" in hint


@pytest.mark.parametrize("decl", ["MonImage est une Image", "img is Image",
                                  "img is an IMAGE"])
def test_the_image_type_is_provided(decl: str) -> None:
    """The Image type was WL207 (a variant) with a hint; it is provided since
    (stdlib/image_type.py): no WL207, and a method on it is WL103 in the run's words."""
    name = decl.split()[0]
    diags = analyze(parse(f"{decl}\n{name}.ModifieLuminosité(50)\n", "t.wl"),
                    load_stdlib()).diagnostics
    assert [d.code for d in diags] == ["WL103"]
    assert diags[0].message.startswith(f"{name}.ModifieLuminosité(): the Image type's "
                                       f"methods and pixel properties need an image engine")


def test_another_unknown_type_has_no_such_hint() -> None:
    assert hint_of("x is CFoo") is None


def test_the_run_warning_carries_the_hint_before_the_error() -> None:
    """`wl run` said only "unknown type 'CodeBarres'; the variable is a variant", then
    "Unknown method 'Lit' for a value of type string": nothing said the type is
    WINDEV's. Its warning now carries the hint; another unknown type's does not."""
    import io

    from wlinterp.engine import run_source
    from wlinterp.errors import WLRuntimeError
    err = io.StringIO()
    with pytest.raises(WLRuntimeError, match="Unknown method 'Lit'"):
        run_source("cb est un CodeBarres\ncb = \"a\"\ncb.Lit(50)\n", "t.wl", stderr=err)
    assert "the variable is a variant (CodeBarres is a WINDEV type that wlinterp does not " \
           "provide (" in err.getvalue() and "bar code" in err.getvalue()
    err = io.StringIO()
    run_source("o is CElsewhere\n", "t.wl", stderr=err)
    assert err.getvalue().splitlines()[0] == \
        "t.wl:1:1: warning: unknown type 'CElsewhere'; the variable is a variant"
