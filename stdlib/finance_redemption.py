"""FinRedemption / FinAmortissement (help page 3050061): the amortization table of a
fixed-rate loan, written to a matrix (stdlib/matrices.py) of one row per year and five
columns: year, balance to repay, interest (the page's "Advantage"/"Benefit"),
amortization, yearly payment.

Three kinds of loan, as the page describes them: constant yearly payment (principal and
interest together the same each year), constant amortization (the same share of the
principal each year) and "in fine" (only the interest each year, the principal with the
last payment). The balance of a row is what is still owed at the start of that year and
the interest is that balance times the rate (INFERRED: the page names the columns, not
their formulas; these are the usual amortization table's).
"""
from __future__ import annotations

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, NumberArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .finance import FIN_ERR_ARGUMENT, _fail, _ok

family = Family("Financial (amortization table)")

# The kinds of loan (values ours; French names INFERRED)
FIN_CONSTANT_ANNUAL_PAYMENT = family.constant("finConstantAnnualPayment",
                                              "finAnnuitéConstante", 1)
FIN_CONSTANT_REDEMPTION = family.constant("finConstantRedemption",
                                          "finAmortissementConstant", 2)
FIN_IN_FINE = family.constant("finInFine", "finInFine", 3)

# The longest loan wlinterp tabulates (ours, docs/builtins.md): a row a year, so a
# duration of a billion years would fill memory for ever.
MAX_YEARS = 1000


def _rows(kind: int, capital: float, rate: float, years: int) -> list[list[float]]:
    """Year, balance at the start of the year, interest, amortization, payment."""
    rows, balance = [], capital
    payment = 0.0
    if kind == FIN_CONSTANT_ANNUAL_PAYMENT:
        payment = capital / years if rate == 0 else capital * rate / (1 - (1 + rate) ** -years)
    for year in range(1, years + 1):
        interest = balance * rate
        if kind == FIN_CONSTANT_ANNUAL_PAYMENT:
            amortization = payment - interest
        elif kind == FIN_CONSTANT_REDEMPTION:
            amortization = capital / years
        else:
            amortization = capital if year == years else 0.0
        rows.append([year, balance, interest, amortization, interest + amortization])
        balance -= amortization
    return rows


@family.function("FinRedemption", "FinAmortissement", can_fail=True)
def fin_redemption(rt: Runtime, name: TextArg, kind: NumberArg, capital: NumberArg = 0,
                   rate: NumberArg = 1, duration: NumberArg = 1) -> bool:
    """Create (or overwrite) the matrix `name` with the loan's amortization table; True
    when it is written, False with ErrorInfo and FinError otherwise (help 3050061)."""
    from .matrices import matrix_put
    k, years = int(V.to_num(kind)), V.to_num(duration)
    if k not in (FIN_CONSTANT_ANNUAL_PAYMENT, FIN_CONSTANT_REDEMPTION, FIN_IN_FINE):
        raise _fail(rt, FIN_ERR_ARGUMENT, f"FinRedemption: {k} is not a kind of "
                    "amortization (finConstantAnnualPayment, finConstantRedemption or "
                    "finInFine).")
    if years <= 0 or years != int(years) or years > MAX_YEARS:
        raise _fail(rt, FIN_ERR_ARGUMENT, "FinRedemption: the duration must be a whole "
                                          f"number of years from 1 to {MAX_YEARS}.")
    percent = float(V.to_num(rate))
    if percent <= -100:  # nothing left to owe: the payment's formula divides by zero
        raise _fail(rt, FIN_ERR_ARGUMENT, f"FinRedemption: a rate of {V.to_str(rate)}% "
                                          "cannot be used (it must be above -100%).")
    rows = _rows(k, float(V.to_num(capital)), percent / 100, int(years))
    try:
        matrix_put(rt, name, rows)
    except BuiltinFailure as exc:
        raise _fail(rt, FIN_ERR_ARGUMENT, exc.message) from None
    _ok(rt, 0)
    return True
