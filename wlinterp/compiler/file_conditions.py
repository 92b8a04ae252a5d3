"""FOR EACH File WHERE/WITH's condition compiled to the data the browse turns into SQL
(wlinterp/hfsql/foreach_where.py): comparisons of an item with a value, joined by
AND/ET, OR/OU and NOT/PAS, in parentheses as written. Mixed into LoopMixin (loops.py);
kept apart so that loops.py stays within its size."""
from __future__ import annotations

from ..syntax import nodes as N
from .base import CompilerBase

# the operators a comparison in a FOR EACH File condition may use (foreach_where.py reads
# them): the orders, and the string operators starts with and contains
FILE_OPERATORS = ("=", "<>", "<", "<=", ">", ">=", "[=", "[=]")

_JOINS = {"and": "and", "sand": "and", "or": "or", "sor": "or"}


class FileConditions(CompilerBase):
    """A FOR EACH condition as Python code building its parts."""

    def file_conditions(self, e: N.Expr | None) -> list[str]:
        """The condition's conjuncts (joined by AND), each the code of a part: a
        comparison `(item, op, value)` (the value evaluated once, before the loop), or
        `("or", [parts])`, `("and", [parts])`, `("not", [part])`."""
        if e is None:
            return []
        if isinstance(e, N.Logic) and _JOINS.get(e.op) == "and":
            return self.file_conditions(e.left) + self.file_conditions(e.right)
        return [self.file_part(e)]

    def file_part(self, e: N.Expr) -> str:
        """One part of the condition (file_conditions)."""
        if isinstance(e, N.Logic) and e.op in _JOINS:
            join = _JOINS[e.op]
            return f"({join!r}, [{self.file_part(e.left)}, {self.file_part(e.right)}])"
        if isinstance(e, N.Unary) and e.op == "not":
            return f"('not', [{self.file_part(e.operand)}])"
        if isinstance(e, N.Compare) and len(e.ops) == 1 and e.ops[0] in FILE_OPERATORS:
            left = e.operands[0]
            if isinstance(left, N.Member) and isinstance(left.obj, N.Name):
                left = N.Name(left.line, left.col, left.name)  # Client.Ville = ... -> Ville
            if isinstance(left, N.Name):
                return f"({left.name!r}, {e.ops[0]!r}, {self.value(e.operands[1])})"
        raise self.error("FOR EACH on a data file: the condition must compare items with "
                         "values (Item = value, with = <> < <= > >= [= [=], joined by AND, "
                         "OR, NOT)", e)
