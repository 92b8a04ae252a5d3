"""The scanner's operators are one regular expression grouped by first character: it
must match what the list's alternation in order matches, everywhere."""
from __future__ import annotations

import random
import re

import pytest

from wlinterp.syntax import token_patterns as L


def test_the_grouped_operators_match_what_the_list_in_order_matches() -> None:
    grouped = re.compile(L._alternatives(L._OPERATORS))
    plain = re.compile("|".join(re.escape(op) for op in L._OPERATORS))
    rnd = random.Random(8)
    chars = "".join(sorted(set("".join(L._OPERATORS)))) + "a1 "
    for _ in range(2000):
        text = "".join(rnd.choice(chars) for _ in range(rnd.randrange(1, 12)))
        for pos in range(len(text)):
            a, b = grouped.match(text, pos), plain.match(text, pos)
            assert (a and a.group()) == (b and b.group()), (text, pos)


def test_a_short_operator_listed_before_longer_ones_is_refused() -> None:
    with pytest.raises(ValueError, match="listed before longer ones"):
        L._alternatives(["<", "<=", "="])
