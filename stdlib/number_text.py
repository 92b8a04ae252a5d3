"""Numbers as text: NumToString/NumériqueVersChaîne (a number written in a format),
Val (the number a text holds) and StringToNum/ChaîneVersNumérique (a number written by
NumToString read back). Apart from the arithmetic functions (numbers.py): they convert
between numbers and text, and the format grammar is number_formats.py's.
"""
from __future__ import annotations

import re
from decimal import Decimal
from itertools import takewhile
from typing import cast

from wlinterp.runtime import values as V
from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, Given, TextArg
from wlinterp.runtime.state import Runtime
from wlinterp.digits import ascii_digits

from .strings import text_arg
from .numbers import half_up, num_arg
from .system_currency import CURRENCY_MASK, currency_text
from .number_formats import FORMAT_RE, format_check, format_read, format_refused

family = Family("Numbers as text")


@family.function("NumToString", "NumériqueVersChaîne")
def num_to_string(rt: Runtime, n: object, fmt: object = None) -> str:
    """Format a number: "[align][sign][0][width][.precision]type[S]" ("5.2f", "05d", "x").

    Types d (integer, reals truncated), f (rounded half away from zero), e, x/X (hex,
    negatives in two's complement), o, b. "-" aligns left, "=" centres, "+" forces the
    sign, "0" pads with zeros, "," in place of "." gives a comma decimal point, and a
    trailing S groups thousands with spaces.
    A string argument is returned unchanged; without a format, or with an empty one (a
    format held in a variable left empty: INFERRED), the default number text;
    maskSystemCurrency, an amount as the system writes money (stdlib/system_currency.py).
    """
    if type(n) is str:
        return n
    num = num_arg(n, "NumToString")
    if isinstance(num, float) and num - num != 0.0:  # inf, nan: shown as text (values.py)
        V.real_overflow(num)
    if fmt is None or fmt == "":
        return V.format_number(num)
    with_format = getattr(fmt, "wl_format_number", None)  # a NumericFormat variable
    if with_format is not None:
        return str(with_format(num))
    if fmt == CURRENCY_MASK:
        return currency_text(num)
    written = text_arg(fmt, "NumToString")
    spec = format_read(written)
    if spec is None:  # no type ends it (docs/builtins.md)
        return ""
    refused = format_refused(spec, written)
    if refused is not None:
        raise WLRuntimeError(refused)
    m = cast(re.Match, FORMAT_RE.fullmatch(spec))
    kind = m["type"] or ("f" if m["prec"] else "")
    body = _format_body(num, kind, m["prec"], bool(m["sign"]))
    if m["sep"]:
        body = _group(body)
    if m["point"] == ",":
        body = body.replace(".", ",")
    return _pad(body, int(m["width"] or 0), m["align"], bool(m["zero"]))


num_to_string.wl_literal_checks = {1: format_check}  # type: ignore[attr-defined]


def _format_body(num: int | float | Decimal, kind: str, prec: str, plus: bool) -> str:
    """The digits of `num` for one NumToString type, with its sign."""
    if kind in ("x", "X", "o", "b"):
        k = int(num)
        if k < 0:
            k += 1 << (32 if k >= -(1 << 31) else 64)
        text = format(k, kind)
    elif kind == "d":
        text = V.format_number(int(num))  # one overflow rule for every integer shown
    elif kind == "f":
        exact = Decimal(repr(num)) if isinstance(num, float) else Decimal(num)
        rounded = half_up(exact, int(prec or 6))
        text = format(rounded.copy_abs() if rounded == 0 else rounded, "f")
    elif kind in ("e", "E"):
        text = format(float(num), f".{int(prec or 6)}{kind}")
    else:
        text = V.format_number(num)
    if plus and not text.startswith("-"):
        text = "+" + text
    return text


def _group(body: str) -> str:
    """Insert a space between groups of three integer digits."""
    sign = body[0] if body[:1] in "+-" else ""
    digits = body[len(sign):]
    whole, dot, frac = digits.partition(".")
    head = len(whole) % 3 or 3
    grouped = " ".join([whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)]) \
        if ascii_digits(whole) else whole
    return sign + grouped + dot + frac


def _pad(body: str, width: int, align: str, zero: bool) -> str:
    """Pad to `width`: zeros after the sign, or spaces right-aligned, left ("-"), centred ("=")."""
    if len(body) >= width:
        return body
    if zero and align != "-":
        sign = body[0] if body[:1] in "+-" else ""
        return sign + body[len(sign):].rjust(width - len(sign), "0")
    if align == "-":
        return body.ljust(width)
    if align == "=":
        return body.center(width)
    return body.rjust(width)


