"""The bit-parallel edit distance behind "did you mean" agrees with the edit-distance
table it replaces (optimal string alignment: insert, delete, replace, adjacent swap)."""
from __future__ import annotations

import random

from wlinterp.semantics.suggest import closest, distance


def _table(a: str, b: str) -> int:
    """The textbook cell-by-cell computation."""
    d = [[i + j if i == 0 or j == 0 else 0 for j in range(len(b) + 1)]
         for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1,
                          d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def test_distance_matches_the_table_on_random_names() -> None:
    rnd = random.Random(10)
    for alphabet in ("ab", "abc", "aeé_1"):
        for _ in range(1500):
            a = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(9)))
            b = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(9)))
            want = _table(a, b)
            for limit in range(6):
                assert distance(a, b, limit) == min(want, limit + 1), (a, b, limit)


def test_distance_counts_an_adjacent_swap_once_but_not_a_split_one() -> None:
    assert distance("ntaux", "ntuax", 3) == 1
    assert distance("ca", "abc", 5) == 3  # optimal string alignment: no edit inside a swap
    assert distance("emailstartsmtpsession" * 4, "emailstratsmtpsession" * 4, 10) == 4
    assert distance("trace", "trace", 0) == 0
    assert distance("", "abc", 3) == 3 and distance("", "abcd", 3) == 4


def test_closest_keeps_the_first_of_equally_near_names() -> None:
    assert closest("nTauxz", ["nTauxb", "nTauxa"]) == "nTauxb"
    assert closest("Resutlat", ["Résultat"]) == "Résultat"  # accents and case folded
    assert closest("zzzz", ["nTaux"]) is None
