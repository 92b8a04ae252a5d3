"""WLanguage values and conversions: the one place that decides what truthiness, text
and number conversion mean; the operators built on them are arithmetic.py's (`+`, `-`...)
and comparisons.py's (`=`, `<`, `[=`...); a value's bytes are value_bytes.py's, a store into
a declared number type (currency, numeric, 4-byte real) stored_numbers.py's.

Representation (chosen so the common cases are plain Python objects the compiler can
guard inline): int -> `int`, real -> `float`, string/date/time -> `str`, boolean -> `bool`,
currency/numeric -> `Decimal`, Null -> `None`, arrays -> `WLArray`, structures ->
`WLStruct`. Rules are in docs/semantics.md §5 (read from PC SOFT's
runtime); every choice on an unverified point is recorded in docs/semantics.md.
"""
from __future__ import annotations

__all__ = [
    "to_str", "to_bool", "to_int", "to_real", "to_num", "format_number", "val",
    "wrap32", "wrap64", "w_not", "type_name", "common_numbers", "real_overflow",
    "whole_number", "decimal_comma", "NumericHeld", "numeric_kept",
]

import decimal
import math
from decimal import Decimal
from typing import NoReturn

from ..errors import ErrCode, WLRuntimeError
from ..lazy_regex import lazy_compile

_EXACT = Decimal.from_float  # an int: the same Decimal as Decimal(n), cheaper


class NumericHeld(Decimal):
    """A numeric's value (a numeric variable, member, element or parameter, and one
    stored into a Variant): marked so that TypeVar answers wlNumeric and the run's
    errors name a numeric ("A value of type numeric cannot be indexed"), a numeric and a
    currency being both Decimals (they said currency). A currency stays a plain Decimal.
    Operators keep the mark (arithmetic.py); conversions read it as a plain Decimal
    (`wl_num`, to_num). Defined here, the lowest layer, so that the conversions and the
    operators test it by identity, as they test Decimal, on their fast paths."""

    __slots__ = ()
    wl_type_name = "numeric"

    def wl_num(self) -> Decimal:
        return Decimal(self)


def numeric_kept(result: object, a: object = None, b: object = None) -> object:
    """`result`, computed from `a` and `b` read as plain numbers (to_num), marked a
    numeric when it is a Decimal and `a` or `b` is a numeric: the one rule of the
    operators off their fast paths (arithmetic.py: `v + 1`, v a Variant holding one) and
    of the built-ins (Power(n, 2), Abs(n), Round(n, 1); Sum and Mean give the first
    numeric among their values): numerics (TypeVar wlNumeric), not currencies
    (docs/semantics.md "TypeVar of a numeric or a currency, wherever it goes"). Two named
    parameters, not `*given`: a tuple walked cost the operators a sixth more."""
    if (type(a) is NumericHeld or type(b) is NumericHeld) and type(result) is Decimal:
        return NumericHeld(result)  # (Decimal's constructor: result is one)
    return result


Date = str
"""A date value ("YYYYMMDD"); built-ins that return dates say `-> Date` so the compiler
knows `Today() + 1` adds a day."""

Time = str
"""A time value ("HHMMSSCC"); built-ins that return times say `-> Time` so the compiler
knows `dt is DateTime = Now()` is that time today and TypeVar(Now()) is wlTime."""

DateTime = str
"""A datetime value ("YYYYMMDDHHMMSSCCC"); built-ins that return one say `-> DateTime` so
that a Variant given it keeps a DateTime (`v = DateTimeSys()`: TypeVar wlDateTime,
`v..Date` its date part; it held a plain string)."""

# Currency and numeric arithmetic runs in Python's decimal context: a numeric has 38
# significant digits (VERIFIED, "Numeric (Variable type)" ?1514072), beyond the default 28.
# Set for this thread and for threads started later (ThreadExecute).
decimal.DefaultContext.prec = max(decimal.DefaultContext.prec, 38)
decimal.getcontext().prec = max(decimal.getcontext().prec, 38)

# Digits are 0-9 only: `\d` also matches other scripts' digits (Arabic-Indic "١٢", which
# Python's int() reads as 12): a string of them is no number, as for Val in WINDEV
_NUM_RE = lazy_compile(r"\s*[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?\s*$")
_INT_RE = lazy_compile(r"\s*[-+]?[0-9]+\s*$")
_LEADING_NUM_RE = lazy_compile(r"\s*[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)")
_DECIMAL_COMMA_RE = lazy_compile(r"\s*[-+]?[0-9]*(,)[0-9]")


