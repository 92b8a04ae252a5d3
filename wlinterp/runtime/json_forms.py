"""What a date, a time or a buffer becomes when it is assigned to a JSON variable or to
one of its members: the JSON type page (?1000023611) says a date is "converted into a
string in RFC format", and the Buffer type page (?1514042) that "Buffer variables are
encoded in base64 in JSON and XML". Such a value is a text here ("YYYYMMDD", bytes as
characters), so the compiler, which knows the variable's declared type, asks for the
conversion where it stores the value (compiler/assigns.py `json_form_code`).
"""
from __future__ import annotations

__all__ = ["JSONText", "JSONBuffer", "PSD_FORMATTING", "PSD_MINIFIED", "formatted", "json_form", "base64_of", "digits_of", "json_problem", "json_dumped",
           "json_loaded"]

from . import values as V
from .value_bytes import to_bytes
from ..errors import ErrCode, WLRuntimeError
from ..lazy_regex import lazy_compile
from ..digits import ascii_digits


class JSONText(str):
    """A text a JSON variable stores as a JSON string, where a plain text assigned to it
    is read as JSON data (stdlib/json_type.py `wl_from_value`)."""

    __slots__ = ()


# psdFormatting / psdMiseEnForme and psdMinified / psdMinifié, options of Serialize,
# JSONToString and VariantToJSON: their values are ours (UNVERIFIED: no stored page; the
# French name is in public WINDEV code, `Sérialise(st, s, psdJSON+psdMiseEnForme)`)
PSD_FORMATTING = 8192
PSD_MINIFIED = 16384


def formatted(option: object) -> bool:
    """Does a JSON writer's option ask for the indented form (psdFormatting)?"""
    return bool(V.to_int(option) & PSD_FORMATTING) if option is not None else False


def json_dumped(tree: object, pretty: bool = False, ascii_only: bool = False) -> str:
    """The compact JSON text of `tree` (a JSON variable's text, VariantToJSON,
    Serialize). A real beyond about 1.8e308 (a calculation's inf or nan, a JSON text's
    1e400) is the numeric overflow error, as where such a result is shown as text
    (values.real_overflow): it was written `Infinity` / `NaN`, which no JSON reader
    takes, into a REST answer or a file. `pretty`: psdFormatting's indented form.
    `ascii_only`: every character past the first 128 written `\\u` and four upper-case
    hexadecimal digits (Serialize's psdJSON, VERIFIED ?3013065; the digits' case as
    ?1000021052 writes `\\u00E9`), a character past U+FFFF as its two surrogates."""
    import json
    try:
        if pretty:  # one tab a level, lines ended by CR LF as WINDEV's RC (UNVERIFIED)
            text = json.dumps(tree, ensure_ascii=ascii_only, indent="\t",
                              allow_nan=False).replace("\n", "\r\n")
        else:
            text = json.dumps(tree, ensure_ascii=ascii_only, separators=(",", ":"),
                              allow_nan=False)
    except ValueError as exc:
        if "Out of range float" not in str(exc):
            raise
        raise WLRuntimeError("Numeric overflow: a number beyond the largest real (about "
                             "1.8e308) cannot be written in JSON.", ErrCode.NUMERIC) from None
    return _upper_escapes(text) if ascii_only and "\\u" in text else text


def _upper_escapes(text: str) -> str:
    """`\\u00e9` written `\\u00E9`; an escaped backslash (`\\\\`) is passed over whole, so
    the text `\\u00e9` a string held stays as it was."""
    import re
    return re.sub(r"\\\\|\\u[0-9a-f]{4}",
                  lambda m: "\\u" + m.group()[2:].upper() if m.group()[1] == "u" else m.group(),
                  text)


def base64_of(text: str) -> str:
    """A buffer's bytes (characters 0-255, else the text's UTF-8) in base64 (the module
    imported here: a run that writes no buffer to JSON or XML does without it)."""
    import base64
    return base64.b64encode(to_bytes(text)).decode("ascii")


class JSONBuffer(JSONText):
    """A Buffer variable assigned to a whole JSON variable: its base64 (the JSONText),
    with its bytes kept, for the JSON variable to read them as JSON data when they are
    a JSON object or array (stdlib/json_type.py `wl_from_value`)."""

    __slots__ = ("raw",)
    raw: str


