"""The Python port of pFacturation.wdg, tested against the original in tests/test_port.py."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

VAT_NORMAL = Decimal(20)


def total_ttc(amount: Decimal | int | float, rate: Decimal | int | float = VAT_NORMAL) -> Decimal:
    """Price including VAT, rounded half up to the cent (as WLanguage's Round)."""
    value = Decimal(str(amount)) * (1 + Decimal(str(rate)) / 100)
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def apply_discount(amount: Decimal | int, percent: int) -> tuple[Decimal, Decimal]:
    """(discount, new amount): the WLanguage procedure changes its by-reference argument."""
    if not 0 <= percent <= 50:
        raise ValueError(f"discount refused: {percent} %")
    discount = (Decimal(amount) * percent / 100).quantize(Decimal("0.01"),
                                                          rounding=ROUND_HALF_UP)
    return discount, Decimal(amount) - discount
