"""`new array of (-1) int`, `allouer un tableau de (3) par (-2) entiers`, `t is array of
(2.5) int`: a dimension written as a number literal that no array can have (negative,
or not whole). The run stops there ("an array's dimension must be a whole number, 0 or
more, not -1.", runtime/array_sizes.py dimension_refused, the one rule); `wl check`
says it first (WL110, deferred), at the `new` / `allouer` (where the run's caret now
goes: error_column.py) or at the declared variable (the run's statement). A dimension
that is no literal is the run's to judge (its value)."""
from __future__ import annotations

__all__ = ["check_literal_dimensions"]

from typing import TYPE_CHECKING

from ..runtime.array_sizes import dimension_refused
from ..syntax import nodes as N
from .currency_literals import literal_number

if TYPE_CHECKING:
    from .checker_state import CheckerState


def check_literal_dimensions(fc: "CheckerState", dims: list[N.Expr], at: N.Node,
                             width: int) -> None:
    """WL110 at `at` for the first dimension literal the run refuses."""
    for d in dims:
        n = literal_number(d)
        if n is None:
            continue
        refused = dimension_refused(int(n) if n == int(n) else float(n))
        if refused is not None:
            fc.rep.report("WL110", refused.rstrip("."), at, width, deferred=True)
            return
