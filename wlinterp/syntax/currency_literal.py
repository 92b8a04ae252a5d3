"""A `0m` literal beyond a currency's range (?1514043 gives `num1 =
0m12345678901234567891234567` as the way to assign a currency exactly): a Decimal marked
so that storing it into a currency keeps its digits (runtime/stored_numbers.py) where an
arithmetic result or a plain literal that size is "Numeric overflow" (docs/semantics.md,
"Currency literals")."""
from __future__ import annotations

__all__ = ["CurrencyLiteral", "NumericLiteral", "LongLiteral", "INT8_MIN", "INT8_MAX"]

from decimal import Decimal

INT8_MIN = -(1 << 63)
INT8_MAX = (1 << 63) - 1
"""An 8-byte integer's range, WLanguage's widest integer ("The different types of
integers" ?1514049): the one place it is written, for the literals read here (one past it
is a LongLiteral's or a numeric's), the compiler, the checker and the run."""


class CurrencyLiteral(Decimal):
    """The value of a wide `0m` literal. Its repr is the code that builds it again (the
    compiled code's namespace holds the class); arithmetic on it gives plain Decimals,
    its negation excepted."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"CurrencyLiteral('{self}')"

    def wl_num(self) -> Decimal:
        """The plain Decimal arithmetic and comparisons compute with (runtime/values.py
        to_num): its results are checked against the range again."""
        return Decimal(self)

    def __neg__(self, context: object = None) -> "CurrencyLiteral":
        """`-0m...` (the parser and the folding negate the literal) is a literal too."""
        return CurrencyLiteral(Decimal(self).copy_negate())


class NumericLiteral(Decimal):
    """The value of a numeric literal (`0n1.5`, or a decimal literal a real would round:
    docs/semantics.md "Decimal literals"): marked so that TypeVar answers wlNumeric for it
    (it said wlCurrency, a currency and a numeric being both Decimals) and a value
    computed from it is a numeric (compiler/declared_kinds.py held_as). Its repr is the
    code that builds it again; arithmetic on it gives plain Decimals."""

    __slots__ = ()
    wl_type_name = "numeric"

    def __repr__(self) -> str:
        return f"NumericLiteral('{self}')"

    def wl_num(self) -> Decimal:
        return Decimal(self)

    def __neg__(self, context: object = None) -> "NumericLiteral":
        return NumericLiteral(Decimal(self).copy_negate())


class LongLiteral(NumericLiteral):
    """A decimal literal written without `0n` that a real would round (more than 15
    significant digits: `1234567890123456789.0`). In an expression it is a numeric, as
    any NumericLiteral; stored into a numeric or a currency it is the real the compiler
    makes of it, 15 significant digits ("Numeric (Variable type)" ?1514072: a value
    assigned to a numeric "is automatically converted into real", `num2 =
    1234567890123456789.0 // num2 does not contain the correct value`; ?1514043 says the
    same of a currency; runtime/stored_numbers.py real_as_numeric)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"LongLiteral('{self}')"

    def __neg__(self, context: object = None) -> "LongLiteral":
        return LongLiteral(Decimal(self).copy_negate())
