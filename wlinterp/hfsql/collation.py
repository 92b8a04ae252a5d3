"""Text-key comparison: case- and accent-insensitive, as HFSQL text keys are by default
in wlinterp (docs/hfsql.md, "Collation"). One folding function serves the SQLite
collation, HFound's exact-match test and the PostgreSQL ICU collation's Python twin.
"""
from __future__ import annotations

__all__ = ["fold_key", "compare", "PREFIX_END"]

import unicodedata
from functools import lru_cache

from .sqlite_stop import keep

PREFIX_END = "\U0010ffff"  # generic search: v <= key < v + PREFIX_END


@lru_cache(maxsize=65536)
def fold_key(s: str) -> str:
    """`s` without case or accents ("Émile" -> "emile"); other characters kept."""
    if s.isascii():
        return s.lower()
    decomposed = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def compare(a: str, b: str) -> int:
    """The SQLite collation callback: -1, 0 or 1 on folded text, ties broken by nothing
    (equal folded strings are the same key value, as in HFSQL). A stop of the run
    arriving here (Ctrl-C in a long ORDER BY) is kept for the query to be aborted:
    sqlite3 would drop it (sqlite_stop.py)."""
    try:
        fa, fb = fold_key(a), fold_key(b)
    except BaseException as stop:  # --timeout, Ctrl-C, SIGTERM
        keep(stop)
        return 0
    return -1 if fa < fb else (1 if fa > fb else 0)
