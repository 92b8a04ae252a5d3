"""Encodings: Encode/Decode (base64, base64 URL, base32, base85, URL, hexadecimal, and
Crypt's formats encodePCSoft and uuencode),
URLEncode/URLDecode, BufferToHexa/BufferVersHexa, HexaToBuffer/HexaVersBuffer,
AnsiToUnicode/AnsiVersUnicode, UnicodeToAnsi/UnicodeVersAnsi, AnsiToOem/OemToAnsi,
GetUUID/DonneUUID, GetGUID/DonneGUID, UUEncode/UUDecode, UTF8ToAnsi/UTF8VersAnsi and
UTF8ToUnicode/UTF8VersUnicode.

Buffers are strings with one character per byte (0-255), as StringToUTF8 and fLoadBuffer
return them. A string given where bytes are needed is taken byte for byte when all its
characters are 0-255, else as its UTF-8 bytes (`to_bytes`, runtime/value_bytes.py). Invalid
input to a decoder is a non-fatal error: "" is returned and ErrorOccurred is set.
"""
from __future__ import annotations

import base64
import binascii
import re
import secrets
import urllib.parse
import uuid

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import (UNKNOWN, BufferResult, CallWarning, Family, Given,
                               LikeFirstResult)
from wlinterp.runtime.ansi_text import ansi_bytes, ansi_read
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.value_bytes import to_bytes
from wlinterp.source_text import ANSI_BYTE

family = Family("Encoding")

ENCODE_BASE64 = family.constant("encodeBASE64", "encodeBASE64", 1)
ENCODE_BASE64_NO_CR = family.constant("encodeBASE64NoCR", "encodeBASE64SansRC", 2)
ENCODE_BASE64_URL = family.constant("encodeBASE64URL", "encodeBASE64URL", 3)
ENCODE_BASE32 = family.constant("encodeBASE32", "encodeBASE32", 4)
ENCODE_BASE85 = family.constant("encodeBASE85", "encodeBASE85", 5)
ENCODE_URL = family.constant("encodeURL", "encodeURL", 6)
ENCODE_HEXA = family.constant("encodeHexa", "encodeHexa", 7)
# Crypt's printable formats, which Encode and Decode take too (INFERRED: they are "encode"
# constants; docs/builtins.md "Encoding and hashing")
ENCODE_PCSOFT = family.constant("encodePCSoft", "encodePCS", 8, "encodePCSoft")
ENCODE_UUENCODE = family.constant("encodeUUEncode", "encodeUUEncode", 9)
NO_GROUPING = family.constant("NoGrouping", "SansRegroupement", 0)
NO_LINE = family.constant("NoLine", "SansLigne", 0)
BIG_ENDIAN = family.constant("BigEndian", "BigEndian", 0x1000)
UUID_FORMATTED = family.constant("uuidFormatted", "uuidFormaté", 1)
UUID_RAW = family.constant("uuidRaw", "uuidBrut", 0)
GUID_FORMATTED = family.constant("guidFormatted", "guidFormaté", 1)
GUID_RAW = family.constant("guidRough", "guidBrut", 0, "guidRaw")  # ?1000018857
GUID_RAW_256 = family.constant("guidRough256", "guidBrut256", 2)


def buffer(data: bytes) -> str:
    """Bytes as a WLanguage buffer."""
    return data.decode("latin-1")


def _base64_lines(data: bytes) -> str:
    """Base64 cut in lines of 76 characters separated by CR LF (MIME style)."""
    text = base64.b64encode(data).decode("ascii")
    return "\r\n".join(text[i:i + 76] for i in range(0, len(text), 76))


def uu_encode(data: bytes) -> str:
    """Uuencoded lines (45 bytes each, a length character first) separated by CR LF,
    without the `begin`/`end` lines of a uuencoded file."""
    return "\r\n".join(binascii.b2a_uu(data[i:i + 45]).decode("ascii").rstrip("\n")
                       for i in range(0, len(data), 45))


def uu_decode(text: str) -> bytes:
    """The bytes of uuencoded lines; `begin ...` and `end` lines are skipped, so a whole
    uuencoded file decodes too. Raises binascii.Error or ValueError when malformed."""
    lines = [line for line in re.split(r"\r\n|\n|\r", text)
             if line and not line.startswith("begin ") and line.strip() != "end"]
    return b"".join(binascii.a2b_uu(line) for line in lines)


