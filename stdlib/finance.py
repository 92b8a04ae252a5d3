"""Financial functions (PC SOFT's family page 3050054): present and future values,
payments, rates, number of payments, interests of a period, linear and decreasing
amortization, net present value.

Rates are percentages per period (5 for 5 %), as the help says; payments going out are
negative and money coming in is positive. The formulas are the usual annuity equation
(the one spreadsheet PV/FV/PMT/NPER/RATE/IPMT/SLN/DB functions solve). Their error
convention, from the help: they "return no error code": a value they cannot compute
gives 0, FinError gives the error's number and ErrorInfo its message.
"""
from __future__ import annotations

from typing import Callable

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family, NumberArg
from wlinterp.runtime import values as V
from wlinterp.runtime.containers import WLArray
from wlinterp.runtime.state import Runtime

family = Family("Financial")

# FinError's numbers (wlinterp's own: the help gives none)
FIN_ERR_ARGUMENT = 1   # a parameter that cannot be used (a null rate or duration...)
FIN_ERR_NO_SOLUTION = 2  # the equation has no solution (RATE, NPER)


def _fail(rt: Runtime, number: int, message: str) -> BuiltinFailure:
    rt.state["fin:error"] = number
    return BuiltinFailure(message, value=0)


def _ok(rt: Runtime, value: float) -> float:
    rt.state["fin:error"] = 0
    return value


def _num(value: object) -> float:
    return float(V.to_num(value))


def _computed(rt: Runtime, fname: str, compute: Callable[[], float]) -> float:
    """`compute()`'s value when it is a real number; else the family's non-fatal error
    (FinError 2, the value 0), naming the function: a rate of -100 % or less over a
    fractional number of periods has no real value, and a result past the reals' range
    none either. They gave a Python complex number ("Trace expects a string, not a
    value of type complex") or "Numeric overflow or invalid numeric operation."."""
    try:
        value = compute()
        if type(value) is int:  # a sum of nothing (`FinNetCurrentVal(5, [])`) is a real 0
            value = float(value)
    except (OverflowError, ValueError, ZeroDivisionError):
        value = float("nan")
    if type(value) is not float or value - value != 0.0:
        raise _fail(rt, FIN_ERR_NO_SOLUTION, f"{fname}: no real value for these "
                    f"parameters (a rate of -100 % or less over a fractional number of "
                    f"periods, or a result beyond the largest real).")
    return _ok(rt, value)


def _growth(r: float, n: float) -> float:
    """(1 + r) to the power n; ValueError where that is no real number (Python would
    give a complex one)."""
    if 1 + r < 0 and n != int(n):
        raise ValueError("no real power")
    return float((1 + r) ** n)


def _annuity(r: float, n: float, start: bool) -> float:
    """The future value of one unit paid each period for n periods."""
    if r == 0:
        return n
    return (_growth(r, n) - 1) / r * (1 + r if start else 1)


def present_value(r: float, n: float, payment: float, future: float, start: bool) -> float:
    return -(future + payment * _annuity(r, n, start)) / _growth(r, n)


def future_value(r: float, n: float, payment: float, present: float, start: bool) -> float:
    return -(present * _growth(r, n) + payment * _annuity(r, n, start))


def payment_value(r: float, n: float, present: float, future: float = 0.0,
                  start: bool = False) -> float:
    return -(future + present * _growth(r, n)) / _annuity(r, n, start)


@family.function("FinCurrentVal", "FinValActuelle", can_fail=True)
def fin_current_val(rt: Runtime, payment: NumberArg = 0, future: NumberArg = 0,
                    periods: NumberArg = 1, rate: NumberArg = 1, start: object = True) -> float:
    """Present value of `periods` payments plus a future value (VERIFIED signature, help
    3050055: payments at the start of each period by default)."""
    r, n, pmt, fv = _num(rate) / 100, _num(periods), _num(payment), _num(future)
    return _computed(rt, "FinCurrentVal",
                     lambda: present_value(r, n, pmt, fv, V.to_bool(start)))