class UnicodeText(str):
    """The value of a variable declared `UNICODE string` / `chaîne UNICODE`: the same
    text, marked so that the functions that read a string's bytes (BufferToHexa, Encode,
    the hashes) see its UTF-16 bytes, as WINDEV stores such a string (help page of
    BufferToHexa, ?1000019916). Anything computed from it is a plain string again:
    `wl_text` gives the plain text to every operation that converts its operands."""

    __slots__ = ()

    def wl_text(self) -> str:
        return str.__str__(self)


class BufferText(str):
    """A Buffer's bytes (held as a string of characters 0-255, as a Buffer variable holds
    them) stored where no declaration keeps its type: a Variant, an untyped parameter, an
    array of Variant. Marked so that TypeVar and `..Type` answer wlBuffer, as they do
    for the Buffer variable (they said wlString); anything computed from it is a plain
    string again (`wl_text`), as for UnicodeText. A Buffer variable itself holds a plain
    string: its declaration tells its type, and string code keeps its fast paths."""

    __slots__ = ()
    wl_type_name = "buffer"

    def wl_text(self) -> str:
        return str.__str__(self)


def buffer_variant(v: object) -> object:
    """A Buffer's value stored into a Variant (or passed where no type is declared):
    marked BufferText; anything else (Null) as it is."""
    return BufferText(v) if type(v) is str else v


def utf8_stored(v: object) -> str:
    """A built-in's text output (TextOutArg) stored into a Buffer: its UTF-8 bytes, one
    character per byte as a Buffer holds them; bytes already (BufferText) as they are."""
    if isinstance(v, BufferText):
        return str.__str__(v)
    return to_str(v).encode("utf-8", errors="surrogatepass").decode("latin-1")


def to_unicode(v: object) -> "UnicodeText":
    """`v` stored into a UNICODE string variable."""
    return v if type(v) is UnicodeText else UnicodeText(to_str(v))


def type_name(v: object) -> str:
    """The WLanguage name of a value's type, for error messages."""
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "real"
    if isinstance(v, str):  # a Variant's Date, Time or DateTime: its own type
        return v.wl_type_name if getattr(v, "wl_dated", False) else "string"  # type: ignore[attr-defined]
    if isinstance(v, Decimal):  # a numeric is marked (stored_numbers.py NumericHeld,
        return getattr(v, "wl_type_name", "currency")  # a `0n` literal): its errors say so
    if v is None:
        return "Null"
    if type(v) is list:  # an array literal `["a"]` (it said "type list", Python's word)
        return "array"
    if type(v) is tuple:  # a procedure's `RESULT (a, b)` where one value was wanted
        return "several values (RESULT (a, b): receive them with (x, y) = ...)"
    sdef = getattr(v, "sdef", None)
    if sdef is not None and getattr(sdef, "is_class", False):  # an object: its class, as `wl check` names it
        return f"{sdef.name} (an object)"  # (an instance's sdef is a StructDef)
    named: object = getattr(sdef, "name", None) if sdef is not None else None
    if isinstance(named, str) and named:  # a structure: its own name, as `wl check`
        return f"{named} (a structure)"  # names it (it said "structure")
    return getattr(v, "wl_type_name", type(v).__name__)


# ---------------------------------------------------------------- text conversion

_TOO_LARGE_TO_SHOW = "Numeric overflow: the integer is too large to display."


