"""Between a Buffer and a string the text is ANSI (Windows-1252), the one rule both
directions follow (docs/semantics.md "A Buffer stored into a string", INFERRED).

A Buffer variable holds its bytes as characters 0-255 (values.py). Its bytes read as
Latin-1 made byte 0x80 the control character U+0080 in a string where Windows' ANSI
reading gives "€" (and 0x92 "’", 0x9C "œ"...): `s = buf` now reads them as
Windows-1252, and a string stored into a Buffer writes its characters back as those
bytes, so that `s = buf` then `buf2 = s` gives the same bytes. The five bytes
Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay U+0081... as Windows
reads them. A text with characters ANSI cannot write ("日本") is stored as it was (its
bytes UTF-8, value_bytes.to_bytes).
"""
from __future__ import annotations

__all__ = ["buffer_text", "text_buffer", "text_stored", "ansi_bytes", "ansi_read",
           "held_bytes"]


def _ansi_tables() -> tuple[dict[int, int], dict[int, int]]:
    """Byte 0x80-0x9F -> its Windows-1252 character, and back."""
    to_text: dict[int, int] = {}
    for byte in range(0x80, 0xA0):
        try:
            to_text[byte] = ord(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:  # undefined: kept as the same code point
            continue
    return to_text, {char: byte for byte, char in to_text.items()}


_TO_TEXT, _TO_BYTES = _ansi_tables()
_BYTES_OF_TEXT = {**{c: c for c in range(256) if c not in _TO_TEXT}, **_TO_BYTES}


def buffer_text(value: object) -> object:
    """A Buffer's value stored into a string: its bytes read as Windows-1252 (a Buffer
    holding text that is no bytes, or Null, as it is)."""
    if not isinstance(value, str) or not value or max(value) > "\xff":
        return value
    return str.__str__(value).translate(_TO_TEXT)


def text_stored(value: object) -> str:
    """A value only the run knows (a Variant, an untyped result, a parameter) stored into
    a string: a Buffer's bytes it holds (values.BufferText) read as Windows-1252, as
    `s = buf` reads a Buffer variable's; anything else its text (values.to_str)."""
    if type(value) is str:
        return value
    if isinstance(value, str) and getattr(value, "wl_type_name", None) == "buffer":
        return buffer_text(str.__str__(value))  # type: ignore[return-value]
    from .values import to_str  # (values imports this module)
    return to_str(value)


def text_buffer(value: object) -> object:
    """A string stored into a Buffer: its characters written as Windows-1252 bytes
    ("€" is 0x80) when ANSI can write them all; else the value as it is."""
    if type(value) is not str or not value or max(value) <= "\xff":
        return value  # (ANSI's characters beyond Latin-1 are all past U+00FF)
    ansi = ansi_bytes(value)
    return value if ansi is None else ansi.decode("latin-1")


def ansi_bytes(text: str) -> bytes | None:
    """The Windows-1252 bytes of a text with characters past U+00FF, when ANSI writes
    them all (the bytes the encoding and hashing built-ins read: value_bytes.to_bytes);
    None when it cannot ("日本": UTF-8 then)."""
    if any(ord(c) not in _BYTES_OF_TEXT for c in text):
        return None
    return text.translate(_TO_BYTES).encode("latin-1")


def ansi_read(data: bytes) -> str:
    """Text `ansi_bytes` wrote, read back."""
    return data.decode("latin-1").translate(_TO_TEXT)


def held_bytes(text: str) -> bytes | None:
    """The bytes a text may hold as characters: Latin-1 when every character is below
    256 (a Buffer's), else Windows-1252 when ANSI writes them all (a Buffer's bytes read
    as ANSI by `s = buf`: "â‚¬" holds the UTF-8 bytes of "€"); None for other text.
    What UTF8ToString and the readers of UTF-8 given as bytes decode (they took a text
    with a character past U+00FF for text already, and left "â‚¬" as it was)."""
    if not text or max(text) <= "\xff":
        return text.encode("latin-1")
    return ansi_bytes(text)
