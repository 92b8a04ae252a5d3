"""A number literal given where a built-in wants an integer (an IntArg parameter,
registry.py: a position, a count, a rank), read as the run reads it (stdlib/int_args.py
`int_arg`): a real is truncated toward zero, so `Left(s, 2.5)` takes 2 characters and
`wl check` says the decimal part is lost (WL206, as for `n is int = 2.5`); a number past
the integers' range stops the run (`Middle(s, 2, 1e19)`), so the check says it there in
the run's words (WL110, deferred). A text that is no number is builtin_args.py's WL206.
*Decided* 6 Dec 2026, V (docs/semantics.md "A real given where a built-in wants an
integer"); before, the check looked at procedures' integer parameters only.
"""
from __future__ import annotations

__all__ = ["whole_literal"]

from decimal import ROUND_DOWN, Decimal
from typing import TYPE_CHECKING

from ..runtime.refused_arguments import INT_LIMIT, too_large
from ..syntax import nodes as N
from .currency_literals import literal_number

if TYPE_CHECKING:
    from .checker import FunctionChecker

_NUMBER_CHARS = frozenset("0123456789._eE+-")


_HINT = "a position or a count is a whole number: round it first (Round) if that is what is meant"


def whole_literal(fc: "FunctionChecker", arg: N.Expr, rank: int, shown: str,
                  hint: str = _HINT) -> None:
    """WL206 for a real literal with decimals given to the IntArg parameter at 0-based
    `rank` of the built-in `shown` (named as the run's errors name it: as written, in
    its catalogue's spelling), WL110 for a number literal past ±INT_LIMIT; nothing for
    anything else. `hint` names what the integer is (a position or a count unless the
    caller says otherwise: ErrorPropagate's code is neither)."""
    number = literal_number(arg)
    if number is None:
        return
    written = _written(fc, arg)
    if abs(number) > INT_LIMIT:
        if not (fc.probing or fc.guarded):  # (a WHEN EXCEPTION catches it: the run goes on)
            fc.rep.report("WL110", too_large(_run_value(arg, number), shown, rank + 1),
                          arg, len(written), deferred=True)
        return
    whole = number.to_integral_value(rounding=ROUND_DOWN)
    if whole != number:
        fc.rep.report("WL206", f"{shown} expects an integer as parameter {rank + 1}: "
                      f"{written} is read as {int(whole)}, its decimal part is lost", arg,
                      len(written), hint=hint)


def _run_value(arg: N.Expr, number: Decimal) -> object:
    """The value the run gives int_arg for the literal: its integer, or a real."""
    while type(arg) is N.Unary:
        arg = arg.operand
    whole = type(getattr(arg, "value", None)) is int
    return int(number) if whole else float(number)


def _written(fc: "FunctionChecker", arg: N.Expr) -> str:
    """The literal as the source line writes it (`-2.5`, `1e19`), for the message and
    the caret's length."""
    line = fc.rep.lines[arg.line - 1] if 0 < arg.line <= len(fc.rep.lines) else ""
    text = line[arg.col - 1:]
    end = next((k for k, c in enumerate(text) if c not in _NUMBER_CHARS and
                not (c == " " and k == 1 and text[0] == "-")), len(text))
    return text[:end].rstrip() or "the number"
