"""How many digits a number the source writes may have, and the words for one that has
more: the same for a literal (expr_builder.py) and for the numbers written inside a
declaration's type or a WINDEV file's keys (a size, a count, a type code)."""
from __future__ import annotations

__all__ = ["MAX_DIGITS", "out_of_range", "whole_number"]

MAX_DIGITS = 38
"""WLanguage's widest number (a numeric): 38 significant digits (runtime.values.MAX_INT_DIGITS)."""


def out_of_range(written: str, why: str = f"more than {MAX_DIGITS} digits") -> str:
    """`the number 99999999999999999999... is out of range (WHY)`: the number shown by
    its first 20 characters when longer than 24."""
    shown = written if len(written) <= 24 else written[:20] + "..."
    return f"the number {shown} is out of range ({why})"


def whole_number(text: str) -> int:
    """The value of `text`, a run of 0-9 digits the source wrote; past MAX_DIGITS
    significant digits a ValueError in out_of_range's words. Python's int() refuses
    texts of more than 4,300 digits in its own words ("Exceeds the limit (4300 digits)
    for integer string conversion ... use sys.set_int_max_str_digits()"), which reached
    the user for `string on 999...`, `array of 999... int` and a WINDEV file's
    `type : 999...` (found by the fuzz campaign, docs/testing.md "Fuzzing (issue 8,
    REV, ...)")."""
    if len(text.lstrip("0")) > MAX_DIGITS:
        raise ValueError(out_of_range(text))
    return int(text)
