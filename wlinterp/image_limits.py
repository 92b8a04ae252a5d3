"""What an Image variable cannot do outside WINDEV, in the same words for the run
(stdlib/image_type.py) and for `wl check` (WL103, semantics/method_calls.py): wlinterp
has no image engine, so an Image holds an image file's header only."""
from __future__ import annotations

__all__ = ["image_refusal", "NO_ENGINE"]

NO_ENGINE = "need an image engine"
"""The refusal's own words: error_column.py puts the run's caret at the property or
method named (`img..Width = 5`, `img.Width = 5`: at `Width`), where WL103 is."""


def image_refusal(what: str) -> str:
    """The words for what an Image variable cannot do here (`what`: the method called,
    `MonImage.ModifieLuminosité()`, or the property used): it needs the image's pixels
    (stdlib/image_type.py). One text for the run and for wl check (WL103)."""
    return (f"{what}: the Image type's methods and pixel properties {NO_ENGINE}, which "
            f"wlinterp does not have (?1000019650); an image file's format, width "
            f"and height are read by ImageInfo(sFile) (InfoImage) or by an Image's Width, "
            f"Height and BitPerPixel")
