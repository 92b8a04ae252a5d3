"""Numeric functions: Abs, Round/Arrondi, IntegerPart/PartieEntière, DecimalPart/
PartieDécimale, Modulo, Power/Puissance, Max, Min, Sqrt/Racine, Random/Hasard and
InitRandom/InitHasard; and numbers as text: NumToString/NumériqueVersChaîne, Val and
StringToNum/ChaîneVersNumérique.

Integers stay integers when the result is integral (Abs(-3) is 3, Max(1, 2) is 2); reals
are computed through their shortest decimal text (repr) where rounding is involved, so
Round(2.675, 2) is 2.68 as a WINDEV user reads it, not 2.67 from the binary value.
"""
from __future__ import annotations

import math
import random
import re
from itertools import takewhile
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, localcontext
from typing import cast

from wlinterp.runtime import values as V
from wlinterp.runtime.arithmetic import int_mod, w_pow
from wlinterp.runtime.comparisons import w_gt, w_lt
from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, Given, NumberArg, TextArg
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.extremes import extreme
from wlinterp.runtime.durations import DateGap, WLDuration

from .strings import int_arg, text_arg
from wlinterp.digits import ascii_digits
from .system_currency import CURRENCY_MASK, currency_text
from .number_formats import FORMAT_RE, format_check, format_read, format_refused

family = Family("Numbers")

Number = int | float | Decimal


# the nodes a number is read from as in arithmetic (an XML node or attribute: its text;
# a JSON member never written: 0)
_READ_AS_NUMBER = frozenset({"xmlNode", "xmlAttribute", "JSON"})


def num_arg(value: object, fname: str) -> Number:
    """`value` as a number for built-in `fname` (strings are parsed, booleans give 1/0;
    the difference of two dates is its number of days, and a Duration its milliseconds,
    as wherever a number is wanted: `NumToString(du)` is `i is int = du` shown, ?1514069;
    an XML node is its text read as a number, as in arithmetic: `Round(doc.R.Price, 2)`
    stopped, "expects a number, not a value of type xmlNode")."""
    if type(value) is DateGap:
        return value.days()
    if type(value) is WLDuration:
        return value.ms
    if getattr(value, "wl_type_name", "") in _READ_AS_NUMBER:
        return value.wl_num()  # type: ignore[attr-defined]
    if value is not None and not isinstance(value, (bool, int, float, Decimal, str)):
        raise WLRuntimeError(f"{fname} expects a number, not a value of type {V.type_name(value)}.")
    return V.to_num(value)


def _exact(x: Number) -> Decimal:
    """The decimal a real is written as (0.1 is 0.1, not 0.1000000000000000055...)."""
    return Decimal(repr(x)) if isinstance(x, float) else Decimal(x)


def _back(d: Decimal, like: Number) -> Number:
    """A Decimal result returned in the type of the argument it came from."""
    if isinstance(like, int):
        return int(d)
    if isinstance(like, float):
        return float(d)
    return d


def _finite(x: Number, fname: str) -> None:
    if isinstance(x, float) and not math.isfinite(x):
        raise WLRuntimeError(f"{fname}: the value is infinite or undefined.")


def half_up(d: Decimal, k: int) -> Decimal:
    """`d` rounded to `k` decimals (negative: tens, hundreds...), halves away from zero,
    with the precision that takes: the default 28 digits refused `Round(1.5, 400)` and
    `NumToString(1e300, "f")` ("Numeric overflow"). A value with no more decimals than
    `k` is its own rounding."""
    if not d.is_finite() or k > 30 and -min(d.as_tuple().exponent, 0) <= k:  # type: ignore[operator]
        return d  # (`Round(1.5, 400)`: nothing to round, and 400 zeros not to write)
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, d.adjusted() + max(k, 0) + 2)
        return d.quantize(Decimal(1).scaleb(-k), rounding=ROUND_HALF_UP)


@family.function("Abs", "Abs")
def abs_(rt: Runtime, x: NumberArg) -> object:
    """Absolute value, in the type of `x`: of a Duration, a Duration (`Abs(dEnd -
    dStart)` of times; decided, docs/semantics.md "Abs and Round of a Duration")."""
    if type(x) is WLDuration:
        return WLDuration(abs(x.ms))
    return cast(Number, abs(num_arg(x, "Abs")))  # abs() of a union: typeshed says object


@family.function("Round", "Arrondi")
def round_(rt: Runtime, x: NumberArg, digits: NumberArg = 0) -> object:
    """`x` rounded to `digits` decimals (negative: to tens, hundreds...), halves away from
    zero (Round(2.5) = 3, Round(-2.5) = -3), unlike Python's round() which goes to even.
    With a Duration as second parameter, the nearer bound of the period containing the
    Duration or DateTime `x` (period_rounding)."""
    from .period_rounding import round_to_period
    by_period = round_to_period(x, digits, "nearest", "Round")
    if by_period is not None:
        return by_period
    if type(x) is WLDuration:  # its milliseconds rounded: Round(du, -3) to the second
        return WLDuration(cast(int, round_(rt, x.ms, digits)))
    n, k = num_arg(x, "Round"), int_arg(digits, "Round")
    _finite(n, "Round")
    if isinstance(n, int) and k >= 0:
        return n
    return _back(half_up(_exact(n), k), n)


@family.function("IntegerPart", "PartieEntière")
def integer_part(rt: Runtime, x: NumberArg) -> Number:
    """Integer part of `x`, truncated toward zero (IntegerPart(-3.7) = -3)."""
    n = num_arg(x, "IntegerPart")
    _finite(n, "IntegerPart")
    if isinstance(n, int):
        return n
    return _back(_exact(n).to_integral_value(rounding=ROUND_DOWN), n)


