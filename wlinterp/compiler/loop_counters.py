"""A FOR loop's counter declared a number given a Date, Time or DateTime start or bound
(docs/semantics.md FOR): the code that stops the run there. Mixed into LoopMixin
(loops.py); kept apart so that loops.py stays within its size."""
from __future__ import annotations

from ..runtime.for_counters import NUMBER_COUNTERS as _NUMBER_COUNTERS, number_counter_refused
from ..runtime.kinds import STypeNames as S
from ..semantics.place_types import place_start
from ..semantics.symbols import Var
from ..syntax import nodes as N
from .base import CompilerBase


class CounterChecks(CompilerBase):
    """The refusals of a number counter counting from or to a date or a time."""

    def number_start(self, s: N.For, var: Var, code: str, stype: str) -> str:
        """A counter declared a number given a Date, Time or DateTime start stops the run
        at the start (docs/semantics.md FOR): stored, a DateTime's digits wrapped and
        counted some 2e9 passes, a Date's days counted as digits."""
        declared = _NUMBER_COUNTERS.get(var.spec.kind)
        if declared is None:
            return code
        if stype in (S.DATE, S.TIME, S.DATETIME):
            message = number_counter_refused(var.name, declared, stype)
            self.out.emit(self.prog.fail_code(message, place_start(s.start)))
        elif stype == S.ANY:
            return f"for_number_start({code}, {var.name!r}, {declared!r})"
        return code

    def number_bound(self, s: N.For, var: Var, stype: str) -> None:
        """A counter declared a number given a Date, Time or DateTime bound (`FOR i = 1
        TO d`) stops the run there: it counted to the date's digits, 20 million passes."""
        declared = _NUMBER_COUNTERS.get(var.spec.kind)
        if declared is not None and stype in (S.DATE, S.TIME, S.DATETIME):
            message = number_counter_refused(var.name, declared, stype, "to")
            self.out.emit(self.prog.fail_code(message, place_start(s.end)))
