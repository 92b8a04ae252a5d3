"""NumberInWords over whole ranges: every number gets its own words, well formed, and the
French rules hold wherever they apply (not only on the golden tests' examples)."""
from __future__ import annotations

import re

import pytest

from wlinterp.stdlib.number_words import integer_words


@pytest.mark.parametrize("french", [True, False])
def test_words_are_distinct_and_well_formed(french: bool) -> None:
    seen: dict[str, int] = {}
    for n in sorted(set(range(0, 2100)) | {10 ** k + d for k in range(3, 19) for d in (0, 1, 80)}):
        words = integer_words(n, french)
        assert words not in seen, (n, seen.get(words), words)
        seen[words] = n
        assert re.fullmatch(r"[a-zé]+([ -][a-zé]+)*", words), (n, words)


def test_french_agreement_rules() -> None:
    for n in range(1, 1000):
        w = integer_words(n, True)
        assert not w.startswith("un cent") and not w.startswith("un mille")
        # "cents" and "quatre-vingts" take an s only at the very end
        assert "cents " not in w and "vingts " not in w and "vingts-" not in w, (n, w)
        if n % 100 == 0 and n >= 200:
            assert w.endswith("cents"), (n, w)
        if n % 100 == 80:
            assert w.endswith("quatre-vingts"), (n, w)
    assert integer_words(80_000, True) == "quatre-vingt mille"
    assert integer_words(200_000_000, True) == "deux cents millions"
    assert integer_words(1_000_000, True) == "un million"
    assert integer_words(2_000_000_000, True) == "deux milliards"
    assert integer_words(1_001, True) == "mille un"
