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

__all__ = ["PG_LIKE_COLLATE", "like_sql", "refusal", "sqlite_like"]

import math
from functools import lru_cache
from typing import Any

from .sqlite_stop import keep

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
    when either is NULL, as SQLite's own; a number compared by its text. A stop of the
    run arriving here (`--timeout` in a long scan) is kept for the query to be aborted,
    as the collation's (sqlite_stop.py): sqlite3 turned it into "user-defined function
    raised exception" and the run went on."""
    if pattern is None or value is None:
        return None
    try:
        pieces = _pieces(_text(pattern), None if escape is None else _text(escape))
        return 1 if pieces is not None and _matches(pieces, _fold(_text(value))) else 0
    except ValueError as refused:  # (sqlite3 says only "user-defined function ...")
        _REFUSED[:] = [str(refused)]
        raise
    except Exception:
        raise
    except BaseException as stop:  # --timeout, Ctrl-C, SIGTERM
        keep(stop)
        return 0


_REFUSED: list[str] = []  # SQLite's words for the last pattern refused, for the query


def refusal(failure: BaseException) -> str | None:
    """SQLite's own words for a query that failed on a LIKE pattern sqlite_like refused
    (an ESCAPE of two characters: "ESCAPE expression must be a single character"),
    where sqlite3 says only "user-defined function raised exception"; None for any
    other failure. The words are taken: a later failure does not see them."""
    words = _REFUSED.pop() if _REFUSED else None
    return words if "user-defined function raised exception" in str(failure) else None


def _text(value: Any) -> str:
    """A value as SQLite's LIKE reads it: its text (a blob's bytes as UTF-8, a real's
    as SQLite writes it)."""
    if type(value) is str:
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, float):
        return _real_text(value)
    return str(value)


def _real_text(real: float) -> str:
    """A real's text as SQLite's CAST(x AS TEXT) writes it: 15 significant digits, a
    point always ("3.3", "100.0", "1.0e+20", "Inf", -0.0 as "0.0"). Python's own text
    ("3.3000000000000003", "1e+20") missed the patterns SQLite's LIKE matched."""
    real += 0.0  # (-0.0 becomes 0.0)
    if math.isinf(real):
        return "Inf" if real > 0 else "-Inf"
    mantissa, e, exponent = f"{real:.15g}".partition("e")
    if "." not in mantissa:
        mantissa += ".0"
    return mantissa + e + exponent


def _fold(text: str) -> str:
    """The text with the case of every letter ignored, one character for one (a
    letter whose small form is longer, as "İ", is kept), so `_` still takes one."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# A pattern split on its `%`: pieces of characters, None for a `_` (any one character)
Piece = tuple[str | None, ...]


@lru_cache(maxsize=256)
def _pieces(pattern: str, escape: str | None) -> tuple[Piece, ...] | None:
    """The pattern's pieces between its `%`, folded; None when it matches nothing (a
    trailing escape, as SQLite). An escape character makes the next one literal (SQLite
    refuses an escape that is not one character, and so does this)."""
    if escape is not None and len(escape) != 1:
        raise ValueError("ESCAPE expression must be a single character")
    pieces: list[list[str | None]] = [[]]
    chars = iter(pattern)
    for c in chars:
        if c == escape:
            following = next(chars, None)
            if following is None:
                return None
            pieces[-1].append(_fold(following))
        elif c == "%":
            pieces.append([])
        else:
            pieces[-1].append(None if c == "_" else _fold(c))
    return tuple(tuple(piece) for piece in pieces)


def _matches(pieces: tuple[Piece, ...], text: str) -> bool:
    """Whether the folded text matches: the first piece at its start, the last at its
    end, the others each at its leftmost place after the one before. Time linear in
    the text for each piece, where a backtracking regular expression of `.*` took
    seconds on `%a%a%a%a%a%a%a%a%b` against forty letters."""
    first, last = pieces[0], pieces[-1]
    if len(pieces) == 1:
        return len(text) == len(first) and _at(first, text, 0)
    end = len(text) - len(last)
    if end < len(first) or not _at(first, text, 0) or not _at(last, text, end):
        return False
    pos = len(first)
    for piece in pieces[1:-1]:
        found = _find(piece, text, pos, end)
        if found < 0:
            return False
        pos = found + len(piece)
    return True


def _at(piece: Piece, text: str, pos: int) -> bool:
    """Whether the piece matches the text at pos (None takes any character)."""
    return all(c is None or text[pos + i] == c for i, c in enumerate(piece))


def _find(piece: Piece, text: str, start: int, end: int) -> int:
    """The leftmost place in text[start:end] where the piece matches, or -1."""
    if None not in piece:
        return text.find("".join(piece), start, end)  # type: ignore[arg-type]
    for pos in range(start, end - len(piece) + 1):
        if _at(piece, text, pos):
            return pos
    return -1
