"""FOR EACH File WHERE/WITH's condition compiled to the data the browse turns into SQL
(wlinterp/hfsql/foreach_where.py): comparisons of an item with values (the forms of
syntax/file_comparisons.py), joined by AND/ET, OR/OU and NOT/PAS, in parentheses as
written. Mixed into LoopMixin (loops.py); kept apart so that loops.py stays within its
size."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_import import on_first_call
from ..syntax import nodes as N
from ..syntax.names import fold
from .base import CompilerBase

if TYPE_CHECKING:
    from ..syntax.file_comparisons import FileComparison, file_comparison
else:  # (loaded by the first program browsing a data file with a condition)
    on_first_call(globals(), "..syntax.file_comparisons", "file_comparison")

_JOINS = {"and": "and", "sand": "and", "or": "or", "sor": "or"}


class FileConditions(CompilerBase):
    """A FOR EACH condition as Python code building its parts."""

    def file_conditions(self, e: N.Expr | None, file: str = "") -> list[str]:
        """The condition's conjuncts (joined by AND), each the code of a part: a
        comparison `(item, op, value)` (the value evaluated once, before the loop; a
        tuple of values for BETWEEN and IN), or `("or", [parts])`, `("and", [parts])`,
        `("not", [part])`; `(item, op, None, other_item)` compares two items of the
        browsed data file `file` (folded) record by record (file_items)."""
        if e is None:
            return []
        if isinstance(e, N.Logic) and _JOINS.get(e.op) == "and":
            return self.file_conditions(e.left, file) + self.file_conditions(e.right, file)
        return [self.file_part(e, file)]

    def file_part(self, e: N.Expr, file: str = "") -> str:
        """One part of the condition (file_conditions)."""
        if isinstance(e, N.Logic) and e.op in _JOINS:
            join = _JOINS[e.op]
            left, right = self.file_part(e.left, file), self.file_part(e.right, file)
            return f"({join!r}, [{left}, {right}])"
        if isinstance(e, N.Unary) and e.op == "not":
            return f"('not', [{self.file_part(e.operand, file)}])"
        cmp = file_comparison(e, self.declared_name)
        if cmp is not None:
            _like_not(self, cmp.op, cmp.values[0] if cmp.values else None)
            other = self.other_item(cmp, file)
            if other:
                return f"({cmp.item.name!r}, {cmp.op!r}, None, {other!r})"
            values = [self.value(v) for v in cmp.values]
            # (a tuple for BETWEEN and IN; `IN ()` an empty one, which foreach_where.py
            # reads as false, NOT IN () as true: "(,)" was no Python at all)
            value = values[0] if cmp.one_value else f"({''.join(v + ', ' for v in values)})"
            return f"({cmp.item.name!r}, {cmp.op!r}, {value})"
        raise self.error("FOR EACH on a data file: the condition must compare items with "
                         "values (Item = value, with = <> < <= > >= [= [=], LIKE, BETWEEN "
                         "... AND ..., IN (...), joined by AND, OR, NOT)", e)

    def other_item(self, cmp: FileComparison, file: str) -> str:
        """The item of the browsed data file `file` the comparison's value names, "" for
        a value (FileComparison.other_item: a bare name is an item when the semantic
        pass left it unresolved, no name the code reads)."""
        other = cmp.other_item(file, lambda v: self.prog.refs.get(v) is not None,
                               self.declared_name)
        return "" if other is None else other.name

    def declared_name(self, name: str) -> bool:
        """`name` is a variable the program declared, not an item (file_comparison); not
        the implicit variable an undeclared name gets (a data file's, `Customer`)."""
        key = fold(name)
        var = self.scope.lookup(key) or self.prog.main_scope.vars.get(key)
        return var is not None and not var.implicit


def _like_not(compiler: CompilerBase, op: str, value: N.Expr | None) -> None:
    """`Name LIKE NOT "P%"` (`COMME PAS`): no form of LIKE; SQL and HFilter's condition
    negate it as `NOT LIKE`. It read as LIKE given the boolean NOT "P%", silent in check
    while the run stopped with "A string cannot be used as a boolean": refused in words
    at the NOT (docs/hfsql.md, FOR EACH ... WHERE)."""
    if op in ("LIKE", "NOT LIKE") and isinstance(value, N.Unary) and value.op == "not":
        raise compiler.error("FOR EACH on a data file: 'LIKE NOT' is no operator; the "
                             "negation is written before it: Item NOT LIKE pattern "
                             "(Item PAS COMME motif)", value)
