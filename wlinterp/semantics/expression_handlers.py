"""The check of each kind of expression (mixed into FunctionChecker, checker.py): the
`x_<Node>` handler its dispatch table (node_dispatch.Handlers) finds for a node's class;
checker.py keeps the walk (`expr`, `exprs`) that reaches them.
"""
from __future__ import annotations

__all__ = ["ExpressionHandlers"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.walk import sub_exprs
from .checker_state import CheckerState
from .expression_checks import (check_address_of, check_is_class, check_binop, check_logic,
                                check_class_member, check_comparison, check_new,
                                check_step, check_subject, check_unary_op)
from .no_result import check_value_call
from .lookup import pending_indirect, resolve_read
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .combination_checks import combination_subscript
    from .subscript_counts import check_subscript_count
    from .array_stores import check_subscripts
    from .named_args import named_elsewhere
else:
    on_first_call(globals(), ".combination_checks", "combination_subscript")
    on_first_call(globals(), ".array_stores", "check_subscripts")
    on_first_call(globals(), ".subscript_counts", "check_subscript_count")
    on_first_call(globals(), ".named_args", "named_elsewhere")


class ExpressionHandlers(CheckerState):
    """One handler a kind of expression (mixed into FunctionChecker)."""

    if TYPE_CHECKING:  # FunctionChecker's own
        def exprs(self, es: list[N.Expr]) -> None: ...

    def x_generic(self, e: N.Expr) -> None:
        self.exprs(sub_exprs(e))

    x_Name = resolve_read  # a name read (lookup.py), dispatched to directly: the commonest

    def x_literal(self, e: N.Expr) -> None:
        """A literal holds no sub-expression (nodes.py): nothing to check. (Literals are a
        third of the expressions: x_generic would ask the walker for none.)"""

    x_Num = x_Str = x_Const = x_literal

    x_BinOp = check_binop  # (expression_checks.py: the checks taking the checker)
    x_Logic = check_logic
    x_Compare = check_comparison
    x_Unary = check_unary_op
    x_Call = check_value_call  # (a call standing alone as a statement: check_call)
    x_Step = check_step
    x_Subject = check_subject

    def x_TupleLit(self, e: N.TupleLit) -> None:
        """`(a, , c)` as values: an empty slot only skips a value being assigned. `()`
        reaches here only where it is no parameter list (passed_procedures.py)."""
        if not e.items and not e.skipped:  # `Trace(())`: the run got "several values"
            self.rep.report("WL100", "`()` gives no value: it is only the empty list of "
                            "parameters of a procedure that a built-in runs "
                            "(ParallelTaskExecute(P, (), ...))", e, 2)
            return
        if e.skipped:
            self.rep.report("WL100", "a value is missing between two commas (an empty "
                            "place only skips a value in `(x, , z) = ...`)", e)
        self.exprs(e.items)

    def x_Index(self, e: N.Index) -> None:
        """`t[i, j]`: its subscripts against `t`'s declared dimensions, then its parts."""
        check_subscript_count(self, e)  # type: ignore[arg-type]  # (a FunctionChecker)
        if self.sym.comb_values:  # (most programs declare no combination)
            combination_subscript(self, e)  # type: ignore[arg-type]
        check_subscripts(self, e)  # type: ignore[arg-type]  # `t[p]`: a structure as the subscript
        self.exprs(sub_exprs(e))

    def x_Substr(self, e: N.Substr) -> None:
        """`s[[p]]`, `s[[1 TO o]]`: a structure or an object as a bound, then its parts."""
        check_subscripts(self, e)  # type: ignore[arg-type]
        self.exprs(sub_exprs(e))

    def x_Indirect(self, e: N.Indirect) -> None:
        # `{"zz"}` above zz's declaration (lookup.py)
        pending_indirect(self, e)  # type: ignore[arg-type]
        self.exprs(sub_exprs(e))

    x_ClassMember = check_class_member
    x_New = check_new
    x_AddressOf = check_address_of
    x_IsClass = check_is_class
    x_NamedArg = named_elsewhere  # (one the pass did not place: named_args.py)
