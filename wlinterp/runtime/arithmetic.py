"""Arithmetic operators on any two WLanguage values: `+` (which concatenates when either
side is text), `-`, `*`, `/` (exact), `%`, `^` and unary minus; Durations route to
durations.py. Conversions are values.py's (docs/semantics.md §5).
"""
from __future__ import annotations

__all__ = ["w_add", "w_sub", "w_mul", "w_div", "w_mod", "w_pow", "w_neg", "DIVISION_BY_ZERO",
           "MODULO_BY_ZERO"]

from decimal import Decimal, InvalidOperation

from ..errors import ErrCode, WLRuntimeError
from . import limits as _limits
from .values import NumericHeld, common_numbers, numeric_kept, to_int, to_num, to_str


DURATION_TYPES: frozenset[type] = frozenset()
"""The Duration classes (runtime/durations.py fills this in, with `duration_arith`):
an operator with one on either side computes a Duration."""


def duration_arith(op: str, a: object, b: object) -> object:  # replaced by durations.py
    return None


DATED_TEXTS: frozenset[type] = frozenset()
"""The marked texts of a Variant holding a Date, Time or DateTime (runtime/dated_values.py
fills this in, with `text_dated_arith`): `+` and `-` compute as the declared kinds do."""


def text_dated_arith(op: str, a: object, b: object) -> object:  # replaced by dated_values.py
    return None


def _durations(op: str, a: object, b: object) -> object:
    """A Duration (or date or time) result, or None when neither side is a Duration or a
    Variant's date or time (or the operation is not theirs): only reached off the fast
    paths."""
    ta, tb = type(a), type(b)
    if ta in DATED_TEXTS or tb in DATED_TEXTS:
        return text_dated_arith(op, a, b)
    if ta in DURATION_TYPES or tb in DURATION_TYPES:
        return duration_arith(op, a, b)
    return None


def w_add(a: object, b: object) -> object:
    """`+`: concatenation when either side is a string, addition otherwise."""
    t = type(a)
    if t is type(b):
        if t is Decimal or t is float:  # currency sums: nothing to convert
            return a + b  # type: ignore[operator]
        if t is NumericHeld:  # numeric sums: nothing to convert, the mark kept
            return NumericHeld(a + b)  # type: ignore[operator]
    if t is str or type(b) is str:
        left, right = to_str(a), to_str(b)
        total = len(left) + len(right)
        if total > _limits.max_string() or total >= _limits.GROWTH_CHECKED:
            _limits.check_growth(total, total)  # --max-string, --max-memory
        return left + right
    d = _durations("+", a, b)
    if d is not None:
        return d
    x, y = common_numbers(a, b)
    return numeric_kept(x + y, a, b)  # type: ignore[operator]


def w_sub(a: object, b: object) -> object:
    t = type(a)
    if t is type(b):
        if t is Decimal or t is float:
            return a - b  # type: ignore[operator]
        if t is NumericHeld:
            return NumericHeld(a - b)  # type: ignore[operator]
    d = _durations("-", a, b)
    if d is not None:
        return d
    x, y = common_numbers(a, b)
    return numeric_kept(x - y, a, b)  # type: ignore[operator]


def w_mul(a: object, b: object) -> object:
    t = type(a)
    if t is type(b):
        if t is Decimal or t is float:
            return a * b  # type: ignore[operator]
        if t is NumericHeld:
            return NumericHeld(a * b)  # type: ignore[operator]
    d = _durations("*", a, b)
    if d is not None:
        return d
    x, y = common_numbers(a, b)
    return numeric_kept(x * y, a, b)  # type: ignore[operator]


# the run's words for a zero divisor (semantics/operands.py says them of a literal 0)
DIVISION_BY_ZERO = "Division by zero."
MODULO_BY_ZERO = "Modulo by zero."


def w_div(a: object, b: object) -> object:
    """`/` is exact: 7 / 2 is 3.5, 6 / 2 stays the integer 3."""
    d = _durations("/", a, b)
    if d is not None:
        return d
    x, y = common_numbers(a, b)
    if y == 0:
        raise WLRuntimeError(DIVISION_BY_ZERO, ErrCode.DIVISION_BY_ZERO)
    if type(x) is int and type(y) is int:
        return x // y if x % y == 0 else x / y
    try:
        return numeric_kept(x / y, a, b)  # type: ignore[operator]
    except (InvalidOperation, OverflowError) as exc:
        raise WLRuntimeError(f"Invalid division: {exc}.", ErrCode.NUMERIC) from None


def w_mod(a: object, b: object) -> object:
    """`%`: integer remainder with the sign of the dividend (reals are truncated first).
    A Duration, or a Date or Time a Variant holds, is refused where the declared kinds
    are (dated_products.py): `v % 3` with v holding 90 min was 0, its milliseconds'.
    Two Durations give the remainder of their milliseconds as a Duration (durations.py),
    as declared ones do; the compiler types `%` of values it does not know as any value."""
    ta, tb = type(a), type(b)
    if ta in DURATION_TYPES or tb in DURATION_TYPES or ta in DATED_TEXTS \
            or tb in DATED_TEXTS:
        d = _durations("%", a, b)  # (raises for the refused pairs)
        if d is not None:
            return d
    return int_mod(to_int(a), to_int(b))


