"""LIKE compared the same way on SQLite and PostgreSQL, wherever a program writes it (FOR
EACH ... WHERE, HFilter's condition, hand-written SQL): `%` and `_` wildcards, the case of
every letter ignored, accents kept (docs/hfsql.md "Filters", "LIKE on both databases").

SQLite's own LIKE ignores the case of ASCII letters only (`City LIKE "évry"` missed
"Évry"), so its `like` function is replaced on each connection (backends.py) by
`sqlite_like`. PostgreSQL refuses LIKE under the text keys' non-deterministic collation
(wl_ci): the operand before it is compared under ICU's deterministic root collation,
whose ILIKE lowers every letter (under "C" only ASCII letters were, "Évry" was missed
there too).
"""
from __future__ import annotations

__all__ = ["PG_LIKE_COLLATE", "like_sql", "sqlite_like"]

import re
from functools import lru_cache
from typing import Any

# written after the operand of a LIKE on PostgreSQL (the operator then being ILIKE)
PG_LIKE_COLLATE = 'COLLATE "und-x-icu"'


def like_sql(dialect: str, col: str, negated: bool, mark: str) -> str:
    """`col [NOT] LIKE mark` as `dialect` compares it the common way."""
    op = "NOT LIKE" if negated else "LIKE"
    if dialect == "sqlite":  # (its like function is sqlite_like)
        return f"{col} {op} {mark}"
    return f"{col} {PG_LIKE_COLLATE} {op.replace('LIKE', 'ILIKE')} {mark}"


def sqlite_like(pattern: Any, value: Any, escape: Any = None) -> int | None:
    """SQLite's like(pattern, value[, escape]) with every letter's case ignored: NULL
    when either is NULL, as SQLite's own; a number compared by its text."""
    if pattern is None or value is None:
        return None
    regex = _regex(_text(pattern), None if escape is None else _text(escape))
    return 1 if regex.fullmatch(_text(value)) else 0


def _text(value: Any) -> str:
    """A value as SQLite's LIKE reads it: its text (a blob's bytes as UTF-8)."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value if type(value) is str else str(value)


@lru_cache(maxsize=256)
def _regex(pattern: str, escape: str | None) -> re.Pattern[str]:
    """The pattern as a regular expression; an escape character makes the next one
    literal (SQLite refuses an escape that is not one character, and so does this)."""
    if escape is not None and len(escape) != 1:
        raise ValueError("ESCAPE expression must be a single character")
    out: list[str] = []
    chars = iter(pattern)
    for c in chars:
        if c == escape:
            following = next(chars, None)
            if following is None:  # (a trailing escape: SQLite matches nothing)
                return re.compile(r"(?!)")
            out.append(re.escape(following))
        elif c == "%":
            out.append(".*")
        elif c == "_":
            out.append(".")
        else:
            out.append(re.escape(c))
    return re.compile("".join(out), re.IGNORECASE | re.DOTALL)
