"""\"Did you mean ...?\": the closest known name to a mistyped one.

Names compare folded (case and accents ignored, as WLanguage does), so `nTaux` suggests
`nTaux` even when typed `NTAUXX`, and `Resultat` suggests `Résultat`. The suggestion is
shown as the user declared it.

Only an unknown name asks, but it is compared with every built-in (about 1,500 names in
two languages), so candidates are prepared once (folded, with their letters as a bit set)
and most are ruled out by a lower bound before the edit distance is computed.
"""
from __future__ import annotations

__all__ = ["closest", "distance"]

import functools
from typing import Iterable

from ..syntax.names import fold

_BITS: dict[tuple[str, int], int] = {}  # (letter, its n-th occurrence) -> bit number


@functools.lru_cache(maxsize=8192)
def _prepared(name: str) -> tuple[str, int, int]:
    """The folded name and its letters as a multiset of bits: the n-th occurrence of a
    letter is its own bit, so `a & ~b` holds the letters `a` has more of than `b`."""
    key = fold(name)
    seen: dict[str, int] = {}
    bits = 0
    for c in key:
        n = seen[c] = seen.get(c, 0) + 1
        bit = _BITS.get((c, n))
        if bit is None:
            bit = _BITS[(c, n)] = len(_BITS)
        bits |= 1 << bit
    return key, bits, len(key)


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
    """The candidate nearest to `name` (at most a third of its letters off), or None;
    among equally near ones, the first.

    An edit adds, removes or replaces one letter (a swap none), so the letters one name
    has more of than the other (as multisets) are a lower bound of the distance: a
    candidate over the limit by that count is not compared further."""
    key, bits, size = _prepared(name)
    limit = max(1, size // 3)
    best: str | None = None
    for shown in candidates:
        other, obits, osize = _prepared(shown)
        if osize - size > limit or size - osize > limit:
            continue
        diff = bits ^ obits
        if (diff & bits).bit_count() > limit or (diff & obits).bit_count() > limit:
            continue
        d = distance(key, other, limit)
        if 0 < d <= limit:
            best = shown
            if d == 1:
                break  # nothing nearer but the name itself
            limit = d - 1  # only a nearer one replaces it
    return best
