"""An error about a member, property or method stops the run with its caret under the
name, whatever the separator (`.` or `..`), read or written, on a variable or through a
Variant: an Image's property that needs pixels (`img..Width = 5` was under the `..`,
`img.Width = 5` under the statement's start), and a structure's or an object's missing
member through a Variant (`v..Foo = 1` was under the `..`, `Trace(v.Foo)` at `Trace`).
WL103, for an Image's method, is at the name too (wlinterp/error_column.py _MISSING,
error_shapes.py _member; docs/semantics.md "The caret of a member's error")."""
from __future__ import annotations

import pytest

from wl_test_helpers import run_stop

IMAGE_EN = "imgPhoto is Image\n"
IMAGE_FR = "monImage est une Image\n"
CLASS = "C is Class\n  n is int\nEND\no is C\nv is Variant = o\n"
STRUCTURE = "ST est une Structure\n  n est un entier\nFIN\nst est un ST\n"
CASES = [  # (declarations, the failing line, the name the caret must be under)
    (IMAGE_EN, "imgPhoto..Width = 500", "Width"),
    (IMAGE_EN, "imgPhoto.Width = 500", "Width"),
    (IMAGE_EN, "Trace(imgPhoto..DrawingScale)", "DrawingScale"),
    (IMAGE_EN, "Trace(imgPhoto.DrawingScale)", "DrawingScale"),
    (IMAGE_EN, "imgPhoto.FillColor = 3", "FillColor"),
    (IMAGE_EN, 'imgPhoto.SaveJPEG("x.jpg")', "SaveJPEG"),
    (IMAGE_EN + "v is Variant = imgPhoto\n", "v..Width = 3", "Width"),
    (IMAGE_EN + "v is Variant = imgPhoto\n", "Trace(v.DrawingScale)", "DrawingScale"),
    (IMAGE_FR, "monImage..Largeur = 500", "Largeur"),
    (IMAGE_FR, "monImage.Largeur = 500", "Largeur"),
    (IMAGE_FR, "Trace(monImage.EchelleDessin)", "EchelleDessin"),
    (IMAGE_FR + "v est un Variant = monImage\n", "v..Largeur = 500", "Largeur"),
    (IMAGE_FR, 'monImage.SauveJPEG("x.jpg")', "SauveJPEG"),
    (CLASS, "v..Foo = 1", "Foo"),
    (CLASS, "Trace(v.Foo)", "Foo"),
    (CLASS, "o..Foo = 1", "Foo"),
    (STRUCTURE, "st.Foo = 1", "Foo"),
    (STRUCTURE, "Trace(st..Foo)", "Foo"),
]


@pytest.mark.parametrize("head, line, name", CASES)
def test_the_caret_is_under_the_name(head: str, line: str, name: str) -> None:
    error = run_stop(head + line + "\n")
    where = (error.line, error.column)  # type: ignore[attr-defined]
    assert where == (head.count("\n") + 1, line.index(name) + 1), str(error)
