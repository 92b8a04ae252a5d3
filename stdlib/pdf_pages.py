"""PDFNumberOfPages/PDFNombreDePages: how many pages a PDF file has. The only function
of the PDF family (wlinterp/windev_catalog_printing.py) that needs no PDF viewer or
writer: it reads a number the file states, so the standard library does it (zlib for
the compressed object streams of PDF 1.5 and later). docs/builtins.md, "PDF page count".

No stored help page (searched 5 Dec 2026, English and French): the name is PC SOFT's
(its French list), the rest is INFERRED and pinned by goldens:
- `PDFNumberOfPages(<PDF file> [, <password>])`: the file is a path, or the PDF's bytes
  (a Buffer: a value beginning with `%PDF-`, which no path does).
- The count is the page tree's /Count, the tree the catalog (/Root) names; the last
  definition of an object wins (incremental updates). Without a catalog, the largest
  /Count of a root page tree.
- A file that cannot be read, is not a PDF, or whose page tree is inside an encrypted
  object stream: -1 and ErrorOccurred, the reason in ErrorInfo. The password is not
  needed where the count is readable (PDF encryption leaves numbers in clear); where it
  is not, wlinterp cannot decrypt and says so.
"""
from __future__ import annotations

import re
import zlib

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.value_bytes import to_bytes
from wlinterp.runtime.state import Runtime

from .paths import failure, native_path

family = Family("PDF page count")

_OBJECT = re.compile(rb"(\d+)\s+\d+\s+obj\b(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\n?endstream", re.S)
_ROOT = re.compile(rb"/Root\s+(\d+)\s+\d+\s+R")
_PAGES = re.compile(rb"/Pages\s+(\d+)\s+\d+\s+R")
_COUNT = re.compile(rb"/Count\s+(\d+)(\s+\d+\s+R)?")
_PAGE_TREE = re.compile(rb"/Type\s*/Pages\b")


class NotReadable(Exception):
    """The page count cannot be read; the message says why."""


def _number(body: bytes, key: bytes) -> int | None:
    found = re.search(rb"/" + key + rb"\s+(\d+)", body)
    return int(found.group(1)) if found else None


def _stream_objects(body: bytes) -> dict[int, bytes]:
    """The objects an object stream (/Type /ObjStm) holds, by number; {} when its
    stream is not Flate-compressed or cannot be inflated (encrypted)."""
    stream, count, first = _STREAM.search(body), _number(body, b"N"), _number(body, b"First")
    if stream is None or count is None or first is None:
        return {}
    data = stream.group(1)
    if b"/FlateDecode" in body.split(b"stream", 1)[0]:
        try:
            data = zlib.decompressobj().decompress(data)
        except zlib.error:
            return {}
    pairs = [int(n) for n in data[:first].split()[:2 * count]]
    starts = pairs[1::2] + [len(data) - first]
    return {pairs[2 * i]: data[first + starts[i]:first + starts[i + 1]]
            for i in range(len(pairs) // 2)}


def objects(data: bytes) -> tuple[dict[int, bytes], bool]:
    """Every object of the file by number (later definitions win), and whether some
    object stream could not be read."""
    found: dict[int, bytes] = {}
    unreadable = False
    for match in _OBJECT.finditer(data):
        number, body = int(match.group(1)), match.group(2)
        found[number] = body
        if re.search(rb"/Type\s*/ObjStm\b", body):
            inner = _stream_objects(body)
            unreadable = unreadable or not inner
            for key, value in inner.items():
                found.setdefault(key, value)
    return found, unreadable


def _count(body: bytes, found: dict[int, bytes]) -> int | None:
    """A page tree's /Count, following it when it is an indirect number."""
    match = _COUNT.search(body)
    if match is None:
        return None
    if match.group(2):
        target = found.get(int(match.group(1)), b"").strip()
        return int(target) if target.isdigit() else None
    return int(match.group(1))


def page_count(data: bytes) -> int:
    """The number of pages of a PDF file's bytes."""
    if b"%PDF-" not in data[:1024]:
        raise NotReadable("this is not a PDF file")
    found, unreadable = objects(data)
    roots = _ROOT.findall(data)
    catalog = found.get(int(roots[-1])) if roots else None
    pages = _PAGES.search(catalog) if catalog else None
    if pages and int(pages.group(1)) in found:
        count = _count(found[int(pages.group(1))], found)
        if count is not None:
            return count
    trees = [_count(body, found) for body in found.values()
             if _PAGE_TREE.search(body) and b"/Parent" not in body]
    counts = [c for c in trees if c is not None]
    if counts:
        return max(counts)
    if unreadable or b"/Encrypt" in data:
        raise NotReadable("its page tree is encrypted or compressed in a way wlinterp "
                          "cannot read")
    raise NotReadable("no page tree was found in it")


@family.function("PDFNumberOfPages", "PDFNombreDePages", can_fail=True)
def pdf_number_of_pages(rt: Runtime, pdf: object, password: object = None) -> int:
    """The page count of a PDF file (a path, or its bytes in a Buffer); -1 and
    ErrorOccurred when it cannot be read. The password is accepted for WINDEV's
    signature: the count is read without decrypting (module docstring)."""
    text = V.to_str(pdf)
    if text.startswith("%PDF-"):
        name, data = "the buffer", to_bytes(pdf)
    else:
        name = native_path(text)
        try:
            with open(name, "rb") as f:
                data = f.read()
        except (OSError, ValueError) as exc:
            raise failure("PDFNumberOfPages", "read", text, exc, -1) from None
    try:
        return page_count(data)
    except NotReadable as exc:
        shown = name if name == "the buffer" else text
        raise BuiltinFailure(f"PDFNumberOfPages: cannot count the pages of '{shown}': "
                             f"{exc}.", value=-1) from None
