"""`FOR EACH Product WHERE Price > Low`, Low a value of an enumeration of the program and
Price an item holding numbers: the run converts the value compared with a number item to
a number when the loop starts, and an enumeration's value refuses ("A value of type
enumeration cannot be used as a number.", at the loop's first column), where `wl check`
said nothing. Said here as WL110 (deferred, as the run's own stops) at the same place in
the same words; only with an analysis (`wl check --analysis`), which gives the items'
types. A Boolean item converts it to a Boolean ("... cannot be used as a boolean."); the
value may be a variable of the enumeration (`e is Level`) or arithmetic on one (`Low +
0`), which the run refuses as well (R3's finding 3). A text item compared with it reads
its name, and the run goes on: nothing said. Said once per loop however many of its
comparisons name such a value (`Price >= Low AND Price <= High` gave two at one place),
as the run stops once (R2's finding 9).
"""
from __future__ import annotations

__all__ = ["check_enum_compared"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.file_comparisons import FileComparison
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker_state import CheckerState

_ARITHMETIC = frozenset(("+", "-", "*", "/", "%", "^"))


def check_enum_compared(fc: CheckerState, cmp: FileComparison, file: str | None,
                        at: N.Stmt | None) -> None:
    """WL110 at the loop `at` when a value of `cmp` is an enumeration's value and its item
    of the data file `file` (folded) holds numbers or Booleans; once per loop."""
    converted = fc.sym.item_numbers.get(file, {}).get(fold(cmp.item.name)) \
        if at is not None and file is not None and fc.enum_said_at is not at else None
    if converted is None:
        return
    for value in cmp.values:
        found = _enumeration_in(fc, value)
        if found is None:
            continue
        shown, enum = found
        fc.rep.report("WL110", f"a value of type enumeration cannot be used as a {converted}: "
                      f"{shown}, a value of the enumeration {enum}, is compared with the "
                      f"item {cmp.item.name}, which holds {converted}s", at, deferred=True,
                      hint=f"compare the item with a {converted} (a CONSTANT), or with a "
                      "combination's or a variable's value")
        fc.enum_said_at = at
        return


def _enumeration_in(fc: CheckerState, value: N.Expr) -> tuple[str, str] | None:
    """(the value as shown, its enumeration) when `value` is an enumeration's value, a
    variable of an enumeration, or arithmetic with one of them as an operand."""
    if isinstance(value, N.BinOp) and value.op in _ARITHMETIC:
        return _enumeration_in(fc, value.left) or _enumeration_in(fc, value.right)
    from .assignments import enumeration_value
    enum = enumeration_value(fc, value)  # type: ignore[arg-type]
    if enum is None and isinstance(value, N.Name):
        enum = _enumeration_variable(fc, value.name)
    if enum is None:
        return None
    shown = value.name if isinstance(value, N.Name) else \
        f"{value.obj.name}.{value.name}" if isinstance(value, N.Member) \
        and isinstance(value.obj, N.Name) else "it"
    return shown, enum


def _enumeration_variable(fc: CheckerState, name: str) -> str | None:
    """The enumeration (as written) a variable `name` is declared of (`e is Level`), if
    it is one (a combination's variables hold integers: not one)."""
    sym = fc.scope.lookup(fold(name))
    declared = fc.sym.enum_types.get(sym.spec.name) if sym is not None else None
    if declared is None or declared.kind is not Kind.VARIANT or sym is None:
        return None
    return fc.sym.constants.get(sym.spec.name, sym.spec.name)
