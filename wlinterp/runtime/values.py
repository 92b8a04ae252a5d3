"""WLanguage values and conversions: the one place that decides what `+`, `=`, truthiness
and text conversion mean.

Representation (chosen so the common cases are plain Python objects the compiler can
guard inline): int -> `int`, real -> `float`, string/date/time -> `str`, boolean -> `bool`,
currency/numeric -> `Decimal`, Null -> `None`, arrays -> `WLArray`, structures ->
`WLStruct`. Rules are in docs/semantics.md §5 (read from PC SOFT's
runtime); every choice on an unverified point is recorded in docs/semantics.md.
"""
from __future__ import annotations

__all__ = [
    "to_str", "to_bool", "to_int", "to_real", "to_num", "format_number", "val",
    "wrap32", "wrap64", "w_add", "w_sub", "w_mul", "w_div", "w_mod", "w_pow", "w_neg",
    "w_eq", "w_ne", "w_lt", "w_le", "w_gt", "w_ge", "w_flex_eq", "w_vflex_eq",
    "w_starts", "w_contains", "w_ends", "w_in", "w_not", "type_name",
]

import decimal
import math
import re
from decimal import Decimal, InvalidOperation

from ..errors import WLRuntimeError
from . import limits as _limits

_EXACT = Decimal.from_float  # an int: the same Decimal as Decimal(n), cheaper

Date = str
"""A date value ("YYYYMMDD"); built-ins that return dates say `-> Date` so the compiler
knows `Today() + 1` adds a day."""

# Currency and numeric arithmetic runs in Python's decimal context: a numeric has 38
# significant digits (VERIFIED, "Numeric (Variable type)" ?1514072), beyond the default 28.
# Set for this thread and for threads started later (ThreadExecute).
decimal.DefaultContext.prec = max(decimal.DefaultContext.prec, 38)
decimal.getcontext().prec = max(decimal.getcontext().prec, 38)

_NUM_RE = re.compile(r"\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$")
_INT_RE = re.compile(r"\s*[-+]?\d+\s*$")
_LEADING_NUM_RE = re.compile(r"\s*[-+]?(\d+(\.\d*)?|\.\d+)")


class UnicodeText(str):
    """The value of a variable declared `UNICODE string` / `chaîne UNICODE`: the same
    text, marked so that the functions that read a string's bytes (BufferToHexa, Encode,
    the hashes) see its UTF-16 bytes, as WINDEV stores such a string (help page of
    BufferToHexa, ?1000019916). Anything computed from it is a plain string again:
    `wl_text` gives the plain text to every operation that converts its operands."""

    __slots__ = ()

    def wl_text(self) -> str:
        return str.__str__(self)


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
    if isinstance(v, str):
        return "string"
    if isinstance(v, Decimal):
        return "currency"
    if v is None:
        return "Null"
    return getattr(v, "wl_type_name", type(v).__name__)


# ---------------------------------------------------------------- text conversion

def format_number(x: float | int | Decimal) -> str:
    """Numbers as WINDEV shows them: 15 significant digits, no trailing zeros, no exponent."""
    if isinstance(x, bool):
        return "1" if x else "0"
    if isinstance(x, int):
        if x.bit_length() > 10000:
            raise WLRuntimeError("Numeric overflow: the integer is too large to display.")
        return str(x)
    if isinstance(x, Decimal):
        if x == x.to_integral_value():
            return str(int(x))
        text = format(x.normalize(), "f")
        return text
    if math.isinf(x) or math.isnan(x):
        return "inf" if x > 0 else ("-inf" if x < 0 else "nan")
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
    if type(v) is str:
        return v
    if isinstance(v, (bool, int, float, Decimal)):
        return format_number(v)
    if v is None:
        return ""
    text = getattr(v, "wl_text", None)
    if text is not None:
        return text()
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
    """Numeric value of a string: the leading number, 0 if there is none (like Val)."""
    if _INT_RE.match(s):
        return int_from_text(s)
    if _NUM_RE.match(s):
        f = float(s)
        if f.is_integer() and "." not in s and "e" not in s.lower():
            return int_from_text(s)
        return f
    m = _LEADING_NUM_RE.match(s)
    if not m:
        return 0
    text = m.group(0)
    return int_from_text(text) if _INT_RE.match(text) else float(text)


