"""`[% expr %]` in strings (issue 12: "`[%x%]` inside a plain string reports a variable with
an empty name"). An undeclared name inside the brackets is reported by its own name, with
the caret on that name inside the string (not on the string's opening quote); anything that is not one expression
(`[%%]`, `[% %]`, `[%1+%]`, an unclosed `[%`) stays as written, with no diagnostic."""
from __future__ import annotations

import io

import pytest

from wlinterp import run_source
from wlinterp.errors import WLSyntaxError


def run(source: str, **options: object) -> tuple[str, str]:
    """(output, compile warnings) of `source`."""
    out, err = io.StringIO(), io.StringIO()
    run_source(source, "i.wl", stdout=out, stderr=err, options=dict(options))
    return out.getvalue(), err.getvalue()


@pytest.mark.parametrize("source, shown", [
    ('x is int = 5\nTrace("a[%x%]b")', "a5b"),
    ('x is int = 5\nTrace("a[% x %]b")', "a5b"),
    ('x is int = 5\nTrace("[%x + 1%] and [%x%]")', "6 and 5"),
    ('x is int = 5\nTrace("a[%x%]b[%")', "a5b[%"),
    ('x is string = "q"\ns is string = "<[%x%]>"\nTrace(s)', "<q>"),
    ('Trace("a[%%]b")', "a[%%]b"),
    ('Trace("a[% %]b")', "a[% %]b"),
    ('Trace("a[%1+%]b")', "a[%1+%]b"),
    ('Trace("a[%x")', "a[%x"),
    ('Trace("100%] [%")', "100%] [%"),
    ('x is int = 3\nTrace("a" + "[%" + "x%]")', "a[%x%]"),  # only literals interpolate
])
def test_interpolation_results(source: str, shown: str) -> None:
    out, warnings = run(source)
    assert out == shown + "\n" and warnings == ""


@pytest.mark.parametrize("source, name, column", [
    ('Trace("a[%y%]b")', "y", 11),
    ('Trace("[% y%]")', "y", 11),
    ('Trace("é[%yy%]b", "[%1%]")', "yy", 11),
    ('Trace("ok", "[%q%]")', "q", 16),
    ('P()\nPROCEDURE P()\nTrace("a[%zz%]")', "zz", 11),
    ('x is int = 1\nTrace("v: [%x + yy%] end")', "yy", 17),
    ('Trace("say ""hi"" [%zz%]")', "zz", 21),  # each "" is one character of the value
])
def test_an_undeclared_name_is_reported_by_its_name(source: str, name: str, column: int) -> None:
    _, warnings = run(source)
    first, quoted, caret = warnings.splitlines()[:3]
    assert f":{column}: warning: '{name}' is not declared" in first, warnings
    assert quoted[caret.index("^"):].startswith(name), warnings  # the caret is on the name
    assert "''" not in warnings and "^" in warnings
    with pytest.raises(WLSyntaxError) as caught:
        run(source, strict=True)
    assert f"'{name}' is not declared" in str(caught.value)
    assert "''" not in str(caught.value)


def test_wl_check_names_the_variable(wl_inproc, script) -> None:
    code, out, err = wl_inproc("check", script('Trace("a[%y%]b", "[% %]", "[%%]")\n'))
    text = out + err
    assert code != 0 and "error[WL101]: 'y' is not declared" in text, text
    assert text.count("WL101") == 1 and "''" not in text
