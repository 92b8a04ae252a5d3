"""`CQ::K` with no class CQ, `C::X` with no global member X, `o::K` with o a variable:
the run stopped with its caret at the `::` while `wl check` pointed at the class name
(or the member); now both point at the same column. EN and FR."""
from __future__ import annotations

import pytest

from wl_test_helpers import check_places, run_stop


@pytest.mark.parametrize("text, code, column", [
    ("Trace(CQ::K)\n", "WL101", 7),
    ("nTotal est un entier = 2\nTrace(nTotal::Valeur)\n", "WL110", 7),
    ("C is Class\nEND\nTrace(C::X)\n", "WL109", 10),
    ("CClient est une Classe\nFIN\nx est un entier = CClient::Absent\n", "WL109", 28),
])
def test_the_run_stops_where_the_check_points(text: str, code: str, column: int) -> None:
    line = len(text.splitlines())
    error = run_stop(text)
    assert (error.line, error.column) == (line, column)  # type: ignore[attr-defined]
    assert (line, column) in check_places(text, code)