def to_num(v: object) -> int | float | Decimal:
    """A value as a number for arithmetic (strings are parsed, booleans give 1/0)."""
    t = type(v)
    if t is int or t is float or t is Decimal:
        return v  # type: ignore[return-value]
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
        if math.isnan(n) or math.isinf(n):
            raise WLRuntimeError("An infinite or undefined real cannot be stored in an integer.")
        return int(n)
    return int(n)


def to_real(v: object) -> float:
    """A value as a real (8-byte float)."""
    return float(to_num(v))


def to_decimal(v: object) -> Decimal:
    """A value as a currency/numeric (Decimal)."""
    n = to_num(v)
    if isinstance(n, float):
        return Decimal(repr(n))
    if type(n) is int:  # the same Decimal, without the constructor's argument parsing
        return _EXACT(n)
    return Decimal(n)


def to_bool(v: object) -> bool:
    """Truthiness: numbers are true when non-zero; a string is an error ([?1512003])."""
    t = type(v)
    if t is bool:
        return v  # type: ignore[return-value]
    if t is int or t is float or t is Decimal:
        return v != 0
    if v is None:
        return False
    if t is str:
        raise WLRuntimeError("A string cannot be used as a boolean.")
    raise WLRuntimeError(f"A value of type {type_name(v)} cannot be used as a boolean.")


def w_not(v: object) -> bool:
    return not to_bool(v)


# ---------------------------------------------------------------- arithmetic

def _mixed(a: object, b: object) -> tuple[object, object]:
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


DURATION_TYPES: frozenset[type] = frozenset()
"""The Duration classes (runtime/datetimes.py fills this in, with `duration_arith`):
an operator with one on either side computes a Duration."""


def duration_arith(op: str, a: object, b: object) -> object:  # replaced by datetimes.py
    return None


def _durations(op: str, a: object, b: object) -> object:
    """A Duration result, or None when neither side is a Duration (or the operation is
    not a Duration's): only reached off the fast paths."""
    if type(a) in DURATION_TYPES or type(b) in DURATION_TYPES:
        return duration_arith(op, a, b)
    return None


def w_add(a: object, b: object) -> object:
    """`+`: concatenation when either side is a string, addition otherwise."""
    t = type(a)
    if t is type(b) and (t is Decimal or t is float):  # currency sums: nothing to convert
        return a + b  # type: ignore[operator]
    if t is str or type(b) is str:
        left, right = to_str(a), to_str(b)
        if len(left) + len(right) > _limits.max_string():  # --max-string
            raise _limits.string_too_long(len(left) + len(right))
        return left + right
    d = _durations("+", a, b)
    if d is not None:
        return d
    x, y = _mixed(a, b)
    return x + y  # type: ignore[operator]


def w_sub(a: object, b: object) -> object:
    t = type(a)
    if t is type(b) and (t is Decimal or t is float):
        return a - b  # type: ignore[operator]
    d = _durations("-", a, b)
    if d is not None:
        return d
    x, y = _mixed(a, b)
    return x - y  # type: ignore[operator]


def w_mul(a: object, b: object) -> object:
    t = type(a)
    if t is type(b) and (t is Decimal or t is float):
        return a * b  # type: ignore[operator]
    d = _durations("*", a, b)
    if d is not None:
        return d
    x, y = _mixed(a, b)
    return x * y  # type: ignore[operator]