_HEX_PREFIX = re.compile(r"\s*([-+]?)0[xX]([0-9a-fA-F]+)")
_RADIX_DIGITS = re.compile(r"\s*([-+]?)(?:0[xX](?=[0-9a-fA-F]))?([0-9a-fA-F]+)")


_RADIXES = {"x": 16, "o": 8, "b": 2, "d": 10}  # Val's second parameter


def _val_check(given: list[Given]) -> str | None:
    """Val's format written as a text none of x, o, b, d (`Val(s, "q")`): the run
    refuses it in these words; `wl check` says it first, at the call (WL115). (Val's
    run is the values area's: docs/builtins.md "Val".)"""
    fmt = given[1].value if len(given) > 1 else None
    if type(fmt) is str and fmt.lower() not in _RADIXES:
        return _unknown_format(fmt)
    return None


def _unknown_format(fmt: str) -> str:
    return (f"Val: unknown format '{fmt}' (\"x\" hexadecimal, \"o\" octal, \"b\" binary "
            f"or \"d\" decimal).")


@family.function("Val", "Val", declared_check=_val_check)
def val(rt: Runtime, s: TextArg, base: TextArg = None) -> int | float | Decimal:
    """Numeric value of the leading number in `s` (0 when there is none); a "0x" prefix
    reads hexadecimal ("0x1F" is 31, decided: docs/builtins.md "Val"). With "x", "o" or
    "b" as second argument, `s` is read in hexadecimal (an optional "0x"), octal or binary;
    "d" is decimal, the default (INFERRED). A comma after the leading digits is a decimal
    comma ("0,15" is 0.15, INFERRED: docs/builtins.md "Val")."""
    if type(s) is not str:
        if getattr(s, "wl_type_name", None) == "enumeration" and hasattr(s, "rank"):
            s = getattr(s, "value")  # its ..Value (decided, docs/semantics.md "Enumerations")
            if type(s) is str:
                return val(rt, s, base)  # `Val(EPort.pH, "x")`: its base too
        return V.to_num(s) if s is None or isinstance(s, (bool, int, float, Decimal)) \
            else V.val(text_arg(s, "Val"))
    if base is None:
        hexa = _HEX_PREFIX.match(s)
        if hexa is None:
            return V.val(s)
        return _in_range(int(hexa.group(1) + hexa.group(2), 16), s)
    radix = _RADIXES.get(text_arg(base, "Val").lower())
    if radix == 10:
        return V.val(s)
    if radix is None:
        raise WLRuntimeError(_unknown_format(V.to_str(base)))
    m = _RADIX_DIGITS.match(s) if radix == 16 else re.match(r"\s*([-+]?)([0-9]+)", s)
    if m is None:
        return 0
    digits = "".join(takewhile(lambda c: int(c, 16) < radix, m.group(2)))
    return _in_range(int(m.group(1) + digits, radix), s) if digits else 0


_LIMIT = 10 ** V.MAX_INT_DIGITS


def _in_range(n: int, text: str) -> int:
    """`n` read from `text` in another base, held to the rule of integers read from
    decimal text (values.int_from_text, issue 12): at most 38 digits, else a catchable
    overflow error (a hexadecimal Val gave any size, even one too large to display)."""
    if -_LIMIT < n < _LIMIT:
        return n
    shown = text.strip() if len(text.strip()) <= 24 else text.strip()[:20] + "..."
    raise WLRuntimeError(f"Numeric overflow: {shown} is more than {V.MAX_INT_DIGITS} digits "
                         f"once read; WLanguage numbers have at most {V.MAX_INT_DIGITS}.")


@family.function("StringToNum", "ChaîneVersNumérique")
def string_to_num(rt: Runtime, s: TextArg, fmt: TextArg = None) -> int | float | Decimal:
    """Read back a number written by NumToString: spaces (thousands) are ignored and a comma
    decimal point is accepted; "x"/"o"/"b" formats read that base."""
    text = text_arg(s, "StringToNum")
    if fmt is not None:
        kind = FORMAT_RE.fullmatch(text_arg(fmt, "StringToNum"))
        if kind is not None and kind["type"] in ("x", "X", "o", "b"):
            return val(rt, text.strip(), kind["type"].lower())
    return V.val(text.replace(" ", "").replace(",", "."))
