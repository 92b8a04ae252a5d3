"""ImageInfo / InfoImage / BitmapInfo (stdlib/image_files.py): the header of each format
read, the variants a real file may have (a BMP's old core header, a top-down BMP, a
big-endian TIFF, a JPEG whose frame header follows other blocks and fill bytes), a header
cut short, and the two things not provided (a PDF, the second parameter), refused in
words. The goldens tests/golden/images/ run it as business code does."""
from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest

from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError
from wlinterp.stdlib.image_files import header_of

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png(width: int, height: int, depth: int, colour: int) -> bytes:
    return _PNG_SIGNATURE + struct.pack(">I4sIIBB", 13, b"IHDR", width, height, depth,
                                        colour) + b"\0\0\0"


def _bmp_info(width: int, height: int, bits: int) -> bytes:
    return b"BM" + bytes(12) + struct.pack("<IiiHH", 40, width, height, 1, bits)


def test_png_bits_are_depth_times_channels() -> None:
    assert header_of(_png(1200, 900, 8, 6)) == ("PNG", 1200, 900, 32)
    assert header_of(_png(16, 9, 16, 2)) == ("PNG", 16, 9, 48)
    assert header_of(_png(3, 4, 1, 0)) == ("PNG", 3, 4, 1)


def test_bmp_info_header_and_top_down_height() -> None:
    assert header_of(_bmp_info(640, 480, 24)) == ("BMP", 640, 480, 24)
    assert header_of(_bmp_info(640, -480, 32)) == ("BMP", 640, 480, 32)


def test_bmp_core_header_has_16_bit_sizes() -> None:
    core = b"BM" + bytes(12) + struct.pack("<IHHHH", 12, 300, 200, 1, 8) + bytes(8)
    assert header_of(core) == ("BMP", 300, 200, 8)


def test_gif_bits_from_its_colour_table_else_its_resolution() -> None:
    assert header_of(b"GIF89a" + struct.pack("<HHB", 320, 240, 0xF7) + b"\0\0") == \
        ("GIF", 320, 240, 8)
    assert header_of(b"GIF87a" + struct.pack("<HHB", 5, 6, 0x30) + b"\0\0") == \
        ("GIF", 5, 6, 4)


def test_jpeg_frame_header_after_other_blocks_and_fill_bytes() -> None:
    exif = b"\xff\xe1" + struct.pack(">H", 10) + b"Exif\0\0\0\0"
    frame = b"\xff\xff\xc2" + struct.pack(">HBHHB", 17, 8, 768, 1024, 3) + bytes(9)
    assert header_of(b"\xff\xd8" + exif + frame) == ("JPG", 1024, 768, 24)


def test_jpeg_huffman_table_is_no_frame_header() -> None:
    dht = b"\xff\xc4" + struct.pack(">H", 6) + b"\0\0\0\0"
    frame = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 20, 10, 1) + bytes(3)
    assert header_of(b"\xff\xd8" + dht + frame) == ("JPG", 10, 20, 8)


def test_big_endian_tiff_with_bits_per_sample() -> None:
    entries = [(256, 3, 1, 77 << 16), (257, 4, 1, 55), (258, 3, 1, 1 << 16)]
    body = struct.pack(">H", len(entries)) + b"".join(
        struct.pack(">HHII", *e) for e in entries)
    assert header_of(b"MM\0*" + struct.pack(">I", 8) + body) == ("TIF", 77, 55, 1)


@pytest.mark.parametrize("data", [b"", b"BM" + bytes(10), _PNG_SIGNATURE + b"\0\0\0\rIHDX",
                                  b"\xff\xd8\xff\xe0\xff\xff", b"GIF89a\1", b"II*\0\xff\0\0\0",
                                  b"RIFF\0\0\0\0WEBPVP8 "])
def test_short_or_unknown_headers_read_nothing(data: bytes) -> None:
    assert header_of(data) is None


def _run(source: str) -> str:
    out = io.StringIO()
    run_source(source, stdout=out)
    return out.getvalue()


def test_bad_for_a_missing_file_or_an_unknown_format(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("no image")
    shown = _run(f'Trace(Replace(ImageInfo("{tmp_path / "none.png"}"), TAB, "/"))\n'
                 f'Trace(Replace(InfoBitmap("{text}"), TAB, "/"), ErrorOccurred)\n')
    assert shown == "BAD///\nBAD///, 0\n"


def test_pdf_and_second_parameter_refused_in_words(tmp_path: Path) -> None:
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(WLRuntimeError, match="is a PDF file: wlinterp reads the size of BMP"):
        _run(f'Trace(InfoImage("{pdf}"))\n')
    with pytest.raises(WLRuntimeError, match="the second parameter .* is not provided"):
        _run(f'Trace(ImageInfo("{pdf}", 1))\n')
