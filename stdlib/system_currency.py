"""maskSystemCurrency / maskMonétaireSystème: `NumToString(x, maskSystemCurrency)` writes an
amount of money as the system's regional settings write one.

On Windows that is the "Currency" format of the regional settings. wlinterp runs where
there are none to read, so it writes amounts as a French Windows installation does by
default, the settings maskSystemDate already follows ("DD/MM/YYYY"): two decimals
rounded half away from zero, a comma before them, the thousands grouped by spaces (as
NumToString's `S` groups them), then a space and the euro sign: `1 234,56 €`, `-0,50 €`.
DECIDED (docs/builtins.md "NumToString with maskSystemCurrency"): no stored help page
gives the constant's value or Linux's behaviour.
"""
from __future__ import annotations

__all__ = ["CURRENCY_MASK", "currency_text"]

from decimal import ROUND_HALF_UP, Decimal

from wlinterp.registry import Family

family = Family("System currency")

# Not a format NumToString reads otherwise: the constant names the system's currency
# format (its value is ours, UNVERIFIED; the French name follows maskDateSystème's)
CURRENCY_MASK = family.constant("maskSystemCurrency", "maskMonétaireSystème",
                                "maskSystemCurrency")


def currency_text(num: int | float | Decimal) -> str:
    """`num` as an amount in the system's currency format (module docstring)."""
    exact = num if isinstance(num, Decimal) else Decimal(repr(num) if isinstance(num, float)
                                                         else num)
    if not exact.is_finite():  # an overflowed real: no amount to write
        return str(num)
    cents = exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if cents < 0 else ""
    whole, _, fraction = f"{abs(cents):f}".partition(".")
    head = len(whole) % 3 or 3
    grouped = " ".join([whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)])
    return f"{sign}{grouped},{fraction} €"
