"""A text literal given where a number is wanted and too large for a real ("1e400"):
`wl check` warns (WL206) that reading it stops the run, and the run stops at its line
with the overflow error; the check's own reading of the text stopped the load with a
located-nowhere "<string>: error" before anything ran (semantics/operands.py)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlinterp.errors import WLRuntimeError
from wl_test_helpers import check_json, run_captured, write


@pytest.mark.parametrize("source, line, col", [
    ('Trace("before")\nn is int = "1e400"\n', 2, 1),
    ('Trace("before")\nTrace(Abs("1e400"))\n', 2, 7),
    ('Trace("avant")\nn est un entier = "-1e999"\n', 2, 1)])
def test_an_overflowing_text_stops_the_run_at_its_line(source: str, line: int, col: int,
                                                       tmp_path: Path) -> None:
    path = write(tmp_path, "big.wl", source)
    warnings = [d for d in check_json(path) if d["code"] == "WL206"]
    assert len(warnings) == 1 and "stops the run" in str(warnings[0]["message"])
    with pytest.raises(WLRuntimeError) as stopped:
        run_captured(path)
    where = re.search(r"big\.wl:(\d+):(\d+): .*overflow", str(stopped.value))
    assert where is not None and (int(where[1]), int(where[2])) == (line, col)