@family.function("DecimalPart", "PartieDécimale")
def decimal_part(rt: Runtime, x: NumberArg) -> Number:
    """`x` minus its integer part, with the sign of `x` (DecimalPart(-3.25) = -0.25);
    computed on the decimal text so DecimalPart(3.14) is exactly 0.14."""
    n = num_arg(x, "DecimalPart")
    _finite(n, "DecimalPart")
    if isinstance(n, int):
        return 0
    d = _exact(n)
    return _back(d - d.to_integral_value(rounding=ROUND_DOWN), n)


@family.function("Modulo", "Modulo")
def modulo(rt: Runtime, a: NumberArg, b: NumberArg) -> int:
    """Integer remainder with the sign of `a`, like the `%` operator (reals truncated first);
    Modulo by 0 is a fatal error."""
    return int_mod(V.to_int(num_arg(a, "Modulo")), V.to_int(num_arg(b, "Modulo")))


@family.function("Power", "Puissance")
def power(rt: Runtime, a: NumberArg, b: NumberArg) -> Number:
    """`a` to the power `b`, like the `^` operator."""
    return cast(Number, w_pow(num_arg(a, "Power"), num_arg(b, "Power")))


@family.function("Root", "Racine", "Sqrt")
def root(rt: Runtime, x: NumberArg, index: NumberArg = 2) -> Number:
    """The `index`-th root (square root by default): Root(27, 3) is 3. A whole result of
    an integer stays an integer; an even root of a negative number is fatal, an odd one
    is negative (Root(-8, 3) is -2)."""
    n, k = num_arg(x, "Root"), int(V.to_int(index))
    if k < 1:
        raise WLRuntimeError(f"Root: the root index must be at least 1, not {k}.")
    if n < 0 and k % 2 == 0:
        raise WLRuntimeError(f"Root: cannot take an even root of a negative number "
                             f"({V.to_str(n)}).")
    if isinstance(n, int):
        whole = round(abs(n) ** (1 / k))
        for cand in (whole - 1, whole, whole + 1):
            if cand >= 2 and k > abs(n).bit_length():
                continue  # 2 ** k is past n: computing it hung the run (Root(10**16, 10**10))
            if cand >= 0 and cand ** k == abs(n):
                return cand if n >= 0 else -cand
    value = math.sqrt(float(n)) if k == 2 else abs(float(n)) ** (1 / k)
    return value if n >= 0 else -value


@family.function("Max", "Max")
def max_(rt: Runtime, first: object, *others: object) -> object:
    """The greatest argument (compared as `>` does: numbers numerically, strings as text;
    Durations by length, dates by the moment: runtime/extremes.py); an array argument
    gives its elements."""
    return extreme("Max", (first, *others), w_gt)


@family.function("Min", "Min")
def min_(rt: Runtime, first: object, *others: object) -> object:
    """The smallest argument (compared as `<` does); an array argument gives its
    elements."""
    return extreme("Min", (first, *others), w_lt)


def _rng(rt: Runtime) -> random.Random:
    """The run's generator: seeded by InitRandom, or by rt.options["random_seed"] (tests),
    otherwise from system entropy."""
    gen = rt.state.get("numbers.random")
    if gen is None:
        gen = rt.state["numbers.random"] = random.Random(rt.options.get("random_seed"))
    return gen


@family.function("Random", "Hasard")
def random_(rt: Runtime, a: object = None, b: object = None) -> Number:
    """Random() is a real in [0, 1); Random(n) an integer in 1..n; Random(a, b) an integer in
    a..b (bounds in either order). Random(n) with n < 1 is a fatal error."""
    gen = _rng(rt)
    if a is None:
        return gen.random()
    if b is None:
        hi = int_arg(a, "Random")
        if hi < 1:
            raise WLRuntimeError(f"Random: the upper bound must be at least 1 (got {hi}).")
        return gen.randint(1, hi)
    lo, hi = int_arg(a, "Random"), int_arg(b, "Random")
    return gen.randint(min(lo, hi), max(lo, hi))


@family.function("InitRandom", "InitHasard")
def init_random(rt: Runtime, seed: object = None) -> None:
    """Restart the generator: with a seed the series is reproducible, without one it is
    seeded from system entropy."""
    value = None if seed is None else int_arg(seed, "InitRandom")
    rt.state["numbers.random"] = random.Random(value)


# ---------------------------------------------------------------- numbers as text

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
def val(rt: Runtime, s: TextArg, base: object = None) -> int | float | Decimal:
    """Numeric value of the leading number in `s` (0 when there is none); a "0x" prefix
    reads hexadecimal ("0x1F" is 31, decided: docs/builtins.md "Val"). With "x", "o" or
    "b" as second argument, `s` is read in hexadecimal (an optional "0x"), octal or binary;
    "d" is decimal, the default (INFERRED). A comma after the leading digits is a decimal
    comma ("0,15" is 0.15, INFERRED: docs/builtins.md "Val")."""
    if type(s) is not str:
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
def string_to_num(rt: Runtime, s: TextArg, fmt: object = None) -> int | float | Decimal:
    """Read back a number written by NumToString: spaces (thousands) are ignored and a comma
    decimal point is accepted; "x"/"o"/"b" formats read that base."""
    text = text_arg(s, "StringToNum")
    if fmt is not None:
        kind = FORMAT_RE.fullmatch(text_arg(fmt, "StringToNum"))
        if kind is not None and kind["type"] in ("x", "X", "o", "b"):
            return val(rt, text.strip(), kind["type"].lower())
    return V.val(text.replace(" ", "").replace(",", "."))
