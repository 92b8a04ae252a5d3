"""One comparison of a FOR EACH File WHERE/WITH condition, in one shape for the compiler
(compiler/file_conditions.py) and the semantic pass (semantics/block_statements.py
file_where): the item compared, the operator, the values it is compared with.

The forms (docs/hfsql.md "Reading and browsing", FOR EACH ... WHERE): `Item op value`;
`value op Item` (a constant or expression on the left, `"Paris" = City`: the operator
turned round; a variable or its member on the left too, `sCity = City`, `st.nMin <
Balance`, when the right side is an item); `Item [NOT] LIKE pattern`; `Item [NOT] BETWEEN low AND high`
(file_condition_words.py made them comparisons); `Item [NOT] IN (v1, v2, ...)`.
"""
from __future__ import annotations

__all__ = ["FILE_OPERATORS", "file_comparison"]

from collections.abc import Callable
from typing import NamedTuple

from . import nodes as N
from .names import fold

# the operators of `Item op value` (foreach_where.py reads them): the orders, the string
# operators starts with and contains, and HFilter's LIKE
FILE_OPERATORS = ("=", "<>", "<", "<=", ">", ">=", "[=", "[=]", "LIKE", "NOT LIKE")
# `value op Item` read as `Item op' value` (the string operators have no such reading)
_TURNED = {"=": "=", "<>": "<>", "<": ">", "<=": ">=", ">": "<", ">=": "<="}


class FileComparison(NamedTuple):
    item: N.Name  # the item, `File.Item` as `Item`
    op: str  # one of FILE_OPERATORS, or [NOT] BETWEEN, [NOT] IN
    values: list[N.Expr]  # one value; BETWEEN's low and high; IN's list
    written: N.Expr  # the item as written (`File.Item`, `Item`)

    @property
    def one_value(self) -> bool:
        """Compared with one value (an operator of FILE_OPERATORS), not with BETWEEN's
        two bounds or IN's list (which the compiler passes as a tuple)."""
        return self.op in FILE_OPERATORS

    @property
    def ordering(self) -> bool:
        """An order or an equality (= <> < <= > >=): read the same turned round, and the
        comparisons of one item with another (other_item)."""
        return self.op in _TURNED

    def other_item(self, file: str | None, names: Callable[[N.Name], bool],
                   declared: Callable[[str], bool]) -> N.Name | None:
        """The item of the browsed data file `file` (folded) the value names, compared
        record by record (`WHERE Price > Stock`, `Product.Stock`); None for a value. The
        one rule for the semantic pass (semantics/block_statements.py file_where: the
        item checked) and the compiler (compiler/file_conditions.py: the item read at
        each record). Orders and equalities only. A bare name is an item when
        `names(name)` says it names nothing the code can read (the semantic pass asks
        lookup.names_something; the compiler reads its verdict, the name left
        unresolved): an undeclared name is an item as on the left, a constant, an
        enumeration value, a global is that value. `File.Item` is an item of the browsed
        file when `File` is no variable `declared(name)` knows; `OtherFile.Item` stays a
        value read before the loop (`WHERE OrderID = Orders.OrderID`). docs/hfsql.md,
        FOR EACH ... WHERE."""
        if not self.ordering:
            return None
        v = self.values[0]
        if type(v) is N.Name:
            return None if names(v) else v
        if type(v) is N.Member and type(v.obj) is N.Name and file is not None \
                and fold(v.obj.name) == file and not declared(v.obj.name):
            return N.Name(v.line, v.col, v.name)
        return None


def file_comparison(e: N.Expr, declared: Callable[[str], bool]) -> FileComparison | None:
    """`e` as a comparison of an item with values, or None when it is none of the forms.
    `declared(name)` says a name is the program's (a variable, a structure): such a name
    (or its member) on the left of an item is a value, read the other way round; the
    run stopped at it ("'sCity' is not an item of the data file") where check said
    nothing. Both the compiler and the semantic pass ask it of their own scope."""
    if type(e) is N.InList:
        item = _item(e.value)
        if item is None:
            return None
        return FileComparison(item, "NOT IN" if e.negate else "IN", list(e.items), e.value)
    if not isinstance(e, N.Compare):
        return None
    if len(e.ops) == 2 and e.ops[0] in ("BETWEEN", "NOT BETWEEN") and e.ops[1] == "AND":
        item = _item(e.operands[0])
        return None if item is None else FileComparison(item, e.ops[0], e.operands[1:],
                                                        e.operands[0])
    if len(e.ops) != 1 or e.ops[0] not in FILE_OPERATORS:
        return None
    left, right = e.operands
    item, other = _item(left), _item(right)
    turns = other is not None and e.ops[0] in _TURNED
    if item is not None and not (turns and _declared(left, declared)
                                 and not _declared(right, declared)):
        return FileComparison(item, e.ops[0], [right], left)
    if other is not None and turns:
        return FileComparison(other, _TURNED[e.ops[0]], [left], right)
    return None


def _declared(e: N.Expr, declared: Callable[[str], bool]) -> bool:
    """`e` (an `_item` shape) names the program's variable or its member, not an item."""
    root = e.obj if isinstance(e, N.Member) else e
    return isinstance(root, N.Name) and declared(root.name)


def _item(e: N.Expr) -> N.Name | None:
    """`Item` or `File.Item` (as `Item`), else None."""
    if isinstance(e, N.Name):
        return e
    if isinstance(e, N.Member) and isinstance(e.obj, N.Name):
        return N.Name(e.line, e.col, e.name)
    return None
