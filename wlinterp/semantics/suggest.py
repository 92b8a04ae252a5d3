""""Did you mean ...?": the closest known name to a mistyped one.

Names compare folded (case and accents ignored, as WLanguage does), so `nTaux` suggests
`nTaux` even when typed `NTAUXX`, and `Resultat` suggests `Résultat`. The suggestion is
shown as the user declared it.
"""
from __future__ import annotations

__all__ = ["closest", "distance"]

import functools
from typing import Iterable

from ..syntax.names import fold


@functools.lru_cache(maxsize=8192)
def _folded(name: str) -> str:
    return fold(name)


def distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count 1), or `limit + 1` when over."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] * (len(b) + 1)
        low = i
        for j, cb in enumerate(b, 1):
            best = prev[j - 1] if ca == cb else prev[j - 1] + 1
            if prev[j] + 1 < best:
                best = prev[j] + 1
            if cur[j - 1] + 1 < best:
                best = cur[j - 1] + 1
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb and prev2[j - 2] + 1 < best:
                best = prev2[j - 2] + 1
            cur[j] = best
            if best < low:
                low = best
        if low > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def closest(name: str, candidates: Iterable[str]) -> str | None:
    """The candidate nearest to `name` (at most a third of its letters off), or None."""
    key = fold(name)
    limit = max(1, len(key) // 3)
    best: tuple[int, str] | None = None
    letters = set(key)
    for shown in candidates:
        other = _folded(shown)
        if abs(len(other) - len(key)) > limit or len(letters ^ set(other)) > 2 * limit:
            continue  # each edit changes at most two letters of the set
        d = distance(key, other, limit)
        if d <= limit and d > 0 and (best is None or d < best[0]):
            best = (d, shown)
    return best[1] if best else None
