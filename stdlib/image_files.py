"""ImageInfo / InfoImage (BitmapInfo / InfoBitmap before WINDEV 2025 Update 2): an image
file's format, width, height and bits per pixel, read from its header.

VERIFIED ?3029015 (BitmapInfo) and ?1410091104 (InfoImage): the result is
`<Format> + TAB + <Width> + TAB + <Height> + TAB + <Bits/pixel>`, the format three
characters ("BMP", "GIF", "PDF", ...), "BAD" + TAB + TAB + TAB for a file that does not
exist or whose format is unknown. The image need not be shown: a batch checks a photo's
size before sending it, which is why this drawing function is portable while the rest
of the family (dLoadImage, dResize, the Image type: docs/builtins.md) needs an image
engine wlinterp does not have.

Read here: BMP, GIF, PNG, JPEG and TIFF headers. The three letters of the last three
("PNG", "JPG", "TIF") follow the page's pattern (INFERRED); PDF files and the page's
second parameter (ibAvecCoucheAlpha...: no stored page gives the constants' values) are
not provided: an error in words.
"""
from __future__ import annotations

import struct

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .paths import native_path
from .strings import text_arg
from .whole_files import open_whole

family = Family("Image files")

BAD = "BAD\t\t\t"
_HEAD = 64 * 1024  # a JPEG's frame header may follow its EXIF block (a thumbnail inside)

Header = tuple[str, int, int, int]  # format, width, height, bits per pixel


def _bmp(data: bytes) -> Header | None:
    """A BMP's BITMAPCOREHEADER (12 bytes: 16-bit sizes) or a later info header (32-bit
    sizes, a negative height for a top-down image)."""
    if len(data) < 30:
        return None
    if struct.unpack_from("<I", data, 14)[0] == 12:
        w, h, _, bits = struct.unpack_from("<HHHH", data, 18)
        return "BMP", w, h, bits
    w, h, _, bits = struct.unpack_from("<iiHH", data, 18)
    return "BMP", abs(w), abs(h), bits


def _gif(data: bytes) -> Header | None:
    """A GIF's logical screen: its size, and the bits of its global colour table's
    indexes (else of its colour resolution)."""
    if len(data) < 13:
        return None
    w, h, packed = struct.unpack_from("<HHB", data, 6)
    return "GIF", w, h, (packed & 7) + 1 if packed & 0x80 else ((packed >> 4) & 7) + 1


_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # by colour type (PNG's IHDR)


def _png(data: bytes) -> Header | None:
    """A PNG's IHDR chunk: size, bit depth times the colour type's channels."""
    if len(data) < 26 or data[12:16] != b"IHDR":
        return None
    w, h, depth, colour = struct.unpack_from(">IIBB", data, 16)
    return "PNG", w, h, depth * _PNG_CHANNELS.get(colour, 1)


def _jpeg(data: bytes) -> Header | None:
    """A JPEG's first frame header (SOF0-SOF15 but DHT, JPG and DAC): size, precision
    times components; the markers before it are skipped by their lengths."""
    at = 2
    while at + 9 < len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # (a fill byte)
            at += 1
            continue
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            precision, h, w, parts = struct.unpack_from(">BHHB", data, at + 4)
            return "JPG", w, h, precision * parts
        at += 2 + struct.unpack_from(">H", data, at + 2)[0]
    return None


def _tiff(data: bytes) -> Header | None:
    """A TIFF's first image directory: ImageWidth (256), ImageLength (257),
    BitsPerSample (258, one value a sample) times SamplesPerPixel (277)."""
    order = "<" if data[:2] == b"II" else ">"
    if len(data) < 8:
        return None
    first = struct.unpack_from(order + "I", data, 4)[0]
    if first + 2 > len(data):
        return None
    tags: dict[int, int] = {}
    for i in range(struct.unpack_from(order + "H", data, first)[0]):
        at = first + 2 + 12 * i
        if at + 12 > len(data):
            break
        tag, kind = struct.unpack_from(order + "HH", data, at)
        tags[tag] = struct.unpack_from(order + ("H" if kind == 3 else "I"), data, at + 8)[0]
    if 256 not in tags or 257 not in tags:
        return None
    samples = tags.get(277, 1)
    bits = tags.get(258, 1) if samples == 1 else 8  # (several samples: an offset, 8 each)
    return "TIF", tags[256], tags[257], bits * samples


_READERS = ((b"BM", _bmp), (b"GIF8", _gif), (b"\x89PNG\r\n\x1a\n", _png),
            (b"\xff\xd8", _jpeg), (b"II*\x00", _tiff), (b"MM\x00*", _tiff))


def header_of(data: bytes) -> Header | None:
    """The format, size and bits per pixel an image file's first bytes give; None for
    a format not read here, or a header cut short."""
    for magic, read in _READERS:
        if data.startswith(magic):
            try:
                return read(data)
            except struct.error:
                return None
    return None


@family.function("ImageInfo", "InfoImage", "BitmapInfo", "InfoBitmap")
def image_info(rt: Runtime, path: TextArg, wanted: object = None) -> str:
    """The page's `<Format> TAB <Width> TAB <Height> TAB <Bits/pixel>` of an image file,
    "BAD" and three TABs when it cannot be read."""
    if wanted is not None:
        raise WLRuntimeError("ImageInfo: the second parameter (the information wanted: "
                             "transparency, alpha channel, a PDF's pages) is not provided "
                             "by wlinterp; without it, ImageInfo gives the format, width, "
                             "height and bits per pixel")
    try:
        with open_whole(native_path(text_arg(path, "ImageInfo"))) as f:
            data = f.read(_HEAD)
    except (OSError, ValueError):
        return BAD
    if data.startswith(b"%PDF"):
        raise WLRuntimeError(f"ImageInfo: '{V.to_str(path)}' is a PDF file: wlinterp reads "
                             f"the size of BMP, GIF, PNG, JPEG and TIFF images, not of PDF "
                             f"pages")
    found = header_of(data)
    if found is None:
        return BAD
    kind, width, height, bits = found
    return f"{kind}\t{width}\t{height}\t{_listed(bits)}"


def _listed(bits: int) -> int:
    """A palette's bits as the page lists them (1, 4 or 8: "16-color palette", "256-color
    palette"): a GIF of 128 colours, whose header says 7, or a PNG of 4 colours (2) is
    given the next listed value (INFERRED); more than 8 bits stay as read (24, 32)."""
    return bits if bits > 8 else next(b for b in (1, 4, 8) if bits <= b)
