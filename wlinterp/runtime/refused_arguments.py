"""The words of a built-in's refusal of a value its text or number parameter cannot take
(an array, a structure, an object): one text, said by the run (stdlib/strings.py
`text_arg`, stdlib/int_args.py `int_arg`, stdlib/numbers.py `num_arg`) and by `wl
check` (WL115 at the argument, semantics/builtin_args.py), so both speak alike; and of a
number past the integers' range given where a built-in wants an integer (`too_large`:
int_arg's, and WL110 at a literal, semantics/whole_arguments.py)."""
from __future__ import annotations

__all__ = ["refused_argument", "too_large", "INT_LIMIT"]

from decimal import Decimal

from ..syntax.currency_literal import INT8_MAX


def refused_argument(fname: str, number: bool, type_words: str) -> str:
    """`Left expects a string, not a value of type array` (no final period: the run adds
    its own); `type_words` as runtime/values.py `type_name` names the value's type."""
    wanted = "a number" if number else "a string"
    return f"{fname} expects {wanted}, not a value of type {type_words}"


INT_LIMIT = INT8_MAX
"""The largest 8-byte integer: no position, count or size goes past it."""


def too_large(value: object, fname: str, rank: int) -> str:
    """The refusal of a number past the integers' range: the function, the parameter's
    rank when known (0: not known), the value as a reader writes it (1e+308, not the
    309 digits of the real)."""
    where = f"parameter {rank}" if rank else "a parameter"
    return (f"{fname}: {where} is {_shown(value)}, too large for an integer (a position, "
            f"a count: at most {INT_LIMIT:,}).")


def _shown(value: object) -> str:
    """A huge number short: a real or a Decimal in exponent form, an integer's digits."""
    if isinstance(value, (float, Decimal)):
        return f"{float(value):g}"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)
