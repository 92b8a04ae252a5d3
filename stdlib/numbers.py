"""Numeric functions: Abs, Round/Arrondi, IntegerPart/PartieEntière, DecimalPart/
PartieDécimale, Modulo, Power/Puissance, Max, Min, Sqrt/Racine, Random/Hasard and
InitRandom/InitHasard. Numbers as text (NumToString, Val, StringToNum) are
number_text.py's.

Integers stay integers when the result is integral (Abs(-3) is 3, Max(1, 2) is 2); reals
are computed through their shortest decimal text (repr) where rounding is involved, so
Round(2.675, 2) is 2.68 as a WINDEV user reads it, not 2.67 from the binary value.
"""
from __future__ import annotations

import math
import random
from decimal import MAX_EMAX, MIN_EMIN, ROUND_DOWN, ROUND_HALF_UP, Decimal, localcontext
from typing import cast

from wlinterp.runtime import values as V
from wlinterp.runtime.refused_arguments import refused_argument
from wlinterp.runtime.arithmetic import int_mod, w_pow
from wlinterp.runtime.comparisons import w_gt, w_lt
from wlinterp.errors import ErrCode, WLRuntimeError
from wlinterp.registry import Family, IntArg, NumberArg
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.extremes import extreme
from wlinterp.runtime.durations import DateGap, WLDuration

from .strings import int_arg

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
        raise WLRuntimeError(refused_argument(fname, True, V.type_name(value)) + ".")
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
    """`d` rounded to `k` decimals (negative: tens, hundreds...), halves away from zero
    (rounded_to)."""
    return rounded_to(d, k, ROUND_HALF_UP)


_LARGEST_ROUNDED = 10_000
"""The most integer digits a rounding may give (RoundUp(5, -20000) would be 1 followed
by 20,000 zeros): the integer too large to show, as for a computed one."""


def rounded_to(d: Decimal, k: int, rounding: str, fname: str = "Round") -> Decimal:
    """`d` rounded to `k` decimals (negative: tens, hundreds...) the way `rounding` (a
    decimal module mode) says, with the precision and exponent range that take: the
    default 28 digits and exponents up to 999,999 refused `Round(1.5, 400)`,
    `NumToString(1e300, "f")`, `Round(5, -9999999)` and `RoundUp(1.25, 9999999)`
    ("Numeric overflow or invalid numeric operation."). A value with no more decimals
    than `k` is its own rounding."""
    if not d.is_finite() or k > 30 and -min(d.as_tuple().exponent, 0) <= k:  # type: ignore[operator]
        return d  # (`Round(1.5, 400)`: nothing to round, and 400 zeros not to write)
    with localcontext() as ctx:
        ctx.Emax, ctx.Emin = MAX_EMAX, MIN_EMIN
        ctx.prec = max(ctx.prec, d.adjusted() + max(k, 0) + 2)
        result = d.quantize(Decimal(1).scaleb(-k), rounding=rounding)
    if result and result.adjusted() >= _LARGEST_ROUNDED:
        raise WLRuntimeError(f"{fname}: numeric overflow, the result would have more "
                             f"than {_LARGEST_ROUNDED:,} digits.", ErrCode.NUMERIC)
    return result


@family.function("Abs", "Abs")
def abs_(rt: Runtime, x: NumberArg) -> object:
    """Absolute value, in the type of `x`: of a Duration, a Duration (`Abs(dEnd -
    dStart)` of times; decided, docs/semantics.md "Abs and Round of a Duration")."""
    if type(x) is WLDuration:
        return WLDuration(abs(x.ms))
    return cast(Number, V.numeric_kept(abs(num_arg(x, "Abs")), x))  # (abs() of a union:
    # typeshed says object)


@family.function("Round", "Arrondi")
def round_(rt: Runtime, x: NumberArg, digits: IntArg = 0) -> object:
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
    return V.numeric_kept(_back(half_up(_exact(n), k), n), x)


@family.function("IntegerPart", "PartieEntière")
def integer_part(rt: Runtime, x: NumberArg) -> Number:
    """Integer part of `x`, truncated toward zero (IntegerPart(-3.7) = -3)."""
    n = num_arg(x, "IntegerPart")
    _finite(n, "IntegerPart")
    if isinstance(n, int):
        return n
    return cast(Number, V.numeric_kept(
        _back(_exact(n).to_integral_value(rounding=ROUND_DOWN), n), x))


@family.function("DecimalPart", "PartieDécimale")
def decimal_part(rt: Runtime, x: NumberArg) -> Number:
    """`x` minus its integer part, with the sign of `x` (DecimalPart(-3.25) = -0.25);
    computed on the decimal text so DecimalPart(3.14) is exactly 0.14."""
    n = num_arg(x, "DecimalPart")
    _finite(n, "DecimalPart")
    if isinstance(n, int):
        return 0
    d = _exact(n)
    return cast(Number, V.numeric_kept(_back(d - d.to_integral_value(rounding=ROUND_DOWN), n), x))


@family.function("Modulo", "Modulo")
def modulo(rt: Runtime, a: NumberArg, b: NumberArg) -> int:
    """Integer remainder with the sign of `a`, like the `%` operator (reals truncated first);
    Modulo by 0 is a fatal error."""
    return int_mod(V.to_int(num_arg(a, "Modulo")), V.to_int(num_arg(b, "Modulo")))


@family.function("Power", "Puissance")
def power(rt: Runtime, a: NumberArg, b: NumberArg) -> Number:
    """`a` to the power `b`, like the `^` operator."""
    return cast(Number, V.numeric_kept(w_pow(num_arg(a, "Power"), num_arg(b, "Power")), a, b))


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
def random_(rt: Runtime, a: IntArg = None, b: IntArg = None) -> Number:
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
def init_random(rt: Runtime, seed: IntArg = None) -> None:
    """Restart the generator: with a seed the series is reproducible, without one it is
    seeded from system entropy."""
    value = None if seed is None else int_arg(seed, "InitRandom")
    rt.state["numbers.random"] = random.Random(value)