_ENCODERS = {
    ENCODE_BASE64: _base64_lines,
    ENCODE_BASE64_NO_CR: lambda d: base64.b64encode(d).decode("ascii"),
    ENCODE_BASE64_URL: lambda d: base64.urlsafe_b64encode(d).decode("ascii").rstrip("="),
    ENCODE_BASE32: lambda d: base64.b32encode(d).decode("ascii"),
    ENCODE_BASE85: lambda d: base64.b85encode(d).decode("ascii"),
    ENCODE_URL: lambda d: urllib.parse.quote_from_bytes(d, safe="-_.~"),
    ENCODE_HEXA: lambda d: d.hex().upper(),
    ENCODE_PCSOFT: lambda d: base64.b64encode(d).decode("ascii"),
    ENCODE_UUENCODE: uu_encode,
}


def _b64_decode(text: str, urlsafe: bool) -> bytes:
    clean = re.sub(r"\s+", "", text)
    clean += "=" * (-len(clean) % 4)
    if urlsafe:
        return base64.urlsafe_b64decode(clean)
    return base64.b64decode(clean, validate=True)


_DECODERS = {
    ENCODE_BASE64: lambda t: _b64_decode(t, False),
    ENCODE_BASE64_NO_CR: lambda t: _b64_decode(t, False),
    ENCODE_BASE64_URL: lambda t: _b64_decode(t, True),
    ENCODE_BASE32: lambda t: base64.b32decode(re.sub(r"\s+", "", t)),
    ENCODE_BASE85: lambda t: base64.b85decode(re.sub(r"\s+", "", t)),
    ENCODE_URL: lambda t: urllib.parse.unquote_to_bytes(t),
    ENCODE_HEXA: lambda t: bytes.fromhex(re.sub(r"\s+", "", t)),
    ENCODE_PCSOFT: lambda t: _b64_decode(t, False),
    ENCODE_UUENCODE: uu_decode,
}


def encoded(data: bytes, fmt: int) -> str:
    """`data` in the printable format `fmt` (an encode... constant of `_ENCODERS`): the one
    writer of each format, shared by Encode, Crypt and UUEncode."""
    return _ENCODERS[fmt](data)


def decoded(text: str, fmt: int) -> bytes:
    """The bytes that `encoded` turned into `text` in format `fmt`: the one reader of each
    format, shared by Decode, Uncrypt and UUDecode. Raises ValueError (binascii.Error is
    one) when `text` is malformed."""
    return _DECODERS[fmt](text)


def _format(fname: str, value: object, table: dict) -> int:
    fmt = V.to_int(value)
    if fmt not in table:
        raise WLRuntimeError(f"{fname}: unknown encoding format {fmt}.")
    return fmt


@family.function("Encode", "Encode")
def encode(rt: Runtime, value: object, fmt: object = ENCODE_BASE64) -> LikeFirstResult:
    """`value`'s bytes in the given format (encodeBASE64 by default, in lines of 76)."""
    return encoded(to_bytes(value), _format("Encode", fmt, _ENCODERS))


@family.function("Decode", "Décode", can_fail=True)
def decode(rt: Runtime, text: object, fmt: object = ENCODE_BASE64) -> BufferResult:
    """The buffer that Encode turned into `text`; "" and ErrorOccurred if invalid."""
    fmt_code = _format("Decode", fmt, _DECODERS)
    try:
        return buffer(decoded(V.to_str(text), fmt_code))
    except (ValueError, binascii.Error):
        raise BuiltinFailure("Decode: the text is not valid in the given format.",
                             value="") from None


URL_FROM_ANSI = family.constant("encodeURLFromAnsi", "encodeURLDepuisAnsi", 1)
URL_FROM_UTF8 = family.constant("encodeURLFromUTF8", "encodeURLDepuisUTF8", 2)
URL_FROM_UNICODE = family.constant("encodeURLFromUnicode", "encodeURLDepuisUnicode", 3)
URL_PARAMETER = family.constant("encodeURLParameter", "encodeURLParamètre", 4)
URL_TO_ANSI = family.constant("encodeURLToAnsi", "encodeURLVersAnsi", 1)
URL_TO_UTF8 = family.constant("encodeURLToUTF8", "encodeURLVersUTF8", 2)
URL_TO_UNICODE = family.constant("encodeURLToUnicode", "encodeURLVersUnicode", 3)
# The characters an encoded URL may hold besides letters and digits (?3024040, ?3024041).
_URL_ALLOWED = ";/?:@&=+$,-_.!~*'()%#"
# In a URL passed as a parameter, its own separators are encoded too (decided).
_URL_PARAMETER_ALLOWED = "-_.!~*'()"


