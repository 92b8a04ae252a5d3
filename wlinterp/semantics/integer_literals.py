"""A number literal an integer variable cannot hold whole (beyond ?1514049's range): a
real, currency or numeric literal stops the run with "Numeric overflow"
(runtime/stored_numbers.int_stored), so `wl check` says it at the declaration or
assignment in the run's words; an integer literal wraps, and the check says what is
stored (`i is int = 1e19` was warned "the decimal part of this value is lost" while
the run showed -1981284352)."""
from __future__ import annotations

__all__ = ["check_integer_literal"]

from decimal import ROUND_DOWN, Decimal
from typing import TYPE_CHECKING

from ..runtime import values as V
from ..runtime.stored_numbers import int_bounds, int_overflow, int_stored
from ..syntax import nodes as N
from .currency_literals import signed_literal
from .text_numbers import numeric

if TYPE_CHECKING:
    from ..runtime.types import TypeSpec
    from .checker import FunctionChecker


def check_integer_literal(fc: "FunctionChecker", holder: str, spec: "TypeSpec",
                          value: N.Expr, line: int, col: int, length: int) -> bool:
    """WL110 (deferred: the run stops there; not said where a WHEN EXCEPTION catches
    it, as `x / 0`) for an integer variable or parameter
    (`holder`, as the message names it) given a non-integer literal whose integer part
    is beyond its range; WL206 for an integer literal there (it wraps). True when the
    literal was such, or is a whole number written as a real (`1e18`): nothing of it is
    lost, so nothing more is said of it."""
    read = _number_read(value)
    if read is None:
        return False
    number, integer = read
    whole = number.to_integral_value(rounding=ROUND_DOWN)
    bits, unsigned = spec.bits, spec.unsigned
    low, high = int_bounds(bits, unsigned)
    if low <= whole <= high:
        return whole == number
    if integer:
        if _hexadecimal(fc, value):  # `i is int = 0xFFFFFFFF`: a bit pattern, the -1
            return True  # it is written to give
        fc.rep.report("WL206", f"{holder} cannot hold {int(whole)}: beyond its range "
                      f"({low:,} to {high:,}), the integer wraps and is stored as "
                      f"{int_stored(int(whole), bits, unsigned)}", value, line=line, col=col,
                      length=length)
    elif not (fc.probing or fc.guarded):  # (a WHEN EXCEPTION catches it: the run goes on)
        fc.rep.report("WL110", int_overflow(whole, bits, unsigned), value, line=line,
                      col=col, length=length, deferred=True)
    return True


def _number_read(value: N.Expr) -> tuple[Decimal, bool] | None:
    """The number a literal gives an integer variable, and whether it is an integer (one
    that wraps): a number literal, signed or not, or a text the run reads as a number
    (`n is int = "1e19"`, Val's reading: a real, so the overflow error). None for
    anything else (an expression: left to the run)."""
    found = signed_literal(value)
    if found is not None:
        number, literal = found
        return number, type(literal.value) is int
    if not isinstance(value, N.Str) or not numeric(value.value):
        return None
    read = V.to_num(value.value)
    if isinstance(read, float) and read - read != 0.0:
        return None  # ("1e400": the text's own error, the run's)
    return Decimal(repr(read)) if isinstance(read, float) else Decimal(read), \
        type(read) is int


def _hexadecimal(fc: "FunctionChecker", value: N.Expr) -> bool:
    """A literal written in hexadecimal (`0xFFFFFFFF`, `-0x1`): its bits are what is
    meant, so its wrap is no surprise."""
    text = fc.rep.lines[value.line - 1] if 0 < value.line <= len(fc.rep.lines) else ""
    return text[value.col - 1:].lstrip("-+ ").lower().startswith("0x")
