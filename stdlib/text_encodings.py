"""How text files are encoded, for the families that read and write them: the byte-order
marks that decide, the encodings the foAnsi/foUnicode/foUTF8 mode bits force (the
constants themselves are the "File handles" family's, file_handles.py; fLoadText of the
"Files" family takes them too), how a whole file's bytes are read as text, and the bytes
text is written as. Both families import this module; neither imports the other for it.
"""
from __future__ import annotations

__all__ = ["ANSI_BIT", "UNICODE_BIT", "UTF8_BIT", "TEXT_BOMS", "UTF16_BOMS", "forced_encoding",
           "UTF16", "decoded_text", "decoded", "file_bytes", "encoded_text", "marked_text",
           "utf8_bytes_read", "sent_bytes", "saved_bytes", "appended_bytes", "SNIFFED",
           "unmarked_encoding"]

import codecs

from wlinterp.runtime import values as V
from wlinterp.runtime.ansi_text import held_bytes

# The values of foAnsi, foUnicode and foUTF8 (bits of fOpen's mode, fLoadText's
# second parameter): ours, NOT VERIFIED, apart from the bits fOpen's verified modes use
# (1, 2, 256, 512, 2048: docs/builtins.md "Constant values").
ANSI_BIT = 0x10000
UNICODE_BIT = 0x20000
UTF8_BIT = 0x40000

# Byte-order marks and the encodings they stand for (fLoadText, fOpen/fReadLine). FE FF
# (UTF-16 big-endian, as Java or a Mac tool writes it) is read, never written: foUnicode
# writes little-endian, as WINDEV does.
# The one list of them: INI files (ini_files.py) and XML sources (xml_documents.py,
# xml_parse.py) read it too.
TEXT_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"),
             (b"\xfe\xff", "utf-16-be"))
UTF16 = ("utf-16-le", "utf-16-be")
UTF16_BOMS = tuple(bom for bom, encoding in TEXT_BOMS if encoding in UTF16)


def forced_encoding(mode: int) -> str:
    """The encoding foUnicode (UTF-16 LE), foUTF8 or foAnsi forces; "" for none."""
    if mode & UNICODE_BIT:
        return "utf-16-le"
    if mode & UTF8_BIT:
        return "utf-8"
    return "cp1252" if mode & ANSI_BIT else ""


def decoded_text(data: bytes, forced: str = "") -> str:
    """A whole text file's bytes as text, as fReadLine reads them: a byte-order mark
    decides (UTF-8, UTF-16 LE as fCreate(..., foUnicode) writes, or UTF-16 BE); without
    one UTF-8 when the bytes are valid UTF-8, else Windows-1252. A `forced` encoding
    (fLoadText's foAnsi/foUnicode/foUTF8) is used whatever the bytes, its own mark
    dropped; foUnicode on a big-endian mark reads big-endian (the mark gives the order)."""
    for bom, encoding in TEXT_BOMS:
        if data.startswith(bom) and (forced in ("", encoding)
                                     or forced in UTF16 and encoding in UTF16):
            return data[len(bom):].decode(encoding, errors="replace")
    return decoded(data, forced)


def decoded(raw: bytes, encoding: str) -> str:
    """Bytes (a file, a line of one) as text in `encoding`; with none, UTF-8 when the
    bytes are valid UTF-8, else Windows-1252 (WINDEV's ANSI)."""
    if encoding:
        return raw.decode(encoding, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def file_bytes(text: str) -> bytes:
    """UTF-8, except for text that already holds UTF-8 bytes as characters (the result of
    StringToUTF8), which is written byte for byte instead of being encoded twice."""
    if not text.isascii() and (raw := held_bytes(text)) is not None:  # (or read as
        try:                                                            # ANSI: s = buf)
            raw.decode("utf-8")
            return raw
        except UnicodeDecodeError:
            pass
    return text.encode("utf-8")


_NOT_TEXT = frozenset(chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20),
                                       *range(0x7F, 0xA0)])
"""Characters no text holds (C0 controls but TAB, CR, LF; DEL; C1 controls): a string of
characters 0-255 holding one is a Buffer's bytes (a file fLoadBuffer read)."""


def sent_bytes(text: str) -> bytes:
    """The bytes a value given as a request's body is sent as: a Buffer's bytes as they
    are (characters 0-255 holding a byte no text holds: an image, a PDF, a ZIP read by
    fLoadBuffer), else file_bytes (UTF-8, StringToUTF8's bytes as they are). A Buffer
    was encoded as UTF-8 text, each byte over 0x7F becoming two: an uploaded file
    arrived damaged."""
    if not _NOT_TEXT.isdisjoint(text) and (raw := held_bytes(text)) is not None:
        return raw  # (a Buffer stored into a string holds its bytes read as ANSI)
    return file_bytes(text)