def int_mod(x: int, y: int) -> int:
    """The remainder of two integers with the sign of the dividend; by zero, fatal."""
    if y == 0:
        raise WLRuntimeError(MODULO_BY_ZERO, ErrCode.DIVISION_BY_ZERO)
    r = abs(x) % abs(y)
    return -r if x < 0 else r


_POWER_OVERFLOW = "Numeric overflow in power."
_NO_REAL_POWER = ("Invalid numeric operation: a negative number raised to a fractional "
                  "power has no real value.")
_REAL_DIGITS = 308.25
"""log10 of the largest real (about 1.8e308): where a power overflows (w_pow)."""


def w_pow(a: object, b: object) -> object:
    """`a ^ b` and Power(a, b): a real when neither is a currency or a numeric, two
    integers too (`3 ^ 39` is the real shown 4052555153018980000; *decided* 6 Dec 2026
    night, V, INFERRED: docs/semantics.md "Power gives a real"), except the integer
    power of two integers that a real holds exactly (2 ^ 64, 10 ^ 6), which stays that
    integer, so that the masks and maximums written `2^64 - 1`, `2^63 - 1`, `2^53 + 1`
    are exact: the same value the real has, kept exact by what follows. A currency's
    or a numeric's power stays exact (?1514072), a numeric's marked a numeric (numeric_kept:
    `(n ^ 2)[1]` named a currency, TypeVar said wlCurrency)."""
    return numeric_kept(_power(a, b), a, b)


def _power(a: object, b: object) -> object:
    """`a ^ b` computed (w_pow), the mark of a numeric not yet given back."""
    x, y = common_numbers(a, b)
    if type(x) is Decimal or type(y) is Decimal:  # a currency or a numeric
        small = _decimal_power_bound(x, y)  # type: ignore[arg-type]
        if small is not None:
            return small
    try:
        if type(x) is int and type(y) is int:
            return _integer_power(x, y)  # (an overflow: OverflowError, below)
        result = x ** y  # type: ignore[operator]
    except ZeroDivisionError:
        raise WLRuntimeError(DIVISION_BY_ZERO, ErrCode.DIVISION_BY_ZERO) from None
    except OverflowError:
        raise WLRuntimeError(_POWER_OVERFLOW, ErrCode.NUMERIC) from None
    except InvalidOperation:  # a numeric's (-8) ^ 0.5, as a real's below
        raise WLRuntimeError(_NO_REAL_POWER) from None
    if isinstance(result, complex):  # (-8) ^ 0.5: Python's answer is not a WLanguage value
        raise WLRuntimeError(_NO_REAL_POWER)
    if type(result) is Decimal and result.is_infinite():  # a numeric's 0 ^ -1, as 0.0 ^ -1
        raise WLRuntimeError(DIVISION_BY_ZERO, ErrCode.DIVISION_BY_ZERO)
    return result


def _integer_power(x: int, y: int) -> int | float:
    """`x ^ y` of two integers: the exact integer when y is not negative, the result
    is within 128 bits and a real holds it exactly (its value as a real, kept exact);
    else the real."""
    if y >= 0 and (x.bit_length() - 1) * y <= 128:
        exact = x ** y
        if exact.bit_length() <= 128 and float(exact) == exact:
            return exact
    return float(x) ** y


def _decimal_power_bound(x: int | Decimal, y: int | Decimal) -> Decimal | None:
    """A power of a currency or a numeric whose result passes the largest real is the
    overflow error a real's power gives (*decided*, V 6 Dec 2026: docs/semantics.md "A
    numeric raised to a huge power"), and one below the smallest is 0, as a real's is;
    None when the power is to be computed. Computed exactly, `nu ^ 3780000` ran for
    minutes or stopped with Python's "Exceeds the limit (4300 digits) for integer string
    conversion" where it was shown. `x` and `y` are each an int or a Decimal here:
    common_numbers turned a real beside a Decimal into one."""
    base = abs(Decimal(x))
    if base == 0 or base == 1:
        return None
    digits = float(base.log10()) * float(y)  # (log10 of the result's size)
    if digits > _REAL_DIGITS:
        raise WLRuntimeError(_POWER_OVERFLOW, ErrCode.NUMERIC)
    return Decimal(0) if digits < -_REAL_DIGITS else None


def w_neg(a: object) -> object:
    """Unary minus; a Duration's is a Duration (it was a number of milliseconds, which
    `t + -d` on a Time then read as hundredths of a second)."""
    if type(a) in DURATION_TYPES:
        return duration_arith("*", a, -1)
    return numeric_kept(-to_num(a), a)
