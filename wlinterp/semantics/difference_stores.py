"""WL206 for DateTimeDifference's result stored into a Duration or a number: the
function gives a text of hundredths, "+DDDDDDDHHMMSSCC" (VERIFIED ?3027020, whose
"Caution" says to assign it to a Duration with StringToDuration(..., durationCenti)),
which a Duration reads as its own "+DHHMMSSCCC" text, in milliseconds (2 h 30 min becomes
23 min), and a number as the digits (2300000). Real code writes
`duInterval = DateHeureDifférence(dh, DateSys)`; the run stores what WINDEV's rules give,
the check says so (docs/check.md WL206)."""
from __future__ import annotations

__all__ = ["check_difference_store", "NUMBER_WORDS", "STORED_KINDS"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker import FunctionChecker
    from .scopes import Symbol

_DIFFERENCE = frozenset({"datetimedifference", "dateheuredifference"})
NUMBER_WORDS = {Kind.INT: "an integer", Kind.REAL: "a real", Kind.CURRENCY: "a currency",
                Kind.NUMERIC: "a numeric"}
_NUMBERS = NUMBER_WORDS
STORED_KINDS = frozenset({Kind.DURATION, *_NUMBERS})


def check_difference_store(fc: "FunctionChecker", sym: "Symbol", value: N.Expr, line: int,
                           col: int) -> None:
    """WL206 at `sym` (a Duration or a number) given DateTimeDifference's text directly
    (not a procedure of the program of that name)."""
    if type(value) is not N.Call or type(value.func) is not N.Name:
        return
    key = fold(value.func.name)
    if key not in _DIFFERENCE or key in fc.sym.procs:
        return
    name = value.func.name
    if sym.spec.kind == Kind.DURATION:
        words = (f"'{sym.name}' is a Duration: {name} gives a text of hundredths "
                 f"(+DDDDDDDHHMMSSCC), which a Duration reads as milliseconds "
                 f"(+DHHMMSSCCC): 2 h 30 min becomes 23 min")
    else:
        words = (f"'{sym.name}' is {_NUMBERS[sym.spec.kind]}: {name} gives a text "
                 f"(+DDDDDDDHHMMSSCC), stored as the number its digits make (2 h 30 min "
                 f"gives 2300000), not a count of minutes")
    hint = "StringToDuration(..., durationCenti)" if key == "datetimedifference" \
        else "ChaîneVersDurée(..., duréeCentième)"
    fc.rep.report("WL206", f"{words}; use {hint} or subtract the two DateTimes "
                  f"(dt2 - dt1 is a Duration)", value, line=line, col=col,
                  length=len(sym.name))
