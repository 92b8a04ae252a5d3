"""`INTERSECT ALL` and `EXCEPT ALL` on SQLite, which has neither (docs/hfsql.md
"INTERSECT ALL and EXCEPT ALL on SQLite").

PostgreSQL keeps a row's duplicates: `A INTERSECT ALL B` as many times as the fewer of A's
and B's copies, `A EXCEPT ALL B` as many as A has more than B. SQLite refused the words
("near "ALL": syntax error"). There each copy of a row is numbered (ROW_NUMBER over the
row's columns), which makes the copies distinct rows: SQLite's INTERSECT and EXCEPT of the
numbered rows keep exactly those copies, and the number is left out:

    WITH _wl_a(_c1, _c2) AS (A), _wl_b(_c1, _c2) AS (B)
    SELECT _c1 AS "Name", _c2 AS "City" FROM (
      SELECT _c1, _c2, ROW_NUMBER() OVER (PARTITION BY _c1, _c2) FROM _wl_a
      INTERSECT SELECT _c1, _c2, ROW_NUMBER() OVER (PARTITION BY _c1, _c2) FROM _wl_b
    ) ORDER BY ...

The columns are A's (their number and names read from the database, no row read); the
compound's ORDER BY and LIMIT stay last. A compound of two SELECTs is written so; another
one using the words (three parts, a sub-select) is refused in words: PostgreSQL reads
INTERSECT before UNION and EXCEPT, SQLite from left to right, so a longer chain is not
rewritten part by part.
"""
from __future__ import annotations

__all__ = ["sqlite_set_all"]

import re
from typing import Any

from .errors import QUERY, HFError
from .sql_order import compound_parts
from .sql_quoted import QUOTED

_WORDS = re.compile(rf"{QUOTED}|\b(?P<op>INTERSECT|EXCEPT)\s+ALL\b", re.IGNORECASE | re.UNICODE)
_MARKS = re.compile(rf"{QUOTED}|(?P<mark>\?)", re.UNICODE)
_TAIL = re.compile(rf"{QUOTED}|[()]|\b(?P<word>ORDER\s+BY|LIMIT)\b", re.IGNORECASE | re.UNICODE)


def sqlite_set_all(backend: Any, name: str, sql: str, params: list[Any]) -> str:
    """`sql` (bound: `?` placeholders, `params` their values) with a top-level
    `A INTERSECT ALL B` or `A EXCEPT ALL B` written as SQLite runs it (the module's
    docstring); the text as it is when it has neither; HFError when it has them where
    they are not written so."""
    found = [m for m in _WORDS.finditer(sql) if m.group("op")]
    if not found:
        return sql
    parts = compound_parts(sql)
    if len(parts) != 2 or len(found) != 1 or found[0].start() != parts[0][1]:
        raise HFError(QUERY, f"query {name}: on SQLite, {found[0].group(0).upper()} is "
                      "run between two SELECTs only (SQLite has no INTERSECT ALL nor EXCEPT "
                      "ALL; they are written for it there): write the other parts as "
                      "sub-selects, or leave out ALL.", name)
    (a_start, a_end), (b_start, b_end) = parts
    first, second = _bare(sql[a_start:a_end]), sql[b_start:b_end]
    tail_at = _tail_start(second)
    second, tail = _bare(second[:tail_at]), second[tail_at:]
    marks = sum(1 for m in _MARKS.finditer(first) if m.group("mark"))
    try:
        probe = backend.execute(f"SELECT * FROM ({first}) LIMIT 0", params[:marks])
    except backend.errors():
        return sql  # (the database says what is wrong with the text, in its words)
    names = [d[0] for d in probe.description]
    cols = ", ".join(f"_c{n}" for n in range(1, len(names) + 1))
    shown = ", ".join(f'_c{n} AS "{col.replace(chr(34), chr(34) * 2)}"'
                      for n, col in enumerate(names, 1))
    op = found[0].group("op").upper()
    numbered = f"SELECT {cols}, ROW_NUMBER() OVER (PARTITION BY {cols}) FROM"
    return (f"WITH _wl_a({cols}) AS ({first}), _wl_b({cols}) AS ({second}) "
            f"SELECT {shown} FROM ({numbered} _wl_a {op} {numbered} _wl_b) {tail}").rstrip()


def _bare(part: str) -> str:
    """A part without the parentheses around it (`(SELECT ...)`, PostgreSQL's form)."""
    part = part.strip()
    while part.startswith("(") and part.endswith(")") and _closes_at_end(part):
        part = part[1:-1].strip()
    return part


def _closes_at_end(part: str) -> bool:
    """The parenthesis opening `part` is the one closing it."""
    depth = 0
    for m in _TAIL.finditer(part):
        token = m.group(0)
        if token in ("(", ")"):
            depth += 1 if token == "(" else -1
            if depth == 0:
                return m.end() == len(part)
    return False


def _tail_start(part: str) -> int:
    """Where the compound's own ORDER BY or LIMIT starts in its last part (its end when it
    has none): at the part's outer level, after its parentheses."""
    depth = 0
    for m in _TAIL.finditer(part):
        token = m.group(0)
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif m.group("word") and depth == 0:
            return m.start()
    return len(part)
