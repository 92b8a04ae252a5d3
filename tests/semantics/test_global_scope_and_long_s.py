"""Two faults `tests/hardening/run_fuzz.py --only compiler` found (5 Dec 2026 evening,
L, seed 3247662244, then small programs around them):

- `::K` outside a class, K a procedure of the program: `wl check` and `wl run` went
  between the name and its call without end, and said "the code nests too deeply here"
  (WL100) at a one-line program. `::K` there is the program's K (INFERRED: the global
  scope), called when it needs no argument.
- `1 ſ` (a long s): the lexer reads it as a Duration in seconds (its IGNORECASE pattern
  takes `ſ` for `s`), and the literal's value then failed on the unit (KeyError: an
  internal error); so did `3 mın` (a dotless i).
"""
from __future__ import annotations

import pytest

from wl_test_helpers import check_places, run_lines


@pytest.mark.parametrize("text, shown", [
    ("Trace(::K)\nPROCEDURE K()\nRESULT 1\n", ["1"]),
    ("::Affiche()\n::affiche\nPROCÉDURE Affiche()\nTrace(\"vu\")\n", ["vu", "vu"]),
])
def test_a_global_procedure_named_with_colons_is_called(text: str, shown: list[str]) -> None:
    assert check_places(text, "WL100") == []
    assert run_lines(text) == shown


def test_a_long_s_after_a_number_is_a_duration_in_seconds() -> None:
    assert run_lines("Trace(1 \u017f + 0 s)\nd is Duration = 2 \u017f\nTrace(d..InSeconds)\n") \
        == ["1 s", "2"]


def test_a_dotless_i_in_a_unit_is_read_as_the_pattern_reads_it() -> None:
    """`3 mın` (U+0131): the same KeyError (found substituting letters of the goldens)."""
    assert run_lines("Trace(3 m\u0131n)\n") == ["3 min"]