def format_number(x: float | int | Decimal) -> str:
    """Numbers as WINDEV shows them: 15 significant digits, no trailing zeros, no exponent."""
    if isinstance(x, bool):
        return "1" if x else "0"
    if isinstance(x, int):
        if x.bit_length() > 10000:
            raise WLRuntimeError(_TOO_LARGE_TO_SHOW)
        return str(x)
    if isinstance(x, Decimal):
        if x.adjusted() > 3000:  # (a numeric of 1e40 multiplied by itself 7 times: its
            raise WLRuntimeError(_TOO_LARGE_TO_SHOW)  # int() has more digits than
        if x == x.to_integral_value():  # Python converts to text, a ValueError)
            return str(int(x))
        text = format(x.normalize(), "f")
        return text
    if x - x != 0.0:  # inf or nan: an overflow never reaches the user as "inf"
        real_overflow(x)
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    text = format(x, ".15g")
    if "e" in text:
        text = format(Decimal(text), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def to_str(v: object) -> str:
    """Text of a value (booleans give "1"/"0", as PC SOFT's runtime does)."""
    t = type(v)
    if t is str:
        return v  # type: ignore[return-value]
    if t is int or t is float or t is bool or t is Decimal or t is NumericHeld:
        return format_number(v)  # type: ignore[arg-type]
    if v is None:
        return ""
    text = getattr(v, "wl_text", None)
    if text is not None:  # (a combination's value: its options' names, enums.py)
        return text()
    if isinstance(v, (int, float, Decimal)):
        return format_number(v)
    raise WLRuntimeError(f"A value of type {type_name(v)} cannot be converted to a string.")


# ---------------------------------------------------------------- numbers

MAX_INT_DIGITS = 38
"""Most digits of an integer read from text: WLanguage's widest number (numeric) has 38
significant digits; anything longer is out of range, a WLanguage error, never Python's
4300-digit conversion limit (issue 12)."""


def int_from_text(text: str) -> int:
    """An integer written in decimal, or a catchable WLanguage overflow error."""
    digits = len(text.strip().lstrip("+-").lstrip("0"))
    if digits > MAX_INT_DIGITS:
        shown = text.strip()
        shown = shown if len(shown) <= 24 else shown[:20] + "..."
        raise WLRuntimeError(f"Numeric overflow: the integer {shown} has {digits} digits; "
                             f"WLanguage numbers have at most {MAX_INT_DIGITS}.")
    body = text.strip()
    sign = "-" if body.startswith("-") else ""
    return int(sign + (body.lstrip("+-").lstrip("0") or "0"))  # leading zeros: any number


def val(s: str) -> int | float:
    """Numeric value of a string: the leading number, 0 if there is none (like Val); a
    comma right after its digits is the decimal point ("12,50" is 12.5: decimal_comma)."""
    if _INT_RE.match(s):
        return int_from_text(s)
    if _NUM_RE.match(s):
        f = real_from_text(s)
        if f.is_integer() and "." not in s and "e" not in s.lower():
            return int_from_text(s)
        return f
    m = _LEADING_NUM_RE.match(decimal_comma(s))
    if not m:
        return 0
    text = m.group(0)
    return int_from_text(text) if _INT_RE.match(text) else real_from_text(text)


def decimal_comma(s: str) -> str:
    """`s` with the comma right after its leading digits made a point: the one reading of
    a text as a number, wherever one is read (Val, a text stored into a real, currency,
    numeric or integer, arithmetic on a text). `m is currency = "12,50"` held 12 while
    `Val("12,50")` was 12.5 (*decided* 6 Dec 2026, INFERRED: docs/semantics.md "A text
    read as a number"). One separator only: "1,234,567" reads 1.234."""
    comma = _DECIMAL_COMMA_RE.match(s)
    if comma is None:
        return s
    at = comma.start(1)
    return s[:at] + "." + s[at + 1:]


def decimal_from_text(s: str) -> Decimal:
    """The number `val` reads in a text (the whole text, or its leading number), as the
    exact decimal its digits write; 0 when there is none."""
    if _NUM_RE.match(s):
        return Decimal(s.strip())
    m = _LEADING_NUM_RE.match(decimal_comma(s))
    return Decimal(m.group(0).strip()) if m else _EXACT(0)


def whole_number(s: str) -> bool:
    """Is the whole text a number `val` reads (`"12.5"`, `" -.5 "`, `"1e3"`, `"12,50"`),
    not only its start (`"1,234,567"` is read as 1.234)? What wl check calls a text that
    is a number."""
    return _NUM_RE.match(s) is not None or _NUM_RE.match(decimal_comma(s)) is not None


def real_from_text(text: str) -> float:
    """A real written in decimal, or the catchable WLanguage overflow error: "1e999" or
    400 nines were Python's `inf`, shown as "inf" and giving "nan" in arithmetic."""
    f = float(text)
    if f in (math.inf, -math.inf):
        shown = text.strip()
        shown = shown if len(shown) <= 24 else shown[:20] + "..."
        raise WLRuntimeError(f"Numeric overflow: the number {shown} is beyond the largest "
                             "real (about 1.8e308).")
    return f


def to_num(v: object) -> int | float | Decimal:
    """A value as a number for arithmetic (strings are parsed, booleans give 1/0)."""
    t = type(v)
    if t is int or t is float or t is Decimal:
        return v  # type: ignore[return-value]
    if t is NumericHeld:  # a numeric: computed as a plain Decimal (the operators mark it)
        return Decimal(v)  # type: ignore[arg-type]
    if t is bool:
        return 1 if v else 0
    if t is str:
        return val(v)  # type: ignore[arg-type]
    if v is None:
        return 0
    num = getattr(v, "wl_num", None)  # a Duration counts its milliseconds
    if num is not None:
        return num()
    raise WLRuntimeError(f"A value of type {type_name(v)} cannot be used as a number.")


def wrap32(n: int) -> int:
    """Store into a 4-byte int: two's-complement narrowing (docs/semantics.md §5)."""
    return ((n + 0x80000000) & 0xFFFFFFFF) - 0x80000000


def wrap64(n: int) -> int:
    """Store into an 8-byte int."""
    return ((n + 0x8000000000000000) & 0xFFFFFFFFFFFFFFFF) - 0x8000000000000000


def to_int(v: object) -> int:
    """A value as an integer: reals truncate toward zero, strings are parsed."""
    t = type(v)
    if t is int:
        return v  # type: ignore[return-value]
    n = to_num(v)
    if isinstance(n, float):
        if n - n != 0.0:
            real_overflow(n)
        return int(n)
    return int(n)


def to_real(v: object) -> float:
    """A value as a real (8-byte float); beyond the reals' range, the overflow error."""
    f = float(to_num(v))
    return f if f - f == 0.0 else real_overflow(f)


def real_overflow(x: float) -> NoReturn:
    """The catchable error for a real result beyond about 1.8e308 (Python's inf) or made
    undefined by one (nan: inf - inf, inf * 0). Raised where such a result is stored in
    a real, a currency, a numeric or an integer, or shown as text, not at each operation
    (the arithmetic of reals stays CPython's own); docs/semantics.md, "Numbers out of
    range". It was shown "inf" / "nan" and computed on."""
    what = "undefined (beyond the largest real in a calculation)" if x != x else \
        f"beyond the {'largest' if x > 0 else 'smallest'} real (about {'' if x > 0 else '-'}1.8e308)"
    raise WLRuntimeError(f"Numeric overflow: the result is {what}.", ErrCode.NUMERIC)


def to_decimal(v: object) -> Decimal:
    """A value as a currency/numeric (Decimal). A text is read as its exact digits
    (`m is currency = "12345678901234567.25"` kept its 16+ digits only so: through a
    real it was 12345678901234568). A text marked a Time (a Variant's, a `Record of File`
    member's) is its hundredths, as to_int and to_real read it: it was its digits."""
    if isinstance(v, str) and "e" not in v and "E" not in v and (  # (an exponent: as a real)
            type(v) is str or getattr(v, "wl_num", None) is None):
        return decimal_from_text(v)
    n = to_num(v)
    if isinstance(n, float):
        return Decimal(repr(n)) if n - n == 0.0 else real_overflow(n)
    if type(n) is int:  # the same Decimal, without the constructor's argument parsing
        return _EXACT(n)
    return Decimal(n)


def to_bool(v: object) -> bool:
    """Truthiness: numbers are true when non-zero; a string is an error ([?1512003])."""
    t = type(v)
    if t is bool:
        return v  # type: ignore[return-value]
    if t is int or t is float or t is Decimal or t is NumericHeld:
        return v != 0
    if v is None:
        return False
    if t is str:
        raise WLRuntimeError("A string cannot be used as a boolean.")
    truth = getattr(v, "wl_bool", None)  # a JSON member never written is Null: False
    if truth is not None:
        return truth()
    raise WLRuntimeError(f"A value of type {type_name(v)} cannot be used as a boolean.")


def w_not(v: object) -> bool:
    return not to_bool(v)


def common_numbers(a: object, b: object) -> tuple[object, object]:
    """Bring two numbers to a common representation (Decimal wins over int, float over all)."""
    t = type(a)
    if t is type(b) and (t is Decimal or t is float):  # already common: currency sums
        return a, b
    a, b = to_num(a), to_num(b)
    if type(a) is Decimal and type(b) is float:  # numeric/currency stay exact:
        return a, Decimal(repr(b))                # 0.1 is the decimal 0.1
    if type(b) is Decimal and type(a) is float:
        return Decimal(repr(a)), b
    return a, b
