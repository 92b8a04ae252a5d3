"""URLExtractPath/URLExtraitChemin and sComputeCrc16/sCalculeCrc16, the two names of the
encoding family (PC SOFT's French list) that had no implementation. No stored help page
for either (searched 2026-12-02): behaviour *decided*, English names INFERRED from
fExtractPath/fExtraitChemin and sComputeCrc32/sCalculeCrc32 (docs/builtins.md, "URL
parts and CRC-16").

- URLExtractPath(url, parts) is fExtractPath for a URL: the same constants, added
  together: fDrive the URL's origin ("https://example.com:8080", scheme, host and port),
  fDirectory the folders of its path (with the final "/"), fFileName the last part
  without its extension, fExtension the extension with its dot. The query ("?a=1") and
  the fragment ("#top") belong to no part. The text is taken as it is: not decoded.
- sComputeCrc16(value) is CRC-16/ARC, the algorithm catalogues call plainly "CRC-16"
  (polynomial 0x8005 reflected, initial value 0, no final XOR; "123456789" gives 0xBB3D
  = 47933), as sComputeCrc32 is the plain CRC-32 of zip and PNG: a positive integer
  0-65535 of the bytes sComputeCrc32 takes (a buffer's bytes; text of characters 0-255
  byte for byte, other text as UTF-8: runtime/value_bytes.py `to_bytes`).
"""
from __future__ import annotations

from urllib.parse import urlsplit

from wlinterp.registry import Family, NumberArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.value_bytes import to_bytes

from .path_pieces import split_path  # the fExtractPath pieces of a path
from .paths import pick_parts
from .strings import text_arg

family = Family("URL parts and CRC-16")


def reflected_table(poly: int) -> tuple[int, ...]:
    """The byte table of a reflected CRC polynomial (0xA001: CRC-16/ARC here;
    0xEDB88320: CRC-32, zip_encrypt.py's cipher)."""
    out = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ poly if crc & 1 else crc >> 1
        out.append(crc)
    return tuple(out)


_CRC16 = reflected_table(0xA001)


def crc16_arc(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc = (crc >> 8) ^ _CRC16[(crc ^ byte) & 0xFF]
    return crc


@family.function("sComputeCrc16", "sCalculeCrc16")
def compute_crc16(rt: Runtime, value: object) -> int:
    """The CRC-16/ARC of a string or buffer, 0-65535."""
    return crc16_arc(to_bytes(value))


def url_parts(url: str) -> tuple[str, str, str, str]:
    """(origin, folders, name, extension) of a URL."""
    split = urlsplit(url)
    origin = f"{split.scheme}://{split.netloc}" if split.scheme and split.netloc else (
        f"{split.scheme}:" if split.scheme else "")
    _, folders, name, extension = split_path(split.path, network=False)  # a URL's path has no drive
    return origin, folders, name, extension


@family.function("URLExtractPath", "URLExtraitChemin")
def url_extract_path(rt: Runtime, url: TextArg, parts: NumberArg) -> str:
    """The requested parts of a URL, added together (fDrive, fDirectory, fFileName,
    fExtension: see the module docstring)."""
    return pick_parts(url_parts(text_arg(url, "URLExtractPath")), parts)