def w_div(a: object, b: object) -> object:
    """`/` is exact: 7 / 2 is 3.5, 6 / 2 stays the integer 3."""
    d = _durations("/", a, b)
    if d is not None:
        return d
    x, y = _mixed(a, b)
    if y == 0:
        raise WLRuntimeError("Division by zero.")
    if type(x) is int and type(y) is int:
        return x // y if x % y == 0 else x / y
    try:
        return x / y  # type: ignore[operator]
    except (InvalidOperation, OverflowError) as exc:
        raise WLRuntimeError(f"Invalid division: {exc}.") from None


def w_mod(a: object, b: object) -> int:
    """`%`: integer remainder with the sign of the dividend (reals are truncated first)."""
    x, y = to_int(a), to_int(b)
    if y == 0:
        raise WLRuntimeError("Modulo by zero.")
    r = abs(x) % abs(y)
    return -r if x < 0 else r


def w_pow(a: object, b: object) -> object:
    x, y = _mixed(a, b)
    try:
        if type(x) is int and type(y) is int and (y < 0 or (
                abs(x) > 1 and y * max(abs(x).bit_length() - 1, 1) > 128)):
            return float(x) ** y  # beyond 8-byte integers WLanguage computes in reals
        result = x ** y  # type: ignore[operator]
    except ZeroDivisionError:
        raise WLRuntimeError("Division by zero.") from None
    except OverflowError:
        raise WLRuntimeError("Numeric overflow in power.") from None
    if isinstance(result, complex):  # (-8) ^ 0.5: Python's answer is not a WLanguage value
        raise WLRuntimeError("Invalid numeric operation: a negative number raised to a "
                             "fractional power has no real value.")
    return result


def w_neg(a: object) -> object:
    return -to_num(a)


# ---------------------------------------------------------------- comparison

def _cmp_pair(a: object, b: object) -> tuple[object, object]:
    """Operands brought to one comparable kind.

    Two strings compare as text; a string against a number compares as numbers when the
    string holds a number, as text otherwise; booleans count as 1/0.
    """
    ta, tb = type(a), type(b)
    if ta is str and tb is str:
        return a, b
    if ta is str or tb is str:
        s, other = (a, b) if ta is str else (b, a)
        if isinstance(other, (int, float, Decimal)) and isinstance(s, str) \
                and _NUM_RE.match(s):
            x, y = _mixed(a, b)
            return x, y
        return to_str(a), to_str(b)
    if a is None or b is None:
        return (a is None, b is None) if a is None and b is None else (id(a), id(b))
    if isinstance(a, (int, float, Decimal)) and isinstance(b, (int, float, Decimal)):
        return _mixed(a, b)
    if hasattr(a, "wl_num") or hasattr(b, "wl_num"):  # a Duration orders by its length
        return _cmp_pair(a.wl_num() if hasattr(a, "wl_num") else a,
                         b.wl_num() if hasattr(b, "wl_num") else b)
    return id(a), id(b)


def w_eq(a: object, b: object) -> bool:
    """Strict `=` (case-sensitive on strings)."""
    t = type(a)
    if t is type(b) and (t is Decimal or t is str or t is int):  # exact: no conversion
        return a == b
    if a is None or b is None:  # a Null value against a value (not the `= Null` test,
        other = b if a is None else a  # compiled apart): equal to the empty one, as an
        return other is None or other == "" or (  # unassigned variant equals 0 and ""
            type(other) in _NUMBER_TYPES and other == 0)  # (help ?1514019)
    if hasattr(a, "wl_equals"):
        return a.wl_equals(b)
    x, y = _cmp_pair(a, b)
    if type(x) is float or type(y) is float:
        return _real_eq(x, y)
    return x == y


_NUMBER_TYPES = (int, float, Decimal, bool)
REAL_EQ_TOLERANCE = 1e-6
"""`=` on reals is accurate to 10^-6 (PC SOFT's "Reals" page)."""


def _real_eq(x: object, y: object) -> bool:
    try:
        return x == y or abs(x - y) < REAL_EQ_TOLERANCE  # type: ignore[operator]
    except TypeError:
        return False


