"""PDFNumberOfPages on what a golden cannot write: a page tree inside a compressed object
stream (PDF 1.5 and later), an incremental update, an encrypted file."""
from __future__ import annotations

import zlib
from pathlib import Path

from wlinterp.runtime.state import Runtime
from wlinterp.stdlib.pdf_pages import NotReadable, page_count
from stdlib_helpers import call

import pytest


def object_stream(objects: dict[int, bytes], compress: bool = True) -> bytes:
    """An object stream (/Type /ObjStm) holding `objects`, Flate-compressed."""
    header, body = b"", b""
    for number, text in objects.items():
        header += b"%d %d " % (number, len(body))
        body += text + b"\n"
    data = header + body
    raw = zlib.compress(data) if compress else data
    return (b"7 0 obj << /Type /ObjStm /N %d /First %d /Length %d /Filter /FlateDecode >>"
            b"\nstream\n" % (len(objects), len(header), len(raw)) + raw + b"\nendstream\nendobj\n")


def pdf_with_object_stream(count: int) -> bytes:
    tree = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [] /Count %d >>" % count}
    return (b"%PDF-1.7\n" + object_stream(tree)
            + b"8 0 obj << /Type /XRef /Root 1 0 R /Size 9 >>\nstream\n\nendstream\nendobj\n%%EOF\n")


def test_a_page_tree_in_a_compressed_object_stream_is_read(rt: Runtime, tmp_path: Path) -> None:
    path = tmp_path / "modern.pdf"
    path.write_bytes(pdf_with_object_stream(12))
    assert call(rt, "PDFNumberOfPages", str(path)) == 12


def test_the_last_definition_of_the_page_tree_wins() -> None:
    first = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
             b"2 0 obj << /Type /Pages /Kids [] /Count 2 >> endobj\n"
             b"trailer << /Root 1 0 R >>\n%%EOF\n")
    update = b"2 0 obj << /Type /Pages /Kids [] /Count 5 >> endobj\ntrailer << /Root 1 0 R /Prev 9 >>\n%%EOF\n"
    assert page_count(first + update) == 5


def test_an_indirect_count_is_followed() -> None:
    data = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [] /Count 3 0 R >> endobj\n3 0 obj 41 endobj\n"
            b"trailer << /Root 1 0 R >>\n")
    assert page_count(data) == 41


def test_without_a_catalog_the_root_page_tree_counts() -> None:
    data = (b"%PDF-1.3\n4 0 obj << /Type /Pages /Kids [] /Count 2 /Parent 5 0 R >> endobj\n"
            b"5 0 obj << /Type /Pages /Kids [4 0 R] /Count 7 >> endobj\n")
    assert page_count(data) == 7


def test_an_encrypted_object_stream_is_a_clear_failure(rt: Runtime, tmp_path: Path) -> None:
    scrambled = bytes(b ^ 0x5A for b in zlib.compress(b"1 0 2 40 << >>"))
    data = (b"%PDF-1.7\n7 0 obj << /Type /ObjStm /N 2 /First 8 /Filter /FlateDecode >>\nstream\n"
            + scrambled + b"\nendstream\nendobj\ntrailer << /Root 1 0 R /Encrypt 9 0 R >>\n")
    with pytest.raises(NotReadable, match="encrypted"):
        page_count(data)
    path = tmp_path / "locked.pdf"
    path.write_bytes(data)
    assert call(rt, "PDFNumberOfPages", str(path), "password") == -1
    assert "encrypted" in str(call(rt, "ErrorInfo"))