def json_form(value: object, kind: str, whole: bool = False) -> str:
    """`value`, held by a variable declared `kind` (date, time, datetime, buffer), as the
    JSON string it becomes: a JSONText for the `whole` JSON variable, else (a member) a
    plain text. *Decided* (the page does not show one): "RFC format" is RFC
    3339's, `2024-01-15` for a date, `10:30:00` for a time, `2024-01-15T10:30:00` for a
    date-time (`.250` added when it has milliseconds). A value that is not of that form
    (an empty date) is stored as its text."""
    raw = value if type(value) is str else V.to_str(value)
    text = _form(raw, kind)
    if whole and kind == "buffer":
        marked = JSONBuffer(text)
        marked.raw = raw
        return marked
    return JSONText(text) if whole else text


def _form(text: str, kind: str) -> str:
    if kind == "buffer":
        return base64_of(text)
    plain = ascii_digits(text)
    if kind == "date" and plain and len(text) == 8:
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    if kind == "time" and plain and len(text) >= 6:
        return f"{text[:2]}:{text[2:4]}:{text[4:6]}{_fraction(text[6:])}"
    if kind == "datetime" and plain and len(text) >= 14:
        return (f"{text[:4]}-{text[4:6]}-{text[6:8]}T{text[8:10]}:{text[10:12]}:"
                f"{text[12:14]}{_fraction(text[14:])}")
    return text


def _fraction(rest: str) -> str:
    """The milliseconds of a time's or date-time's text ("25" hundredths, "250"), if any."""
    millis = (rest + "000")[:3]
    return "" if millis == "000" else f".{millis}"


_RFC = {
    "date": lazy_compile(r"([0-9]{4})-([0-9][0-9])-([0-9][0-9])()()()()"),
    "time": lazy_compile(r"()()()([0-9][0-9]):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]{1,3}))?"),
    "datetime": lazy_compile(r"([0-9]{4})-([0-9][0-9])-([0-9][0-9])T([0-9][0-9]):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]{1,3}))?"),
}


def digits_of(text: str, kind: str) -> str:
    """The value an RFC 3339 text written by `json_form` stands for, as a variable of
    `kind` (date, time, datetime) holds it ("2024-01-15" -> "20240115", "10:30:00.250"
    -> "10300025"): Deserialize reads back what Serialize wrote. Any other text is
    returned as it is (WINDEV's own digits included)."""
    m = _RFC[kind].fullmatch(text)
    if m is None:
        return text
    y, mo, d, h, mi, sec, frac = m.groups()
    millis = (frac or "").ljust(3, "0")
    if kind == "date":
        return f"{y}{mo}{d}"
    if kind == "time":
        return f"{h}{mi}{sec}{millis[:2]}"
    return f"{y}{mo}{d}{h}{mi}{sec}{millis}"


def json_loaded(text: str | bytes) -> object:
    """The value of a JSON text, as the standard reads it: Python's reader also takes
    `NaN`, `Infinity` and `-Infinity`, which are no JSON (a JSON text holding one was
    read, and its value stopped the program where it was used); they are refused as
    the rest of an invalid text is (ValueError: JSONToVariant's non-fatal failure), and
    so is a number beyond the largest real (`1e999`)."""
    import json
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_real)
    except RecursionError:  # deeper than the reader's recursion goes: say how deep
        from .json_depth import NestedTooDeep, text_depth
        raise NestedTooDeep(text_depth(text)) from None


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON value")


def _real(text: str) -> float:
    """A JSON number with a fraction or an exponent, as a real; one beyond the largest
    real (`1e999`: Python's reader gave inf) is refused as NaN is, at the read (it
    stopped the program later, where it was used: "Numeric overflow")."""
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"the number {text} is beyond the largest real (about 1.8e308)")
    return value


def json_problem(exc: BaseException) -> str:
    """What is wrong with JSON text that could not be read: the parser's words, or for
    text nested deeper than the parser goes (RecursionError) a sentence of ours rather
    than Python's words about its recursion depth."""
    return "it is nested too deeply" if isinstance(exc, RecursionError) else str(exc)