def w_ne(a: object, b: object) -> bool:
    return not w_eq(a, b)


_ORDERED = frozenset({int, float, Decimal, str})


def _order(a: object, b: object) -> tuple[object, object]:
    x, y = _cmp_pair(a, b)
    if type(x) is int and type(y) is int and (a is None or b is None):
        raise WLRuntimeError("Null cannot be ordered.")
    return x, y


def w_lt(a: object, b: object) -> bool:
    t = type(a)
    if t is type(b) and t in _ORDERED:  # two numbers (or strings) of one kind: as they are
        return a < b  # type: ignore[operator]
    x, y = _order(a, b)
    return x < y  # type: ignore[operator]


def w_le(a: object, b: object) -> bool:
    t = type(a)
    if t is type(b) and t in _ORDERED:  # two numbers (or strings) of one kind: as they are
        return a <= b  # type: ignore[operator]
    x, y = _order(a, b)
    return x <= y  # type: ignore[operator]


def w_gt(a: object, b: object) -> bool:
    t = type(a)
    if t is type(b) and t in _ORDERED:  # two numbers (or strings) of one kind: as they are
        return a > b  # type: ignore[operator]
    x, y = _order(a, b)
    return x > y  # type: ignore[operator]


def w_ge(a: object, b: object) -> bool:
    t = type(a)
    if t is type(b) and t in _ORDERED:  # two numbers (or strings) of one kind: as they are
        return a >= b  # type: ignore[operator]
    x, y = _order(a, b)
    return x >= y  # type: ignore[operator]


_SQUEEZE_RE = re.compile(r"[\W_]+", re.UNICODE)


def _flex(s: str) -> str:
    """Flexible form: case and accents folded, leading/trailing spaces removed."""
    from ..syntax.names import fold
    return fold(s.strip())


def _vflex(s: str) -> str:
    """Very flexible form: also without any space or punctuation."""
    from ..syntax.names import fold
    return _SQUEEZE_RE.sub("", fold(s))


def w_flex_eq(a: object, b: object) -> bool:
    """`~=`: equality ignoring case and leading/trailing spaces (strings only)."""
    if type(a) is str or type(b) is str:
        return _flex(to_str(a)) == _flex(to_str(b))
    return w_eq(a, b)


def w_vflex_eq(a: object, b: object) -> bool:
    """`~~`: also ignores spaces and punctuation everywhere."""
    if type(a) is str or type(b) is str:
        return _vflex(to_str(a)) == _vflex(to_str(b))
    return w_eq(a, b)


def _forms(a: object, b: object, mode: int, lead: bool) -> tuple[str, str]:
    x, y = to_str(a), to_str(b)
    if mode == 1:
        from ..syntax.names import fold
        x, y = fold(x), fold(y)
        x, y = (x.lstrip(), y.lstrip()) if lead else (x.rstrip(), y.rstrip())
    elif mode == 2:
        x, y = _vflex(x), _vflex(y)
    return x, y


def w_starts(a: object, b: object, mode: int = 0) -> bool:
    """`[=` (mode 0), `[~` (1: ignores case and leading spaces), `[~~` (2)."""
    x, y = _forms(a, b, mode, True)
    return x.startswith(y)


def w_contains(a: object, b: object, mode: int = 0) -> bool:
    """`[=]`, `[~]`, `[~~]`."""
    x, y = to_str(a), to_str(b)
    if mode == 1:
        x, y = _flex(x), _flex(y)
    elif mode == 2:
        x, y = _vflex(x), _vflex(y)
    return y in x


def w_ends(a: object, b: object, mode: int = 0) -> bool:
    """`=]`, `~]` (ignores case and trailing spaces), `~~]`."""
    x, y = _forms(a, b, mode, False)
    return x.endswith(y)


def w_in(v: object, *items: object) -> bool:
    """`v IN (a, b, c)`: strict equality with any item."""
    return any(w_eq(v, item) for item in items)
