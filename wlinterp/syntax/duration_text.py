"""Duration literals (`3 min 30 s`, `1 h`, `500 ms`, `2 j`): shared by the lexer's
literals and the runtime's readable-duration strings."""
from __future__ import annotations

__all__ = ["duration_literal"]

import re
from decimal import Decimal
from ..lazy_regex import lazy_compile

MAX_DIGITS = 38  # WLanguage's widest number (numeric), as for number literals
_MS = {"ms": 1, "cs": 10, "s": 1000, "sec": 1000, "min": 60_000, "mn": 60_000,
       "h": 3_600_000, "d": 86_400_000, "j": 86_400_000}


_LITERAL = lazy_compile(r"\s*(\d+(?:\.\d+)?)\s*(ms|cs|sec|min|mn|s|h|d|j)\b", re.I)


def duration_literal(text: str) -> int:
    """Milliseconds of `3 min 30 s`, `1 h`, `500 ms`, `2 d` / `2 j`; ValueError otherwise.
    Exact (decimal) arithmetic, so that a long number loses no digit; OverflowError when
    a number or the total has more than MAX_DIGITS digits (a float would have become
    infinite and crashed the parser)."""
    pos, total = 0, Decimal(0)
    text = text.strip()
    while pos < len(text):
        m = _LITERAL.match(text, pos)
        if not m:
            raise ValueError(f"'{text}' is not a duration")
        number = m.group(1)
        if len(number.replace(".", "").lstrip("0")) > MAX_DIGITS:
            raise OverflowError(f"more than {MAX_DIGITS} digits")
        # (upper then lower: `ſ`, `ı`, which the IGNORECASE pattern reads as s, i)
        total += Decimal(number) * _MS[m.group(2).upper().lower()]
        pos = m.end()
    ms = int(total.to_integral_value())
    if len(str(ms)) > MAX_DIGITS:
        raise OverflowError(f"more than {MAX_DIGITS} digits of milliseconds")
    return ms