@family.function("FinFutureVal", "FinValFuture", can_fail=True)
def fin_future_val(rt: Runtime, capital: NumberArg = 0, deposit: NumberArg = 0,
                   periods: NumberArg = 1, rate: NumberArg = 1, start: object = True) -> float:
    """Future value of an initial capital and `periods` regular deposits (VERIFIED
    signature and French name, help page "FinFutureVal": initial capital first, then
    the periodic deposit; deposits at the start of each period by default)."""
    r, n, pmt, pv = _num(rate) / 100, _num(periods), _num(deposit), _num(capital)
    return _computed(rt, "FinFutureVal",
                     lambda: future_value(r, n, pmt, pv, V.to_bool(start)))


@family.function("FinRepayVal", "FinValRemboursement", can_fail=True)
def fin_repay_val(rt: Runtime, capital: NumberArg = 0, periods: NumberArg = 1,
                  rate: NumberArg = 1) -> float:
    """Each regular payment, principal and interest, paid at the end of each period
    (help 3050039: a positive capital, lent, gives a negative payment)."""
    n = _num(periods)
    if n <= 0:
        raise _fail(rt, FIN_ERR_ARGUMENT, "FinRepayVal: the number of periods must be "
                                          "positive.")
    r, pv = _num(rate) / 100, _num(capital)
    return _computed(rt, "FinRepayVal", lambda: payment_value(r, n, pv))


@family.function("FinPaymentNb", "FinNbVersement", can_fail=True)
def fin_payment_nb(rt: Runtime, payment: NumberArg = 0, rate: NumberArg = 1,
                   capital: NumberArg = 1) -> float:
    """How many payments pay the capital off (help 3050041)."""
    import math
    r, pmt, pv = _num(rate) / 100, _num(payment), _num(capital)
    try:
        if r == 0:
            return _ok(rt, -pv / pmt)
        return _ok(rt, math.log(pmt / (pmt + pv * r)) / math.log(1 + r))
    except (ValueError, ZeroDivisionError, OverflowError):
        raise _fail(rt, FIN_ERR_NO_SOLUTION, "FinPaymentNb: these payments never pay the "
                                             "capital off.") from None


@family.function("FinInterestRate", "FinTauxIntérêt", can_fail=True)
def fin_interest_rate(rt: Runtime, payments: NumberArg, payment: NumberArg = 0,
                      capital: NumberArg = 1) -> float:
    """The rate (a percentage, as every rate of the family: decided) at which
    `payments` payments pay the capital off (help 3050047); found by Newton's method."""
    n, pmt, pv = _num(payments), _num(payment), _num(capital)
    if n <= 0:
        raise _fail(rt, FIN_ERR_ARGUMENT, "FinInterestRate: the number of payments must be "
                                          "positive.")
    r = 0.1
    for _ in range(100):
        try:
            f = pv * _growth(r, n) + pmt * _annuity(r, n, False)
            h = 1e-7
            slope = (pv * _growth(r + h, n) + pmt * _annuity(r + h, n, False) - f) / h
            step = f / slope if slope != 0 else float("nan")
        except (OverflowError, ValueError, ZeroDivisionError):
            break  # (past the reals' range: no rate found)
        if step - step != 0.0:
            break
        r -= step
        if r <= -1:
            break
        if abs(step) < 1e-12:
            return _ok(rt, r * 100)
    raise _fail(rt, FIN_ERR_NO_SOLUTION, "FinInterestRate: no rate pays this capital off "
                                         "with these payments.")


@family.function("FinPeriodInterest", "FinIntérêtPériode", can_fail=True)
def fin_period_interest(rt: Runtime, capital: NumberArg = 0, rate: NumberArg = 1,
                        period: NumberArg = 1, duration: NumberArg = 1) -> float:
    """The interest part of the payment of one period of a loan paid off by fixed
    payments at the end of each period (help 3050042); negative: paid."""
    r, k, n, pv = _num(rate) / 100, _num(period), _num(duration), _num(capital)
    if n <= 0 or not 1 <= k <= n:
        raise _fail(rt, FIN_ERR_ARGUMENT, "FinPeriodInterest: the period must be between 1 "
                                          "and the duration.")
    def interest() -> float:
        pmt = payment_value(r, n, pv)
        balance = -future_value(r, k - 1, pmt, pv, False)  # still owed when it starts
        return -balance * r
    return _computed(rt, "FinPeriodInterest", interest)


