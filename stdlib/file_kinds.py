"""What a file holds: fContentType (its MIME type, from its extension) and
fIsImage/fEstUneImage (whether its first bytes are those of an image).

fContentType uses Python's own table of extensions (the `mimetypes` module without the
system's files, so every machine answers the same), "application/octet-stream" for an
extension it does not know. fIsImage reads the first bytes: PNG, JPEG, GIF, BMP, TIFF,
WebP, ICO (the formats WINDEV's image functions read); a file that cannot be read is a
non-fatal error. No stored help page: fContentType's name is the same in both languages
in PC SOFT's French list; fIsImage's English name is INFERRED; both results *decided*
(docs/builtins.md "File kinds").
"""
from __future__ import annotations

import functools
import mimetypes

from wlinterp.registry import Family, TextArg
from .strings import text_arg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .paths import failure, native_path
from .whole_files import open_whole

family = Family("File kinds")

_SIGNATURES: tuple[tuple[int, bytes], ...] = (
    (0, b"\x89PNG\r\n\x1a\n"), (0, b"\xff\xd8\xff"), (0, b"GIF87a"), (0, b"GIF89a"),
    (0, b"BM"), (0, b"II*\x00"), (0, b"MM\x00*"), (0, b"\x00\x00\x01\x00"), (8, b"WEBP"),
)


@functools.lru_cache(maxsize=1)
def _table() -> mimetypes.MimeTypes:
    return mimetypes.MimeTypes(filenames=())


@family.function("fContentType", "fContentType")
def content_type(rt: Runtime, path: TextArg) -> str:
    """The MIME type of a file named so ("invoice.pdf" gives "application/pdf"); the file
    need not exist."""
    name = native_path(text_arg(path, "fContentType"))
    return _table().guess_type(name, strict=False)[0] or "application/octet-stream"


@family.function("fIsImage", "fEstUneImage", can_fail=True)
def is_image(rt: Runtime, path: TextArg) -> bool:
    """Whether the file starts as a PNG, JPEG, GIF, BMP, TIFF, WebP or ICO image does."""
    name = native_path(text_arg(path, "fIsImage"))
    try:
        with open_whole(name) as f:
            head = f.read(16)
    except (OSError, ValueError) as exc:  # ValueError: a path holding a NUL
        raise failure("fIsImage", "read", V.to_str(path), exc, False) from None
    if head[:4] == b"RIFF" and head[8:12] != b"WEBP":
        return False
    return any(head[at:at + len(sig)] == sig for at, sig in _SIGNATURES)
