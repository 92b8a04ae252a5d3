"""WINDEV types wlinterp does not provide, each with the reason: a variable declared of
one is a variant (WL207, as any unknown type), and the hint says the type is WINDEV's and
why it is missing, rather than suggesting a typo (docs/check.md, WL207)."""
from __future__ import annotations

__all__ = ["missing_type"]

from .syntax.names import fold

# folded name -> why wlinterp does not provide it
_MISSING: dict[str, str] = {
    # PC SOFT's own export example builds a page with them (`htmlDoc.html.head.title..Text`,
    # `htmlNode..TagName`, `..InnerHTML`, `..OuterHTML`, `BuildString`); searched
    # "htmlDocument", "htmlNode", "HTMLOuvre" in the stored help pages (2026-12-03): none
    "htmldocument": "an HTML document in memory; no stored help page describes its "
                    "members, the elements a new one holds or what BuildString writes",
    "htmlnode": "an element of an htmlDocument; no stored help page describes its "
                "properties (..TagName, ..InnerHTML, ..OuterHTML, ..Text) or attributes",
    # Seen in WLanguage on the web (6 Dec 2026): `MonImage est une Image` then
    # `MonImage.ModifieLuminosité(50)` / `.SauveJPEG(...)` (a tree-sitter grammar's test
    # file), and a WINDEV Mobile camera callback's `cb est un CodeBarres` read by
    # `cb.Contenu` (generated Java names it WDCodeBarres). Searched the stored help
    # pages for the Image type ("WLangage type Image variable ModifieLuminosité
    # SauveJPEG"): none then; found since (RC, 6 Dec 2026 morning): ?1000019650. The
    # Image type is provided since (stdlib/image_type.py): it holds an image file's
    # header; what needs the pixels fails in words.
    "codebarres": "a bar code read by a device's camera or drawn on an image (its "
                  "..Contenu / .Content): a device and drawing type",
    "barcode": "a bar code read by a device's camera or drawn on an image (its "
               "..Content / .Contenu): a device and drawing type",
}


def missing_type(name: str) -> str | None:
    """The hint for a WINDEV type wlinterp does not provide, else None."""
    why = _MISSING.get(fold(name.split()[-1]) if name.split() else "")
    return None if why is None else f"{name} is a WINDEV type that wlinterp does not " \
        f"provide ({why}): code using it runs only in WINDEV"