@family.function("FinLinearRedemption", "FinAmortissementLinéaire", can_fail=True)
def fin_linear_redemption(rt: Runtime, cost: NumberArg, residual: NumberArg,
                          duration: NumberArg) -> float:
    """The same amortization for every period (help 3050046)."""
    n = _num(duration)
    if n == 0:
        raise _fail(rt, FIN_ERR_ARGUMENT, "FinLinearRedemption: the duration cannot be 0.")
    return _ok(rt, (_num(cost) - _num(residual)) / n)


@family.function("FinDecreasingRedemption", "FinAmortissementDégressif", can_fail=True)
def fin_decreasing_redemption(rt: Runtime, cost: NumberArg, residual: NumberArg,
                              duration: NumberArg, period: NumberArg = 1,
                              months: NumberArg = 1) -> float:
    """Fixed-rate declining amortization of one period (help 3050068): the rate, rounded
    to 3 decimals, applied to what is left; the first year counts `months` months (1 by
    default, as the help says) and the year after the last the remaining ones."""
    c, s, n, p, m = _num(cost), _num(residual), _num(duration), int(_num(period)), _num(months)
    if c == 0 or n == 0:
        raise _fail(rt, FIN_ERR_ARGUMENT, "FinDecreasingRedemption: the cost and the "
                                          "duration cannot be 0.")
    if not 0 <= m <= 12 or s < 0 or c < 0:
        raise _fail(rt, FIN_ERR_ARGUMENT, "FinDecreasingRedemption: the months of year 1 "
                                          "are between 0 and 12, the cost and the residual "
                                          "value >= 0.")
    last = int(n) + (0 if m == 12 else 1)
    if not 1 <= p <= last:
        return _ok(rt, 0.0)
    rate = round(1 - (s / c) ** (1 / n), 3)
    total = 0.0
    value = 0.0
    for k in range(1, p + 1):
        if k == 1:
            value = c * rate * m / 12
        elif k == last and m != 12:
            value = (c - total) * rate * (12 - m) / 12
        else:
            value = (c - total) * rate
        total += value
    return _ok(rt, value)


def _flows(rt: Runtime, values: object, index: object, column: object) -> list[float]:
    """The amounts: an array's elements, or a row or column of a matrix (MatCreate)
    named by a string, as the help's syntax gives them."""
    if isinstance(values, WLArray):
        return [_num(v) for v in values.items]
    if not isinstance(values, str):
        raise WLRuntimeError("FinNetCurrentVal: give the name of a matrix (MatCreate) or "
                             "an array of the amounts.")
    from .matrices import matrix
    try:
        grid = matrix(rt, values, "FinNetCurrentVal")
    except BuiltinFailure as exc:
        raise _fail(rt, FIN_ERR_ARGUMENT, exc.message) from None
    k = int(V.to_num(index))
    lines = [list(col) for col in zip(*grid)] if V.to_bool(column) else grid
    if not 1 <= k <= len(lines):
        raise _fail(rt, FIN_ERR_ARGUMENT, f"FinNetCurrentVal: the matrix has no "
                    f"{'column' if V.to_bool(column) else 'row'} {k}.")
    return [_num(v) for v in lines[k - 1]]


@family.function("FinNetCurrentVal", "FinValActuelleNette", can_fail=True)
def fin_net_current_val(rt: Runtime, rate: NumberArg, flows: object = None,
                        index: object = 1, column: object = True) -> float:
    """Net present value of an investment (help 3050053): the first amount, invested
    today, is not discounted; the amount of year k is divided by (1 + rate)^k. The
    amounts are column `index` of the matrix named `flows` (row `index` when `column`
    is False), as the help says, or an array's elements (decided)."""
    r = _num(rate) / 100
    if r == 0:
        raise _fail(rt, FIN_ERR_ARGUMENT, "FinNetCurrentVal: the rate cannot be 0.")
    amounts = _flows(rt, flows, index, column)
    return _computed(rt, "FinNetCurrentVal",
                     lambda: sum(v / _growth(r, k) for k, v in enumerate(amounts)))


@family.function("FinError", "FinErreur")
def fin_error(rt: Runtime) -> int:
    """The number of the last Fin* function's error; 0 when it succeeded."""
    return int(rt.state.get("fin:error", 0))
