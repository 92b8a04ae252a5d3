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

__all__ = ["closest", "distance", "NameIndex", "builtin_names"]

import functools
import re
from typing import TYPE_CHECKING, Iterable

from ..syntax.names import fold

if TYPE_CHECKING:
    from ..registry import Registry

_BITS: dict[tuple[str, int], int] = {}  # (letter, its n-th occurrence) -> bit number

Prepared = tuple[str, int, int]  # folded name, its letters as bits, its length

# Names longer than this neither get nor give a suggestion: preparing a name costs time
# quadratic in its length (its letters' bits), so a hostile 300,000-letter identifier
# took a second and a 2-million-letter one 20 s; no real name is near this length.
LONGEST = 128


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


@functools.lru_cache(maxsize=4096)
def distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (optimal string alignment: adjacent swaps count 1),
    or `limit + 1` when over.

    Bit-parallel (Hyyrö's extension of Myers' algorithm to transpositions): one column
    of the edit-distance table is kept as bit vectors over the letters of `a`, so each
    letter of `b` costs a few integer operations instead of a row of `len(a)` cells. It
    computes the same distance as the cell-by-cell table (tests/semantics compare them)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if not a:
        return len(b)
    positions: dict[str, int] = {}  # letter -> the bit of each of its places in `a`
    for i, c in enumerate(a):
        positions[c] = positions.get(c, 0) | 1 << i
    full = (1 << len(a)) - 1
    last = 1 << (len(a) - 1)
    vp, vn, d0, before, dist = full, 0, 0, 0, len(a)
    for c in b:
        pm = positions.get(c, 0)
        swap = ((~d0 & pm) << 1) & before
        d0 = ((((pm & vp) + vp) ^ vp) | pm | vn | swap) & full
        hp = (vn | ~(d0 | vp)) & full
        hn = d0 & vp
        if hp & last:
            dist += 1
        elif hn & last:
            dist -= 1
        hp = (hp << 1) | 1
        vp = ((hn << 1) | ~(d0 | hp)) & full
        vn = hp & d0
        before = pm
    return dist if dist <= limit else limit + 1


class NameIndex:
    """A fixed list of candidate names prepared once, grouped by folded length."""

    def __init__(self, names: Iterable[str]) -> None:
        self.by_length: dict[int, list[tuple[int, str, Prepared]]] = {}
        for rank, shown in enumerate(names):
            if len(shown) > LONGEST:
                continue
            p = _prepared(shown)
            self.by_length.setdefault(p[2], []).append((rank, shown, p))
        self._near: dict[str, list[tuple[int, str, Prepared]]] = {}

    def near(self, key: str, bits: int, size: int, limit: int) -> list[tuple[int, str, Prepared]]:
        """The names the letter bound does not rule out for the folded name `key`
        (`bits`, `size`: its _prepared; `limit`: closest's for it). A name is asked
        about again each time it is used (an unknown function called in ten places):
        the answer, which depends on the name alone, is kept."""
        found = self._near.get(key)
        if found is None:
            found = [(rank, shown, p) for n in range(size - limit, size + limit + 1)
                     for rank, shown, p in self.by_length.get(n, ())
                     if ((d := bits ^ p[1]) & bits).bit_count() <= limit
                     and (d & p[1]).bit_count() <= limit]
            if len(self._near) >= 4096:
                self._near.clear()
            self._near[key] = found
        return found


def closest(name: str, candidates: Iterable[str], index: NameIndex | None = None) -> str | None:
    """The candidate nearest to `name` (at most a third of its letters off), or None;
    among equally near ones, the first (`candidates`, then `index`).

    An edit adds, removes or replaces one letter (a swap none), so the letters one name
    has more of than the other (as multisets) are a lower bound of the distance: the
    candidates over the limit by that count are left out before any distance is
    computed, and the few others are compared in order."""
    if len(name) > LONGEST:
        return None
    key, bits, size = _prepared(name)
    limit = max(1, size // 3)
    near: list[tuple[int, str, Prepared]] = []
    offset = 0
    for offset, shown in enumerate(candidates, 1):
        if len(shown) > LONGEST:
            continue
        p = _prepared(shown)
        if ((d := bits ^ p[1]) & bits).bit_count() <= limit and \
                (d & p[1]).bit_count() <= limit:
            near.append((offset - 1, shown, p))
    if index is not None:
        near += [(rank + offset, shown, p) for rank, shown, p in index.near(key, bits, size, limit)]
    near.sort(key=lambda entry: entry[0])
    swapped = _words(name)
    for _, shown, (other, obits, osize) in near:  # the same words in another order
        if obits == bits and osize == size and other != key and _words(shown) == swapped:
            return shown  # (HAnnuleTransaction: HTransactionAnnule, not HGèreTransaction)
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


def _words(name: str) -> list[str]:
    """The words of a name written in camel case (`HAnnuleTransaction`: h, annule,
    transaction), folded and sorted: two names made of the same words in another order
    have the same list."""
    return sorted(fold(w) for w in re.findall(r"[A-ZÀ-Þ][^A-ZÀ-Þ_\d]*|[^A-ZÀ-Þ_\d]+|\d+", name))


_INDEXES: dict[int, tuple[Registry, int, NameIndex]] = {}


def builtin_names(registry: Registry) -> NameIndex:
    """The built-ins' English and French names, prepared once per registry (again if
    it has gained functions since), in the order of their folded names: among equally
    near names the first wins, and the registry's own order is the order its families
    were imported in, which the program decides (`HReset(x)` before `Décris()` made the
    hint HEcrit, fÉcrit without it)."""
    count = len(registry.functions)
    hit = _INDEXES.get(id(registry))
    if hit is None or hit[0] is not registry or hit[1] != count:
        functions = list(registry.functions.values())
        names = sorted({name for b in functions for name in (b.en, b.fr)},
                       key=lambda name: (fold(name), name))
        hit = _INDEXES[id(registry)] = (registry, len(registry.functions), NameIndex(names))
    return hit[2]
