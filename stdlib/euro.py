"""The Euro functions (`e...`): a per-run exchange table of currencies, conversions to and
from the Euro, and between two currencies through the Euro.

VERIFIED against the help pages eCurrencyName/eNomDevise ?3033006, eInitCurrency/
eInitDevise ?3033003, eToEuro/eVersEuro ?3033005, eChangeCurrency ?3033012 and
eDefaultViewCurrency/eDeviseAffParDéfaut ?3033009 and eDefaultMemCurrency/
eDeviseMemParDéfaut ?3033016: the table (number, constant, rate of one Euro in the
currency, default caption of at most 7 characters), the parameters and their defaults (source currency 1, 2 decimals). Decided (docs/builtins.md "Euro"): the
table's rows past Estonia (cut off in the stored pages) are not declared; a conversion is
exact until its result is rounded half away from zero to the decimals asked; the rounding
difference is the value minus the result converted back, in the source currency.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, NumberArg, OutArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import co_currency
from .numbers import rounded_to
from .strings import int_arg, text_arg

family = Family("Euro")

# (number, constant, rate of one Euro, default caption): the pages' exchange table.
_TABLE: tuple[tuple[int, str, str, str], ...] = (
    (0, "eEUR", "1", "EURO"), (1, "eFRF", "6.55957", "F"), (2, "eITL", "1936.27", "ITL"),
    (3, "eBEF", "40.3399", "BEF"), (4, "eLUF", "40.3399", "LUF"),
    (5, "eDEM", "1.95583", "DEM"), (6, "eATS", "13.7603", "ATS"),
    (8, "eESP", "166.386", "ESP"), (9, "eIEP", "0.787564", "IEP"),
    (10, "eNLG", "2.20371", "NLG"), (11, "ePTE", "200.482", "PTE"),
    (14, "eGRD", "340.750", "GRD"), (15, "eFIM", "5.94573", "FIM"),
    (7, "eDKK", "0", "DKK"), (12, "eGBP", "0", "GBP"), (13, "eSEK", "0", "SEK"),
    (26, "eCYP", "0", "CYP"), (27, "eCZK", "0", "CZK"), (28, "eEEK", "0", "EEK"),
    # past the stored pages: PC SOFT's own Euro example (a .NET class) numbers Slovenia's
    # tolar 34 and calls eInitDevise(eSIT, "SIT", 239.640) (INFERRED from that code)
    (34, "eSIT", "0", "SIT"),
)
for _row_number, _row_constant, _, _ in _TABLE:
    family.constant(_row_constant, _row_constant, _row_number)


def _table(rt: Runtime) -> dict[int, list[Any]]:
    """This run's exchange table: number -> [caption, rate]; currencies 16 to 25 are the
    free ones (Free1 to Free10, rate 0)."""
    table = rt.state.get("euro.table")
    if table is None:
        table = {n: [caption, Decimal(rate)] for n, _, rate, caption in _TABLE}
        for k in range(10):
            table[16 + k] = [f"Free{k + 1}", Decimal(0)]
        rt.state["euro.table"] = table
    return table


def _row(rt: Runtime, currency: object, fname: str, failed: object = "") -> list[Any]:
    """The currency's row; a number the table does not have is a non-fatal error (the
    call returns `failed`)."""
    row = _table(rt).get(V.to_int(currency))
    if row is None:
        raise BuiltinFailure(f"{fname}: {V.to_str(currency)} is not a currency of the "
                             f"exchange table.", value=failed)
    return row


def _rate(rt: Runtime, currency: object, fname: str) -> Decimal:
    zero = (Decimal(0), Decimal(0))
    rate = _row(rt, currency, fname, zero)[1]
    if rate == 0:
        raise BuiltinFailure(f"{fname}: the currency {_row(rt, currency, fname)[0]} has no "
                             f"exchange rate (give it one with eInitCurrency).",
                             value=zero)
    return rate


def _rounded(value: Decimal, decimals: object, fname: str) -> Decimal:
    """`value` rounded half up to `decimals`, at any size (numbers.half_up: 1e308 Francs
    gave "Numeric overflow or invalid numeric operation."; a result beyond a currency's
    range is then its overflow error, co_currency)."""
    return rounded_to(value, int_arg(decimals, fname), ROUND_HALF_UP, fname)


@family.function("eCurrencyName", "eNomDevise", can_fail=True)
def currency_name(rt: Runtime, currency: NumberArg) -> str:
    """The caption of a currency (its default caption until eInitCurrency changes it)."""
    return str(_row(rt, currency, "eCurrencyName")[0])


@family.function("eExchangeRate", "eTauxDeChange", can_fail=True)
def exchange_rate(rt: Runtime, currency: NumberArg) -> Decimal:
    """The value of one Euro in the currency (0 for a currency outside the Euro)."""
    return co_currency(_row(rt, currency, "eExchangeRate", Decimal(0))[1])


@family.function("eInitCurrency", "eInitDevise", can_fail=True)
def init_currency(rt: Runtime, currency: NumberArg, caption: TextArg, rate: NumberArg) -> None:
    """Add or change a currency of the table: its caption (kept whole: the 7 characters
    the page mentions are what a "Currency + Euro" control shows) and the value of one
    Euro in it (between 0 and 2147)."""
    n, value = V.to_int(currency), V.to_decimal(rate)
    if not 0 <= value <= 2147:
        raise BuiltinFailure(f"eInitCurrency: the exchange rate must be between 0 and 2147 "
                             f"(got {V.to_str(rate)}).", value=None)
    _table(rt)[n] = [text_arg(caption, "eInitCurrency"), value]


@family.function("eToEuro", "eVersEuro", can_fail=True)
def to_euro(rt: Runtime, value: NumberArg, currency: NumberArg = 1, decimals: NumberArg = 2,
            difference: OutArg = None) -> tuple[Decimal, Decimal]:
    """A value of a currency (the French Franc, number 1, by default) in Euros, rounded to
    `decimals` (2); the rounding difference, in the source currency, goes to the fourth
    parameter."""
    amount, rate = V.to_decimal(value), _rate(rt, currency, "eToEuro")
    result = _rounded(amount / rate, decimals, "eToEuro")
    return co_currency(result), co_currency(amount - result * rate)


@family.function("eToCurrency", "eVersDevise", can_fail=True)
def to_currency(rt: Runtime, value: NumberArg, currency: NumberArg = 1, decimals: NumberArg = 2,
                difference: OutArg = None) -> tuple[Decimal, Decimal]:
    """A value in Euros converted into a currency (the French Franc by default), rounded to
    `decimals` (2); the rounding difference, in Euros, goes to the fourth parameter."""
    amount, rate = V.to_decimal(value), _rate(rt, currency, "eToCurrency")
    result = _rounded(amount * rate, decimals, "eToCurrency")
    return co_currency(result), co_currency(amount - result / rate)


@family.function("eChangeCurrency", "eChangeDevise", can_fail=True)
def change_currency(rt: Runtime, value: NumberArg, source: NumberArg, target: NumberArg,
                    decimals: NumberArg = 2, difference: OutArg = None
                    ) -> tuple[Decimal, Decimal]:
    """A value converted from one currency into another through the Euro (currency 0),
    rounded to `decimals` (2); the rounding difference, in the source currency, goes to
    the fifth parameter."""
    amount = V.to_decimal(value)
    src, dst = _rate(rt, source, "eChangeCurrency"), _rate(rt, target, "eChangeCurrency")
    result = _rounded(amount / src * dst, decimals, "eChangeCurrency")
    return co_currency(result), co_currency(amount - result / dst * src)


def _default_currency(rt: Runtime, key: str, currency: object) -> int:
    """A default currency of the run (the Euro at first); given a currency, it becomes
    the default and the previous one is returned."""
    before = int(rt.state.get(key, 0))
    if currency is not None:
        rt.state[key] = V.to_int(currency)
    return before


@family.function("eDefaultViewCurrency", "eDeviseAffParDéfaut")
def default_view_currency(rt: Runtime, currency: object = None) -> int:
    """The currency "Currency + Euro" controls show by default (?3033009)."""
    return _default_currency(rt, "euro.view", currency)


@family.function("eDefaultMemCurrency", "eDeviseMemParDéfaut")
def default_mem_currency(rt: Runtime, currency: object = None) -> int:
    """The currency "Currency + Euro" controls store their value in by default
    (?3033016): the Euro at first; given a currency, it becomes the default and the
    previous one is returned, as eDefaultViewCurrency does for the display."""
    return _default_currency(rt, "euro.mem", currency)
