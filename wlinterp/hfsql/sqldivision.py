"""A division of or by a currency or decimal item in SQL written by hand, exact on SQLite as
on PostgreSQL (docs/hfsql.md "Division in a query").

SQLite keeps a whole currency amount as an integer (its NUMERIC column: itemtypes.py) and a
decimal as its text, which it reads as an integer when it has no decimals; dividing by or
into one was SQLite's integer division: `Balance / 2` of a balance of 5 gave 2, where
PostgreSQL's numeric column gives 2.5. On SQLite such a division is written `* 1.0 /`: the
left operand made a real before it is divided (`*` and `/` are of one precedence and read
from the left, so `a * b / c` and `a + b / c` keep their meaning). A division of numbers
or integer items keeps both databases' whole quotient (`5 / 2` is 2 on both: SQL's).
"""
from __future__ import annotations

__all__ = ["exact_divisions"]

import re
from collections.abc import Collection

from ..syntax.names import fold
from .sql_quoted import QUOTED

# a quoted text, a comment, a parenthesis, or the division operator
_TOKENS = re.compile(rf"{QUOTED}|--[^\n]*|/\*.*?(?:\*/|\Z)|(?P<mark>[()/])", re.DOTALL | re.UNICODE)
_NAME = re.compile(r"\"[^\"]*(?:\"\"[^\"]*)*\"|'[^']*(?:''[^']*)*'|[^\W\d]\w*", re.UNICODE)
_MULTIPLYING = "*/%"
_REAL = " * 1.0 "


def exact_divisions(sql: str, exact: Collection[str]) -> str:
    """`sql` with each division one of whose operands names an item of `exact` (folded
    names: the currency and decimal items of the query's files) written `* 1.0 /`, on
    SQLite (the module's docstring). The left operand is the run of terms joined by `*`,
    `/` and `%` before the operator, the right one the term after it."""
    if not exact or "/" not in sql:
        return sql
    scan = _Scan(sql)
    for at in reversed(scan.slashes):  # (from the last: the earlier places stay as found)
        left = sql[scan.left_start(at):at]
        right = sql[at + 1:scan.right_end(at + 1)]
        if _names_one(left, exact) or _names_one(right, exact):
            sql = sql[:at].rstrip() + _REAL + sql[at:]
    return sql


class _Scan:
    """The places of one SQL text: its parentheses paired, its quoted texts and comments,
    its division operators."""

    def __init__(self, sql: str) -> None:
        self.sql = sql
        self.pairs: dict[int, int] = {}  # each parenthesis's partner, both ways
        self.slashes: list[int] = []
        self.starts: dict[int, int] = {}  # a quoted text's last character -> its start
        self.ends: dict[int, int] = {}  # its start -> its last character
        self.comments: dict[int, int] = {}  # a comment's last character -> its start
        opened: list[int] = []
        for m in _TOKENS.finditer(sql):
            mark = m.group("mark")
            if mark is None and m.group(0)[:1] in "-/":
                self.comments[m.end() - 1] = m.start()
            elif mark is None:
                self.starts[m.end() - 1] = m.start()
                self.ends[m.start()] = m.end() - 1
            elif mark == "(":
                opened.append(m.start())
            elif mark == ")":
                if opened:
                    self.pairs[opened[-1]] = m.start()
                    self.pairs[m.start()] = opened.pop()
            else:
                self.slashes.append(m.start())

    def left_start(self, at: int) -> int:
        """Where the left operand of the operator at `at` starts: terms joined by * / %."""
        pos = at
        while True:
            end = self.skip_back(pos)
            start = self.term_back(end)
            if start == end:
                return pos
            before = self.skip_back(start)
            if before == 0 or self.sql[before - 1] not in _MULTIPLYING:
                return start
            pos = before - 1

    def term_back(self, end: int) -> int:
        """The start of the term ending before `end`: a parenthesised group with the name
        of the function it calls, a quoted text or name, a name or number
        (`Customer.Balance`)."""
        sql, pos = self.sql, end
        if pos and sql[pos - 1] == ")" and pos - 1 in self.pairs:
            pos = self.skip_back(self.pairs[pos - 1])
        elif pos and pos - 1 in self.starts:
            pos = self.starts[pos - 1]
        while pos and (sql[pos - 1].isalnum() or sql[pos - 1] in "_."):
            pos -= 1
        return pos

    def right_end(self, pos: int) -> int:
        """Where the term after the operator (`pos` just after it) ends: its signs, a
        name or number and the call's parentheses, a parenthesised group, a quoted text
        or name, a parameter (`{p}`, `:p`)."""
        sql, n = self.sql, len(self.sql)
        while pos < n and (sql[pos].isspace() or sql[pos] in "+-"):
            pos += 1
        if pos < n and sql[pos] in "{:":
            pos += 1
        if pos in self.ends:
            return self.ends[pos] + 1
        while pos < n and (sql[pos].isalnum() or sql[pos] in "_.}"):
            pos += 1
        after = pos
        while after < n and sql[after].isspace():
            after += 1
        if after < n and sql[after] == "(" and after in self.pairs:
            return self.pairs[after] + 1
        return pos

    def skip_back(self, pos: int) -> int:
        """`pos` moved back over spaces and comments."""
        sql = self.sql
        while pos:
            if sql[pos - 1].isspace():
                pos -= 1
            elif pos - 1 in self.comments:
                pos = self.comments[pos - 1]
            else:
                return pos
        return pos


def _names_one(text: str, exact: Collection[str]) -> bool:
    """`text` names one of the `exact` items (as a name or a quoted name, not in a text)."""
    for m in _NAME.finditer(text):
        word = m.group(0)
        if word[0] == "'":
            continue
        if fold(word.strip('"').replace('""', '"')) in exact:
            return True
    return False
