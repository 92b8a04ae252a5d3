""""Did you mean ...?": the closest known name to a mistyped one.

Names compare folded (case and accents ignored, as WLanguage does), so `nTaux` suggests
`nTaux` even when typed `NTAUXX`, and `Resultat` suggests `Résultat`. The suggestion is
shown as the user declared it.

Only an unknown name asks, but it is compared with every built-in (about 1,500 names in
two languages): those are prepared once (`NameIndex`: folded, grouped by length, with
their letters as a bit set), and most candidates are ruled out by a lower bound of the
distance before the distance itself is computed.
"""
from __future__ import annotations

__all__ = ["closest", "distance", "NameIndex"]

import functools
from typing import Any, Iterable

from ..syntax.names import fold

_BITS: dict[tuple[str, int], int] = {}  # (letter, its n-th occurrence) -> bit number

Prepared = tuple[str, int, int]  # folded name, its letters as bits, its length


@functools.lru_cache(maxsize=8192)
def _prepared(name: str) -> Prepared:
    """The folded name and its letters as a multiset of bits (the n-th occurrence of a
    letter is its own bit, so `a & ~b` holds the letters `a` has more of than `b`)."""
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


class NameIndex:
    """A fixed list of candidate names prepared once, grouped by folded length."""

    def __init__(self, names: Iterable[str]) -> None:
        self.by_length: dict[int, list[tuple[int, str, Prepared]]] = {}
        for rank, shown in enumerate(names):
            p = _prepared(shown)
            self.by_length.setdefault(p[2], []).append((rank, shown, p))


def closest(name: str, candidates: Iterable[str], index: NameIndex | None = None) -> str | None:
    """The candidate nearest to `name` (at most a third of its letters off), or None;
    among equally near ones, the first (`candidates`, then `index`).

    An edit adds, removes or replaces one letter (a swap none), so the letters one name
    has more of than the other (as multisets) are a lower bound of the distance: the
    candidates over the limit by that count are left out before any distance is
    computed, and the few others are compared in order."""
    key, bits, size = _prepared(name)
    limit = max(1, size // 3)
    near: list[tuple[int, str, Prepared]] = []
    groups: list[Any] = [list(enumerate(candidates))]
    offset = len(groups[0])
    if index is not None:
        groups += [index.by_length.get(n, []) for n in range(size - limit, size + limit + 1)]
    for first, group in enumerate(groups):
        for entry in group:
            p = _prepared(entry[1]) if first == 0 else entry[2]
            diff = bits ^ p[1]
            if (diff & bits).bit_count() <= limit and (diff & p[1]).bit_count() <= limit:
                near.append((entry[0] + (offset if first else 0), entry[1], p))
    near.sort(key=lambda entry: entry[0])
    best: str | None = None
    for _, shown, (other, _, osize) in near:
        if osize - size > limit or size - osize > limit:
            continue
        d = distance(key, other, limit)
        if 0 < d <= limit:
            best = shown
            if d == 1:
                break  # nothing nearer but the name itself
            limit = d - 1  # only a nearer one replaces it
    return best