@family.function("URLEncode", "URLEncode")
def url_encode(rt: Runtime, text: object, fmt: object = URL_FROM_UTF8) -> str:
    """`text` with every character an encoded URL may not hold as %XX of its bytes
    (?3024040: letters, digits and ;/?:@&=+$,-_.!~*'()%# stay, so a whole URL keeps its
    shape): Windows-1252 bytes for encodeURLFromAnsi, UTF-8 otherwise.
    encodeURLParameter encodes the URL's own separators too, so an encoded URL can be
    the parameter of another."""
    mode = V.to_int(fmt)
    if mode == URL_PARAMETER:
        return urllib.parse.quote(V.to_str(text), safe=_URL_PARAMETER_ALLOWED,
                                  errors="surrogatepass")
    encoding = "cp1252" if mode == URL_FROM_ANSI else "utf-8"
    return urllib.parse.quote(V.to_str(text), safe=_URL_ALLOWED, encoding=encoding,
                              errors="replace" if encoding == "cp1252" else "surrogatepass")


@family.function("URLDecode", "URLDécode")
def url_decode(rt: Runtime, text: object, fmt: object = URL_TO_UTF8) -> str:
    """`text` with + as a space and %XX sequences decoded (?3024041): Windows-1252 for
    encodeURLToAnsi, UTF-8 otherwise, a byte that is not UTF-8 read as Windows-1252
    where it stands (a URL mixing both, "caf%C3%A9%20cr%E8me", is "café crème": it was
    "cafÃ© crème", every byte read as Windows-1252 for one stray byte; INFERRED, as
    sources are read: wlinterp/source_text.py); the HTML entity "&#8364;" the page names
    becomes the euro sign."""
    # (a lone surrogate, Charact(56448), goes as its bytes: it stopped the run with
    # Python's "surrogates not allowed", no line named)
    raw = urllib.parse.unquote_to_bytes(V.to_str(text).replace("+", " ")
                                        .encode("utf-8", "surrogatepass"))
    if V.to_int(fmt) == URL_TO_ANSI:
        decoded = raw.decode("cp1252", errors="replace")
    else:
        decoded = raw.decode("utf-8", errors=ANSI_BYTE)
    return decoded.replace("&#8364;", "\u20ac")


def _cut_hash(given: list[Given]) -> CallWarning | None:
    """`BufferToHexa(h, NoGrouping)` with no line parameter: the page (?1000019916) cuts
    every 16 bytes with CR LF, so a SHA-256 hash or HMAC (32 bytes) comes out on two
    lines; web code writes a request's signature so (RC, 6 Dec 2026: two API guides).
    `wl check` warns (WL225); a text literal of 16 bytes or less is left alone."""
    if len(given) != 2 or given[1].value is UNKNOWN or given[1].value != NO_GROUPING:
        return None
    first = given[0].value
    if isinstance(first, str) and len(first.encode("utf-8")) <= 16:
        return None
    return CallWarning("BufferToHexa with NoGrouping (SansRegroupement) and no third "
                       "parameter cuts a buffer of more than 16 bytes into lines of 16 "
                       "bytes with CR LF between them (?1000019916): a hash or signature "
                       "of more than 16 bytes (SHA-256, HMAC) is written on one line by "
                       "BufferToHexa(h, NoGrouping, NoLine) / BufferVersHexa(h, "
                       "SansRegroupement, SansLigne)")


@family.function("BufferToHexa", "BufferVersHexa", declared_check=_cut_hash)
def buffer_to_hexa(rt: Runtime, value: object, group: object = 1,
                   per_line: object = 16) -> str:
    """Upper-case hexadecimal of a buffer, as the help page (?1000019916) shows it: by
    default one group per byte separated by spaces, 16 bytes a line, lines separated by
    CR LF. A group of 2 or 4 bytes reads as a little-endian number ("50 00" is "0050"),
    unless BigEndian is given (in the second or third parameter): then the bytes are
    written in their order; the bytes left over after the last whole group are written
    one by one. NoGrouping: no spaces; NoLine: no line breaks."""
    data = to_bytes(value)
    size, width = V.to_int(group), V.to_int(per_line)
    big = bool((size | width) & BIG_ENDIAN)
    if width & BIG_ENDIAN:  # `BufferToHexa(s, 2, BigEndian)`: the default 16 a line
        width = (width & ~BIG_ENDIAN) or 16
    size = max(size & ~BIG_ENDIAN, 0)
    tokens: list[tuple[str, int]] = []  # (text, bytes it stands for)
    step = size or 1
    for i in range(0, len(data), step):
        chunk = data[i:i + step]
        if len(chunk) == step:
            tokens.append(((chunk if big or step == 1 else chunk[::-1]).hex().upper(), step))
        else:
            tokens.extend((f"{b:02X}", 1) for b in chunk)
    joiner = " " if size else ""
    lines: list[str] = []
    line: list[str] = []
    filled = 0
    for text, count in tokens:
        if line and width > 0 and filled + count > max(width, count):
            lines.append(joiner.join(line))
            line, filled = [], 0
        line.append(text)
        filled += count
    if line:
        lines.append(joiner.join(line))
    return "\r\n".join(lines)


