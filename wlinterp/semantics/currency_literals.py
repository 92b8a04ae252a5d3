"""A number literal a currency variable cannot hold (beyond ?1514043's range): the run
stops there with "Numeric overflow" (runtime/stored_numbers.py), so `wl check` says it
at the declaration or assignment, in the run's words (it said nothing, and the run held
all 23 digits of `m is currency = 99999999999999999999999`)."""
from __future__ import annotations

__all__ = ["check_currency_literal", "check_duration_literal", "literal_number",
           "signed_literal"]

from decimal import Decimal
from typing import TYPE_CHECKING

from ..runtime.durations import DURATION_MAX_MS, duration_overflow
from ..runtime.stored_numbers import CURRENCY_MAX, currency_overflow, real_as_numeric
from ..syntax import nodes as N
from ..syntax.currency_literal import CurrencyLiteral, LongLiteral

if TYPE_CHECKING:
    from .checker import FunctionChecker
    from .scopes import Symbol


def literal_number(value: N.Expr) -> Decimal | None:
    """The value of a number literal, signed (`-5e18`), as a Decimal; None for anything
    else (a variable, an expression: left to the run)."""
    found = signed_literal(value)
    return found[0] if found is not None else None


def signed_literal(value: N.Expr) -> tuple[Decimal, N.Num] | None:
    """A number literal with its signs (`-5e18`): its value as a Decimal and the literal
    under the signs (whose type says whether it was written as an integer); None for
    anything else."""
    sign = 1
    while isinstance(value, N.Unary) and value.op in ("neg", "pos"):
        sign = -sign if value.op == "neg" else sign
        value = value.operand
    if not isinstance(value, N.Num) or isinstance(value.value, bool) \
            or not isinstance(value.value, (int, float, Decimal)):
        return None
    number = value.value if isinstance(value.value, int) else Decimal(repr(value.value)) \
        if isinstance(value.value, float) else value.value
    return Decimal(number) * sign, value


def check_currency_literal(fc: "FunctionChecker", sym: "Symbol", value: N.Expr,
                           line: int, col: int) -> None:
    """WL110 (deferred: the run stops there) for a currency variable given a literal
    beyond its range; not a `0m` literal, which a currency holds whatever its size
    (?1514043 writes it so: docs/semantics.md "Currency literals"). A long literal or a
    wide integer is judged as the real the run stores (15 significant digits: ?1514043,
    a value assigned "is automatically converted into real")."""
    found = signed_literal(value)
    if found is None or type(found[1].value) is CurrencyLiteral:
        return
    number = found[0]
    written = found[1].value  # through a real as the run stores it (a wide int too)
    real = real_as_numeric(LongLiteral(number)) if type(written) is LongLiteral \
        else real_as_numeric(int(number)) if type(written) is int else number
    if abs(real) <= CURRENCY_MAX:
        return
    fc.rep.report("WL110", currency_overflow(number, real), value, line=line, col=col,
                  length=len(sym.name), deferred=True)


def check_duration_literal(fc: "FunctionChecker", sym: "Symbol", value: N.Expr,
                           line: int, col: int) -> None:
    """WL110 (deferred) for a Duration variable given a number of milliseconds beyond
    the longest Duration (`du is Duration = 1e20`): the run stops there in these words
    (runtime/durations.py DURATION_MAX_MS)."""
    number = literal_number(value)
    if number is None or abs(number) <= DURATION_MAX_MS:
        return
    fc.rep.report("WL110", duration_overflow(int(number)), value, line=line, col=col,
                  length=len(sym.name), deferred=True)
