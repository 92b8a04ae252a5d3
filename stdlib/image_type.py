"""The Image type (`MyImage is Image` / `MonImage est une Image`) outside a window.

PC SOFT's page (?1000019650) describes an image in memory: loaded from a file
(`MyImage = "image.png"`, `MyImage..Image = "image.png"`, dLoadImage), drawn on and
resized (dStartDrawing, dText, dResize, `MyImage.Width = 500`), its properties tied to its
pixels (Width, Height, BitPerPixel read-only, DrawingScale, EXIF[...], FillColor), shown
in an Image control. wlinterp has no image engine, so *decided* (RC, 6 Dec 2026 late
morning; docs/builtins.md "The Image type"): an Image holds the image file it was given
(a path, or a Buffer holding the file's bytes) and what its header says, read as
ImageInfo reads it (stdlib/image_files.py: BMP, GIF, PNG, JPEG, TIFF); Width, Height and
BitPerPixel read those values (0 for an Image given nothing). Everything that would need
the pixels (a property written, DrawingScale, EXIF, FillColor, any method such as
`.ModifieLuminosité(50)` or `.SauveJPEG(...)`) stops the run in words naming the Image
type and why, rather than "Unknown method for a value of type string" (a variant holding
the file's name, before) or, worse, taking `Width = 500` and resizing nothing. A file
that does not exist or is no image read here stops the run in words too (UNVERIFIED:
the page does not say what WINDEV does then).
"""
from __future__ import annotations

from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.value_bytes import to_bytes
from wlinterp.syntax.names import fold
from wlinterp.image_limits import image_refusal

from .image_files import header_of
from .paths import native_path
from .whole_files import open_whole

family = Family("Image type")

_HEAD = 64 * 1024  # as ImageInfo: a JPEG's frame header may follow its EXIF block
# folded property -> rank in the header (format, width, height, bits per pixel)
_READ = {"width": 1, "largeur": 1, "height": 2, "hauteur": 2,
         "bitperpixel": 3, "bitparpixel": 3, "nbbitparpixel": 3}
# the page's other properties: they need the pixels (folded, EN and FR)
_PIXELS = frozenset({"drawingscale", "echelledessin", "exif", "fillcolor",
                     "couleurremplissage", "image"})


class WLImage:
    """An Image variable: the file it was given and its header (format, width, height,
    bits per pixel), or nothing yet."""

    wl_type_name = "Image"

    def __init__(self, source: str = "",
                 header: tuple[str, int, int, int] = ("", 0, 0, 0)) -> None:
        self.source = source  # the path given, "" for a Buffer's bytes or nothing
        self.header = header

    def wl_text(self) -> str:
        return self.source

    def copy(self) -> "WLImage":
        return WLImage(self.source, self.header)

    def wl_get(self, name: str) -> Any:
        return self.wl_get_named(name, name)

    def wl_get_named(self, name: str, shown: str) -> Any:
        """Width / Largeur, Height / Hauteur, BitPerPixel: the header's values; the
        page's other properties need the pixels; any other name is none of them."""
        key = fold(name)
        if key in _READ:
            return self.header[_READ[key]]
        if key in _PIXELS:
            raise WLRuntimeError(image_refusal(f"Image..{shown}") + ".")
        raise WLRuntimeError(f"An Image variable has no property '{key}' (it has Width, "
                             f"Height, BitPerPixel, DrawingScale, EXIF, FillColor and "
                             f"Image).")

    def wl_set(self, name: str, value: Any, ctx: Any) -> None:
        self.wl_set_named(name, value)

    def wl_set_named(self, shown: str, value: Any) -> None:
        """`MyImage..Image = "image.png"` loads the file, as `MyImage = "image.png"`;
        any other property written is refused (refuse_write)."""
        if fold(shown) == "image":
            self.load(value)
        else:
            self.refuse_write(shown)

    def load(self, value: object) -> None:
        """This Image now holds the image `value` gives (image_of)."""
        loaded = image_of(value)
        self.source, self.header = loaded.source, loaded.header

    def refuse_write(self, shown: str) -> None:
        """A property written other than ..Image: one that would change the pixels
        (Width = 500 resizes) stops in those words, any other name as a read of it."""
        if fold(shown) in _READ or fold(shown) in _PIXELS:
            raise WLRuntimeError(image_refusal(f"Image..{shown} = ...") + ".")
        self.wl_get(shown)  # (its words for a name that is no property)

    def wl_method(self, name: str) -> Any:
        raise WLRuntimeError(image_refusal(f"Image.{name}()") + ".")


def image_of(value: object) -> WLImage:
    """The Image a value assigned gives: another Image (a copy), a Buffer holding an
    image file's bytes, or a text naming an image file (?1000019650: `MyImage =
    "image.png"`)."""
    if isinstance(value, WLImage):
        return value.copy()
    text = V.to_str(value)
    if type(value) is V.BufferText or (text and not text.isprintable()):
        return _read(to_bytes(text)[:_HEAD], "", "the Buffer given")
    try:
        with open_whole(native_path(text)) as f:  # (a pipe or a device: refused)
            data = f.read(_HEAD)
    except (OSError, ValueError):
        raise WLRuntimeError(f"Image = '{text}': no image file of that name can be "
                             f"read.") from None
    return _read(data, text, f"'{text}'")


def _read(data: bytes, source: str, shown: str) -> WLImage:
    found = header_of(data)
    if found is None:
        raise WLRuntimeError(f"Image = {shown}: not an image wlinterp reads (BMP, GIF, "
                             f"PNG, JPEG or TIFF).")
    return WLImage(source, found)


def _new(rt: Any) -> WLImage:
    return WLImage()


setattr(_new, "wl_from_value", image_of)
family.type("Image", "Image", _new)