@family.function("HexaToBuffer", "HexaVersBuffer", can_fail=True)
def hexa_to_buffer(rt: Runtime, text: object) -> BufferResult:
    """The buffer written in hexadecimal (spaces and line breaks ignored)."""
    clean = re.sub(r"\s+", "", V.to_str(text))
    try:
        return buffer(bytes.fromhex(clean))
    except ValueError:
        raise BuiltinFailure("HexaToBuffer: the text is not hexadecimal.", value="") from None


@family.function("AnsiToUnicode", "AnsiVersUnicode")
def ansi_to_unicode(rt: Runtime, value: object) -> str:
    """The text whose ANSI (Windows-1252) bytes are `value`, read as `s = buf` reads them
    (ansi_read: the five bytes Windows-1252 leaves undefined, 0x81..., are U+0081...,
    as Windows reads them; they were U+FFFD here and kept by `s = buf`)."""
    return ansi_read(to_bytes(value))


@family.function("UnicodeToAnsi", "UnicodeVersAnsi")
def unicode_to_ansi(rt: Runtime, text: object) -> str:
    """The ANSI (Windows-1252) bytes of `text` as a buffer; characters with no ANSI code
    become "?"; U+0081... are the bytes AnsiToUnicode read them from (ansi_bytes)."""
    text = V.to_str(text)
    ansi = ansi_bytes(text) if text else b""
    return buffer(text.encode("cp1252", errors="replace") if ansi is None else ansi)


@family.function("AnsiToOem", "AnsiVersOem")
def ansi_to_oem(rt: Runtime, value: object) -> str:
    """ANSI (Windows-1252) bytes converted to the OEM (code page 850) ones."""
    return buffer(ansi_to_unicode(rt, value).encode("cp850", errors="replace"))


@family.function("OemToAnsi", "OemVersAnsi")
def oem_to_ansi(rt: Runtime, value: object) -> str:
    """OEM (code page 850) bytes converted to ANSI (Windows-1252) ones."""
    return unicode_to_ansi(rt, to_bytes(value).decode("cp850", errors="replace"))


@family.function("GetUUID", "DonneUUID")
def get_uuid(rt: Runtime, fmt: object = UUID_FORMATTED) -> str:
    """A new random (version 4) UUID: "8-4-4-4-12" upper-case hexadecimal, or with
    uuidRaw the 32 digits alone."""
    u = str(uuid.uuid4()).upper()
    return u if V.to_int(fmt) == UUID_FORMATTED else u.replace("-", "")


@family.function("GetGUID", "DonneGUID")
def get_guid(rt: Runtime, fmt: object = GUID_FORMATTED) -> str:
    """A new GUID as the help page (?1000018857) shows its formats: by default
    guidFormatted, "{8-4-4-4-12}" upper-case hexadecimal; guidRough, the 32 digits alone;
    guidRough256, 64 lower-case digits (32 random bytes, as its example)."""
    mode = V.to_int(fmt)
    if mode == GUID_RAW_256:
        return secrets.token_hex(32)
    u = str(uuid.uuid4()).upper()
    return "{" + u + "}" if mode == GUID_FORMATTED else u.replace("-", "")


@family.function("UUEncode", "UUEncode")
def uuencode(rt: Runtime, value: object) -> str:
    """`value`'s bytes uuencoded (see `uu_encode`)."""
    return encoded(to_bytes(value), ENCODE_UUENCODE)


@family.function("UUDecode", "UUDécode", can_fail=True)
def uudecode(rt: Runtime, text: object) -> BufferResult:
    """The buffer that UUEncode turned into `text`; "" and ErrorOccurred if invalid."""
    try:
        return buffer(decoded(V.to_str(text), ENCODE_UUENCODE))
    except (ValueError, binascii.Error):
        raise BuiltinFailure("UUDecode: the text is not valid uuencoded data.",
                             value="") from None


@family.function("UTF8ToAnsi", "UTF8VersAnsi")
def utf8_to_ansi(rt: Runtime, value: object) -> str:
    """The ANSI (Windows-1252) bytes of the text whose UTF-8 bytes are `value` (invalid
    UTF-8 sequences and characters with no ANSI code become "?")."""
    text = to_bytes(value).decode("utf-8", errors="replace").replace("\ufffd", "?")
    return buffer(text.encode("cp1252", errors="replace"))


@family.function("UTF8ToUnicode", "UTF8VersUnicode")
def utf8_to_unicode(rt: Runtime, value: object) -> str:
    """The text whose UTF-8 bytes are `value` (an invalid sequence becomes U+FFFD)."""
    return to_bytes(value).decode("utf-8", errors="replace")