def saved_bytes(text: object) -> bytes:
    """The bytes fSaveText and fAppendText write for a value: a Buffer's as they are,
    else sent_bytes of its text (a binary Buffer kept in a string stays its bytes)."""
    if type(text) is V.BufferText:
        return text.encode("latin-1")
    return sent_bytes(V.to_str(text))


# How much of a file fAppendText reads to tell its encoding when it has no mark
SNIFFED = 65536


def appended_bytes(head: bytes, text: object, forced: str = "") -> bytes:
    """The bytes fAppendText adds after a file starting with `head` (its first bytes, up to
    SNIFFED; b"" for a new or empty file): in the file's own encoding, so the file stays
    one text (UTF-8 added to a UTF-16 or an ANSI file made it unreadable as either; *decided*
    6 Dec 2026, INFERRED: docs/builtins.md "fAppendText's encoding"). A byte-order mark
    gives it (UTF-8, UTF-16 LE or BE), else Windows-1252 when those bytes are not UTF-8,
    else UTF-8. A `forced` encoding (foAnsi, foUnicode, foUTF8) is used as given, with its
    mark when the file is new or empty, as fSaveText writes it. A Buffer's bytes as they
    are."""
    if type(text) is V.BufferText:
        return saved_bytes(text)
    if forced:
        return encoded_text(V.to_str(text), forced) if head else marked_text(V.to_str(text),
                                                                                forced)
    found = next((enc for bom, enc in TEXT_BOMS if head.startswith(bom)), "")
    found = found or unmarked_encoding(head)
    return encoded_text(V.to_str(text), found) if found else saved_bytes(text)


def unmarked_encoding(head: bytes) -> str:
    """The encoding text is added in to a file without a byte-order mark starting with
    `head` (its first bytes, up to SNIFFED): "cp1252" (ANSI) when they are not UTF-8,
    else "" (UTF-8, as a new file is written): fAppendText, and fWrite/fWriteLine in a
    file fOpen opened for writing, keep an ANSI file ANSI."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=len(head) < SNIFFED)
    except UnicodeDecodeError:
        return "cp1252"
    return ""


def encoded_text(text: str, encoding: str) -> bytes:
    """The bytes `text` is written as in a file opened in `encoding` (forced_encoding's
    result; "" is UTF-8, as file_bytes writes it)."""
    if encoding in UTF16:
        return text.encode(encoding, errors="surrogatepass")
    if encoding == "cp1252":
        return text.encode("cp1252", errors="replace")
    return file_bytes(text)


def marked_text(text: str, encoding: str) -> bytes:
    """A whole file written in a forced encoding: UTF-16 LE and UTF-8 start with their
    byte-order mark (as fCreate writes them), so fLoadText and fReadLine read the file
    back in that encoding; ANSI and the default UTF-8 have none."""
    mark = next((bom for bom, enc in TEXT_BOMS if enc == encoding), b"")
    return mark + encoded_text(text, encoding)


def utf8_bytes_read(text: str) -> str:
    """A JSON or XML text given as bytes (a buffer fLoadBuffer read, one character per
    byte) is read as a text file is: a byte-order mark decides (UTF-8, UTF-16), else
    UTF-8 when the bytes are valid UTF-8, else Windows-1252 (WINDEV's ANSI). A JSON
    file's "€" came back as "â\x82¬" from Deserialize and JSONToVariant (whose page,
    ?1000021052, takes UTF-8 data); an ANSI file's "€" as the control character
    "\x80", a UTF-16 one's text as no JSON at all (*decided* 5 Dec 2026, INFERRED:
    docs/builtins.md "Serialization"). Text with a character ANSI cannot write is text
    already and used as it is; so is a text that is none of these (a byte cp1252 leaves
    undefined). A Buffer stored into a string holds its bytes read as ANSI
    (runtime/ansi_text.py held_bytes): read the same."""
    raw = None if text.isascii() else held_bytes(text)  # (bytes read as ANSI: s = buf)
    if raw is None:
        return text
    try:
        for bom, encoding in TEXT_BOMS:
            if raw.startswith(bom):
                return raw[len(bom):].decode(encoding)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252")
    except UnicodeDecodeError:
        return text
