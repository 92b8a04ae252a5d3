"""`FOR EACH Product WHERE Price > Low`, Low a value of an enumeration of the program and
Price an item holding numbers: the run converts the value compared with a number item to
a number when the loop starts, and an enumeration's value refuses ("A value of type
enumeration cannot be used as a number.", at the loop's first column), where `wl check`
said nothing. Said here as WL110 (deferred, as the run's own stops) at the same place in
the same words; only with an analysis (`wl check --analysis`), which gives the items'
types. A text item compared with it reads its name, and the run goes on: nothing said.
"""
from __future__ import annotations

__all__ = ["check_enum_compared"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.file_comparisons import FileComparison
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker_state import CheckerState


def check_enum_compared(fc: CheckerState, cmp: FileComparison, file: str | None,
                        at: N.Stmt | None) -> None:
    """WL110 at the loop `at` when a value of `cmp` is an enumeration's value and its item
    of the data file `file` (folded) holds numbers."""
    if at is None or file is None or not fc.sym.item_numbers \
            or fold(cmp.item.name) not in fc.sym.item_numbers.get(file, ()):
        return
    from .assignments import enumeration_value
    for value in cmp.values:
        enum = enumeration_value(fc, value)  # type: ignore[arg-type]
        if enum is None:
            continue
        shown = value.name if isinstance(value, N.Name) else \
            f"{value.obj.name}.{value.name}" if isinstance(value, N.Member) \
            and isinstance(value.obj, N.Name) else "it"
        fc.rep.report("WL110", f"a value of type enumeration cannot be used as a number: "
                      f"{shown}, a value of the enumeration {enum}, is compared with the "
                      f"item {cmp.item.name}, which holds numbers", at, deferred=True,
                      hint="compare the item with a number (a CONSTANT), or with a "
                      "combination's or a variable's value")
        return
