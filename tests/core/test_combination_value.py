"""A combination's value marked with its combination (runtime/enums.py CombinationValue):
its text is its options' names, it counts as its flags everywhere a number is wanted,
and it survives being copied, pickled and stored (a Variant's value may be)."""
from __future__ import annotations

import copy
import json
import pickle
import sqlite3

from wlinterp.runtime import values as V
from wlinterp.runtime.enums import CombinationValue, WLCombType, combination_marked

_COLORS = WLCombType("Colors", ["Red", "Green", "Blue"])


def test_its_text_is_its_options_names_and_its_number_its_flags() -> None:
    c = CombinationValue(5, _COLORS)
    assert V.to_str(c) == "Red + Blue"
    assert V.to_num(c) == 5 and V.to_int(c) == 5 and c + 1 == 6
    assert V.to_str(CombinationValue(0, _COLORS)) == ""
    assert V.to_str(CombinationValue(8, _COLORS)) == "8"  # a flag Colors lacks: its number
    assert V.type_name(c) == "integer"


def test_only_an_integer_is_marked() -> None:
    assert type(combination_marked(3, _COLORS)) is CombinationValue
    assert combination_marked(None, _COLORS) is None
    assert combination_marked("x", _COLORS) == "x"
    assert type(combination_marked(True, _COLORS)) is bool


def test_copies_keep_the_combination() -> None:
    c = CombinationValue(3, _COLORS)
    for made in (copy.copy(c), copy.deepcopy(c), pickle.loads(pickle.dumps(c))):
        assert type(made) is CombinationValue and made == 3
        assert V.to_str(made) == "Red + Green"


def test_stored_as_a_number() -> None:
    c = CombinationValue(3, _COLORS)
    assert json.dumps(c) == "3"
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (x INTEGER)")
    con.execute("INSERT INTO t VALUES (?)", (c,))
    assert con.execute("SELECT x FROM t").fetchall() == [(3,)]
